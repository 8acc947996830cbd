"""Throughput of the portal's pages beside a static file, under gunicorn.

Run from the repository root: `python -m bench` (or `make bench`).
"""
