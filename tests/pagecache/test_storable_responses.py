"""Only plain, public, successful pages are stored."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse, StreamingHttpResponse
from django.test import RequestFactory

from portal.pagecache.cache import invalidate_all
from portal.pagecache.middleware import AnonymousPageCacheMiddleware


class CountingView:
    def __init__(self, make_response):
        self.make_response = make_response
        self.calls = 0

    def __call__(self, request):
        self.calls += 1
        return self.make_response()


def with_cookie():
    response = HttpResponse("hello")
    response.set_cookie("csrftoken", "secret")
    return response


def with_header(name, value):
    def make():
        response = HttpResponse("hello")
        response[name] = value
        return response

    return make


UNSTORABLE = {
    "sets a cookie": with_cookie,
    "private": with_header("Cache-Control", "private"),
    "no-store": with_header("Cache-Control", "max-age=0, no-store"),
    "no-cache": with_header("Cache-Control", "no-cache"),
    "varies by language": with_header("Vary", "Accept-Language, Cookie"),
    "varies by anything": with_header("Vary", "*"),
    "not found": lambda: HttpResponse("gone", status=404),
    "redirect": lambda: HttpResponse(status=302, headers={"Location": "/en/"}),
    "streaming": lambda: StreamingHttpResponse(iter([b"a", b"b"])),
}


def serve_twice(make_response, path="/en/"):
    view = CountingView(make_response)
    middleware = AnonymousPageCacheMiddleware(view)
    for _ in range(2):
        request = RequestFactory().get(path)
        request.user = AnonymousUser()
        response = middleware(request)
    return view.calls, response


@pytest.fixture(autouse=True)
def fresh_generation():
    invalidate_all()


@pytest.mark.parametrize("make_response", UNSTORABLE.values(), ids=UNSTORABLE)
def test_it_never_stores(make_response):
    calls, response = serve_twice(make_response)
    assert calls == 2
    assert "X-Page-Cache" not in response


def test_it_stores_a_plain_page_varying_on_cookie_and_encoding():
    calls, response = serve_twice(with_header("Vary", "Cookie, Accept-Encoding"))
    assert calls == 1
    assert response["X-Page-Cache"] == "hit"
    assert response.content == b"hello"


def test_it_never_stores_an_authenticated_readers_page(django_user_model):
    view = CountingView(lambda: HttpResponse("hello"))
    middleware = AnonymousPageCacheMiddleware(view)
    user = django_user_model(username="reader")
    for _ in range(2):
        request = RequestFactory().get("/en/")
        request.user = user
        middleware(request)
    assert view.calls == 2


@pytest.mark.parametrize("path", ["/admin/", "/documents/1/report.pdf"])
def test_it_leaves_the_admin_and_documents_alone(path):
    calls, response = serve_twice(lambda: HttpResponse("hello"), path)
    assert calls == 2
