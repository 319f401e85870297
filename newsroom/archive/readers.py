"""An old portal's articles from an RSS 2.0 or Atom feed, a WordPress export (WXR) or saved HTML pages.

Every reader gives ``Article`` items: where it came from, the title, the date (or why there
is none), the byline printed in the feed, and the body as pieces (newsroom/archive/html.py).
Reading never writes anything; newsroom/archive/importer.py decides what becomes a page.
"""

import datetime
import email.utils
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from django.utils import timezone
from django.utils.translation import gettext as _

from newsroom.archive.html import main_element, parse_html, pieces
from newsroom.archive.parse import parse_date_line

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"
WP_PREFIX = "{http://wordpress.org/export/"


class ArchiveError(Exception):
    """A source that cannot be read at all; the message says why, in the operator's language."""


@dataclass
class Article:
    source: str
    title: str
    base: Path
    date: datetime.datetime = None
    date_problem: str = ""
    byline: str = ""
    pieces: list = field(default_factory=list)


def read_source(path):
    """The articles of a feed or WXR file, or of a folder of .html pages."""
    path = Path(path)
    if path.is_dir():
        return [read_html_page(page) for page in sorted(path.glob("*.html")) + sorted(path.glob("*.htm"))]
    if not path.is_file():
        raise ArchiveError(_("%(path)s: no such file or folder.") % {"path": path})
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        raise ArchiveError(_("%(path)s: not a readable feed (%(error)s).") % {"path": path, "error": error}) from error
    if root.tag == f"{ATOM}feed":
        return [atom_article(entry, path.parent) for entry in root.iter(f"{ATOM}entry")]
    if root.tag == "rss":
        return [rss_article(item, path.parent) for item in root.iter("item") if _is_post(item)]
    raise ArchiveError(_("%(path)s: neither an RSS or Atom feed nor a WordPress export.") % {"path": path})


def _text(element, tag):
    found = element.find(tag)
    return (found.text or "").strip() if found is not None else ""


def _wp(element, name):
    """A WordPress field, whichever version of the export namespace (1.0, 1.1, 1.2) the file uses."""
    for child in element:
        if child.tag.startswith(WP_PREFIX) and child.tag.endswith("}" + name):
            return (child.text or "").strip()
    return ""


def _is_post(item):
    kind = _wp(item, "post_type")
    return kind in ("", "post")


def rss_article(item, base):
    link = _text(item, "link") or _text(item, "guid")
    article = Article(source=link, title=_text(item, "title"), base=base,
                      byline=_text(item, f"{DC}creator") or _text(item, "author"))
    html = _text(item, f"{CONTENT}encoded") or _text(item, "description")
    article.pieces = pieces(parse_html(html))
    wp_date = _wp(item, "post_date")
    if wp_date and not wp_date.startswith("0000"):
        set_date(article, wp_date, _local_iso)
    else:
        set_date(article, _text(item, "pubDate"), _rfc822)
    return article


def atom_article(entry, base):
    link = next((e.get("href") for e in entry.iter(f"{ATOM}link") if e.get("rel", "alternate") == "alternate"), "")
    author = entry.find(f"{ATOM}author")
    article = Article(source=link or _text(entry, f"{ATOM}id"), title=_text(entry, f"{ATOM}title"), base=base,
                      byline=_text(author, f"{ATOM}name") if author is not None else "")
    content = entry.find(f"{ATOM}content")
    if content is None:
        content = entry.find(f"{ATOM}summary")
    if content is not None and content.get("type") == "xhtml":
        html = "".join(ET.tostring(child, encoding="unicode") for child in content).replace("html:", "")
    else:
        html = (content.text or "") if content is not None else ""
    article.pieces = pieces(parse_html(html))
    set_date(article, _text(entry, f"{ATOM}published") or _text(entry, f"{ATOM}updated"), _iso)
    return article


def read_html_page(path):
    """A saved page: title from <h1> or <title>, date from <time datetime> or a date line, the main element's body."""
    root = parse_html(path.read_text(encoding="utf-8", errors="replace"))
    heading, title = root.find("h1"), root.find("title")
    # The page's own address when it was saved with it, so the same article saved twice is one page.
    canonical = next((link.attrs.get("href", "") for link in root.find_all("link")
                      if link.attrs.get("rel", "").lower() == "canonical"), "")
    article = Article(source=canonical or path.resolve().as_uri(), base=path.parent,
                      title=(heading.text() if heading else "") or (title.text() if title else ""))
    article.pieces = pieces(main_element(root))
    time = root.find("time")
    if time is not None and time.attrs.get("datetime"):
        set_date(article, time.attrs["datetime"], _iso)
    for index, piece in enumerate(article.pieces[:6]):
        date = parse_date_line(piece.text) if piece.kind == "text" else None
        if date:
            del article.pieces[index]  # the date line is the page's date, not its text
            if article.date is None:
                article.date = _aware(datetime.datetime.combine(date, datetime.time(0, 0)))
                article.date_problem = ""
            break
    return article


def set_date(article, text, parser):
    if not text:
        article.date_problem = _("no date")
        return
    try:
        article.date = parser(text)
    except (TypeError, ValueError):
        article.date_problem = _("the date “%(text)s” cannot be read") % {"text": text}


def _aware(moment):
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment)


def _rfc822(text):
    return _aware(email.utils.parsedate_to_datetime(text))


def _iso(text):
    text = text.strip()
    if len(text) == 10:
        return _aware(datetime.datetime.combine(datetime.date.fromisoformat(text), datetime.time(0, 0)))
    return _aware(datetime.datetime.fromisoformat(text.replace("Z", "+00:00")))


def _local_iso(text):
    """wp:post_date: the old site's local time, "2022-05-04 09:30:00"."""
    return _aware(datetime.datetime.fromisoformat(text))
