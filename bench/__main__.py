import sys

from .run import main

if sys.argv[1:2] == ["load"]:  # python -m bench load: bench/load_faults.py
    from .load_faults import main as load_main

    raise SystemExit(load_main(sys.argv[2:]))
raise SystemExit(main())
