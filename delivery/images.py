"""One place for how images leave the portal: named renditions and their API form.

Every block and field that shows an image (portraits, hero photos, photos in
reports) goes through ``image_api_representation``; listings prefetch the same
renditions with ``prefetch_image_renditions`` so the number of queries does not
grow with the number of images.
"""

import logging
from contextlib import contextmanager

from django.db.models import Prefetch
from wagtail.api.utils import get_full_url
from wagtail.images import get_image_model
from wagtail.images.models import Filter, SourceImageIOError

from delivery.scope import RequestScope

logger = logging.getLogger(__name__)

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
        for rendition in image.prefetched_renditions:
            rendition.image = image  # its alt text reads the image: no query per rendition


def rendition_or_none(image, image_filter, warned=None):
    """The rendition, or None when it has to be made and the original file is gone.

    A rendition made before the original was lost is still served. Each miss is
    logged as a warning naming the image, so an operator learns which file to
    put back; ``warned`` (a set of image ids) keeps it to one line per image
    where one answer asks for several renditions of it.
    """
    try:
        return image.get_rendition(image_filter)
    except SourceImageIOError as exc:
        if warned is None or image.pk not in warned:
            logger.warning("image %s (%s): the original file %r is missing, rendition %s not made: %s",
                           image.pk, image.title, image.file.name, image_filter.spec, exc)
            if warned is not None:
                warned.add(image.pk)
        return None


def rendition_dict(image, image_filter, warned=None, request=None):
    """{url, width, height} of a rendition, or None when it cannot be made (see rendition_or_none).

    The URL is absolute on the site the request asked (the same base as the API's
    ``detail_url``); a storage that gives absolute URLs (S3) keeps its own.
    """
    rendition = rendition_or_none(image, image_filter, warned)
    if rendition is None:
        return None
    url = get_full_url(request, rendition.url) if request is not None else rendition.full_url
    return {"url": url, "width": rendition.width, "height": rendition.height}


REPRESENTATIONS = "delivery.image_representations"


@contextmanager
def representations_memo(request=None):
    """Within this block (and the rest of its scope) each image's and member's API form is built once.

    A list of reports names the same portraits dozens of times; each API form
    asks Wagtail for three renditions, and every such call goes through the
    rendition cache. The forms are kept in the current RequestScope's memo.
    """
    with RequestScope.active(request) as scope:
        scope.memo.setdefault(REPRESENTATIONS, {})
        yield


def image_api_representation(image, request=None):
    """The API form of an image: {id, title, alt, renditions: {name: {url, width, height} or null}}.

    A rendition that cannot be made because the original file is missing is
    null; the image itself (id, title, alt) stays, so a client still knows
    what was meant to be there and an answer never fails for one lost file.
    """
    if image is None:
        return None
    memo = current_representations()
    key = ("image", image.pk, id(request))
    if memo is not None and key in memo:
        return memo[key]
    representation = {
        "id": image.pk,
        "title": image.title,
        "alt": getattr(image, "default_alt_text", "") or image.title,
        "renditions": renditions_of(image, request),
    }
    if memo is not None:
        memo[key] = representation
    return representation


def renditions_of(image, request=None):
    warned = set()
    return {name: rendition_dict(image, f, warned, request) for name, f in RENDITIONS.items()}


def current_representations():
    """The dict of API forms kept by the current ``representations_memo`` scope, or None outside one."""
    scope = RequestScope.current()
    return scope.memo.get(REPRESENTATIONS) if scope is not None else None
