"""Load the demo content: the glossary, the site and its centre news in four
languages, demo accounts.

Each step upserts on a stable key (glossary key; the home page, of which there is
one; English slug under its parent; centre and topic slug; picture title;
username) and writes only what differs, so loading twice changes nothing.
"""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import translation
from wagtail.models import Page, Site

from portal.accounts.models import StaffProfile
from portal.centres.models import Centre
from portal.glossary.factories import GlossaryTermFactory
from portal.glossary.models import GlossaryTerm
from portal.home.factories import ContentPageFactory, HomePageFactory, make_default_site
from portal.home.models import ContentPage, HomePage
from portal.i18n.languages import source_language

from .content.accounts import ACCOUNTS
from .content.site import HOME, PAGES
from .glossary import glossary_entries
from .library import library_load
from .news import news_load
from .training import training_load
from .upsert import Changes, assign, page_upsert

SITE_HOSTNAME = "localhost"
SITE_PORT = 80


def demo_load(*, accounts: bool = True) -> Changes:
    """Create or update all demo content; return what changed."""
    changes = Changes()
    with translation.override(source_language()), transaction.atomic():
        glossary_load(changes=changes)
        home = site_load(changes=changes)
        news_load(home=home, changes=changes)
        library_load(home=home, changes=changes)
        training_load(home=home, changes=changes)
        if accounts:
            accounts_load(changes=changes)
    return changes


def glossary_load(*, changes: Changes) -> None:
    """One GlossaryTerm snippet per row of locale/glossary.csv."""
    for entry in glossary_entries():
        values = {
            **entry.term.localized("term"),
            **entry.definition.localized("definition"),
        }
        label = f"glossary term: {entry.key}"
        term = GlossaryTerm.objects.filter(key=entry.key).first()
        if term is None:
            GlossaryTermFactory(
                key=entry.key,
                term=entry.term.en,
                definition=entry.definition.en,
                **values,
            )
            changes.note("created", label)
        elif assign(term, values):
            term.save()
            changes.note("updated", label)


def site_load(*, changes: Changes) -> HomePage:
    """The home page as the default site's root, and the pages of its menu."""
    root = Page.get_first_root_node()
    _initial_page_remove(root, changes)
    # There is only one home page (max_count), whatever its slug.
    home = page_upsert(
        HomePage.objects.all(),
        parent=root,
        content=HOME,
        factory=HomePageFactory,
        changes=changes,
    )
    site_is_set = Site.objects.filter(
        is_default_site=True, root_page=home, hostname=SITE_HOSTNAME, port=SITE_PORT
    ).exists()
    if not site_is_set:
        make_default_site(home)
        changes.note("updated", f"site: {SITE_HOSTNAME}")
    for content in PAGES:
        page_upsert(
            ContentPage.objects.child_of(home).filter(slug_en=content.slug.en),
            parent=home,
            content=content,
            factory=ContentPageFactory,
            changes=changes,
        )
    return home


def accounts_load(*, changes: Changes) -> None:
    """One account per role, with the fixed password of content/accounts.py, its
    e-mail address confirmed and, for staff, a profile at a demo centre."""
    User = get_user_model()
    for account in ACCOUNTS:
        label = f"account: {account.username}"
        user = User.objects.filter(username=account.username).first()
        created = user is None
        if created:
            user = User(username=account.username)
        changed = assign(
            user,
            {
                "email": account.email,
                "first_name": account.first_name,
                "last_name": account.last_name,
                "is_active": True,
                "is_staff": account.is_superuser,
                "is_superuser": account.is_superuser,
            },
        )
        if created or not user.check_password(account.password):
            user.set_password(account.password)
            changed = True
        if changed:
            user.save()
        groups = {Group.objects.get(name=name) for name in account.groups}
        if set(user.groups.all()) != groups:
            user.groups.set(groups)
            changed = True
        changed = _email_confirm(user) or changed
        if account.profile is not None:
            changed = _profile_upsert(user, account.profile) or changed
        if created:
            changes.note("created", label)
        elif changed:
            changes.note("updated", label)


def _email_confirm(user):
    """The account's address, confirmed, as if its owner had followed the link."""
    address, created = EmailAddress.objects.get_or_create(
        user=user,
        email=user.email,
        defaults={"verified": True, "primary": True},
    )
    if created or (address.verified and address.primary):
        return created
    address.verified = address.primary = True
    address.save()
    return True


def _profile_upsert(user, content):
    """The staff profile of a demo account; True if anything changed."""
    slugs = [content.centre, *content.supervised_centres]
    centres = {centre.slug: centre for centre in Centre.objects.filter(slug__in=slugs)}
    values = {
        "full_name": content.full_name,
        "centre": centres[content.centre],
        "job_role": content.job_role,
        "preferred_language": content.preferred_language,
        "status": content.status,
    }
    profile = StaffProfile.objects.filter(user=user).first()
    changed = profile is None
    if profile is None:
        profile = StaffProfile.objects.create(user=user, **values)
    elif assign(profile, values):
        profile.save()
        changed = True
    supervised = {centres[slug] for slug in content.supervised_centres}
    if set(profile.supervised_centres.all()) != supervised:
        profile.supervised_centres.set(supervised)
        changed = True
    return changed


def _initial_page_remove(root, changes):
    # Wagtail's migrations create a plain "Welcome" Page as the site root; it takes the
    # slug "home" and editors cannot edit it, so the demo home page replaces it.
    placeholders = root.get_children().filter(
        content_type=ContentType.objects.get_for_model(Page), numchild=0
    )
    for page in placeholders:
        # Keep the site record (its root page is deleted in cascade otherwise).
        Site.objects.filter(root_page=page).update(root_page=root)
        changes.note("removed", f"page: {page.draft_title}")
        page.delete()
