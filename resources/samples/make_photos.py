"""Draw the sample articles' photos with Pillow (simple scenes, no real photographs).

    python resources/samples/make_photos.py

Writes the JPEGs the sample HTML pages point at, into their `_files` folders.
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
W, H = 640, 400


def sky(draw: ImageDraw.ImageDraw, top: str, bottom: str, horizon: int) -> None:
    t = Image.new("RGB", (1, 1), top).getpixel((0, 0))
    b = Image.new("RGB", (1, 1), bottom).getpixel((0, 0))
    for y in range(horizon):
        f = y / max(1, horizon - 1)
        draw.line([(0, y), (W, y)], fill=tuple(int(t[i] + (b[i] - t[i]) * f) for i in range(3)))


def wind_farm(rng: random.Random) -> Image.Image:
    img = Image.new("RGB", (W, H))
    d = ImageDraw.Draw(img)
    sky(d, "#6fa8dc", "#d9ecf7", 260)
    d.rectangle([0, 260, W, H], fill="#2f5f8a")
    for i in range(6):
        x, base = 70 + i * 100, 258 - (i % 2) * 10
        top = base - 150 + i * 8
        d.line([(x, base), (x, top)], fill="white", width=5)
        for angle in (0, 120, 240):
            import math
            a = math.radians(angle + i * 17)
            d.line([(x, top), (x + 55 * math.cos(a), top + 55 * math.sin(a))], fill="white", width=4)
    d.polygon([(120, 330), (260, 330), (240, 360), (140, 360)], fill="#b03a2e")
    d.rectangle([175, 300, 205, 330], fill="#f4f4f4")
    return img


def bike_lane(rng: random.Random) -> Image.Image:
    img = Image.new("RGB", (W, H), "#9aa5ad")
    d = ImageDraw.Draw(img)
    sky(d, "#9fc5e8", "#eaf3fb", 150)
    for i in range(7):
        x = i * 95
        d.rectangle([x, 60 + (i % 3) * 15, x + 80, 150], fill=rng.choice(["#c9b79c", "#a9a9a9", "#8e7f72"]))
    d.rectangle([0, 150, W, H], fill="#5b6166")
    d.polygon([(250, 150), (390, 150), (560, H), (80, H)], fill="#2e8b57")
    for y in range(170, H, 40):
        d.line([(320, y), (320, y + 20)], fill="white", width=4)
    for cx, cy in ((290, 300), (380, 230)):
        d.ellipse([cx - 30, cy, cx, cy + 30], outline="black", width=4)
        d.ellipse([cx + 20, cy, cx + 50, cy + 30], outline="black", width=4)
        d.line([(cx - 15, cy + 15), (cx + 10, cy - 10), (cx + 35, cy + 15)], fill="#c0392b", width=4)
        d.ellipse([cx, cy - 45, cx + 18, cy - 27], fill="#f1c27d")
        d.line([(cx + 9, cy - 27), (cx + 10, cy - 10)], fill="#34495e", width=8)
    return img


def river_cleanup(rng: random.Random) -> Image.Image:
    img = Image.new("RGB", (W, H))
    d = ImageDraw.Draw(img)
    sky(d, "#b4d3e8", "#f1f6f9", 140)
    d.rectangle([0, 140, W, 230], fill="#7fa35b")
    d.rectangle([0, 230, W, H], fill="#4f7f8f")
    d.rectangle([40, 90, 600, 110], fill="#95a5a6")
    for x in range(80, 600, 110):
        d.rectangle([x, 110, x + 14, 240], fill="#7f8c8d")
    for _ in range(60):
        x, y = rng.randint(0, W), rng.randint(200, 250)
        d.line([(x, y), (x + rng.randint(-4, 4), y - rng.randint(15, 40))], fill="#556b2f", width=2)
    for i in range(5):
        x = 90 + i * 105
        d.ellipse([x, 250, x + 22, 272], fill="#f1c27d")
        d.rectangle([x - 4, 272, x + 26, 320], fill=rng.choice(["#e67e22", "#2980b9", "#27ae60"]))
        d.rectangle([x - 2, 320, x + 24, 350], fill="#2c3e50")
        d.rectangle([x + 30, 300, x + 60, 340], fill="#ecf0f1", outline="#95a5a6")
    return img


def tea_field(rng: random.Random) -> Image.Image:
    img = Image.new("RGB", (W, H))
    d = ImageDraw.Draw(img)
    sky(d, "#cfe2f3", "#fdfefe", 120)
    for row in range(9):
        y = 120 + row * 32
        shade = (40 + row * 6, 120 + row * 10, 50 + row * 4)
        d.rounded_rectangle([-20, y, W + 20, y + 26], radius=13, fill=shade)
    for x in (180, 420):
        d.polygon([(x - 20, 190), (x + 20, 190), (x, 160)], fill="#d4ac0d")
        d.rectangle([x - 12, 190, x + 12, 230], fill="#e74c3c")
    return img


def library_night(rng: random.Random) -> Image.Image:
    img = Image.new("RGB", (W, H), "#f3e5c0")
    d = ImageDraw.Draw(img)
    for shelf in range(4):
        y = 40 + shelf * 80
        d.rectangle([30, y + 60, 610, y + 68], fill="#7b5a3a")
        x = 36
        while x < 600:
            w = rng.randint(10, 22)
            d.rectangle([x, y + rng.randint(8, 20), x + w, y + 60],
                        fill=rng.choice(["#c0392b", "#2980b9", "#16a085", "#8e44ad", "#d35400", "#2c3e50"]))
            x += w + 2
    d.rectangle([180, 300, 460, 330], fill="#a0522d")
    for x in (230, 330, 410):
        d.ellipse([x, 250, x + 26, 276], fill="#f1c27d")
        d.rectangle([x - 6, 276, x + 32, 300], fill=rng.choice(["#5d6d7e", "#af7ac5", "#48c9b0"]))
    return img


PHOTOS = {
    "ap-offshore-wind_files/wind-turbines.jpg": wind_farm,
    "yonhap-bike-lanes_files/PYH2025051200101.jpg": bike_lane,
    "yonhap-tea-harvest_files/AKR20250428000100.jpg": tea_field,
    "ohmynews-neighbourhood-volunteers_files/IE003412346.jpg": library_night,
    "ohmynews-neighbourhood-volunteers_files/IE003412347.jpg": river_cleanup,
}


def main() -> None:
    for number, (rel, draw) in enumerate(sorted(PHOTOS.items())):
        target = HERE / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        draw(random.Random(number)).save(target, "JPEG", quality=82)
        print(target.relative_to(HERE))


if __name__ == "__main__":
    main()
