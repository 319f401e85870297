"""Which news pages show a member, image, council, category, tag or section (for mirrors' modified)."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex

from councils.models import CouncilMember
from newsroom.models.conferences import ConferenceChair
from newsroom.models.pages import NewsPage, NewsPageMember
from newsroom.models.taxonomy import NewsPageTag


def pages_referring_to(members=(), images=()):
    """Ids of pages whose live content names one of these members or images (Wagtail's reference index)."""
    wanted = Q(pk__in=[])
    if members:
        wanted |= Q(to_content_type=ContentType.objects.get_for_model(CouncilMember),
                    to_object_id__in=[str(pk) for pk in members])
    if images:
        wanted |= Q(to_content_type=ContentType.objects.get_for_model(get_image_model()),
                    to_object_id__in=[str(pk) for pk in images])
    if not (members or images):
        return set()
    references = ReferenceIndex.objects.filter(wanted, base_content_type=ContentType.objects.get_for_model(Page))
    return {int(object_id) for object_id in references.values_list("object_id", flat=True).distinct()}


def pages_embedding(pages=(), members=(), images=(), councils=(), categories=(), tags=(), sections=()):
    """News pages whose API form shows one of these, as one queryset (to be updated in one statement).

    ``pages`` are ids. ``members`` and ``images`` (ids) are found through Wagtail's
    reference index (speakers, photos, conclusions, chairs, related members, main
    photos) and through the foreign keys themselves, so a reference index brought
    up to date later by a background task cannot hide one. ``sections`` are
    (path, depth) pairs: the pages under ``path``, at that depth only, or at any
    depth when depth is None.
    """
    members, images = list(members), list(images)
    condition = Q(pk__in=sorted(set(pages) | pages_referring_to(members, images)))
    if members:
        condition |= Q(pk__in=NewsPageMember.objects.filter(member__in=members).values("page_id"))
        condition |= Q(pk__in=ConferenceChair.objects.filter(member__in=members).values("page_id"))
    if images:
        condition |= Q(hero_image__in=images)
    if councils:
        condition |= Q(council__in=list(councils))
    if categories:
        condition |= Q(category__in=list(categories))
    if tags:
        condition |= Q(pk__in=NewsPageTag.objects.filter(tag__in=list(tags)).values("content_object_id"))
    for section_path, depth in sections:
        under = Q(path__startswith=section_path)
        condition |= under & Q(depth=depth) if depth is not None else under
    return NewsPage.objects.filter(condition)
