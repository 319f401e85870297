"""From an article's pieces to what the page will hold: its kind, body blocks, chairs, byline, warnings.

Nothing here writes: a photo block names the local file (``Path``) that the importer turns
into a Wagtail image, so ``--dry-run`` reports exactly what a real run would.

The rules, in the order they apply to each line of text:
- the last line, when it is a byline ("Tin, ảnh: Minh Thu", "Nguyễn Văn A - Văn phòng HĐND"),
  is the page's byline unless the feed named the author;
- the first line right under a photo, when shorter than 200 characters, is its caption;
- every other line is a paragraph, kept as printed; after it comes
  - a statistic for a figure with its parts that add up ("16 cuộc (15 cuộc giám sát, 01 cuộc khảo sát)"),
    or a warning when they do not (the sentence stays text),
  - else a statistic for a count ("đã có 12 ý kiến thảo luận");
- in a conference report (the title or one of the first two lines says "Hội nghị", "Phiên họp"
  or "kỳ họp"), "Đ/c … – <positions> chủ trì" names its chairs.
"""

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlparse

from django.utils.html import escape
from django.utils.translation import gettext as _

from newsroom.archive.parse import is_caption, is_conference, parse_byline, parse_chairs, parse_count, parse_figure


@dataclass
class Plan:
    conference: bool
    byline: str = ""
    blocks: list = field(default_factory=list)
    chairs: list = field(default_factory=list)
    warnings: list = field(default_factory=list)

    def image_paths(self):
        return [block["value"]["image"] for block in self.blocks if block["type"] == "photo"]


def plan_article(article):
    texts = [piece for piece in article.pieces if piece.kind == "text"]
    plan = Plan(conference=is_conference(article.title, [piece.text for piece in texts[:2]]),
                byline=article.byline)
    body = list(article.pieces)
    if texts and parse_byline(texts[-1].text):
        body.remove(texts[-1])
        plan.byline = plan.byline or parse_byline(texts[-1].text)
    photo = None
    for piece in body:
        if piece.kind == "image":
            photo = add_photo(plan, piece, article.base)
        elif piece.kind == "heading":
            photo = None
            plan.blocks.append({"type": "heading", "value": {"text": piece.text[:200], "level": "h2"}})
        elif photo is not None and is_caption(piece.text, after_image=True):
            photo["value"]["caption"] = piece.text
            photo = None
        else:
            photo = None
            add_text(plan, piece.text)
    return plan


def add_photo(plan, piece, base):
    """A photo block for a local image; a warning for one that is remote or missing."""
    path, problem = local_image(piece.src, base)
    if problem:
        plan.warnings.append(problem)
        return None
    block = {"type": "photo", "value": {"image": path, "caption": "", "credit": "", "members": []}}
    plan.blocks.append(block)
    return block


def local_image(src, base):
    """(path, None) for an image file next to the feed or pages, (None, why) for any other."""
    parsed = urlparse(src)
    if parsed.scheme in ("http", "https") or src.startswith("//"):
        return None, _("remote image not fetched: %(src)s") % {"src": src}
    if parsed.scheme == "file":
        path = Path(unquote(parsed.path))
    elif parsed.scheme:
        return None, _("image not read: %(src)s") % {"src": src[:80]}
    else:
        path = Path(base) / unquote(parsed.path).lstrip("/")
    if not path.is_file():
        return None, _("image file not found: %(src)s") % {"src": src}
    return path.resolve(), None


def add_text(plan, text):
    plan.blocks.append({"type": "paragraph", "value": f"<p>{escape(text)}</p>"})
    figure = parse_figure(text)
    if figure and figure.adds_up:
        plan.blocks.append(statistic(figure))
    elif figure:
        plan.warnings.append(_(
            "the parts of “%(value)s %(unit)s” add up to %(total)s: kept as text (%(text)s)"
        ) % {"value": figure.value, "unit": figure.unit, "total": sum(v for _l, v in figure.parts),
             "text": text[:120]})
    else:
        count = parse_count(text)
        if count:
            plan.blocks.append(statistic(count))
    if plan.conference:
        known = {chair.name for chair in plan.chairs}
        plan.chairs.extend(chair for chair in parse_chairs(text) if chair.name not in known)


def statistic(figure):
    return {"type": "statistic", "value": {
        "label": figure.label[:200], "value": str(figure.value), "unit": figure.unit[:50],
        "scope": figure.scope, "period": figure.period,
        "breakdown": [{"label": label[:200], "value": str(value)} for label, value in figure.parts],
    }}
