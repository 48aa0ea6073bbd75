"""Run the reader with ``python -m tui``."""

from tui.cli import main

# The guard matters: the helper process is started with "spawn", which imports this
# module again in the helper (as ``__mp_main__``), where nothing may run.
if __name__ == "__main__":
    raise SystemExit(main())
