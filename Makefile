# Finsam report pipeline. The Makefile only calls the CLI, which decides from the content of the
# workbooks, the template and the program (never from file times) whether a document needs building.
# Every command creates .venv and installs the project when missing.
# This is the way on Linux and macOS. On Windows (no make) the same commands are the `finsam` program's,
# with options for the variables: `py -m pip install .`, then e.g. `finsam arsredovisning --input mapp
# --year 2025`, `finsam check`, `finsam pdf` (README, "På Windows"). Every target below calls finsam.
#
#   make arsredovisning | verksamhetsplan | delarsrapport [INPUT=dir] [OUTPUT=dir] [YEAR=yyyy]
#   make delarsrapport PERIOD=2021-06-30   (which closing date, when the year has several)
#   make dagordning | protokoll MOTE=2023-11-24   (a meeting in $(INPUT)/sammantraden/)
#   make all | pdf [INPUT=dir] [OUTPUT=dir]   (every document the inputs list; pdf also writes PDFs)
#   make check [INPUT=dir]
#   make underlag [DOC=arsredovisning] [INPUT=dir] [YEAR=yyyy]   (the review workbook, <dokument>-underlag.xlsx)
#   make andringar DOC=arsredovisning [MOT=fil.docx]   (tracked changes against the previous or sent version)
#   make mall DOC=arsredovisning [INPUT=dir]   (the förbund's own template, INPUT/mallar/, to edit in Word)
#   make texter DOC=arsredovisning [YEAR=yyyy] [PERIOD=date]   (a Word file to write the texts in, INPUT/texter/)
#   make test
#   make init INPUT=dir        (blank workbooks to fill in)

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
FINSAM := $(VENV)/bin/finsam
# The CLI as make runs it: messages name make's variables (YEAR=, not --year) and show no command line.
RUN    := FINSAM_MAKE=1 $(FINSAM)
STAMP  := $(VENV)/.installed
BYTECODE := $(VENV)/.bytecode

INPUT  ?= input_xlsx
OUTPUT ?= output
YEAR   ?=
PERIOD ?=
MOTE   ?=

# The document types: one module each in pipeline/documents/ (see pipeline/documents/__init__.py).
DOCUMENTS := $(filter-out __init__,$(basename $(notdir $(wildcard pipeline/documents/*.py))))
CODE      := pyproject.toml $(shell find pipeline -name '*.py' -o -name '*.csv')
FOLDERS    = --input "$(INPUT)" --output "$(OUTPUT)"
ASKED      = $(if $(YEAR),--year "$(YEAR)") $(if $(PERIOD),--period "$(PERIOD)") $(if $(MOTE),--mote "$(MOTE)")

MOT    ?=

.PHONY: $(DOCUMENTS) all pdf libreoffice check underlag andringar test bench init init-mote import-sie mall texter examples docs clean

# The package compiled ahead, so that no run spends ~0.1 s compiling it (Python does not
# write bytecode itself where PYTHONDONTWRITEBYTECODE is set, as on this CI machine).
$(BYTECODE): $(CODE) | $(STAMP)
	@$(PY) -m compileall -q pipeline && touch $@

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

$(DOCUMENTS): $(BYTECODE)
	@$(RUN) $@ $(FOLDERS) $(ASKED)

# Every document the inputs list (the Dokument sheet and the meetings), several at a time.
all: $(BYTECODE)
	@$(RUN) all $(FOLDERS)

# The same, with a PDF of each (LibreOffice lays them out).
pdf: $(BYTECODE)
	@$(RUN) pdf $(FOLDERS)

# LibreOffice (and a font with Calibri's metrics) for page numbers and PDF, and its Python bridge (uno),
# through which builds use one LibreOffice that keeps running; Debian/Ubuntu.
libreoffice:
	@{ command -v soffice >/dev/null && /usr/bin/python3 -c "import uno" 2>/dev/null; } || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -q && \
		$$SUDO apt-get install -y -q --no-install-recommends libreoffice-writer-nogui fonts-crosextra-carlito \
			python3-uno; }

check: $(BYTECODE)
	@$(RUN) check --input "$(INPUT)"

# The review workbook: every printed figure with its exact amount, its accounts and cells; the checks made.
underlag: $(BYTECODE)
	@$(RUN) underlag "$(or $(DOC),arsredovisning)" $(FOLDERS) $(ASKED)

# The document with tracked changes against the version the board last saw (or MOT=file.docx).
andringar: $(BYTECODE)
	@$(RUN) andringar "$(or $(DOC),arsredovisning)" $(FOLDERS) $(ASKED) $(if $(MOT),--mot "$(MOT)")

init: $(STAMP)
	@$(RUN) init "$(INPUT)"

# A new meeting workbook with the standard agenda: make init-mote MOTE=2024-02-02
init-mote: $(STAMP)
	@if [ -z "$(MOTE)" ]; then echo "Ange sammanträdets datum: make init-mote MOTE=ÅÅÅÅ-MM-DD" >&2; exit 2; fi
	@$(RUN) init-mote "$(MOTE)" --input "$(INPUT)"

test: $(STAMP)
	$(FINSAM) test

# The förbund's own template to start from: make mall DOC=arsredovisning [INPUT=dir]
# make import-sie FIL=export.se [INPUT=…] [PERIOD=2025-06-30] [SIEFLAGGOR=--annan-org]: the export checked and
# copied into $(INPUT)/bokforing/, where every build reads it (dropping the file there does the same)
import-sie: $(STAMP)
	@if [ -z "$(FIL)" ]; then echo "Ange SIE-filen: make import-sie FIL=export.se" >&2; exit 2; fi
	@$(RUN) import-sie "$(FIL)" --input "$(INPUT)" $(if $(PERIOD),--period "$(PERIOD)") $(SIEFLAGGOR)

mall: $(STAMP)
	@if [ -z "$(DOC)" ]; then echo "Ange dokumentet: make mall DOC=arsredovisning (eller $(DOCUMENTS))" >&2; exit 2; fi
	@$(RUN) mall "$(DOC)" --input "$(INPUT)"

# The Word file to write a document's texts in: make texter DOC=arsredovisning [YEAR=2025] [INPUT=dir]
texter: $(STAMP)
	@if [ -z "$(DOC)" ]; then echo "Ange dokumentet: make texter DOC=arsredovisning (eller delarsrapport, verksamhetsplan)" >&2; exit 2; fi
	@$(RUN) texter "$(DOC)" --input "$(INPUT)" $(if $(YEAR),--year "$(YEAR)") $(if $(PERIOD),--period "$(PERIOD)")

# Wall time, memory and time per stage; writes docs/prestanda.md.
bench: $(BYTECODE)
	$(PY) tools/bench.py

# docs/mallar.md (the templates' variables), docs/kolumner.md (the workbooks' columns) and one rendered page of each example document.
docs: $(STAMP)
	$(PY) -m pipeline.commands.reference
	$(PY) tools/docs_pages.py

examples: $(STAMP)
	$(PY) tools/examples/jamtland.py
	$(PY) tools/examples/sjobygden.py
	$(PY) tools/examples/harnosand.py
	$(PY) tools/examples/norrskogen.py

clean:
	rm -rf "$(OUTPUT)"
