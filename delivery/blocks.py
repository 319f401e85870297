"""Chooser blocks that load in bulk, and objects loaded ahead for a whole batch of streams.

A chooser block's ``bulk_to_python`` is called by Wagtail once per stream, without the
request. To serialise or render N pages in the same few queries as one, the caller loads
every object the streams name at once (councils.blocks.prefetched_stream_objects) and makes
them current with ``objects_loaded_ahead``; each chooser then reads what it needs with
``loaded_ahead(kind, ids)`` from the current RequestScope's memo, and loads them itself only
when something is missing. A chooser says which kind it reads with ``prefetch_kind``.
"""

import copy
from contextlib import contextmanager

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from delivery.images import image_api_representation, image_queryset, representations_memo
from delivery.scope import RequestScope

# {kind: {pk: object or None}} in the current RequestScope's memo, while objects_loaded_ahead runs.
PREFETCHED = "delivery.stream_objects"


def chooser_kind(block):
    """What a chooser block loads ("images", "members", ...), or None for other blocks."""
    kind = getattr(block, "prefetch_kind", None)
    if kind is None and isinstance(block, ImageChooserBlock):
        return "images"
    return kind


def collect_chooser_ids(block, raw, found):
    """Walk a block's raw (JSON) value and note, by kind, the ids its choosers name (``found``: kind -> set)."""
    if raw is None:
        return
    kind = chooser_kind(block)
    if kind is not None:
        found.setdefault(kind, set()).update(ids_of([raw]))
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
def objects_loaded_ahead(loaded):
    """Within this block, choosers read these objects ({kind: {pk: object or None}}) instead of loading them."""
    with RequestScope.active() as scope:
        outer = scope.memo.get(PREFETCHED)
        scope.memo[PREFETCHED] = loaded
        try:
            with representations_memo():
                yield loaded
        finally:
            scope.memo[PREFETCHED] = outer


def loaded_ahead(kind, wanted):
    """The objects for these ids if all were loaded ahead, else None (load them now).

    An object that is not live (a draft member) reads as absent, so a draft never shows.
    """
    scope = RequestScope.current()
    loaded = scope.memo.get(PREFETCHED) if scope is not None else None
    if loaded is None or kind not in loaded:
        return None
    store = loaded[kind]
    if not all(pk in store for pk in wanted):
        return None
    return {pk: store[pk] for pk in wanted if store[pk] is not None and getattr(store[pk], "live", True)}


def in_order(ids, objects):
    """Objects for these ids, in order, a distinct copy for each repeat."""
    seen, result = set(), []
    for pk in ids:
        obj = objects.get(pk)
        if obj is not None and pk in seen:
            obj = copy.copy(obj)
        result.append(obj)
        seen.add(pk)
    return result


def ids_of(values):
    out = []
    for value in values:
        try:
            out.append(int(value))
        except (TypeError, ValueError):
            out.append(None)
    return out


class RenditionImageChooserBlock(ImageChooserBlock):
    """An image chooser whose bulk load brings the renditions templates and the API use."""

    prefetch_kind = "images"

    def bulk_to_python(self, values):
        ids = ids_of(values)
        wanted = {pk for pk in ids if pk is not None}
        objects = loaded_ahead("images", wanted)
        if objects is None:
            objects = image_queryset().in_bulk(wanted) if wanted else {}
        return in_order(ids, objects)

    def get_api_representation(self, value, context=None):
        return image_api_representation(value, (context or {}).get("request"))
