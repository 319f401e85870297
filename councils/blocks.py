"""StreamField blocks the council directory offers to other plugins.

``MemberChooserBlock`` picks a council member; in bulk (a whole stream at a
time) it loads only published members, with portraits, renditions and
memberships, in a fixed number of queries; an unpublished member reads as
None, so a draft never shows through a published page.
"""

import copy
from contextlib import contextmanager

from django.utils.functional import cached_property
from wagtail import blocks
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from councils.models import CouncilMember
from delivery.images import (
    API_RENDITION_SPECS,
    PORTRAIT,
    PORTRAIT_SMALL,
    attach_renditions,
    current_representations,
    image_api_representation,
    image_queryset,
    representations_memo,
)
from delivery.scope import RequestScope

MEMBER_PORTRAIT_SPECS = [PORTRAIT_SMALL.spec, PORTRAIT.spec, *API_RENDITION_SPECS]

# Objects loaded ahead for a whole batch of streams (an API listing, a page), in the current
# RequestScope's memo: {"members": {pk: member or None}, "images": {pk: image or None}}.
PREFETCHED = "councils.stream_objects"


def collect_chooser_ids(block, raw, found):
    """Walk a block's raw (JSON) value and note the member and image ids it names."""
    if raw is None:
        return
    if isinstance(block, MemberChooserBlock):
        found["members"].update(_ids([raw]))
    elif isinstance(block, ImageChooserBlock):
        found["images"].update(_ids([raw]))
    elif isinstance(block, blocks.StreamBlock):
        for item in raw if isinstance(raw, list) else []:
            child = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
            if child is not None:
                collect_chooser_ids(child, item.get("value"), found)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            if isinstance(raw, dict) and name in raw:
                collect_chooser_ids(child, raw[name], found)
    elif isinstance(block, blocks.ListBlock):
        for item in raw if isinstance(raw, list) else []:
            # ListBlock items are {"type": "item", "value": ..., "id": ...} or, in older data, bare values.
            value = item["value"] if isinstance(item, dict) and item.get("type") == "item" and "value" in item else item
            collect_chooser_ids(block.child_block, value, found)


@contextmanager
def prefetched_stream_objects(stream_values, member_ids=(), image_ids=()):
    """Load every member and image named in these streams (and the ids given) at once.

    Inside the block, the choosers' bulk loads read from what was loaded here,
    so rendering or serialising N pages costs the same few queries as one.
    """
    found = {"members": set(member_ids), "images": set(image_ids)}
    for value in stream_values:
        if value is not None:
            collect_chooser_ids(value.stream_block, list(value.raw_data), found)
    found["members"].discard(None)
    found["images"].discard(None)
    # Unpublished members are loaded too, so foreign keys can point at them; choosers
    # still read them as None (see _from_scope) and summaries leave them out.
    members = CouncilMember.objects.with_directory_data(portrait_renditions=False).in_bulk(found["members"]) \
        if found["members"] else {}
    images = get_image_model().objects.in_bulk(found["images"]) if found["images"] else {}
    # Portraits and photos: one query for the renditions of both.
    attach_renditions([member.portrait for member in members.values()] + list(images.values()),
                      *MEMBER_PORTRAIT_SPECS)
    scope = {
        "members": {pk: members.get(pk) for pk in found["members"]},
        "images": {pk: images.get(pk) for pk in found["images"]},
    }
    with RequestScope.active() as request_scope:
        outer = request_scope.memo.get(PREFETCHED)
        request_scope.memo[PREFETCHED] = scope
        try:
            with representations_memo():
                yield scope
        finally:
            request_scope.memo[PREFETCHED] = outer


def _from_scope(kind, wanted):
    """The objects for these ids if all were loaded ahead, else None (load them now)."""
    request_scope = RequestScope.current()
    scope = request_scope.memo.get(PREFETCHED) if request_scope is not None else None
    if scope is None:
        return None
    store = scope[kind]
    if not all(pk in store for pk in wanted):
        return None
    return {pk: store[pk] for pk in wanted if store[pk] is not None and getattr(store[pk], "live", True)}


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
        objects = _from_scope("members", wanted)
        if objects is None:
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
        objects = _from_scope("images", wanted)
        if objects is None:
            objects = image_queryset().in_bulk(wanted) if wanted else {}
        return _in_order(ids, objects)

    def get_api_representation(self, value, context=None):
        return image_api_representation(value, (context or {}).get("request"))
