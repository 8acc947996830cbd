import factory

from .models import Topic


class TopicFactory(factory.django.DjangoModelFactory):
    slug = factory.Sequence(lambda n: f"topic-{n}")
    name = factory.Sequence(lambda n: f"Topic {n}")
    name_en = factory.SelfAttribute("name")

    class Meta:
        model = Topic
        django_get_or_create = ("slug",)
