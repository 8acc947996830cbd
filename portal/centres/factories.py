import factory

from .models import Centre, Country


class CentreFactory(factory.django.DjangoModelFactory):
    slug = factory.Sequence(lambda n: f"centre-{n}")
    name = factory.Sequence(lambda n: f"Children's centre {n}")
    name_en = factory.SelfAttribute("name")
    country = Country.INDONESIA
    kind = Centre.Kind.CHILDRENS_CENTRE

    class Meta:
        model = Centre
        django_get_or_create = ("slug",)
