"""StreamField blocks the council directory offers to other plugins.

``MemberChooserBlock`` picks a council member; in bulk (a whole stream at a
time) it loads only published members, with portraits, renditions and
memberships, in a fixed number of queries; an unpublished member reads as
None, so a draft never shows through a published page.
"""

import copy

from django.utils.functional import cached_property
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from councils.images import API_RENDITION_SPECS, PORTRAIT, PORTRAIT_SMALL, image_api_representation, image_queryset
from councils.models import CouncilMember

MEMBER_PORTRAIT_SPECS = [PORTRAIT_SMALL.spec, PORTRAIT.spec, *API_RENDITION_SPECS]


def _in_order(values, objects):
    """Objects for the ids in values, in order, a distinct copy for each repeat."""
    seen, result = set(), []
    for pk in values:
        obj = objects.get(pk)
        if obj is not None and pk in seen:
            obj = copy.copy(obj)
        result.append(obj)
        seen.add(pk)
    return result


def _ids(values):
    out = []
    for value in values:
        try:
            out.append(int(value))
        except (TypeError, ValueError):
            out.append(None)
    return out


def member_summary(member, request=None, on=None):
    """The API form of a member wherever one is named: speaker, chair, person in a photo."""
    if member is None or not member.live:
        return None
    return {
        "id": member.pk,
        "uuid": str(member.uuid),
        "slug": member.slug,
        "name": member.full_name,
        "honorific": member.honorific,
        "position_line": member.position_line(on),
        "portrait": image_api_representation(member.portrait) if member.portrait_id else None,
        "html_url": member.get_url(request, full=True),
    }


class MemberChooserBlock(SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__(CouncilMember, **kwargs)

    @cached_property
    def target_model(self):
        return CouncilMember

    def _queryset(self):
        return CouncilMember.objects.live().with_directory_data(*MEMBER_PORTRAIT_SPECS)

    def to_python(self, value):
        if value is None:
            return None
        return self._queryset().filter(pk=value).first()

    def bulk_to_python(self, values):
        ids = _ids(values)
        wanted = {pk for pk in ids if pk is not None}
        objects = self._queryset().in_bulk(wanted) if wanted else {}
        return _in_order(ids, objects)

    def get_api_representation(self, value, context=None):
        request = (context or {}).get("request")
        return member_summary(value, request)


class RenditionImageChooserBlock(ImageChooserBlock):
    """An image chooser whose bulk load brings the renditions templates and the API use."""

    def bulk_to_python(self, values):
        ids = _ids(values)
        wanted = {pk for pk in ids if pk is not None}
        objects = image_queryset().in_bulk(wanted) if wanted else {}
        return _in_order(ids, objects)

    def get_api_representation(self, value, context=None):
        return image_api_representation(value)
