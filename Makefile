# Two commands set up everything on a fresh machine (Debian, Python 3.11):
#   make site   — create .venv, install the pinned dependencies, build site/
#   make test   — the same set-up, plus Chromium for the browser tests, then every test
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test serve docs clean browser bench

$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

site: $(STAMP)
	$(BIN)/chungtay build

docs: $(STAMP)
	$(BIN)/chungtay build --no-site

serve: $(STAMP)
	$(BIN)/chungtay serve

# The browser tests use Debian's Chromium (Playwright cannot download its own here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Chromium from Debian's packages for the browser tests…"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# axe-core for the accessibility tests, from the npm registry, at the version the lock file pins.
AXE := tests/js/node_modules/axe-core/axe.min.js
$(AXE): tests/js/package.json tests/js/package-lock.json
	@command -v npm >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; }
	npm ci --prefix tests/js --no-audit --no-fund --silent
	touch $@

test: $(STAMP) browser $(AXE)
	$(BIN)/python -m pytest

clean:
	rm -rf site .site.building .site.old .pytest_cache

# The poster benchmark runs Material's social plugin beside chungtay; the plugin needs Debian's libcairo2.
bench: $(STAMP)
	@ldconfig -p | grep -q 'libcairo\.so\.2' || { \
	  echo "Installing Debian's libcairo2 for Material's social plugin…"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcairo2 >/dev/null; }
	$(BIN)/python scripts/benchmark_posters.py
