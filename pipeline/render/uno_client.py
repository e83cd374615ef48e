"""Convert a document to PDF through a running LibreOffice (run by the system Python).

The `uno` module belongs to Debian's python3-uno, that is to /usr/bin/python3, not to
the project's virtual environment, so the pipeline runs this file as a subprocess:

    /usr/bin/python3 uno_client.py PIPE_NAME INPUT.docx OUTPUT.pdf [FILTER_OPTIONS_JSON]

FILTER_OPTIONS_JSON is the PDF filter's options as --convert-to takes them:
{"UseTaggedPDF": {"type": "boolean", "value": "true"}, …}.

Exit status: 0 converted, 3 no LibreOffice listens on the pipe, 1 conversion failed.
This file imports nothing from the pipeline.
"""
import json
import sys


def main(pipe: str, source: str, target: str, options: str = "{}") -> int:
    try:
        import uno
        from com.sun.star.beans import PropertyValue
        from com.sun.star.connection import NoConnectException
    except ImportError:
        return 3

    def prop(name, value):
        p = PropertyValue()
        p.Name, p.Value = name, value
        return p

    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    try:
        context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
    except NoConnectException:
        return 3
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0,
                                            (prop("Hidden", True), prop("ReadOnly", True)))
    if document is None:
        return 1
    try:
        data = tuple(prop(name, option["value"] == "true" if option["type"] == "boolean" else int(option["value"]))
                     for name, option in json.loads(options).items())
        arguments = (prop("FilterName", "writer_pdf_Export"),
                     prop("FilterData", uno.Any("[]com.sun.star.beans.PropertyValue", data)))
        uno.invoke(document, "storeToURL", (uno.systemPathToFileUrl(target),
                                            uno.Any("[]com.sun.star.beans.PropertyValue", arguments)))
    finally:
        document.close(True)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
