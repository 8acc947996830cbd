.DEFAULT_GOAL := help
.PHONY: help demo run test lint messages bench

help: ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-9s %s\n", $$1, $$2}'

demo: ## Set up, load demo content and serve on http://127.0.0.1:8000
	bin/portal demo

run: ## Serve the portal as it is (no setup)
	.venv/bin/python manage.py runserver 127.0.0.1:8000

test: ## Set up, then run checks, lint and every test
	bin/portal test

lint: ## ruff, lint-imports and djhtml
	bin/portal lint

messages: ## Extract UI strings into locale/*/LC_MESSAGES/django.po
	bin/portal messages

bench: ## Benchmarks under gunicorn with PostgreSQL and Redis
	bin/portal bench
