"""System tools some tests need (Poppler, gettext, Chromium, PostgreSQL's
clients): a laptop without one skips those tests and says how to install it;
CI (CI=true) must have every one, and fails instead."""

import os
import shutil

import pytest


def require_tool(program, package):
    """The path of `program`; else the test skips, or fails under CI."""
    path = shutil.which(program)
    if path is None:
        reason = f"{program} is missing: install Debian's {package} package"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason} (CI must have it)")
        pytest.skip(reason)
    return path
