# Two commands for a newcomer: `make run` and `make test`. See README.md.
SHELL := /bin/bash
PYTHON ?= python3
HOST ?= 127.0.0.1
PORT ?= 8000
UV := .tools/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
CHROMIUM := /usr/bin/chromium
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: run test install install-dev browser lint format bench clean
.PHONY: stack-deps stack test-stack loadtest backup restore share-images audit

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet "uv==0.13.8"

install: $(UV)
	$(UV) sync --frozen --no-dev

install-dev: $(UV)
	$(UV) sync --frozen

# Debian's chromium for the browser tests; Playwright cannot download its own here.
browser:
	@if [ ! -x $(CHROMIUM) ]; then \
		if [ "$$(id -u)" = "0" ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
		else \
			echo "Chromium is missing: run 'sudo apt-get install chromium' and try again."; exit 1; \
		fi; \
	fi

run: install-dev
	$(PY) manage.py compilemessages --locale sv --locale en --ignore ".venv" --ignore ".tools" -v 0
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_initial_content --examples
	$(PY) manage.py ensure_dev_superuser
	@echo ""
	@echo "  Samverkan Lund:  http://$(HOST):$(PORT)/     (English: http://$(HOST):$(PORT)/en/)"
	@echo "  Admin:           http://$(HOST):$(PORT)/admin/  user: admin  password: admin"
	@echo ""
	@# The mail worker and the recurring jobs run beside the server and stop with it.
	@trap 'kill 0' EXIT INT TERM; \
	$(PY) manage.py db_worker --backend outbox --queue-name mail --no-reload & \
	$(PY) manage.py run_schedule & \
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install-dev browser stack-deps
	$(PY) manage.py compilemessages --locale sv --locale en --ignore ".venv" --ignore ".tools" -v 0
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Budgets of DESIGN.md, measured on PostgreSQL through gunicorn. Prints a table.
BENCH_DB ?= samverkan_bench
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/$(BENCH_DB)
# A Redis database of the bench's own: the bench flushes it, so two runs on one machine
# (or a bench beside `make stack`) never retire each other's caches.
BENCH_REDIS_DB ?= 5
BENCH_REDIS_URL ?= redis://127.0.0.1:6379/$(BENCH_REDIS_DB)
# Every page type and its filtered, search and form views are found in the page tree.
BENCH_ARGS ?= --url "/iop/?status=ended&sort=end" --url "/frivilligkraft/?district=centrum" \
	--volume "build_iop_volume 10000" --volume "build_assignment_volume 20000"
bench: install-dev
	@command -v wrk >/dev/null || { [ "$$(id -u)" = "0" ] && apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
	psql "$(BENCH_DATABASE_URL:%/$(BENCH_DB)=%/postgres)" -qtc \
		"SELECT 1 FROM pg_database WHERE datname = '$(BENCH_DB)'" | grep -q 1 || \
		psql "$(BENCH_DATABASE_URL:%/$(BENCH_DB)=%/postgres)" -qc "CREATE DATABASE $(BENCH_DB)"
	$(PY) manage.py compilemessages --locale sv --locale en --ignore ".venv" --ignore ".tools" -v 0
	DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) manage.py migrate --no-input -v 0
	DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) manage.py load_initial_content --examples -v 0
	DJANGO_SETTINGS_MODULE=lundsite.settings.production SECRET_KEY=bench-only-not-secret-0123456789-abcdefghijklmnopqrstuvwxyz \
		REDIS_URL=$(BENCH_REDIS_URL) $(PY) manage.py collectstatic --no-input -v 0
	DATABASE_URL=$(BENCH_DATABASE_URL) REDIS_URL=$(BENCH_REDIS_URL) $(PY) manage.py bench $(BENCH_ARGS)

# Link-preview cards: static/img/share/*.svg drawn to the PNGs beside them by Debian's chromium.
# Commit both after changing a card.
share-images: install-dev browser
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(PY) manage.py render_share_images

# Lighthouse 12 (mobile) on every page type in both languages and the W3C Nu HTML checker on
# every page, against a production-like copy it builds itself; fails when a budget of
# DESIGN.md is broken. Not part of `make test`. AUDIT_ARGS="--runs 3" takes medians.
AUDIT_TOOLS := .audit/node_modules/.bin/lighthouse .audit/node_modules/vnu-jar/build/dist/vnu.jar
$(AUDIT_TOOLS):
	npm install --prefix .audit --no-audit --no-fund --save-exact lighthouse@12.2.3 vnu-jar@26.9.27
audit: install-dev browser $(AUDIT_TOOLS)
	$(PY) -m deploy.audit $(AUDIT_ARGS)

clean:
	rm -rf $(VENV) .tools staticfiles .test-media db.sqlite3

# The production shape on loopback (docs/deploy.md): Debian's Varnish in front, wrk for the
# load test. Installed when missing and the user is root, like chromium above.
stack-deps:
	@if [ ! -x /usr/sbin/varnishd ] || ! command -v wrk >/dev/null; then \
		if [ "$$(id -u)" = "0" ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish wrk; \
		else \
			echo "Varnish or wrk is missing: run 'sudo apt-get install varnish wrk' and try again."; exit 1; \
		fi; \
	fi

# Two web nodes, the mail and job worker and Varnish, on PostgreSQL and Redis DB 12, until Ctrl-C.
STACK_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/samverkan_stack
stack: install-dev stack-deps
	$(PY) manage.py compilemessages --locale sv --locale en --ignore ".venv" --ignore ".tools" -v 0
	psql "$(dir $(STACK_DATABASE_URL))postgres" -qtc "SELECT 1 FROM pg_database WHERE datname = '$(notdir $(STACK_DATABASE_URL))'" | grep -q 1 || \
		psql "$(dir $(STACK_DATABASE_URL))postgres" -qc "CREATE DATABASE $(notdir $(STACK_DATABASE_URL))"
	STACK_DATABASE_URL=$(STACK_DATABASE_URL) $(PY) -m deploy.stack

# Only the stack and backup tests (they also run in make test).
test-stack: install-dev stack-deps
	$(PY) manage.py compilemessages --locale sv --locale en --ignore ".venv" --ignore ".tools" -v 0
	$(PY) -m pytest -m stack $(PYTEST_ARGS)

# Load and faults against the stack on its own throwaway PostgreSQL cluster; loopback only,
# stops by itself. LOADTEST_MAIL_OUTAGE (seconds, default 120) and LOADTEST_SECONDS shorten it.
loadtest: install-dev stack-deps
	$(PY) manage.py compilemessages --locale sv --locale en --ignore ".venv" --ignore ".tools" -v 0
	$(PY) -m deploy.loadtest

# pg_dump -Fc of DATABASE_URL and tars of MEDIA_ROOT and PRIVATE_MEDIA_ROOT into BACKUP_DIR
# (default backups/).
backup:
	bash deploy/backup.sh

# Into an empty DATABASE_URL, MEDIA_ROOT and PRIVATE_MEDIA_ROOT; BACKUP=prefix (default: the
# newest in BACKUP_DIR).
restore:
	bash deploy/restore.sh
