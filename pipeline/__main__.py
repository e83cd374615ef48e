import os
import sys

from pipeline import server

try:
    os.getcwd()
except FileNotFoundError:  # the folder the command was started in was removed
    print(server.gone_folder(os.environ.get("PWD")), file=sys.stderr)
    sys.exit(1)
warm = server.enabled() and sys.argv[1:2] != ["stop"]
if warm:
    try:
        status = server.run_remotely(sys.argv[1:])
    except KeyboardInterrupt:  # before the command was handed over: nothing was started
        print("Avbrutet.", file=sys.stderr)
        sys.exit(130)
    if status is not None:
        sys.exit(status)
try:
    from pipeline import files
    from pipeline.cli import main

    files.stop_on_interrupt()
    main(prog_name="python -m pipeline")
finally:
    if warm:
        server.start_in_background()  # for the next command, once this one is done
