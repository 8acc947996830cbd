"""The portal's roles, as Wagtail groups.

Editors write content and submit it; Moderators also publish it (both come with
Wagtail's own initial data, with page, image and document permissions on the whole
tree). Supervisors follow their centre's training records and Trainees take
training: neither reaches the Wagtail admin unless also given an editing role.
"""

EDITORS = "Editors"
MODERATORS = "Moderators"
SUPERVISORS = "Supervisors"
TRAINEES = "Trainees"

ALL_ROLES = (EDITORS, MODERATORS, SUPERVISORS, TRAINEES)
