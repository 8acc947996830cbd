"""Small helpers shared by the training tests."""

import uuid

from django.utils import translation

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
