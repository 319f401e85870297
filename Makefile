# HĐND Portal: `make run` serves the demo site, `make test` runs the test suite, `make bench` measures speed.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-plugins bench install install-dev migrate demo lint messages clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(PY)
	$(PIP) install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(PY)
	$(PIP) install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo_content --hostname $(HOST) --port $(PORT)

## Serve the demo site on SQLite at http://$(HOST):$(PORT)/ (admin /admin/, API /api/v2/).
run: demo
	$(PY) manage.py runserver $(HOST):$(PORT)

## The whole test suite: SQLite by default, PostgreSQL when DATABASE_URL points at one.
test: install-dev
	$(PY) -m pytest $(PYTEST_ARGS)

## Each plugin's own tests under settings that install only it and what it needs (tests/alone/); tests
## marked `project` need this repository's project (styled errors, content-version caches) and stay out.
test-plugins: install-dev
	DJANGO_SETTINGS_MODULE=tests.alone.settings_councils $(PY) -m pytest -q -p no:cacheprovider -m "not project" \
		tests/councils
	DJANGO_SETTINGS_MODULE=tests.alone.settings_newsroom $(PY) -m pytest -q -p no:cacheprovider -m "not project" \
		tests/newsroom --ignore=tests/newsroom/test_pages.py
	DJANGO_SETTINGS_MODULE=tests.alone.settings_analytics $(PY) -m pytest -q -p no:cacheprovider \
		--confcutdir=tests/alone tests/alone

## The benchmark (bench/README.md): needs PostgreSQL and Redis on 127.0.0.1; installs wrk with apt
## when missing. Settings come from BENCH_* variables, e.g. `make bench BENCH_ROUNDS=1 BENCH_DURATION=3`.
bench: install
	$(PY) bench/run.py

lint: install-dev
	$(VENV)/bin/ruff check .

## Refresh the Vietnamese catalogues after changing strings (needs GNU gettext).
messages: install-dev
	$(PY) manage.py makemessages -l vi --no-obsolete --ignore=.venv --ignore=staticfiles
	$(PY) manage.py compilemessages -l vi --ignore=.venv

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-* media staticfiles
