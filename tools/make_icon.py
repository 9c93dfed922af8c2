"""Draw the program's icon (resources/icons/classroom.ico and .png): an open book under a star.

Run with the project's Python (Pillow comes with ReportLab): ``python tools/make_icon.py``. The
drawing is made at 256 px and saved at the sizes Windows asks for (16 to 256).
"""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

RED, YELLOW, WHITE, INK = (201, 48, 44, 255), (255, 205, 0, 255), (255, 255, 255, 255), (120, 24, 22, 255)
SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def star(cx: float, cy: float, outer: float, inner: float) -> list[tuple[float, float]]:
    from math import cos, pi, sin
    points = []
    for i in range(10):
        r = outer if i % 2 == 0 else inner
        a = -pi / 2 + i * pi / 5
        points.append((cx + r * cos(a), cy + r * sin(a)))
    return points


def draw(size: int = 1024) -> Image.Image:
    s = size / 256
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([8 * s, 8 * s, 248 * s, 248 * s], radius=44 * s, fill=RED)
    d.polygon(star(128 * s, 74 * s, 50 * s, 20 * s), fill=YELLOW)
    # an open book: two pages meeting at the spine
    left = [(30 * s, 142 * s), (124 * s, 158 * s), (124 * s, 226 * s), (30 * s, 208 * s)]
    right = [(132 * s, 158 * s), (226 * s, 142 * s), (226 * s, 208 * s), (132 * s, 226 * s)]
    d.polygon(left, fill=WHITE)
    d.polygon(right, fill=WHITE)
    for i in range(3):  # lines of text on each page
        y = (170 + 16 * i) * s
        d.line([(46 * s, y - 6 * s), (110 * s, y + 5 * s)], fill=INK, width=max(1, int(5 * s)))
        d.line([(146 * s, y + 5 * s), (210 * s, y - 6 * s)], fill=INK, width=max(1, int(5 * s)))
    return img


def main() -> None:
    folder = Path(__file__).resolve().parent.parent / "resources" / "icons"
    folder.mkdir(parents=True, exist_ok=True)
    big = draw().resize((256, 256), Image.LANCZOS)
    big.save(folder / "classroom.ico", sizes=SIZES)
    big.save(folder / "classroom.png")
    print(folder / "classroom.ico")


if __name__ == "__main__":
    main()
