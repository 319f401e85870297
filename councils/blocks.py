"""StreamField blocks the council directory offers to other plugins.

``MemberChooserBlock`` picks a council member; in bulk (a whole stream at a
time) it loads only published members, with portraits, renditions and
memberships, in a fixed number of queries; an unpublished member reads as
None, so a draft never shows through a published page.
"""

from contextlib import contextmanager

from django.utils.functional import cached_property
from wagtail.images import get_image_model
from wagtail.snippets.blocks import SnippetChooserBlock

from councils.models import CouncilMember
from delivery.blocks import (  # RenditionImageChooserBlock: named by newsroom's first migrations
    RenditionImageChooserBlock,  # noqa: F401
    collect_chooser_ids,
    ids_of,
    in_order,
    loaded_ahead,
    objects_loaded_ahead,
)
from delivery.images import (
    API_RENDITION_SPECS,
    PORTRAIT,
    PORTRAIT_SMALL,
    attach_renditions,
    current_representations,
    image_api_representation,
)

MEMBER_PORTRAIT_SPECS = [PORTRAIT_SMALL.spec, PORTRAIT.spec, *API_RENDITION_SPECS]


@contextmanager
def prefetched_stream_objects(stream_values, member_ids=(), image_ids=()):
    """Load every member and image named in these streams (and the ids given) at once.

    Inside the block, the choosers' bulk loads read from what was loaded here
    (delivery.blocks), so rendering or serialising N pages costs the same few queries as one.
    """
    found = {"members": set(member_ids), "images": set(image_ids)}
    for value in stream_values:
        if value is not None:
            collect_chooser_ids(value.stream_block, list(value.raw_data), found)
    found["members"].discard(None)
    found["images"].discard(None)
    # Unpublished members are loaded too, so foreign keys can point at them; choosers
    # still read them as None (delivery.blocks.loaded_ahead) and summaries leave them out.
    members = CouncilMember.objects.with_directory_data(portrait_renditions=False).in_bulk(found["members"]) \
        if found["members"] else {}
    images = get_image_model().objects.in_bulk(found["images"]) if found["images"] else {}
    # Portraits and photos: one query for the renditions of both.
    attach_renditions([member.portrait for member in members.values()] + list(images.values()),
                      *MEMBER_PORTRAIT_SPECS)
    loaded = {
        "members": {pk: members.get(pk) for pk in found["members"]},
        "images": {pk: images.get(pk) for pk in found["images"]},
    }
    with objects_loaded_ahead(loaded):
        yield loaded


def member_summary(member, request=None, on=None):
    """The API form of a member wherever one is named: speaker, chair, person in a photo."""
    if member is None or not member.live:
        return None
    memo = current_representations()
    key = ("member", member.pk, on, id(request))
    if memo is not None and key in memo:
        return memo[key]
    summary = {
        "id": member.pk,
        "uuid": str(member.uuid),
        "slug": member.slug,
        "name": member.full_name,
        "honorific": member.honorific,
        "position_line": member.position_line(on),
        "portrait": image_api_representation(member.portrait, request) if member.portrait_id else None,
        "html_url": member.get_url(request, full=True),
    }
    if memo is not None:
        memo[key] = summary
    return summary


class MemberChooserBlock(SnippetChooserBlock):
    prefetch_kind = "members"

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
        ids = ids_of(values)
        wanted = {pk for pk in ids if pk is not None}
        objects = loaded_ahead("members", wanted)
        if objects is None:
            objects = self._queryset().in_bulk(wanted) if wanted else {}
        return in_order(ids, objects)

    def get_api_representation(self, value, context=None):
        request = (context or {}).get("request")
        return member_summary(value, request)
