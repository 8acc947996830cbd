from django.contrib.auth.models import Group

from portal.accounts.roles import ALL_ROLES, EDITORS, MODERATORS


def test_every_role_exists_after_migrate(db):
    assert set(Group.objects.values_list("name", flat=True)) >= set(ALL_ROLES)


def test_editors_and_moderators_reach_the_admin_and_only_moderators_publish(db):
    def page_permissions(name):
        group = Group.objects.get(name=name)
        permissions = group.page_permissions.values_list("permission__codename")
        return {codename for (codename,) in permissions}

    for name in (EDITORS, MODERATORS):
        group = Group.objects.get(name=name)
        assert group.permissions.filter(codename="access_admin").exists()
    assert "publish_page" in page_permissions(MODERATORS)
    assert "publish_page" not in page_permissions(EDITORS)
    assert "change_page" in page_permissions(EDITORS)


def test_supervisors_and_trainees_have_no_editing_rights(db):
    for name in ("Supervisors", "Trainees"):
        group = Group.objects.get(name=name)
        assert not group.permissions.filter(codename="access_admin").exists()
        assert not group.page_permissions.exists()


def test_editors_maintain_snippets_and_only_moderators_delete_them(db):
    editors = Group.objects.get(name=EDITORS)
    moderators = Group.objects.get(name=MODERATORS)
    for codename in ("change_glossaryterm", "change_topic", "change_centre"):
        assert editors.permissions.filter(codename=codename).exists()
        assert moderators.permissions.filter(codename=codename).exists()
    assert not editors.permissions.filter(codename="delete_centre").exists()
    assert moderators.permissions.filter(codename="delete_centre").exists()
