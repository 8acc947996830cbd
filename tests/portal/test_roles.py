from django.contrib.auth.models import Group

from portal.accounts.roles import ALL_ROLES, EDITORS, MODERATORS


def test_every_role_exists_after_migrate(db):
    assert set(Group.objects.values_list("name", flat=True)) >= set(ALL_ROLES)


def test_editors_and_moderators_reach_the_admin_and_only_moderators_publish(db):
    def page_permissions(name):
        group = Group.objects.get(name=name)
        return set(group.page_permissions.values_list("permission__codename", flat=True))

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
