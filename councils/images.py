"""One place for how images leave the portal: named renditions and their API form.

Every block and field that shows an image (portraits, hero photos, photos in
reports) goes through ``image_api_representation``; listings prefetch the same
renditions with ``prefetch_image_renditions`` so the number of queries does not
grow with the number of images.
"""

import contextvars
from contextlib import contextmanager

from django.db.models import Prefetch
from wagtail.images import get_image_model
from wagtail.images.models import Filter

# Rendition name -> Wagtail filter spec. Filter objects are built once: building
# one per call inspects its arguments every time (see STACK-NOTES).
RENDITIONS = {
    "thumbnail": Filter("fill-160x160|format-jpeg|jpegquality-80"),
    "medium": Filter("max-800x800|format-jpeg|jpegquality-80"),
    "large": Filter("max-1600x1600|format-jpeg|jpegquality-80"),
}
PORTRAIT = Filter("fill-320x400-c100|format-jpeg|jpegquality-80")
PORTRAIT_SMALL = Filter("fill-96x120-c100|format-jpeg|jpegquality-80")

API_RENDITION_SPECS = [f.spec for f in RENDITIONS.values()]


def image_queryset(*specs):
    """Images with the given renditions prefetched (all API renditions by default)."""
    specs = list(specs) or API_RENDITION_SPECS
    return get_image_model().objects.prefetch_renditions(*specs)


def prefetch_image_renditions(lookup, *specs):
    """A Prefetch for a foreign key to an image, with its renditions prefetched."""
    return Prefetch(lookup, queryset=image_queryset(*specs))


def prefetch_renditions_through(lookup, *specs):
    """Renditions of an image reached by select_related (e.g. "portrait"): one query for all.

    Joining the image in the main query and prefetching only its renditions saves
    the separate query for the image rows.
    """
    rendition_model = get_image_model().get_rendition_model()
    specs = list(specs) or API_RENDITION_SPECS
    return Prefetch(
        f"{lookup}__renditions",
        queryset=rendition_model.objects.filter(filter_spec__in=specs),
        to_attr="prefetched_renditions",
    )


def attach_renditions(images, *specs):
    """Renditions of all these images (portraits and photos alike) in one query.

    Sets what Wagtail's ``prefetch_renditions`` sets, so ``get_rendition`` reads
    from it; an image without a rendition yet gets it made on first use.
    """
    images = [image for image in images if image is not None]
    if not images:
        return
    specs = list(specs) or API_RENDITION_SPECS
    rendition_model = get_image_model().get_rendition_model()
    by_image = {}
    for rendition in rendition_model.objects.filter(image_id__in={image.pk for image in images},
                                                    filter_spec__in=specs):
        by_image.setdefault(rendition.image_id, []).append(rendition)
    for image in images:
        image.prefetched_renditions = by_image.get(image.pk, [])


def rendition_dict(image, image_filter):
    rendition = image.get_rendition(image_filter)
    return {"url": rendition.full_url, "width": rendition.width, "height": rendition.height}


_representations = contextvars.ContextVar("councils_image_representations", default=None)


@contextmanager
def representations_memo():
    """Within this block each image's (and member's) API form is built once, however often it is named.

    A list of reports names the same portraits dozens of times; each API form
    asks Wagtail for three renditions, and every such call goes through the
    rendition cache.
    """
    token = _representations.set({})
    try:
        yield
    finally:
        _representations.reset(token)


def image_api_representation(image):
    """The API form of an image: {id, title, alt, renditions: {name: {url, width, height}}}."""
    if image is None:
        return None
    memo = _representations.get()
    key = ("image", image.pk)
    if memo is not None and key in memo:
        return memo[key]
    representation = {
        "id": image.pk,
        "title": image.title,
        "alt": getattr(image, "default_alt_text", "") or image.title,
        "renditions": {name: rendition_dict(image, f) for name, f in RENDITIONS.items()},
    }
    if memo is not None:
        memo[key] = representation
    return representation


def current_representations():
    """The dict of API forms kept by the current ``representations_memo`` block, or None outside one."""
    return _representations.get()
