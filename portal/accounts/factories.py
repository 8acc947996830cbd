import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from portal.centres.factories import CentreFactory

from .models import JobRole, StaffProfile
from .roles import SUPERVISORS, TRAINEES

PASSWORD = "not-a-secret-1"  # noqa: S105 - tests and factories only


class UserFactory(factory.django.DjangoModelFactory):
    """A user whose e-mail address is confirmed, with the password PASSWORD."""

    username = factory.Sequence(lambda n: f"staff{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password(PASSWORD)

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def verified_email(user, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(
                user=user, email=user.email, verified=True, primary=True
            )

    @factory.post_generation
    def groups(user, create, extracted, **kwargs):
        if create and extracted:
            user.groups.add(*Group.objects.filter(name__in=extracted))


class StaffProfileFactory(factory.django.DjangoModelFactory):
    """A pending sign-up; see the traits for approved trainees and supervisors."""

    user = factory.SubFactory(UserFactory)
    full_name = factory.Sequence(lambda n: f"Staff member {n}")
    centre = factory.SubFactory(CentreFactory)
    job_role = JobRole.SOCIAL_WORKER

    class Meta:
        model = StaffProfile
        skip_postgeneration_save = True

    class Params:
        approved = factory.Trait(
            status=StaffProfile.Status.APPROVED,
            user=factory.SubFactory(UserFactory, groups=[TRAINEES]),
        )
        supervisor = factory.Trait(
            status=StaffProfile.Status.APPROVED,
            job_role=JobRole.SUPERVISOR,
            user=factory.SubFactory(UserFactory, groups=[SUPERVISORS]),
        )

    @factory.post_generation
    def supervised_centres(profile, create, extracted, **kwargs):
        if create and extracted:
            profile.supervised_centres.set(extracted)
