"""A small iCalendar (RFC 5545) file: one all-day event per assigned module.

Written by hand: a handful of properties, with the text escaped and the lines
folded at 75 octets, never inside a UTF-8 character.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

PRODUCT = "-//Child Protection Workforce Portal//Training assignments//EN"
LINE_OCTETS = 75


def escape(text):
    """TEXT value escaping: backslash, semicolon, comma, line breaks."""
    text = str(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold(line):
    """`line` as content lines of at most 75 octets, continued by a space."""
    parts, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = LINE_OCTETS if not parts else LINE_OCTETS - 1
        if size + width > limit:
            parts.append(current)
            current, size = "", 0
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def utc_stamp(moment):
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar_text(events):
    """`events`: dicts with uid, day, summary, description, url."""
    stamp = utc_stamp(timezone.now())
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT}",
        "CALSCALE:GREGORIAN",
    ]
    for event in events:
        day = event["day"]
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event['uid']}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(day + datetime.timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{escape(event['summary'])}",
            f"DESCRIPTION:{escape(event['description'])}",
            f"URL:{event['url']}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def assignment_calendar(request, assignment, items):
    """The due date of each module of `assignment` for the person of `items`."""
    host = request.get_host().split(":")[0]
    events = []
    for item in items:
        url = request.build_absolute_uri(item.module.get_url(request))
        events.append(
            {
                "uid": (
                    f"assignment-{assignment.pk}-module-{item.module.pk}"
                    f"-user-{item.profile.user_id}@{host}"
                ),
                "day": item.standing.due_on,
                "summary": _("Training due: %(title)s") % {"title": item.module.title},
                "description": _("%(state)s. Due date: %(date)s. %(url)s")
                % {
                    "state": item.standing.label,
                    "date": item.standing.due_on.isoformat(),
                    "url": url,
                },
                "url": url,
            }
        )
    return calendar_text(events)
