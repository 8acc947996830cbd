from axes.backends import AxesStandaloneBackend


class SignInLockoutBackend(AxesStandaloneBackend):
    """django-axes' lock-out for sign-ins made over the web.

    Every sign-in form passes its request; a call without one (a script, the test
    client's `login()`) has no address to key a lock-out on and is left to the
    other backends.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)
