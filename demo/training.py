"""Load the training: the training section, its modules with their knowledge
checks, and their lessons."""

from library.models import ResourcePage
from portal.topics.models import Topic
from training.factories import (
    LessonPageFactory,
    TrainingIndexPageFactory,
    TrainingModulePageFactory,
)
from training.models import (
    CheckOption,
    CheckQuestion,
    LessonPage,
    TrainingIndexPage,
    TrainingModulePage,
)

from .content.training import MODULES, TRAINING_INDEX
from .news import picture_upsert
from .upsert import Changes, assign, page_upsert


def training_load(*, home, changes: Changes) -> None:
    """Under `home`, the training section, its modules and their lessons.

    The topics come from the news step, the resources from the library step. A
    module's prerequisites are loaded before it (MODULES lists them first).
    """
    # There is only one training index (max_count), whatever its slug.
    index = page_upsert(
        TrainingIndexPage.objects.child_of(home),
        parent=home,
        content=TRAINING_INDEX,
        factory=TrainingIndexPageFactory,
        changes=changes,
    )
    modules = {}
    for content in MODULES:
        module = page_upsert(
            TrainingModulePage.objects.child_of(index).filter(slug_en=content.slug.en),
            parent=index,
            content=content,
            factory=TrainingModulePageFactory,
            changes=changes,
            values={
                **content.field_values(),
                "topic": Topic.objects.get(slug=content.topic),
            },
            relations={
                "prerequisites": [modules[slug] for slug in content.prerequisites],
                "related_resources": list(
                    ResourcePage.objects.filter(slug_en__in=content.resources)
                ),
            },
            children=lambda page, content=content: questions_assign(
                page, content.questions
            ),
        )
        modules[content.slug.en] = module
        for lesson in content.lessons:
            images = {
                figure.picture.title: picture_upsert(
                    figure.picture, description=figure.alt_text.en, changes=changes
                )
                for figure in lesson.figures()
            }
            page_upsert(
                LessonPage.objects.child_of(module).filter(slug_en=lesson.slug.en),
                parent=module,
                content=lesson,
                factory=LessonPageFactory,
                changes=changes,
                values=lesson.field_values(images),
            )


def questions_assign(module, questions):
    """Give `module` the knowledge check `questions`; True if anything changed.

    A question is matched by its English text, an option by its English text
    within its question: their primary keys are the keys trainees' answers refer
    to, so a reload keeps them. The questions are written when the page is
    published.
    """
    stored = {question.text_en: question for question in module.check_questions.all()}
    changed = False
    kept = []
    for order, content in enumerate(questions):
        question = stored.pop(content.text.en, None) or CheckQuestion()
        changed |= question.pk is None
        changed |= assign(question, {**content.field_values(), "sort_order": order})
        changed |= _options_assign(question, content.options)
        kept.append(question)
    module.check_questions = kept
    return changed or bool(stored)


def _options_assign(question, options):
    stored = {option.text_en: option for option in question.options.all()}
    changed = False
    kept = []
    for order, content in enumerate(options):
        option = stored.pop(content.text.en, None) or CheckOption()
        changed |= option.pk is None
        changed |= assign(option, {**content.field_values(), "sort_order": order})
        kept.append(option)
    question.options = kept
    return changed or bool(stored)
