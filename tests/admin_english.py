"""Finding English left on an admin screen: the strings of Wagtail's (and its helpers', and Django's) catalogues.

Every msgid of the English catalogues of Wagtail, wagtail-modeladmin, django-taggit,
django-hitcount and Django itself is a string the admin may show; one that appears as it is in the text of a
Vietnamese screen was not translated. Used by the admin translation tests, with the Django
test client (server-rendered screens) and in Chromium (what the admin's scripts render).
"""

import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import django
import hitcount
import taggit
import wagtail
import wagtail_modeladmin
from babel.messages.pofile import read_po

# Written the same in Vietnamese, or names and codes that are not translated: kept as they are.
SAME_IN_BOTH = {
    "Email", "Email:", "URL", "ID", "OK", "Wagtail", "SEO", "PDF", "CSV", "XLSX", "HTML", "API", "IP",
    "JSON", "Ctrl", "Esc", "Tab", "Enter", "Alt", "Shift", "Cmd", "Option", "Markdown", "Embed", "GIF",
    "JPEG", "PNG", "WebP", "AVIF", "SVG", "HEIC", "Wagtail logo", "RSS", "Atom", "UUID",
    "Draftail", "%(size)d byte", "%(size)d bytes",
}
# Written into Wagtail 8.0.1's templates without gettext, so no catalogue can translate them: the
# screen-reader-only submit button of the dashboard's and listings' search forms (home.html,
# shared/header.html). Checked only where they occur, as the value of a submit button.
UNTRANSLATABLE_BUTTON_VALUES = {"Search"}
PLACEHOLDER = re.compile(r"%\([^)]+\)[sdif]|%[sdif]|\{[a-z_]+\}")
# Attributes whose text people read or hear (tooltips, screen readers, empty fields).
READ_ATTRIBUTES = ("placeholder", "title", "aria-label", "alt", "data-w-tooltip-content-value")


def catalogue_paths():
    roots = [Path(wagtail.__file__).parent, Path(wagtail_modeladmin.__file__).parent, Path(taggit.__file__).parent]
    paths = [p for root in roots for p in root.glob("**/locale/en/LC_MESSAGES/*.po")]
    # Django's own strings (dates, time units, form errors) the admin shows.
    paths += [Path(django.__file__).parent / "conf/locale/en/LC_MESSAGES/django.po"]
    # django-hitcount ships no English catalogue; its Russian one lists every msgid.
    paths += list(Path(hitcount.__file__).parent.glob("locale/ru/LC_MESSAGES/django.po"))
    return sorted(paths)


def normalise(text):
    return " ".join(text.split())


def text_pieces(msgid):
    """The text a msgid puts on screen: itself, or the runs of text between its tags (two words or more)."""
    text = normalise(msgid or "")
    if "<" not in text:
        return [text] if text else []
    pieces = [normalise(piece) for piece in re.split(r"<[^>]*>", text)]
    return [piece for piece in pieces if len(re.findall(r"[A-Za-z]{2,}", piece)) >= 2]


@cache
def english_strings():
    """(exact msgids, [(pattern, msgid)] for msgids with placeholders), without SAME_IN_BOTH."""
    exact, patterns = set(), {}
    for path in catalogue_paths():
        with open(path, "rb") as handle:
            for message in read_po(handle):
                ids = message.id if isinstance(message.id, tuple) else (message.id,)
                for text in (piece for msgid in ids for piece in text_pieces(msgid)):
                    if text in SAME_IN_BOTH:
                        continue
                    if PLACEHOLDER.search(text):
                        literal = PLACEHOLDER.sub(" ", text)
                        if not re.search(r"[A-Za-z]{3,}", literal):
                            continue  # "%(count)s of %(total)s": too little English to tell
                        parts = [re.escape(part) for part in PLACEHOLDER.split(text)]
                        # Anywhere in the text: "42 minutes trước" is a half-translated "42 phút trước".
                        patterns[text] = re.compile(r"(?<![\w])" + r"\S.*?".join(parts) + r"(?![\w])")
                    elif re.search(r"[A-Za-z]{2,}", text):
                        exact.add(text)
    return frozenset(exact), tuple(patterns.items())


VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _TextCollector(HTMLParser):
    """Text nodes and read attributes; scripts, styles and hidden elements are not read, <template> content is."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts, self._skip = [], 0
        self._hidden = []  # [tag, depth] of the hidden element being skipped, innermost last

    def handle_starttag(self, tag, attrs):
        if self._hidden and tag == self._hidden[-1][0] and tag not in VOID_TAGS:
            self._hidden[-1][1] += 1
        elif "hidden" in dict(attrs) and tag not in VOID_TAGS:
            self._hidden.append([tag, 1])
        if tag in ("script", "style"):
            self._skip += 1
        if self._hidden:
            return
        for name, value in attrs:
            if name in READ_ATTRIBUTES and value:
                self.texts.append(value)
            if name == "value" and dict(attrs).get("type") in ("submit", "button"):
                if value not in UNTRANSLATABLE_BUTTON_VALUES:
                    self.texts.append(value or "")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        if self._hidden and tag == self._hidden[-1][0]:
            self._hidden[-1][1] -= 1
            if not self._hidden[-1][1]:
                self._hidden.pop()

    def handle_data(self, data):
        if not self._skip and not self._hidden and data.strip():
            self.texts.append(data)


def texts_of_html(html):
    collector = _TextCollector()
    collector.feed(html)
    return [normalise(t) for t in collector.texts if normalise(t)]


def english_in(texts):
    """The Wagtail msgids found untranslated among these texts."""
    exact, patterns = english_strings()
    found = set()
    for text in texts:
        candidates = {text, text.rstrip(":"), text.rstrip("."), text.rstrip("…").rstrip(".")}
        hit = exact & candidates
        if hit:
            found.update(hit)
            continue
        if re.search(r"[A-Za-z]{2,}", text):
            found.update(msgid for msgid, pattern in patterns if pattern.search(text))
    return found
