from django import template

from portal.i18n.languages import language_versions

register = template.Library()


@register.simple_tag(takes_context=True)
def page_languages(context):
    """Every language version of the page being shown (or of the current view)."""
    return language_versions(context["request"], context.get("page"))
