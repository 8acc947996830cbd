import factory

from .models import GlossaryTerm


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    key = factory.Sequence(lambda n: f"term-{n}")
    term = factory.Sequence(lambda n: f"Term {n}")
    term_en = factory.SelfAttribute("term")
    definition = "A term of the field."
    definition_en = factory.SelfAttribute("definition")

    class Meta:
        model = GlossaryTerm
