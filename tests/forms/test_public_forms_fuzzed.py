"""Random data posted to every public form: never a server error, and nothing
stored unless the form accepted it. (The forms sent by GET, search and
certificate verification among them, are in test_get_filters_fuzzed.py.)

Hypothesis draws each form's fields (and stray ones) with any text, lists of
values, NUL characters, right-to-left and combining marks, huge numbers...
"""

import pytest
from django.core.cache import cache
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portal.backup.inventory import row_counts
from training.models import CheckQuestion

from ..training.helpers import url_in

pytestmark = pytest.mark.django_db
FUZZ = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ACCEPTED = {302}  # a valid form redirects; anything else stores nothing

values = st.one_of(
    st.text(max_size=300),
    st.text(alphabet="0123456789-", max_size=40),
    st.sampled_from(["", " ", "\x00", "0", "-1", "9" * 40, "1e309", "null", "[]"]),
    st.emails(),
)
field_values = st.one_of(values, st.lists(values, min_size=2, max_size=4))


def form_data(fields):
    """The form's own fields, each present or not, and a few stray ones."""
    return st.builds(
        lambda own, stray: {**stray, **own},
        st.dictionaries(st.sampled_from(fields), field_values),
        st.dictionaries(st.text(max_size=20), field_values, max_size=3),
    )


def assert_handled(send, data, ignored_tables=()):
    """`send(data)` never fails with a 5xx; refused, it changes no table."""
    cache.clear()  # no rate limit between examples: each reaches the form
    before = row_counts()
    response = send(data)
    assert response.status_code < 500, (response.status_code, data)
    if response.status_code not in ACCEPTED:
        after = row_counts()
        changed = {
            table: (before.get(table), count)
            for table, count in after.items()
            if before.get(table) != count and not table.startswith(ignored_tables)
        }
        assert not changed, (response.status_code, data, changed)
    return response


@FUZZ
@given(
    data=form_data(
        [
            "full_name",
            "email",
            "password1",
            "password2",
            "centre",
            "job_role",
            "preferred_language",
        ]
    )
)
def test_sign_up(home_page, staff_centre, data):
    assert_handled(lambda sent: Client().post("/en/accounts/signup/", sent), data)


# django-axes keeps every refused sign-in (its own tables): that is its purpose.
@FUZZ
@given(data=form_data(["login", "password", "remember"]))
def test_sign_in(home_page, approved_trainee, data):
    assert_handled(
        lambda sent: Client().post("/en/accounts/login/", sent),
        data,
        ignored_tables=("axes_",),
    )


@FUZZ
@given(data=form_data(["email"]))
def test_password_reset(home_page, approved_trainee, data):
    assert_handled(
        lambda sent: Client().post("/en/accounts/password/reset/", sent), data
    )


@pytest.fixture
def check_fields(gatekeeping):
    keys = CheckQuestion.objects.filter(module=gatekeeping).values_list("pk", flat=True)
    return ["client_token", *(f"question-{key}" for key in keys)]


@FUZZ
@given(data=st.data())
def test_knowledge_check(gatekeeping, check_fields, trainee, data):
    client = Client()
    client.force_login(trainee)
    url = url_in("en", gatekeeping, "check")
    sent = data.draw(form_data(check_fields))
    assert_handled(lambda form: client.post(url, form), sent)
