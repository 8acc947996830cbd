"""Which page models the search index holds, and how each says what it contains.

Apps register their searchable models from `AppConfig.ready()`:
`register(ResourcePage, "resource")`. A model either has a `search_entries()`
method or is registered with a function `entries(page) -> list[SearchEntry]`.
"""

from collections.abc import Callable

from .entries import SearchEntry

EntriesFunction = Callable[[object], list[SearchEntry]]

_registry: dict[type, tuple[str, EntriesFunction | None]] = {}


def register(model, kind: str, entries: EntriesFunction | None = None) -> None:
    """Make `model`'s pages searchable under the content type `kind`."""
    if entries is None and not hasattr(model, "search_entries"):
        raise TypeError(
            f"{model.__name__} has no search_entries() and no entries function"
        )
    _registry[model] = (kind, entries)


def searchable_models() -> list[type]:
    return list(_registry)


def kind_of(model) -> str | None:
    registered = _registry.get(model)
    return registered[0] if registered else None


def kinds() -> list[str]:
    return [kind for kind, _ in _registry.values()]


def entries_for(page) -> list[SearchEntry]:
    """The index entries of a (specific) page; [] if it is not searchable."""
    registered = _registry.get(type(page))
    if registered is None:
        return []
    _, entries = registered
    return list(entries(page) if entries else page.search_entries())


def kind_label(kind: str):
    """The name of a kind of result, in the reader's language."""
    for model, (registered, _) in _registry.items():
        if registered == kind:
            return model._meta.verbose_name
    return kind


def field_choices(field_name: str) -> dict:
    """The labels of a field's choices on the searchable models that have it
    (such as the library's resource types)."""
    labels = {}
    for model in _registry:
        try:
            field = model._meta.get_field(field_name)
        except Exception:  # noqa: BLE001, S112 - a model without the field
            continue
        labels.update(dict(field.choices or ()))
    return labels
