"""Finsam report pipeline: Excel workbooks in, the board's documents (.docx, PDF) out.

The layers, each with one job; a module imports only its own layer and the layers listed before it
(tests/test_architecture.py reads this list and checks every import against it; docs/utveckling.md
describes each layer):

    base: enums problems apportion amounts machinery domain schema fmt contrast phrases
    read: read
    reconcile: reconcile load
    compute: compute
    checks: checks
    present: present
    render: render
    documents: documents
    build: build commands batch
    cli: cli cli_swedish machinery.server __main__
"""
