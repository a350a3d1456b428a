# Everything a developer or CI needs. `make run` and `make test` set up a fresh machine themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup install browser messages lint duplicates format checks screenshots lighthouse clean

# The address the running site links to (e-mails, sitemap, admin links): the one it serves on,
# unless SITE_URL / WAGTAILADMIN_BASE_URL are set. A server on all interfaces links to 127.0.0.1.
LINK_HOST = $(if $(filter 0.0.0.0,$(HOST)),127.0.0.1,$(HOST))

run: setup ## Install, migrate, load the demo site and serve it on http://$(HOST):$(PORT)
	export SITE_URL="$${SITE_URL:-http://$(LINK_HOST):$(PORT)}"; \
	export WAGTAILADMIN_BASE_URL="$${WAGTAILADMIN_BASE_URL:-$$SITE_URL}"; \
	$(BIN)/python manage.py migrate --noinput && \
	$(BIN)/python manage.py load_demo && \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# Two workers (pytest-xdist), one per core of a developer's or CI's machine; PYTEST_WORKERS=0
# runs everything in one process. PYTEST_ARGS adds options or picks tests. (A third worker on two
# cores made the suite slower: the browser tests use the cores too, through Chromium and the site
# server.)
PYTEST_WORKERS ?= 2

test: setup browser ## Install everything and run the whole test suite
	$(BIN)/python -m pytest --numprocesses $(PYTEST_WORKERS) $(PYTEST_ARGS)

setup: install messages

install: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || (echo "Python 3.11 or newer is needed (set PYTHON=...)"; exit 1)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || (echo "npm is needed: apt-get install nodejs npm"; exit 1)
	npm ci --no-audit --no-fund --silent
	touch $@

browser: ## Debian's Chromium for the browser tests (no browser download by Playwright)
	@test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

# The interface translations, compiled when their .po file is newer (as Django's compilemessages
# does it); two `make test` running side by side (CI) then never rewrite a file the other reads.
MO_FILES := $(patsubst %.po,%.mo,$(wildcard site/locale/*/LC_MESSAGES/*.po))

messages: $(MO_FILES) ## Compile the Dutch interface translations

site/locale/%.mo: site/locale/%.po
	@command -v msgfmt >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null)
	msgfmt --check-format -o $@ $<

lint: install ## Static checks: ruff, the floor plan's import contracts, templates, copied code
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	@# The floor plan (docs/floor-plan.md): which app may import which, no import circles.
	$(BIN)/lint-imports --no-cache
	$(BIN)/djlint $(wildcard */templates) --check --quiet
	$(BIN)/djlint $(wildcard */templates) --lint --quiet
	@# Python and templates copied in 50 tokens or more (.jscpd.json); only the known copies in
	@# .jscpd-baseline.json pass, each to be removed (`make duplicates` lists them all).
	node_modules/.bin/jscpd --config .jscpd.json --baseline .jscpd-baseline.json --fail-on-new-clones --reporters console

duplicates: install ## List every copied block of code, also the known ones in the baseline
	node_modules/.bin/jscpd --config .jscpd.json --reporters console-full

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

checks: setup ## Django's deployment checks and missing migrations
	DJANGO_SETTINGS_MODULE=config.settings.production SECRET_KEY=ci-dummy-secret-key-with-enough-length-0123456789abcdef ALLOWED_HOSTS=example.org \
		EMAIL_URL=smtp://localhost:25 \
		$(BIN)/python manage.py check --deploy --fail-level WARNING
	$(BIN)/python manage.py makemigrations --check --dry-run

screenshots: setup browser ## Full-page screenshots of the demo at 375 and 1280 px into docs/screenshots/
	$(BIN)/python scripts/screenshots.py

# Lighthouse's default mobile settings; LIGHTHOUSE_RUNS=3 keeps each page's median run.
LIGHTHOUSE_RUNS ?= 1

lighthouse: setup browser ## Lighthouse on the demo served as in production; scores in docs/lighthouse/
	$(BIN)/python scripts/lighthouse.py --runs $(LIGHTHOUSE_RUNS)

clean:
	rm -rf $(VENV) node_modules static db.sqlite3 test-artifacts .pytest_cache
