# Finsam report pipeline. The Makefile only calls the CLI and knows the file
# dependencies; every command creates .venv and installs the project when missing.
#
#   make arsredovisning | verksamhetsplan | delarsrapport [INPUT=dir] [OUTPUT=dir] [YEAR=yyyy]
#   make delarsrapport PERIOD=2021-06-30   (which closing date, when the year has several)
#   make dagordning | protokoll MOTE=2023-11-24   (a meeting in $(INPUT)/sammantraden/)
#   make check [INPUT=dir]
#   make test
#   make init INPUT=dir        (blank workbooks to fill in)

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
BYTECODE := $(VENV)/.bytecode

INPUT  ?= input_xlsx
OUTPUT ?= output
YEAR   ?=
PERIOD ?=
MOTE   ?=

CODE      := pyproject.toml $(shell find pipeline -name '*.py' -o -name '*.csv')
WORKBOOKS  = $(wildcard $(INPUT)/*.xlsx $(INPUT)/$(MEETINGS)/*.xlsx)
SOURCE     = $(OUTPUT)/.input

DOCUMENTS := arsredovisning verksamhetsplan delarsrapport dagordning protokoll
MEETINGS  := sammantraden

.PHONY: $(DOCUMENTS) all pdf libreoffice check test bench init init-mote templates examples docs clean

# $(SOURCE) records which input folder (and PERIOD) the documents in $(OUTPUT) come from,
# so that switching either rebuilds them. It is rewritten (at parse time) only when the folder
# differs, which keeps `make -q` truthful.
ifneq ($(filter $(DOCUMENTS) all pdf $(OUTPUT)/%,$(MAKECMDGOALS)),)
$(shell mkdir -p "$(OUTPUT)"; [ "$$(cat "$(SOURCE)" 2>/dev/null)" = "$(abspath $(INPUT)) $(PERIOD)" ] || \
        echo "$(abspath $(INPUT)) $(PERIOD)" > "$(SOURCE)")
endif

# The package compiled ahead, so that no run spends ~0.1 s compiling it (Python does not
# write bytecode itself where PYTHONDONTWRITEBYTECODE is set, as on this CI machine).
$(BYTECODE): $(CODE) | $(STAMP)
	@$(PY) -m compileall -q pipeline && touch $@

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

# The year defaults to what `pipeline year` says (the Dokument sheet, else the latest
# closed year, or the year after for the plan); the file rule below then rebuilds only
# when a workbook, the template or the code is newer than the document.
$(DOCUMENTS): $(BYTECODE)
	@year="$(if $(filter dagordning protokoll,$@),$(MOTE),$(YEAR))"; period="$(PERIOD)"; \
	if [ -z "$$year" ] && [ -n "$$period" ]; then year=$${period%%-*}; fi; \
	if [ -z "$$year" ]; then year=$$($(PY) -m pipeline year $@ --input "$(INPUT)") || exit 1; fi; \
	target="$(OUTPUT)/$@-$$year.docx"; \
	if $(MAKE) -q --no-print-directory "$$target" YEAR=$$year 2>/dev/null; then \
		echo "$$target är redan byggt av de senaste arbetsböckerna."; \
	else $(MAKE) --no-print-directory "$$target" YEAR=$$year; fi

# $* is e.g. "arsredovisning-2021" or "protokoll-2023-11-24": the document is what comes
# before the first dash, the year or meeting date what follows it.
doc = $(firstword $(subst -, ,$*))
.SECONDEXPANSION:
$(OUTPUT)/%.docx: $(WORKBOOKS) templates_docx/$$(firstword $$(subst -, ,$$*)).docx $(CODE) $(SOURCE) | $(BYTECODE)
	$(PY) -m pipeline build $(doc) --input "$(INPUT)" --output "$(OUTPUT)" \
		--id $(patsubst $(doc)-%,%,$*) $(if $(PERIOD),--period $(PERIOD))

# A PDF of every document on the Dokument sheet (LibreOffice lays them out).
pdf: $(BYTECODE)
	@targets=$$($(PY) -m pipeline list --input "$(INPUT)") || exit 1; \
	for t in $$targets; do $(MAKE) --no-print-directory "$(OUTPUT)/$$t.pdf" || exit 1; done

# Every document on the Dokument sheet; `make all -j` builds them in parallel.
all: $(BYTECODE)
	@targets=$$($(PY) -m pipeline list --input "$(INPUT)") || exit 1; \
	$(MAKE) --no-print-directory $$(for t in $$targets; do echo "$(OUTPUT)/$$t.docx"; done)

.PRECIOUS: $(OUTPUT)/%.docx  # built on the way to a PDF, and kept
$(OUTPUT)/%.pdf: $(OUTPUT)/%.docx | $(STAMP)
	$(PY) -m pipeline pdf "$<"

# LibreOffice (and a font with Calibri's metrics) for page numbers and PDF; Debian/Ubuntu.
libreoffice:
	@command -v soffice >/dev/null || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -q && \
		$$SUDO apt-get install -y -q --no-install-recommends libreoffice-writer-nogui fonts-crosextra-carlito; }

check: $(BYTECODE)
	$(PY) -m pipeline check --input "$(INPUT)"

init: $(STAMP)
	$(PY) -m pipeline init "$(INPUT)"

# A new meeting workbook with the standard agenda: make init-mote MOTE=2024-02-02
init-mote: $(STAMP)
	@if [ -z "$(MOTE)" ]; then echo "Ange sammanträdets datum: make init-mote MOTE=ÅÅÅÅ-MM-DD" >&2; exit 2; fi
	$(PY) -m pipeline init-mote "$(MOTE)" --input "$(INPUT)"

test: $(STAMP)
	$(PY) -m pytest

# Developer tools: regenerate the templates and the example workbooks from code.
templates: $(STAMP)
	$(PY) tools/templates/arsredovisning.py
	$(PY) tools/templates/verksamhetsplan.py
	$(PY) tools/templates/delarsrapport.py
	$(PY) tools/templates/dagordning.py
	$(PY) tools/templates/protokoll.py

# Wall time, memory and time per stage; writes docs/prestanda.md.
bench: $(BYTECODE)
	$(PY) tools/bench.py

docs: $(STAMP)
	$(PY) tools/docs_pages.py

examples: $(STAMP)
	$(PY) tools/examples/jamtland.py
	$(PY) tools/examples/sjobygden.py
	$(PY) tools/examples/harnosand.py

clean:
	rm -rf "$(OUTPUT)"
