"""The office's processes, each declared on the kernel (:mod:`officeflow.process`).

* :mod:`.petition` — 信访 (信访工作条例 2022)
"""
