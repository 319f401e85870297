"""A member's speeches, conclusions and mentions, and a council's reports, for councils' pages.

Mentions come from Wagtail's reference index, which records every chooser in a
StreamField and every foreign key to a member, with the path of the content:
``body.<block id>.speaker`` is a speech, ``...presiding_member`` a conclusion.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, ReferenceIndex, Site

from councils.activity import ActivityItem
from councils.models import CouncilMember

KIND_BY_PATH = [
    (".speaker", _("Speech")),
    (".presiding_member", _("Conclusion")),
    ("chairs.", _("Chaired")),
]
KIND_PRIORITY = {str(label): rank for rank, (_suffix, label) in enumerate(KIND_BY_PATH)}
MENTION = _("Mention")


def kind_for_path(content_path):
    for marker, label in KIND_BY_PATH:
        if marker in content_path:
            return label
    return MENTION


def _visible_pages(request):
    from newsroom.models import NewsPage

    pages = NewsPage.objects.live().public()
    site = Site.find_for_request(request) if request is not None else None
    if site is not None:
        pages = pages.descendant_of(site.root_page, inclusive=True)
    return pages


def pages_mentioning(member):
    """Ids of pages whose live content names the member, with how it names them."""
    references = ReferenceIndex.get_references_to(member).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    ).values_list("object_id", "content_path")
    kinds = {}
    for object_id, content_path in references:
        label = kind_for_path(content_path)
        current = kinds.get(int(object_id))
        # A page where the member spoke is listed as a speech, not also as a mention.
        if current is None or KIND_PRIORITY.get(str(label), 99) < KIND_PRIORITY.get(str(current), 99):
            kinds[int(object_id)] = label
    return kinds


def member_mentions(member, request=None, limit=30):
    if not isinstance(member, CouncilMember):
        return []
    kinds = pages_mentioning(member)
    if not kinds:
        return []
    pages = _visible_pages(request).filter(pk__in=kinds.keys()).order_by("-date", "-pk")[:limit]
    return [
        ActivityItem(title=page.title, url=page.get_url(request), date=page.display_date,
                     kind=str(kinds[page.pk]), excerpt=page.summary)
        for page in pages
    ]


def council_reports(council, request=None, limit=30):
    pages = _visible_pages(request).filter(council=council).order_by("-date", "-pk")[:limit]
    return [
        ActivityItem(title=page.title, url=page.get_url(request), date=page.display_date,
                     kind=str(_("Conference") if page.content_type_id == _conference_type_id() else _("News")),
                     excerpt=page.summary)
        for page in pages
    ]


def _conference_type_id():
    from newsroom.models import ConferencePage

    return ContentType.objects.get_for_model(ConferencePage).pk
