"""The load run's trainees and what the database holds of their work.

- `python -m bench.trainees prepare <count>`: approved trainees "load-trainee-NNN",
  each signed in (a session), with none of their earlier records; the demo's
  lessons and knowledge checks with their right answers. Prints JSON.
- `python -m bench.trainees records`: their lessons done, attempts and
  completions as the database holds them. Prints JSON.

Run with Django settings in the environment (bench.server.environment()).
"""

import json
import sys

import django

PREFIX = "load-trainee-"


def trainees(count):
    """`count` approved trainees of one centre, with their records removed."""
    from django.contrib.auth import get_user_model

    from portal.accounts.factories import StaffProfileFactory
    from portal.centres.models import Centre, Country
    from training.models import CheckAttempt, LessonProgress, ModuleCompletion

    for model in (LessonProgress, CheckAttempt, ModuleCompletion):
        model.objects.filter(user__username__startswith=PREFIX).delete()
    centre, _created = Centre.objects.get_or_create(
        slug="load-centre",
        defaults={
            "name": "Load centre",
            "name_en": "Load centre",
            "country": Country.INDONESIA,
            "kind": Centre.Kind.CHILDRENS_CENTRE,
        },
    )
    users = get_user_model().objects
    made = []
    for number in range(count):
        username = f"{PREFIX}{number:03}"
        user = users.filter(username=username).first()
        if user is None:
            user = StaffProfileFactory(
                approved=True, centre=centre, user__username=username
            ).user
        made.append(user)
    return made


def modules():
    """Each live demo module: its lessons' and check's addresses, the right answers."""
    from training import selectors
    from training.models import TrainingModulePage

    found = []
    for module in TrainingModulePage.objects.live().exclude(slug__startswith="bench-"):
        questions = module.questions()
        if not questions:
            continue
        module_url = module.get_url()
        found.append(
            {
                "lessons": {
                    lesson.get_url(): lesson.pk
                    for lesson in selectors.live_lessons(module)
                },
                "check": f"{module_url}check/",
                "questions": {
                    str(question.pk): {
                        "options": [option.pk for option in question.options.all()],
                        "right": sorted(question.right_option_keys()),
                    }
                    for question in questions
                },
            }
        )
    return found


def prepare(count):
    from bench.report_data import session_for

    made = trainees(count)
    return {
        "trainees": [{"user": user.pk, "session": session_for(user)} for user in made],
        "modules": modules(),
    }


def records():
    from training.models import CheckAttempt, LessonProgress, ModuleCompletion

    mine = {"user__username__startswith": PREFIX}
    return {
        "lessons_done": [
            [user, lesson]
            for user, lesson in LessonProgress.objects.filter(**mine).values_list(
                "user_id", "lesson_id"
            )
        ],
        "attempts": [
            [pk, user, str(token)]
            for pk, user, token in CheckAttempt.objects.filter(**mine).values_list(
                "pk", "user_id", "client_token"
            )
        ],
        "completions": [
            list(pair)
            for pair in ModuleCompletion.objects.filter(**mine).values_list(
                "user_id", "module_id"
            )
        ],
    }


if __name__ == "__main__":
    django.setup()
    command = sys.argv[1]
    if command == "prepare":
        print(json.dumps(prepare(int(sys.argv[2]))))
    else:
        print(json.dumps(records()))
