"""A module names library resources; each resource names the modules that use it."""

import pytest

from library.factories import LibraryIndexPageFactory, ResourcePageFactory
from training.factories import TrainingModulePageFactory

from .helpers import url_in


@pytest.fixture
def checklist(home_page):
    library = LibraryIndexPageFactory(parent=home_page, title="Library", slug="library")
    return ResourcePageFactory(
        parent=library,
        title="Gatekeeping decision checklist",
        slug="gatekeeping-decision-checklist",
        title_ar="قائمة التحقق لقرار ضبط الدخول إلى الرعاية",
        slug_ar="قائمة-التحقق",
    )


@pytest.fixture
def draft_resource(checklist):
    draft = ResourcePageFactory(
        parent=checklist.get_parent(), title="A draft guide", slug="draft-guide"
    )
    draft.unpublish()
    return draft


@pytest.fixture
def linked_module(gatekeeping, checklist, draft_resource):
    gatekeeping.related_resources.set([checklist, draft_resource])
    gatekeeping.save_revision().publish()
    return gatekeeping


@pytest.mark.parametrize(
    ("code", "title"),
    [
        ("en", "Gatekeeping decision checklist"),
        ("ar", "قائمة التحقق لقرار ضبط الدخول إلى الرعاية"),
    ],
)
def test_the_module_page_lists_its_live_resources_in_the_readers_language(
    client, linked_module, code, title
):
    response = client.get(url_in(code, linked_module))
    html = response.content.decode()
    assert response.status_code == 200
    assert f">{title}</a>" in html
    assert "A draft guide" not in html


def test_the_resource_page_lists_the_live_modules_that_use_it(
    client, linked_module, checklist, training_index
):
    draft_module = TrainingModulePageFactory(
        parent=training_index, title="A draft module", slug="draft-module"
    )
    draft_module.related_resources.set([checklist])
    draft_module.save_revision().publish()
    draft_module.unpublish()
    response = client.get(url_in("en", checklist))
    html = response.content.decode()
    assert response.status_code == 200
    assert f">{linked_module.title}</a>" in html
    assert "A draft module" not in html
