"""Small builders for the newsroom demo: slugs, StreamField blocks, tags, member links, the directory lookup."""

from django.utils.text import slugify

from councils.models import Council, CouncilMember
from delivery.text import fold
from demo.councils import member_slug
from newsroom.models import NewsPageMember, NewsPageTag, NewsTag


def page_slug(title):
    return slugify(fold(title))[:80].strip("-")


def names_text(names):
    names = list(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " và " + names[-1]


def credit_of(byline):
    """The photographer of a byline "Writer - Photographer" (or the writer when alone)."""
    return byline.split(" - ")[-1].strip()


def statistic_block(label, value, unit="", scope="", period="", breakdown=()):
    return {"type": "statistic", "value": {
        "label": label, "value": str(value), "unit": unit, "scope": scope, "period": period,
        "breakdown": [{"label": part, "value": str(part_value)} for part, part_value in breakdown],
    }}


def paragraph(html):
    return {"type": "paragraph", "value": html}


def photo_block(image, caption, credit, members=()):
    return {"type": "photo", "value": {"image": image.pk, "caption": caption, "credit": credit,
                                       "members": [m.pk for m in members]}}


def speech(kind, text, member=None, name="", attribution=""):
    return {"type": "speech", "value": {
        "speaker": member.pk if member else None, "speaker_name": name, "attribution": attribution,
        "kind": kind, "text": text if text.startswith("<") else f"<p>{text}</p>",
    }}


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def quote(text, attribution):
    return {"type": "quote", "value": {"text": text, "attribution": attribution}}


def conclusion(member, text, directives):
    return {"type": "conclusion", "value": {
        "presiding_member": member.pk, "presiding_name": "", "attribution": "",
        "text": f"<p>{text}</p>", "directives": list(directives),
    }}


def tag_items(names):
    tags = []
    for name in names:
        tag = NewsTag.objects.filter(name=name).first() or NewsTag.objects.create(name=name)
        tags.append(NewsPageTag(tag=tag))
    return tags


def member_links(members):
    return [NewsPageMember(member=member, sort_order=i) for i, member in enumerate(members)]


class Directory:
    """Councils and members of the directory demo, fetched by slug on first use."""

    def __init__(self):
        self.councils = {c.slug: c for c in Council.objects.all()}
        self._members = {}

    def council(self, slug):
        return self.councils[slug]

    def member(self, name):
        slug = member_slug(name)
        if slug not in self._members:
            self._members[slug] = CouncilMember.objects.get(slug=slug)
        return self._members[slug]

    def members(self, names):
        return [self.member(name) for name in names]
