# Everything a developer or CI needs. `make run` and `make test` set up a fresh machine themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup install browser messages lint format checks clean

# The address the running site links to (e-mails, sitemap, admin links): the one it serves on,
# unless SITE_URL / WAGTAILADMIN_BASE_URL are set. A server on all interfaces links to 127.0.0.1.
LINK_HOST = $(if $(filter 0.0.0.0,$(HOST)),127.0.0.1,$(HOST))

run: setup ## Install, migrate, load the demo site and serve it on http://$(HOST):$(PORT)
	export SITE_URL="$${SITE_URL:-http://$(LINK_HOST):$(PORT)}"; \
	export WAGTAILADMIN_BASE_URL="$${WAGTAILADMIN_BASE_URL:-$$SITE_URL}"; \
	$(BIN)/python manage.py migrate --noinput && \
	$(BIN)/python manage.py load_demo && \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: setup browser ## Install everything and run the whole test suite
	$(BIN)/python -m pytest $(PYTEST_ARGS)

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

messages: $(VENV)/.installed ## Compile the Dutch interface translations
	@command -v msgfmt >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null)
	cd site && ../$(BIN)/django-admin compilemessages --ignore=.venv -v0

lint: install ## Static checks: ruff and the template linter
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint $(wildcard */templates) --check --quiet
	$(BIN)/djlint $(wildcard */templates) --lint --quiet

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

checks: setup ## Django's deployment checks and missing migrations
	DJANGO_SETTINGS_MODULE=config.settings.production SECRET_KEY=ci-dummy-secret-key-with-enough-length-0123456789abcdef ALLOWED_HOSTS=example.org \
		EMAIL_URL=smtp://localhost:25 \
		$(BIN)/python manage.py check --deploy --fail-level WARNING
	$(BIN)/python manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) node_modules static db.sqlite3 test-artifacts
