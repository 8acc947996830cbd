"""Which centre's records a report shows. Who supervises which centres is
decided in portal/accounts/supervision.py: nobody else (trainees, editors,
moderators) sees another person's training records.
"""

from django.http import Http404


def chosen_centre(centres, centre_id):
    """The centre asked for among `centres` (the first without one); 404 when the
    user does not supervise it or it does not exist: one answer for both, so that
    a centre's existence is not given away."""
    if not centre_id:
        return centres[0]
    found = next((centre for centre in centres if str(centre.pk) == centre_id), None)
    if found is None:
        raise Http404
    return found
