"""Rich text as the API gives it: display HTML with real links and nothing of the editor's.

Wagtail's ``html`` format is ``expand_db_html``: links resolved, but every block still
carries the editor's ``data-block-key`` attribute, and whatever HTML reached the
database (an import, a paste) passes through. Clients get the HTML sanitised to the
tags rich text can hold, by nh3 (ammonia): no attributes but a link's address and an
image's source and size, no scripts, no styles. ``db_html`` stays Wagtail's raw form
for clients that ask for it (councils.api.CleanRichTextFieldSerializer).
"""

import nh3
from wagtail.rich_text import expand_db_html

TAGS = {
    "p", "br", "b", "strong", "i", "em", "u", "s", "sub", "sup", "code", "a", "ul", "ol", "li",
    "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "img", "figure", "figcaption",
}
ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt", "width", "height"}}


def clean_html(html):
    """Display HTML reduced to the tags and attributes above."""
    if not html:
        return ""
    return nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes={"http", "https", "mailto", "tel"},
                     link_rel=None)


def rich_text_html(value):
    """A rich text value (RichText, or database HTML) as clean display HTML."""
    if value is None:
        return ""
    source = getattr(value, "source", value)
    return clean_html(expand_db_html(source or ""))
