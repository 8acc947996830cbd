import pytest

LANGS = ["en", "id", "vi", "ar"]


@pytest.mark.parametrize("code", LANGS)
def test_home_page_renders_in_each_language(client, home_page, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}" dir="{"rtl" if code == "ar" else "ltr"}">' in html
