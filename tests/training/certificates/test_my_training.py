"""My training shows each completed module's certificate, at a fixed cost."""

import pytest
from django.urls import reverse
from django.utils import translation

from training.factories import LessonPageFactory, TrainingModulePageFactory

from ..helpers import url_in
from .conftest import complete

# The index page's privacy (1); the user (1); the modules and their
# lessons (2); the trainee's lessons done, attempts, modules with a check and
# completions, certificates included (4); prerequisites, the reader's groups and
# page restrictions for the suggestions (3); the header's role and permission
# checks (3); the staff profile, for assigned training (1: this trainee has none).
MY_TRAINING_QUERIES = 15


@pytest.fixture
def cached_session_client(client, trainee, settings):
    """The trainee's browser, with the session read from the cache as in
    production, whichever cache the tests run with."""
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    client.force_login(trainee)
    return client


def completed_section(html):
    return html[html.index('id="completed"') :]


def more_modules(training_index, count):
    """Modules of two lessons each and no check."""
    modules = []
    for _ in range(count):
        module = TrainingModulePageFactory(parent=training_index)
        LessonPageFactory.create_batch(2, parent=module)
        modules.append(module)
    return modules


def test_a_completed_module_shows_its_certificate_and_code(
    trainee_client, certificate, training_index
):
    html = trainee_client.get(url_in("ar", training_index, "my_training")).content

    section = completed_section(html.decode())
    with translation.override("ar"):
        pdf = reverse("certificates:pdf", args=[certificate.verification_code])
    assert f'href="{pdf}"' in section
    assert f'<span dir="ltr">{certificate.printed_code}</span>' in section


def test_a_lesson_added_since_shows_as_new_beside_a_certificate_that_still_holds(
    trainee_client, certificate, training_index, gatekeeping
):
    added = LessonPageFactory(parent=gatekeeping, title="Monitoring after return")

    html = trainee_client.get(url_in("en", training_index, "my_training")).content
    pdf = trainee_client.get(certificate.get_absolute_url())

    section = completed_section(html.decode())
    assert f'href="{url_in("en", added)}"' in section
    assert "A lesson was added since then." in section
    assert certificate.printed_code in section
    assert pdf.status_code == 200


@pytest.mark.parametrize("extra_completed", [0, 3])
def test_my_training_takes_a_fixed_number_of_queries(
    cached_session_client,
    trainee,
    certificate,
    training_index,
    django_assert_num_queries,
    extra_completed,
):
    for module in more_modules(training_index, extra_completed):
        complete(trainee, module)
    url = url_in("en", training_index, "my_training")
    cached_session_client.get(url)  # what a first visit leaves in the cache

    with django_assert_num_queries(MY_TRAINING_QUERIES):
        response = cached_session_client.get(url)

    assert completed_section(response.content.decode()).count("/pdf/") == (
        1 + extra_completed
    )
