# Two entry points from a fresh Debian 12 machine: `make demo` and `make test`.
# Both run tools/setup.sh first (installs only what is missing, silent when nothing is).
VENV ?= .venv
PY := $(VENV)/bin/python
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
ZIP := dist/vraem_analyst-$(VERSION).zip

.PHONY: setup demo test test-qgis344 package validate ts bench data clean

setup:
	@bash tools/setup.sh

# Compiles i18n/*.ts with lrelease, writes the ZIP and dist/plugins.xml (download links point at
# BASE_URL, e.g. `make package BASE_URL=https://example.org/plugins`; default: file:// links to dist/).
package: setup
	@$(PY) tools/package.py $(if $(BASE_URL),--base-url $(BASE_URL))

validate: package
	@$(PY) tools/validate_zip.py $(ZIP)

# Refresh the translation sources from the tr("...") calls in the code.
ts: setup
	@$(PY) tools/i18n.py update

data: setup
	@$(PY) tools/build_data.py

demo: setup
	@$(PY) tools/package.py --quiet
	@$(PY) tools/demo.py --zip $(ZIP) --out out

test: setup
	@$(PY) tools/package.py --quiet
	@QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

# The same `make test` on QGIS 3.44 (Debian sid) in a debootstrap chroot, built once and cached in
# /var/cache/vraem/sid-qgis344 (CHROOT=... to move it); needs root. Packages: tools/qgis344-packages.txt.
test-qgis344:
	@bash tools/qgis344.sh $(PYTEST_ARGS)

bench: setup
	@$(PY) tools/bench.py

clean:
	rm -rf build dist out .pytest_cache
