"""Small helpers shared by the training tests."""

import uuid

from django.contrib.auth import SESSION_KEY, get_user_model
from django.utils import translation

from training.forms import owner_token
from training.models import CheckQuestion


def url_in(code, page, subpage=None, *args):
    """The page's address (or the address of one of its routes) in language `code`."""
    with translation.override(code):
        url = page.get_url()
        if subpage:
            url += page.reverse_subpage(subpage, args=args)
        return url


def right_answers(module):
    """{question key: [option keys]} answering every question of the check right."""
    return {
        question.pk: [
            option.pk for option in question.options.all() if option.is_correct
        ]
        for question in CheckQuestion.objects.filter(module=module)
    }


def wrong_answers(module):
    """Every question answered with one wrong option."""
    return {
        question.pk: [next(o.pk for o in question.options.all() if not o.is_correct)]
        for question in CheckQuestion.objects.filter(module=module)
    }


def check_form(answers, client_token=None):
    """The knowledge check as a browser sends it."""
    data = {"client_token": str(client_token or uuid.uuid4())}
    for question_key, option_keys in answers.items():
        data[f"question-{question_key}"] = [str(key) for key in option_keys]
    return data


def owned(client, page, data=None):
    """`data` as the page's form sends it for whoever `client` is signed in as:
    with their signed owner token (nothing added for an anonymous client)."""
    data = dict(data or {})
    user_key = client.session.get(SESSION_KEY)
    if user_key is not None:
        user = get_user_model().objects.get(pk=user_key)
        data["owner_token"] = owner_token(user, page)
    return data
