"""The UI catalogues: complete, well-formed and in step with the code."""

import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

from tests.tools import require_tool

LOCALES = ["id", "vi", "ar"]
PLURAL_FORMS = {
    "id": "nplurals=1; plural=0;",
    "vi": "nplurals=1; plural=0;",
    "ar": "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : "
    "n%100>=3 && n%100<=10 ? 3 : n%100>=11 && n%100<=99 ? 4 : 5;",
}
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")
# Left out of the copy of the project that makemessages runs on (like bin/portal).
NOT_SOURCE = {".git", ".venv", "bench", "media", "static", "var", "test-artifacts"}


def catalogue_path(code, locale_dir=None):
    return (
        Path(locale_dir or settings.LOCALE_PATHS[0])
        / code
        / "LC_MESSAGES"
        / "django.po"
    )


def catalogue(code, locale_dir=None):
    return polib.pofile(str(catalogue_path(code, locale_dir)))


def placeholders(text):
    return set(PLACEHOLDER.findall(text))


def message_ids(po):
    return {(e.msgctxt, e.msgid, e.msgid_plural) for e in po if not e.obsolete}


@pytest.mark.parametrize("code", LOCALES)
def test_every_message_is_translated_and_none_is_fuzzy(code):
    po = catalogue(code)
    assert not po.metadata_is_fuzzy
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    assert [e.msgid for e in po.obsolete_entries()] == []


@pytest.mark.parametrize("code", LOCALES)
def test_the_header_names_the_language_and_its_plural_forms(code):
    metadata = catalogue(code).metadata
    assert metadata["Language"] == code
    assert " ".join(metadata["Plural-Forms"].split()) == PLURAL_FORMS[code]
    assert metadata["Content-Type"] == "text/plain; charset=UTF-8"


@pytest.mark.parametrize("code", LOCALES)
def test_plural_messages_have_every_form_of_the_language(code):
    nplurals = int(PLURAL_FORMS[code].split(";")[0].split("=")[1])
    for entry in catalogue(code):
        if entry.msgid_plural:
            forms = entry.msgstr_plural
            assert sorted(forms) == list(range(nplurals)), entry.msgid
            assert all(text.strip() for text in forms.values()), entry.msgid


@pytest.mark.parametrize("code", LOCALES)
def test_translations_keep_the_placeholders_of_the_english(code):
    problems = []
    for entry in catalogue(code).translated_entries():
        if entry.msgid_plural:
            allowed = placeholders(entry.msgid) | placeholders(entry.msgid_plural)
            forms = [entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural)]
            # Forms for exact numbers (Arabic "one", "two") may spell the number out.
            if any(not placeholders(form) <= allowed for form in forms) or (
                placeholders(forms[-1]) != placeholders(entry.msgid_plural)
            ):
                problems.append(entry.msgid)
        elif placeholders(entry.msgstr) != placeholders(entry.msgid):
            problems.append(entry.msgid)
    assert problems == []


@pytest.mark.parametrize("code", LOCALES)
def test_the_catalogue_compiles_without_warnings(code):
    result = subprocess.run(  # noqa: S603
        [
            require_tool("msgfmt", "gettext"),
            "--check",
            "-o",
            "/dev/null",
            str(catalogue_path(code)),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_the_catalogues_hold_every_message_of_the_code_and_no_other(
    tmp_path, settings, monkeypatch
):
    """What `bin/portal messages` would extract now is exactly what is translated."""
    for program in ("xgettext", "msguniq", "msgmerge"):
        require_tool(program, "gettext")
    real_locale = Path(settings.LOCALE_PATHS[0])
    project = tmp_path / "project"
    shutil.copytree(
        settings.BASE_DIR,
        project,
        ignore=lambda directory, names: [
            name
            for name in names
            if name == "__pycache__"
            or (Path(directory) == settings.BASE_DIR and name in NOT_SOURCE)
        ],
    )
    # Extract from scratch, so that nothing can come from the catalogues themselves.
    for copied in (project / "locale").glob("*/LC_MESSAGES/django.po"):
        copied.unlink()
    monkeypatch.chdir(project)
    settings.LOCALE_PATHS = [project / "locale"]
    call_command(
        "makemessages",
        all=True,
        no_location=True,
        no_obsolete=True,
        ignore_patterns=[".venv", "bench"],
        verbosity=0,
    )
    for code in LOCALES:
        extracted = message_ids(catalogue(code, project / "locale"))
        translated = message_ids(catalogue(code, real_locale))
        assert extracted, "makemessages extracted nothing"
        missing = extracted - translated
        assert sorted(missing, key=str) == [], f"{code}: run bin/portal messages"
        unused = translated - extracted
        assert sorted(unused, key=str) == [], f"{code}: no longer in the code"
