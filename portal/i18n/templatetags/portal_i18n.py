from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from portal.i18n.languages import language_versions, list_separator

register = template.Library()


@register.simple_tag(takes_context=True)
def page_languages(context):
    """Every language version of the page being shown (or of the current view)."""
    return language_versions(context["request"], context.get("page"))


@register.simple_tag
def list_comma():
    """The comma between two items of a list in the current language ("، " in
    Arabic): `{% if not forloop.last %}{% list_comma %}{% endif %}`."""
    return list_separator()


@register.filter(needs_autoescape=True)
def join_list(items, autoescape=True):
    """`items` as a list in a sentence of the current language."""
    escape = conditional_escape if autoescape else str
    return mark_safe(list_separator().join(escape(item) for item in items))  # noqa: S308 - escaped
