"""The command line's entry point: `finsam …` (the console script pip installs, on Windows finsam.exe),
`python -m pipeline …`, and the Makefile's commands. It hands the command to the warm process when one
runs (pipeline/machinery/server.py), else runs it here and starts one for the next command."""
import os
import sys

from pipeline.machinery import portable, server


def run(prog_name: str = "finsam") -> None:
    portable.console()
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
        from pipeline.machinery import files
        from pipeline.cli import main

        files.stop_on_interrupt()
        main(prog_name=prog_name)
    except KeyboardInterrupt:  # one that escaped the command (it says "Avbrutet." for its own)
        print("Avbrutet.", file=sys.stderr)
        _interrupted()
    except SystemExit as exit_:
        if exit_.code == 130:
            _interrupted()
        raise
    finally:
        if warm:
            server.start_in_background()  # for the next command, once this one is done


def _interrupted() -> None:
    """End now with 130: a teardown of the interpreter that a further Ctrl-C (or one Python held back in a
    fork's handlers) interrupts would end the process by the signal instead."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(130)


if __name__ == "__main__":
    run("python -m pipeline")
