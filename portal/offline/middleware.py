from django.http import HttpResponse

# Sent by sync-queue.js with every form it replays from the offline queue.
QUEUED_FORM_HEADER = "X-Portal-Queued"


class QueuedFormMiddleware:
    """A queued form that reaches the portal signed out is answered 401, not
    redirected to sign-in: fetch follows redirects, and after a sign-in the
    sign-in page forwards to the lesson, so the queue would take a form that was
    never stored for one that was."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.headers.get(QUEUED_FORM_HEADER)
            and not request.user.is_authenticated
        ):
            return HttpResponse(status=401)
        return self.get_response(request)
