"""Demo accounts, one per role, with fixed passwords: for development only."""

from dataclasses import dataclass

from portal.accounts.roles import EDITORS, MODERATORS, SUPERVISORS, TRAINEES


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    first_name: str
    last_name: str
    groups: tuple[str, ...] = ()
    is_superuser: bool = False

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
    ),
    DemoAccount("trainee", "trainee-demo-pass", "Demo", "Trainee", groups=(TRAINEES,)),
)
