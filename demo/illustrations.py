"""Pictures for the demo news, drawn with Pillow from plain shapes: no photo, and
nothing that could be taken for a real child.

Every drawing has a fixed seed and no clock, so a load produces the same JPEG
bytes each time and the loader can tell that a stored picture is up to date.
"""

import functools
import io
import math
import random

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1200, 675
SCALE = 2  # drawn at twice the size, then reduced: smooth edges
QUALITY = 75
SCALED_STYLE = {"width", "radius"}

INK = (52, 58, 64)
PAPER = (250, 248, 242)
TEAL = (38, 110, 140)
SAFFRON = (232, 152, 62)
LEAF = (112, 166, 92)
ROSE = (206, 112, 104)
PLUM = (124, 96, 150)
SKY = (150, 190, 220)
PALETTE = (TEAL, SAFFRON, LEAF, ROSE, PLUM, SKY)


class Pen:
    """ImageDraw in WIDTH × HEIGHT coordinates, on a canvas SCALE times larger."""

    def __init__(self, canvas):
        self._draw = ImageDraw.Draw(canvas)

    def __getattr__(self, method):
        draw = getattr(self._draw, method)

        def scaled(xy, *args, **style):
            style = {
                name: value * SCALE if name in SCALED_STYLE else value
                for name, value in style.items()
            }
            return draw([c * SCALE for c in _flat(xy)], *args, **style)

        return scaled

    def circle_at(self, x, y, r, **style):
        self.ellipse((x - r, y - r, x + r, y + r), **style)

    def dashed_line(self, start, end, *, dash=14, gap=10, **style):
        (x0, y0), (x1, y1) = start, end
        length = math.dist(start, end)
        step = 0.0
        while step < length:
            a, b = step / length, min(step + dash, length) / length
            self.line(
                (x0 + (x1 - x0) * a, y0 + (y1 - y0) * a)
                + (x0 + (x1 - x0) * b, y0 + (y1 - y0) * b),
                **style,
            )
            step += dash + gap


def _flat(xy):
    return [c for item in xy for c in (item if isinstance(item, tuple) else (item,))]


def _mix(a, b, share):
    return tuple(round(x + (y - x) * share) for x, y in zip(a, b, strict=True))


def _gradient(pen, top, bottom):
    for y in range(HEIGHT):
        pen.line((0, y, WIDTH, y), fill=_mix(top, bottom, y / HEIGHT), width=1)


def video_call(pen, rng):
    """A laptop showing sixteen video-call tiles, under a crescent moon."""
    night, dusk = (24, 46, 82), (58, 92, 132)
    _gradient(pen, night, dusk)
    for _ in range(40):
        pen.circle_at(
            rng.uniform(20, WIDTH - 20),
            rng.uniform(20, 300),
            rng.uniform(1.5, 3.5),
            fill=(250, 236, 180),
        )
    pen.circle_at(1040, 120, 62, fill=(250, 230, 160))
    pen.circle_at(1066, 104, 56, fill=_mix(night, dusk, 104 / HEIGHT))
    pen.rounded_rectangle((190, 90, 910, 550), radius=24, fill=(40, 42, 50))
    pen.polygon(((150, 550), (950, 550), (1000, 600), (100, 600)), fill=(180, 184, 192))
    pen.rounded_rectangle((470, 558, 630, 574), radius=8, fill=(150, 154, 162))
    left, top, size_x, size_y, gap = 214, 114, 162, 100, 10
    for row in range(4):
        for column in range(4):
            x = left + column * (size_x + gap)
            y = top + row * (size_y + gap)
            tile = rng.choice(PALETTE)
            pen.rounded_rectangle(
                (x, y, x + size_x, y + size_y), radius=10, fill=_mix(tile, PAPER, 0.7)
            )
            figure = _mix(tile, INK, 0.25)
            pen.pieslice(
                (x + 46, y + 62, x + size_x - 46, y + size_y + 34),
                180,
                360,
                fill=figure,
            )
            pen.circle_at(x + size_x / 2, y + 42, 17, fill=figure)


def buildings_and_path(pen, rng):
    """A low centre building and a small halfway house, joined by a path."""
    _gradient(pen, (252, 228, 190), (255, 246, 228))
    pen.circle_at(1040, 120, 68, fill=(255, 196, 92))
    pen.ellipse((-260, 420, 720, 960), fill=(156, 198, 124))
    pen.ellipse((420, 450, 1500, 980), fill=(126, 178, 106))
    _path(pen, (120, HEIGHT), (700, 500), 120, 22)
    _path(pen, (700, 520), (1035, 480), 36, 14)
    pen.rectangle((520, 300, 880, 500), fill=(246, 240, 228))
    pen.polygon(((496, 304), (700, 196), (904, 304)), fill=(64, 140, 110))
    for x in (556, 626, 756, 826):
        pen.rectangle((x, 340, x + 40, 380), fill=SKY)
    pen.rounded_rectangle((676, 410, 724, 500), radius=6, fill=(150, 96, 60))
    pen.rectangle((960, 380, 1110, 480), fill=(250, 236, 214))
    pen.polygon(((944, 384), (1035, 318), (1126, 384)), fill=(204, 108, 76))
    pen.rounded_rectangle((1018, 420, 1052, 480), radius=5, fill=(150, 96, 60))
    for x, y in ((300, 380), (410, 410), (1160, 420), (210, 430)):
        r = rng.uniform(36, 50)
        pen.rectangle((x - 7, y, x + 7, y + r + 40), fill=(120, 84, 52))
        pen.circle_at(x, y, r, fill=_mix(LEAF, INK, rng.uniform(0, 0.3)))


def _path(pen, start, end, near_width, far_width, steps=30):
    """A winding path, wide near the viewer and narrow in the distance."""
    (x0, y0), (x1, y1) = start, end
    bend = (x0 + (x1 - x0) * 0.2 + 160, y0 + (y1 - y0) * 0.6)
    left, right = [], []
    for i in range(steps + 1):
        t = i / steps
        x = (1 - t) ** 2 * x0 + 2 * (1 - t) * t * bend[0] + t**2 * x1
        y = (1 - t) ** 2 * y0 + 2 * (1 - t) * t * bend[1] + t**2 * y1
        half = (near_width + (far_width - near_width) * t) / 2
        left.append((x - half, y))
        right.append((x + half, y))
    pen.polygon(left + right[::-1], fill=(236, 210, 156))


def round_table(pen, rng):
    """An oval table seen from above, forty chairs around it, papers on it."""
    pen.rectangle((0, 0, WIDTH, HEIGHT), fill=(238, 218, 194))
    for x in range(0, WIDTH, 75):
        pen.line((x, 0, x, HEIGHT), fill=(230, 208, 182), width=2)
    for y in range(0, HEIGHT, 75):
        pen.line((0, y, WIDTH, y), fill=(230, 208, 182), width=2)
    cx, cy, rx, ry = WIDTH / 2, HEIGHT / 2, 390, 178
    for seat in range(40):
        angle = 2 * math.pi * seat / 40
        x, y = cx + (rx + 62) * math.cos(angle), cy + (ry + 58) * math.sin(angle)
        colour = rng.choice(PALETTE)
        pen.circle_at(x, y, 21, fill=colour, outline=_mix(colour, INK, 0.4), width=3)
    pen.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), fill=(170, 116, 70))
    pen.ellipse(
        (cx - rx + 16, cy - ry + 14, cx + rx - 16, cy + ry - 14), fill=(194, 138, 88)
    )
    for seat in range(40):
        angle = 2 * math.pi * seat / 40
        x, y = cx + (rx - 52) * math.cos(angle), cy + (ry - 40) * math.sin(angle)
        pen.polygon(_rotated_rectangle(x, y, 30, 20, angle), fill=PAPER)
    for _ in range(5):
        pen.circle_at(
            cx + rng.uniform(-60, 60), cy + rng.uniform(-30, 30), 16, fill=LEAF
        )


def _rotated_rectangle(x, y, width, height, angle):
    corners = ((-width, -height), (width, -height), (width, height), (-width, height))
    cos, sin = math.cos(angle), math.sin(angle)
    return [
        (x + (a * cos - b * sin) / 2, y + (a * sin + b * cos) / 2) for a, b in corners
    ]


def dots_and_bars(pen, rng):
    """More than five hundred dots in rows, beside four bars."""
    pen.rectangle((0, 0, WIDTH, HEIGHT), fill=(244, 246, 240))
    columns, rows = 24, 21
    groups = ((TEAL, 96), (SAFFRON, 140), (LEAF, columns * rows))
    for index in range(columns * rows):
        colour = next(colour for colour, limit in groups if index < limit)
        x, y = 70 + (index % columns) * 26, 90 + (index // columns) * 25
        pen.circle_at(x, y, 9, fill=colour)
    baseline = 600
    pen.line((770, baseline, 1150, baseline), fill=INK, width=4)
    for number, colour in enumerate((ROSE, PLUM, TEAL, SAFFRON)):
        x = 800 + number * 88
        height = rng.randrange(200, 420, 20)
        pen.rounded_rectangle(
            (x, baseline - height, x + 60, baseline), radius=8, fill=colour
        )


def linked_areas(pen, rng):
    """Three areas of a map: a square in the middle one, linked to circles in the
    other two."""
    pen.rectangle((0, 0, WIDTH, HEIGHT), fill=(246, 240, 226))
    river = [(x, 560 + 30 * math.sin(x / 130)) for x in range(0, WIDTH + 20, 20)]
    pen.line(river, fill=SKY, width=14, joint="curve")
    institute = (600, 330)
    areas = (
        ((260, 250), 160, (232, 214, 178)),
        ((950, 410), 170, (222, 206, 188)),
        (institute, 190, (214, 226, 196)),
    )
    for centre, radius, colour in areas:
        pen.polygon(
            _blob(rng, centre, radius), fill=colour, outline=(176, 164, 140), width=3
        )
    associations = [
        (
            x + rng.uniform(55, 85) * math.cos(angle),
            y + rng.uniform(55, 85) * math.sin(angle),
        )
        for (x, y), _radius, _colour in areas[:2]
        for angle in (k * math.pi / 2 + rng.uniform(-0.4, 0.4) for k in range(4))
    ]
    for node in associations:
        pen.dashed_line(institute, node, fill=INK, width=4)
    for node in associations:
        pen.circle_at(*node, 18, fill=rng.choice((SAFFRON, ROSE, LEAF)))
    x, y = institute
    pen.rounded_rectangle((x - 38, y - 38, x + 38, y + 38), radius=8, fill=TEAL)


def _blob(rng, centre, radius, corners=20):
    """An irregular outline around `centre`, like an area on a map."""
    x, y = centre
    points = []
    for corner in range(corners):
        angle = 2 * math.pi * corner / corners
        reach = radius * rng.uniform(0.8, 1.08)
        points.append((x + reach * math.cos(angle), y + reach * 0.8 * math.sin(angle)))
    return points


DRAWINGS = {
    drawing.__name__: drawing
    for drawing in (
        video_call,
        buildings_and_path,
        round_table,
        dots_and_bars,
        linked_areas,
    )
}


@functools.cache
def illustration_jpeg(name: str) -> bytes:
    """The drawing called `name`, as WIDTH × HEIGHT JPEG bytes."""
    canvas = Image.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), PAPER)
    seeded = random.Random(name)  # noqa: S311 - shapes, not secrets
    DRAWINGS[name](Pen(canvas), seeded)
    picture = canvas.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)
    output = io.BytesIO()
    picture.save(output, "JPEG", quality=QUALITY, optimize=True)
    return output.getvalue()
