"""The pages endpoint of the public API, with what a syncing client needs.

Wagtail's PagesAPIViewSet, plus: validated filters (modified_since,
date_after/date_before, council, tag, category, member), a stable default
order with a tie-breaker, and querysets that load related objects and every
member and image named in the bodies in a fixed number of queries, whatever
the ``limit``.
"""

from contextlib import contextmanager

from django import forms
from django.conf import settings
from django.db.models import Q
from django.http import QueryDict
from django.utils.translation import gettext as _
from rest_framework.response import Response
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter
from wagtail.api.v2.serializers import PageParentField, PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.api.validators import SiteFilterValidator
from wagtail.models import Page

from councils.api import (
    IdOrSlugParameter,
    ModifiedSinceParameter,
    QueryParameters,
    json_detail_urlpatterns,
    require_numeric_id,
)
from councils.blocks import prefetched_stream_objects
from councils.models import CouncilMember
from newsroom.activity import pages_mentioning
from newsroom.models import ConferencePage, NewsPage


class MemberParameter(forms.CharField):
    """A published member by id or UUID; the cleaned value is the member."""

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        if value.isdigit() and len(value) < 19:
            lookup = {"pk": int(value)}
        else:
            try:
                lookup = {"uuid": forms.UUIDField().clean(value)}
            except forms.ValidationError as exc:
                raise forms.ValidationError(_("Expected a council member id or UUID.")) from exc
        member = CouncilMember.objects.live().filter(**lookup).first()
        if member is None:
            raise forms.ValidationError(_("No published council member with this id."))
        return member


class PageParameters(QueryParameters):
    """Filters of the pages listing; news-specific ones also narrow untyped listings."""

    date_after = ModifiedSinceParameter(required=False)
    date_before = ModifiedSinceParameter(required=False)
    council = IdOrSlugParameter(required=False)
    tag = forms.SlugField(required=False, max_length=100)
    category = forms.SlugField(required=False, max_length=100)
    member = MemberParameter(required=False, max_length=64)

    def filter(self, queryset):
        data = self.cleaned_or_bad_request()
        if data["modified_since"]:
            queryset = NewsPage.changed_since(queryset, data["modified_since"])
        news = NewsPage.objects.all()
        narrowed = False
        if data["date_after"]:
            news, narrowed = news.filter(date__gte=data["date_after"]), True
        if data["date_before"]:
            news, narrowed = news.filter(date__lt=data["date_before"]), True
        if data["council"]:
            news, narrowed = news.filter(council__in=IdOrSlugParameter.councils(data["council"])), True
        if data["tag"]:
            news, narrowed = news.filter(tags__slug=data["tag"]), True
        if data["category"]:
            category = data["category"]
            condition = Q(category__slug=category) | (Q(category_id=int(category)) if category.isdigit() else Q())
            news, narrowed = news.filter(condition), True
        if data["member"]:
            news, narrowed = news.filter(pk__in=list(pages_mentioning(data["member"]))), True
        if narrowed:
            queryset = queryset.filter(pk__in=news.values("pk"))
        return queryset


class StableOrderingFilter(OrderingFilter):
    """Wagtail's ?order=, with newest-first as default and the id as the last tie-breaker."""

    def filter_queryset(self, request, queryset, view):
        if "search" in request.GET:
            return queryset
        if request.GET.get("order"):
            queryset = super().filter_queryset(request, queryset, view)
            if request.GET["order"] == "random":
                return queryset
            ordering = list(queryset.query.order_by)
            if not any(field.lstrip("-") in ("id", "pk") for field in ordering):
                queryset = queryset.order_by(*ordering, "id")
            return queryset
        if issubclass(queryset.model, NewsPage):
            return queryset.order_by("-date", "-id")
        return queryset.order_by("id")


class OwnParametersFieldsFilter(FieldsFilter):
    """Wagtail's ?<field>=<value> filters, minus the parameters PageParameters handles."""

    def filter_queryset(self, request, queryset, view):
        own = set(PageParameters.base_fields)
        original = request.GET
        request._request.GET = QueryDict(mutable=True)
        request._request.GET.update({k: v for k, v in original.items() if k not in own})
        try:
            return super().filter_queryset(request, queryset, view)
        finally:
            request._request.GET = original


class ParentField(PageParentField):
    """The page's parent when it is public: found in one query where Wagtail spends two."""

    def get_attribute(self, instance):
        if instance.depth <= 1:
            return None
        return self.context["base_queryset"].filter(path=instance.path[: -instance.steplen]).first()


class PortalPageSerializer(PageSerializer):
    parent = ParentField(read_only=True)


REPLACED_BACKENDS = {OrderingFilter: StableOrderingFilter, FieldsFilter: OwnParametersFieldsFilter}


class PortalPagesAPIViewSet(PagesAPIViewSet):
    base_serializer_class = PortalPageSerializer
    filter_backends = [REPLACED_BACKENDS.get(backend, backend) for backend in PagesAPIViewSet.filter_backends]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(PageParameters.base_fields)

    def get_base_queryset(self):
        """Live pages outside every private section, on the site asked for (or the request's).

        Wagtail's own version lets through private sections that the request may
        see (a logged-in group member); this public API never shows them, and
        ``.public()`` lets a project keep the list of private sections per
        content version. Wagtail asks for this several times a request: it is
        built once.
        """
        if not hasattr(self, "_base_queryset"):
            queryset = Page.objects.all().live().public()
            try:
                site = SiteFilterValidator(site=self.request.GET.get("site"), request=self.request).site_obj
            except ValueError as exc:
                raise BadRequestError(str(exc)) from exc
            if site is None:
                queryset = queryset.none()
            else:
                root = site.root_page
                scoped = queryset.descendant_of(root, inclusive=True)
                if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
                    for translation in root.get_translations():
                        scoped |= queryset.descendant_of(translation, inclusive=True)
                queryset = scoped
            self._base_queryset = queryset
        return self._base_queryset

    def get_queryset(self):
        queryset = super().get_queryset()
        if not hasattr(queryset, "search"):  # a SearchResults-bound queryset stays as it is
            return queryset
        return with_news_prefetches(queryset.select_related("locale"))

    def filter_queryset(self, queryset):
        if self.action == "listing_view":
            queryset = PageParameters(self.request.GET).filter(queryset)
        return super().filter_queryset(queryset)

    def listing_view(self, request):
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        queryset = self.filter_queryset(queryset)
        pages = list(self.paginate_queryset(queryset))
        with loaded_together(pages, with_bodies=asks_for_body(request)):
            data = self.get_serializer(pages, many=True).data
        return self.get_paginated_response(data)

    def detail_view(self, request, pk):
        self.check_query_parameters(self.get_queryset())
        instance = self.get_object()
        with loaded_together([instance], with_bodies=True):
            data = self.get_serializer(instance).data
        return Response(data)

    def get_object(self):
        require_numeric_id(self.kwargs.get("pk"))
        if not hasattr(self, "_prefetched_object"):  # asked for again by get_serializer_class
            found = BaseAPIViewSet.get_object(self)  # the row, once found among the public pages
            model = found.specific_class
            if model is not None and issubclass(model, NewsPage):
                page = with_news_prefetches(model.objects.filter(pk=found.pk)).get()
            else:
                page = found.specific
            self._prefetched_object = page
        return self._prefetched_object

    @classmethod
    def get_urlpatterns(cls):
        return json_detail_urlpatterns(cls)

    def check_query_parameters(self, queryset):
        if self.action == "detail_view":
            unknown = set(self.request.GET) - {"fields", "rich_text_format", "format", "_", "type", "site"}
            if unknown:
                raise BadRequestError(
                    _("query parameter is not an operation or a recognised field: %(names)s")
                    % {"names": ", ".join(sorted(unknown))}
                )
            return
        super().check_query_parameters(queryset)


def with_news_prefetches(queryset):
    """Related rows of news pages, per batch; members and images come in `loaded_together`."""
    if not issubclass(queryset.model, NewsPage):
        return queryset
    queryset = queryset.select_related("category", "council").prefetch_related("tags", "member_links")
    if issubclass(queryset.model, ConferencePage):
        queryset = queryset.prefetch_related("chairs")  # each chair's .page is set by the prefetch
    return queryset


@contextmanager
def loaded_together(pages, with_bodies):
    """Every member and image the pages name (links, chairs, hero photos, bodies), in one batch.

    One load of members (with portraits, renditions and posts) and one of images
    serves the related members, the chairs and the blocks alike.
    """
    news = [page for page in pages if isinstance(page, NewsPage)]
    member_ids, image_ids = set(), set()
    for page in news:
        member_ids.update(link.member_id for link in page.member_links.all())
        if isinstance(page, ConferencePage):
            member_ids.update(chair.member_id for chair in page.chairs.all())
        if page.hero_image_id:
            image_ids.add(page.hero_image_id)
    streams = [page.body for page in news] if with_bodies else []
    with prefetched_stream_objects(streams, member_ids, image_ids) as scope:
        members, images = scope["members"], scope["images"]
        for page in news:
            for link in page.member_links.all():
                link.member = members[link.member_id]
            if isinstance(page, ConferencePage):
                for chair in page.chairs.all():
                    chair.member = members[chair.member_id]
            if page.hero_image_id and images.get(page.hero_image_id) is not None:
                page.hero_image = images[page.hero_image_id]
        yield


def asks_for_body(request):
    fields = [field.strip() for field in request.GET.get("fields", "").split(",")]
    return any(field in ("*", "body") or field.startswith("body(") for field in fields)
