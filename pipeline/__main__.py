import sys

from pipeline import server

if server.enabled():
    status = server.run_remotely(sys.argv[1:])
    if status is not None:
        sys.exit(status)
try:
    from pipeline.cli import main

    main(prog_name="python -m pipeline")
finally:
    if server.enabled():
        server.start_in_background()  # for the next command, once this one is done
