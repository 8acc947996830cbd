"""What the training pages answer, once Wagtail has found the page.

Each view is called with the request and the page (training.routes names them
for each kind of page); pages read and write only through selectors and services.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from . import access, selectors, services
from .assignments import selectors as assignment_selectors
from .forms import CheckSubmissionForm, LessonDoneForm, question_fields

ALREADY_SUBMITTED = _(
    "You had already sent these answers. This is their result; they were not "
    "counted twice."
)
LESSON_DONE = _("Lesson marked as done.")
LESSON_END = "lesson-end"  # the id of the lesson's footer


def training_index(request, index):
    modules = selectors.modules_open_to(
        request.user, selectors.live_modules(under=index)
    )
    return index.render(request, context_overrides={"modules": modules})


def my_training(request, index):
    if not request.user.is_authenticated:
        return access.login_redirect(request)
    return index.render(
        request,
        template="training/my_training.html",
        context_overrides={
            "training": selectors.my_training(request.user),
            "assigned": assignment_selectors.my_assignments(request.user),
        },
    )


def module_page(request, module):
    return _page(request, module, _module_context(request, module))


def knowledge_check(request, module):
    if not request.user.is_authenticated:
        return access.login_redirect(request)
    questions = module.questions()
    if not questions:
        raise Http404
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if request.method == "GET":
        form = CheckSubmissionForm.fresh(user=request.user, page=module)
    else:
        form = CheckSubmissionForm(request.POST, user=request.user, page=module)
        if form.is_valid():
            try:
                submitted = services.check_attempt_submit(
                    user=request.user,
                    module=module,
                    answers=form.cleaned_data["answers"],
                    client_token=form.cleaned_data["client_token"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                if not submitted.created:
                    messages.info(request, ALREADY_SUBMITTED)
                return redirect(
                    module.subpage_url(request, "check_result", submitted.attempt.pk)
                )
    response = module.render(
        request,
        template="training/knowledge_check.html",
        context_overrides={
            "form": form,
            "questions": question_fields(questions, form.answers_given()),
            "summary": selectors.check_summary(request.user, module),
        },
    )
    if form.is_bound:
        response.status_code = 400
    return response


def check_result(request, module, attempt_id):
    if not request.user.is_authenticated:
        return access.login_redirect(request)
    attempt = selectors.attempt_of(request.user, module, attempt_id)
    if attempt is None:
        raise Http404
    return module.render(
        request,
        template="training/check_result.html",
        context_overrides={
            "attempt": attempt,
            "result": selectors.check_result(request.user, module, attempt),
        },
    )


def lesson_page(request, lesson):
    context = _lesson_context(request, lesson)
    if request.user.is_authenticated:
        context["done_form"] = LessonDoneForm(user=request.user, page=lesson)
    return _page(request, lesson, context)


def lesson_done(request, lesson):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return access.login_redirect(request, next_url=lesson.get_url(request))
    form = LessonDoneForm(request.POST, user=request.user, page=lesson)
    if not form.is_valid():
        context = {**_lesson_context(request, lesson), "done_form": form}
        response = lesson.render(request, context_overrides=context)
        response.status_code = 400
        return response
    services.lesson_complete(user=request.user, lesson=lesson)
    messages.success(request, LESSON_DONE)
    # Back on the lesson, at its end: done, with the way on to the next step.
    return redirect(lesson.get_url(request) + "#" + LESSON_END)


def _page(request, page, context):
    """The page itself, as Wagtail serves a page (and previews it)."""
    request.is_preview = getattr(request, "is_preview", False)
    return page.render(request, context_overrides=context)


def _module_context(request, module):
    lessons = list(selectors.live_lessons(module))
    context = {
        "lessons": lessons,
        "prerequisites": module.live_prerequisites(),
        "related_resources": module.live_related_resources(),
        "has_check": module.check_questions.exists(),
    }
    if request.user.is_authenticated:
        context["progress"] = selectors.module_progress(request.user, module, lessons)
    else:
        context["sign_in_url"] = access.sign_in_url(module.get_url(request))
    return context


def _lesson_context(request, lesson):
    module = selectors.module_of(lesson)
    lessons = list(selectors.live_lessons(module)) if module else [lesson]
    position = next(
        (number for number, other in enumerate(lessons) if other.pk == lesson.pk), 0
    )
    next_lesson = lessons[position + 1] if position + 1 < len(lessons) else None
    context = {
        "module": module,
        "lessons": lessons,
        "position": position + 1,
        "lesson_count": len(lessons),
        "previous_lesson": lessons[position - 1] if position > 0 else None,
        "next_lesson": next_lesson,
        # The last lesson leads on to the module's knowledge check.
        "check_is_next": next_lesson is None and bool(module and module.has_check),
        "lesson_end": LESSON_END,
    }
    if request.user.is_authenticated:
        context["is_done"] = selectors.lesson_is_done(request.user, lesson)
    else:
        context["sign_in_url"] = access.sign_in_url(lesson.get_url(request))
    return context
