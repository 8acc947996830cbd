"""With the database backend (production's), the request that uploads a file
only queues the reading of its text; `manage.py db_worker` reads it and brings
the search index up to date, and a task that fails is kept as failed."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.documents import get_document_model
from wagtail.models import Collection

from demo.content.library import ResourceFile
from demo.library import docx_bytes, pdf_bytes
from library import services
from library.factories import LibraryIndexPageFactory, ResourcePageFactory
from library.models import DocumentText
from portal.search.models import IndexEntry

# Wagtail's root page and collection come from migrations: kept for later tests.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

EXTRACT = "library.tasks.extract_document_text"
REINDEX = "portal.search.tasks.reindex_pages"
WORD = "Ecomapping"  # in the file only, never in the page's fields
FILES = {
    "pdf": lambda: pdf_bytes(
        "Checklist", ResourceFile("en", "pdf", f"{WORD} comes first.", ("A point.",))
    ),
    "docx": lambda: docx_bytes(
        "Checklist", ResourceFile("en", "docx", f"{WORD} comes first.", ("A point.",))
    ),
}
RESULT_TITLE = re.compile(r'<h2><a href="[^"]*">([^<]*)</a></h2>')


@pytest.fixture(autouse=True)
def database_tasks(settings, tmp_path):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.MEDIA_ROOT = tmp_path / "media"


def upload(client, name, data):
    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Home-visit checklist",
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return get_document_model().objects.get()


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)


def queued(task_path):
    return DBTaskResult.objects.filter(
        task_path=task_path, status=TaskResultStatus.READY
    )


def found(client, words):
    response = client.get(reverse("search:search"), {"q": words})
    assert response.status_code == 200
    return RESULT_TITLE.findall(response.content.decode())


@pytest.mark.parametrize("extension", ["pdf", "docx"])
def test_the_upload_only_queues_and_the_worker_makes_the_file_findable(
    extension, client, editor_client, home_page, extractions
):
    document = upload(editor_client, f"checklist.{extension}", FILES[extension]())

    assert extractions["files"] == 0
    assert not DocumentText.objects.filter(document=document).exists()
    assert list(queued(EXTRACT).values_list("args_kwargs", flat=True)) == [
        {"args": [document.pk], "kwargs": {}}
    ]

    library = LibraryIndexPageFactory(parent=home_page)
    resource = ResourcePageFactory(
        parent=library, title="Home visits", link_en="", document_en=document
    )
    resource.save_revision().publish()
    # Publishing does not index in the request either.
    assert queued(REINDEX).exists()
    assert not IndexEntry.objects.filter(page=resource).exists()
    assert found(client, WORD) == []

    run_worker()

    assert extractions["files"] == 1
    assert WORD in DocumentText.objects.get(document=document).text
    assert not DBTaskResult.objects.exclude(status=TaskResultStatus.SUCCESSFUL)
    assert found(client, WORD) == ["Home visits"]


def test_a_failing_task_is_kept_as_failed_and_the_upload_stands(
    editor_client, monkeypatch
):
    def storage_gone(document):
        raise RuntimeError("the shared uploads folder is not mounted")

    monkeypatch.setattr(services, "document_text", storage_gone)

    document = upload(editor_client, "checklist.pdf", FILES["pdf"]())
    assert queued(EXTRACT).count() == 1

    run_worker()

    failed = DBTaskResult.objects.get(task_path=EXTRACT)
    assert failed.status == TaskResultStatus.FAILED
    assert failed.exception_class_path == "builtins.RuntimeError"
    assert "not mounted" in failed.traceback
    # The document stays, and the worker went on with the other tasks.
    assert get_document_model().objects.filter(pk=document.pk).exists()
    assert not DocumentText.objects.filter(document=document).exists()
    others = DBTaskResult.objects.exclude(task_path=EXTRACT)
    assert others.exists()
    assert not others.exclude(status=TaskResultStatus.SUCCESSFUL)
