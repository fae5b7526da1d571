# Two entry points from a fresh Debian 12 machine: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
ZIP := dist/vraem_analyst-$(VERSION).zip
PLUGINS_DIR := build/plugins

.PHONY: setup demo test package translations ts bench data clean

setup:
	@bash tools/setup.sh

translations: setup
	@$(PY) tools/i18n.py compile

ts: setup
	@$(PY) tools/i18n.py update

package: setup translations
	@$(PY) tools/package.py

data: setup
	@$(PY) tools/build_data.py

demo: package
	@$(PY) tools/demo.py --zip $(ZIP) --out out

test: package
	@QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

bench: setup
	@$(PY) tools/bench.py

clean:
	rm -rf build dist out .pytest_cache
