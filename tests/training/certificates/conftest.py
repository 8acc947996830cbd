import uuid

import pytest

from portal.accounts.factories import StaffProfileFactory
from training import services
from training.models import LessonPage, ModuleCompletion

from ..helpers import right_answers

# Each holder reads in their own language; names with the letters that test a font.
HOLDERS = {
    "en": "Grace Okafor",
    "id": "Siti Rahmawati",
    "vi": "Nguyễn Thị Hồng Nhung",
    "ar": "فاطمة عبد الرحمن",
}


def complete(user, module):
    """Do every lesson of `module` and pass its check, as a trainee would."""
    for lesson in LessonPage.objects.child_of(module):
        services.lesson_complete(user=user, lesson=lesson)
    if module.check_questions.exists():
        services.check_attempt_submit(
            user=user,
            module=module,
            answers=right_answers(module),
            client_token=uuid.uuid4(),
        )
    return ModuleCompletion.objects.get(user=user, module=module)


@pytest.fixture
def holder_in(db):
    """A trainee who reads in `language`, with their full name on their profile."""

    def make(language):
        return StaffProfileFactory(
            approved=True,
            full_name=HOLDERS[language],
            preferred_language=language,
            user__username=f"holder-{language}",
        ).user

    return make


@pytest.fixture
def certificate(trainee, gatekeeping):
    """The `trainee` fixture's completion of `gatekeeping`; they have no profile."""
    return complete(trainee, gatekeeping)
