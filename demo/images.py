"""Generated pictures for the demo and the benchmark: photos with a caption band, portraits.

Deterministic: the same title gives the same picture, so a rerun makes nothing new.
"""

import hashlib
import io

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

PALETTE = [
    (163, 22, 26),
    (31, 94, 140),
    (38, 120, 80),
    (196, 120, 20),
    (90, 60, 140),
    (40, 110, 120),
]


def _font(size):
    for name in ("DejaVuSans-Bold.ttf", "DejaVuSans.ttf", "LiberationSans-Bold.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def render_demo_image(text, width=1200, height=800, seed=""):
    """A generated JPEG: a colour field with soft shapes and a short caption."""
    digest = hashlib.sha256(f"{seed}{text}".encode()).digest()
    base = PALETTE[digest[0] % len(PALETTE)]
    image = PILImage.new("RGB", (width, height), base)
    draw = ImageDraw.Draw(image)
    for i in range(6):
        x = digest[1 + i] / 255 * width
        y = digest[7 + i] / 255 * height
        r = (digest[13 + i] / 255 * 0.35 + 0.1) * min(width, height)
        shade = tuple(min(255, c + 25 + 10 * i) for c in base)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=shade)
    band = int(height * 0.22)
    draw.rectangle((0, height - band, width, height), fill=(20, 20, 22))
    font = _font(max(14, band // 4))
    draw.text((width * 0.04, height - band * 0.7), text[:60], fill=(255, 255, 255), font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=82)
    return buffer.getvalue()


def render_portrait(name, seed=""):
    """A generated square portrait: initials on a coloured disc, shoulders below."""
    size = 600
    digest = hashlib.sha256(f"{seed}{name}".encode()).digest()
    background = (232, 228, 220)
    colour = PALETTE[digest[0] % len(PALETTE)]
    image = PILImage.new("RGB", (size, size), background)
    draw = ImageDraw.Draw(image)
    draw.ellipse((150, 360, 450, 760), fill=colour)  # shoulders
    skin = (224 - digest[2] % 30, 188 - digest[3] % 30, 160 - digest[4] % 30)
    draw.ellipse((190, 110, 410, 350), fill=skin)  # head
    initials = "".join(part[0] for part in name.split()[-2:]).upper()
    font = _font(64)
    box = draw.textbbox((0, 0), initials, font=font)
    w, h = box[2] - box[0], box[3] - box[1]
    draw.text(((size - w) / 2, 470 - h / 2), initials, fill=(255, 255, 255), font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()
