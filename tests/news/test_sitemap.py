"""Every story is in the sitemap, in every language, with its alternates."""

import xml.etree.ElementTree as ET

from .helpers import url_in

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def test_each_language_version_of_a_story_is_listed_with_its_alternates(
    client, case_conference
):
    root = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 - ours

    addresses = {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")
        }
        for url in root.iter(f"{SITEMAP}url")
    }
    story = {
        code: "http://testserver" + url_in(code, case_conference)
        for code in ("en", "id", "vi", "ar")
    }
    for code in story:
        assert addresses[story[code]] == {**story, "x-default": story["en"]}
