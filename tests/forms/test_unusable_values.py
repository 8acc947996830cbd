"""Values no record can hold (a NUL, a day the calendar cannot follow) are
refused like any unknown filter: in the reader's language, never a 500, never a
file cut off half-way."""

import pytest
from django.http import QueryDict

from portal.validation import UNUSABLE, query_text

from .helpers import news_address, reverse_in

pytestmark = pytest.mark.django_db
REPORT_VIEWS = ("report", "detail_csv", "detail_xlsx", "activity_csv")


def test_a_value_with_a_control_character_names_nothing():
    query = QueryDict("centre=jam%00bi&topic=%1B&country=id&page=2")
    assert query_text(query, "centre", 80) == UNUSABLE
    assert query_text(query, "topic", 60) == UNUSABLE
    assert query_text(query, "country", 2) == "id"
    assert query_text(query, "missing", 10) == ""
    assert query_text(QueryDict("centre=" + "x" * 200), "centre", 80) == "x" * 80


@pytest.mark.parametrize("name", ["centre", "country", "topic"])
def test_a_nul_in_a_news_filter_is_an_unknown_filter(client, news_index, name):
    response = client.get(news_address(news_index, "id"), {name: "jambi\x00"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Tidak ada balai, negara, atau topik dengan nama itu." in html
    assert "story-card" not in html
    for feed in ("feed_rss", "feed_atom"):
        url = news_address(news_index, "id", feed)
        assert client.get(url, {name: "\x00"}).status_code == 404


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("en", "Enter a date from 2000-01-01 to 2100-12-31."),
        ("id", "Masukkan tanggal dari 2000-01-01 sampai 2100-12-31."),
        ("vi", "Nhập một ngày từ 2000-01-01 đến 2100-12-31."),
        ("ar", "أدخل تاريخاً من 2000-01-01 إلى 2100-12-31."),
    ],
)
@pytest.mark.parametrize(
    "query",
    [
        {"completed_to": "9999-12-31"},
        {"completed_from": "0001-01-01"},
        {"completed_from": "1999-12-31", "completed_to": "2101-01-01"},
    ],
)
def test_a_far_date_is_refused_before_any_file_starts(
    supervisor_client,
    small_centre,
    code,
    message,
    query,
):
    for name in REPORT_VIEWS:
        response = supervisor_client.get(reverse_in(code, f"reports:{name}"), query)
        assert response.status_code == 400
        assert not response.streaming  # the form page, not a file
        assert message in response.content.decode()


def test_the_first_and_last_days_are_dates_like_any_other(
    supervisor_client,
    small_centre,
):
    query = {"completed_from": "2000-01-01", "completed_to": "2100-12-31"}
    for name in REPORT_VIEWS:
        response = supervisor_client.get(reverse_in("en", f"reports:{name}"), query)
        assert response.status_code == 200
    html = supervisor_client.get(reverse_in("en", "reports:report")).content.decode()
    assert 'min="2000-01-01"' in html and 'max="2100-12-31"' in html
