"""Demo accounts, one per role, with fixed passwords: for development only.

Staff accounts carry a profile at the Jambi children's centre: an approved trainee
who reads in Indonesian, the supervisor of the centre, and one sign-up waiting for
the supervisor's approval.
"""

from dataclasses import dataclass

from portal.accounts.models import JobRole, StaffProfile
from portal.accounts.roles import EDITORS, MODERATORS, SUPERVISORS, TRAINEES

from .centres import JAMBI


@dataclass(frozen=True)
class DemoProfile:
    full_name: str
    job_role: str
    preferred_language: str
    status: str = StaffProfile.Status.APPROVED
    centre: str = JAMBI.slug
    supervised_centres: tuple[str, ...] = ()


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    first_name: str
    last_name: str
    groups: tuple[str, ...] = ()
    is_superuser: bool = False
    profile: DemoProfile | None = None

    @property
    def email(self):
        return f"{self.username}@example.org"


ACCOUNTS = (
    DemoAccount(
        "admin", "admin-demo-pass", "Portal", "Administrator", is_superuser=True
    ),
    DemoAccount("editor", "editor-demo-pass", "Demo", "Editor", groups=(EDITORS,)),
    DemoAccount(
        "moderator", "moderator-demo-pass", "Demo", "Moderator", groups=(MODERATORS,)
    ),
    DemoAccount(
        "supervisor",
        "supervisor-demo-pass",
        "Demo",
        "Supervisor",
        groups=(SUPERVISORS,),
        profile=DemoProfile(
            full_name="Budi Santoso",
            job_role=JobRole.SUPERVISOR,
            preferred_language="en",
            supervised_centres=(JAMBI.slug,),
        ),
    ),
    DemoAccount(
        "trainee",
        "trainee-demo-pass",
        "Demo",
        "Trainee",
        groups=(TRAINEES,),
        profile=DemoProfile(
            full_name="Siti Rahma",
            job_role=JobRole.SOCIAL_WORKER,
            preferred_language="id",
        ),
    ),
    DemoAccount(
        "newcomer",
        "newcomer-demo-pass",
        "Demo",
        "Newcomer",
        profile=DemoProfile(
            full_name="Dewi Lestari",
            job_role=JobRole.COUNSELLOR,
            preferred_language="id",
            status=StaffProfile.Status.PENDING,
        ),
    ),
)
