"""The page kit (portal/pages): listing filters read from an address, and the
layering it lets news and the library keep: the kit knows no content app, and a
page model's request handling never imports the models back."""

import ast
from pathlib import Path

import pytest
from django.http import QueryDict
from wagtail.models import Page

from portal.pages.filters import ListingFilterSet, QueryChoiceFilter, QueryDigitsFilter

ROOT = Path(__file__).resolve().parents[2]


class ShelfFilterSet(ListingFilterSet):
    colour = QueryChoiceFilter(
        field_name="title", max_length=4, choices=[("red", "Red"), ("blue", "Blue")]
    )
    country = QueryChoiceFilter(
        field_name="slug", max_length=2, upper=True, choices=[("ID", "Indonesia")]
    )
    year = QueryDigitsFilter(field_name="depth", max_length=4)


def shelf(query):
    return ShelfFilterSet(QueryDict(query), queryset=Page.objects.all())


def test_known_values_are_chosen_and_kept_in_declared_order():
    filters = shelf("year=2024&country=id&colour=blue&page=3&stray=1")

    assert filters.is_valid()
    assert filters.chosen == {"colour": "blue", "country": "ID", "year": "2024"}
    assert filters.as_query() == "colour=blue&country=ID&year=2024"


def test_the_last_of_several_values_counts_as_in_a_query_dict():
    assert shelf("colour=red&colour=blue").chosen["colour"] == "blue"


def test_a_value_is_cut_to_its_length_before_it_is_checked():
    assert shelf("colour=blueish&country=idn&year=20245").chosen == {
        "colour": "blue",
        "country": "ID",
        "year": "2024",
    }


@pytest.mark.parametrize(
    "query",
    [
        "colour=green",
        "colour=re%00",
        "country=XX",
        "year=last",
        "year=%D9%A2%D9%A0%D9%A2%D9%A3",  # Arabic-Indic digits
        "year=20x5",
        "year=%2020",
        "year=%00",
    ],
)
def test_a_value_no_list_offers_makes_the_filters_unknown(query):
    known = {"colour": "red", "country": "ID", "year": "2024"}
    name = query.split("=")[0]
    others = "&".join(f"{key}={value}" for key, value in known.items() if key != name)
    filters = shelf(f"{query}&{others}")

    assert not filters.is_valid()
    assert filters.chosen == {**known, name: ""}  # the unknown value is dropped


def test_choices_can_be_offered_per_request():
    filters = shelf("colour=pink")
    filters.offer("colour", [("pink", "Pink")])

    assert filters.is_valid()
    assert filters.chosen["colour"] == "pink"


def imports(path):
    """(module, inside a function?) for each import in the file at `path`."""
    tree = ast.parse(path.read_text())
    nested = {
        id(node)
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
        for node in ast.walk(function)
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, id(node) in nested) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = "." * node.level + (node.module or "")
            found.append((module, id(node) in nested))
    return found


def test_the_page_kit_knows_no_content_app():
    for path in (ROOT / "portal" / "pages").rglob("*.py"):
        for module, _nested in imports(path):
            assert module.split(".")[0] not in ("news", "library", "training"), path


@pytest.mark.parametrize(
    "name",
    [
        "news/listing.py",
        "news/filters.py",
        "news/feeds.py",
        "library/listing.py",
        "library/filters.py",
        "library/selectors.py",
    ],
)
def test_what_a_page_model_calls_does_not_import_the_models(name):
    app = name.split("/")[0]
    for module, _nested in imports(ROOT / name):
        assert module not in (".models", f"{app}.models"), (name, module)


@pytest.mark.parametrize("app", ["news", "library"])
def test_news_and_the_library_import_none_of_their_own_inside_functions(app):
    """Such an import hides a cycle; only AppConfig.ready() needs one."""
    for path in (ROOT / app).glob("*.py"):
        if path.name == "apps.py":
            continue
        nested = [
            module
            for module, inside in imports(path)
            if inside and (module.startswith(".") or module.split(".")[0] == app)
        ]
        assert nested == [], path
