"""The pages endpoint of the public API, with what a syncing client needs.

Wagtail's PagesAPIViewSet, plus: validated filters (modified_since,
date_after/date_before, council, tag, category, member), a stable default
order with a tie-breaker, and querysets that load related objects and every
member and image named in the bodies in a fixed number of queries, whatever
the ``limit``.
"""

from contextlib import contextmanager

from django import forms
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework.filters import BaseFilterBackend
from rest_framework.response import Response
from wagtail.api.v2.serializers import PageParentField, PageSerializer
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.coreutils import get_content_languages
from wagtail.models import Locale, get_page_models

from councils.blocks import prefetched_stream_objects
from councils.models import Council, CouncilMember
from delivery.api import CleanRichTextMixin, CompactJSONMixin
from delivery.endpoints import OrderFilter, StrictPagination, StrictParametersMixin, json_detail_urlpatterns
from delivery.openapi import EndpointDoc
from delivery.parameters import (
    POSITIVE_ID_PATTERN,
    BooleanParameter,
    DetailParameters,
    FindParameters,
    IdOrSlugParameter,
    ModifiedSinceParameter,
    NotFoundError,
    PatternParameter,
    SearchParameter,
    SyncParameters,
    choice_parameter,
    slug_parameter,
    text_parameter,
)
from newsroom.activity import pages_mentioning
from newsroom.models import ConferencePage, NewsPage
from newsroom.sites import SITE_META_FIELD, SitePagesMixin, SitesParameter

UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
# Orders a search can keep too (the search index filters on these fields).
ORDER_NAMES = ["id", "title", "first_published_at", "date"]


def page_type_names():
    return sorted(model._meta.label for model in get_page_models())


class MemberParameter(PatternParameter):
    """A published member by id or UUID; the cleaned value is the member, and an unknown one a 404."""

    def __init__(self, **kwargs):
        super().__init__(f"^(?:[0-9]{{1,18}}|{UUID_PATTERN})$", 36,
                         gettext_lazy("Expected a council member id or UUID."), **kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        lookup = {"pk": int(value)} if value.isdigit() else {"uuid": value.lower()}
        member = CouncilMember.objects.live().filter(**lookup).first()
        if member is None:
            raise NotFoundError(_("No published council member with this id."))
        return member


def page_reference(allow_root=True, **kwargs):
    pattern = f"^(?:root|{POSITIVE_ID_PATTERN})$" if allow_root else f"^{POSITIVE_ID_PATTERN}$"
    return PatternParameter(pattern, 18, gettext_lazy("Expected a page id."), **kwargs)


class PageScopeParameters(forms.Form):
    """Which pages a detail or a find looks among: a type, a site."""

    type = choice_parameter(page_type_names(),
                            help_text="Page type; needed for the fields of news pages and conference reports.")
    site = SitesParameter(help_text="Sites to read: all, ids separated by commas (up to 100), or a host name "
                                    "(and :port); default: the site addressed. Each page names its site in meta.site.")


class PageParameters(PageScopeParameters, SyncParameters):
    """Filters of the pages listing; news-specific ones also narrow untyped listings."""

    search_operator = choice_parameter(["and", "or"], help_text="and: every word; or: any word.")
    child_of = page_reference(help_text="Parent page id, or root (the site's home).")
    ancestor_of = page_reference(allow_root=False, help_text="Pages above this page id.")
    descendant_of = page_reference(help_text="Ancestor page id, or root.")
    translation_of = page_reference(help_text="Translations of this page id, or root.")
    locale = choice_parameter([code for code, _name in get_content_languages().items()],
                              help_text="Language of the pages.")
    title = text_parameter(255, help_text="Exact title.")
    slug = slug_parameter(255, help_text="Slug (the last part of the address).")
    show_in_menus = BooleanParameter(required=False, help_text="true or false.")
    date_after = ModifiedSinceParameter(required=False, help_text="Publication date on or after (ISO 8601).")
    date_before = ModifiedSinceParameter(required=False, help_text="Publication date before (ISO 8601).")
    council = IdOrSlugParameter(gettext_lazy("Expected a council id or slug."),
                                help_text="Council id or slug (dissolved councils included).")
    tag = slug_parameter(help_text="Tag slug.")
    category = slug_parameter(help_text="Category slug or id.")
    member = MemberParameter(help_text="Pages that name a member (speech, conclusion, chair, photo, related): "
                                       "id or UUID.")

    def filter(self, queryset):
        data = self.cleaned_data
        if data["modified_since"]:
            queryset = NewsPage.changed_since(queryset, data["modified_since"])
        queryset = self.page_field_filter(queryset)
        news = NewsPage.objects.all()
        narrowed = False
        if data["date_after"]:
            news, narrowed = news.filter(date__gte=data["date_after"]), True
        if data["date_before"]:
            news, narrowed = news.filter(date__lt=data["date_before"]), True
        if data["council"]:
            councils = IdOrSlugParameter.named(Council.objects.all(), data["council"])
            news, narrowed = news.filter(council__in=councils), True
        if data["tag"]:
            news, narrowed = news.filter(tags__slug=data["tag"]), True
        if data["category"]:
            category = data["category"]
            condition = Q(category__slug=category)
            if category.isdigit() and len(category) < 19:
                condition |= Q(category_id=int(category))
            news, narrowed = news.filter(condition), True
        if data["member"]:
            news, narrowed = news.filter(pk__in=list(pages_mentioning(data["member"]))), True
        if narrowed:
            queryset = queryset.filter(pk__in=news.values("pk"))
        return queryset

    def page_field_filter(self, queryset):
        """Wagtail's ?<field>=<value> filters, for the fields every page has and a client may know."""
        data = self.cleaned_data
        for name in ("title", "slug"):
            if data[name]:
                queryset = queryset.filter(**{name: data[name]})
        if data["show_in_menus"] is not None:
            queryset = queryset.filter(show_in_menus=data["show_in_menus"])
        return queryset


class PageDetailParameters(PageScopeParameters, DetailParameters):
    pass


class PageFindParameters(PageScopeParameters, FindParameters):
    html_path = text_parameter(500, help_text="The page's path on its site, e.g. /tin-tuc/hoi-nghi/.")


class PageTreeFilter(BaseFilterBackend):
    """child_of, ancestor_of, descendant_of, translation_of and locale, together if asked.

    A page named that is not among the public pages is a 404 with a message.
    """

    relations = ("child_of", "ancestor_of", "descendant_of", "translation_of")

    def filter_queryset(self, request, queryset, view):
        data = view.parameters.cleaned_data
        for relation in self.relations:
            if data.get(relation):
                queryset = getattr(queryset, relation)(view.page_named(data[relation]))
        if data.get("locale"):
            locale = Locale.objects.filter(language_code=data["locale"]).first()
            if locale is None:
                raise NotFoundError(_("No pages in this language."))
            queryset = queryset.filter(locale=locale)
        return queryset


class StableOrderingFilter(OrderFilter):
    """?order=, with newest-first as default and the id as the last tie-breaker."""

    def default_order(self, queryset):
        if issubclass(queryset.model, NewsPage):
            return queryset.order_by("-date", "-id")
        return queryset.order_by("id")


class FoldedSearchFilter(BaseFilterBackend):
    """?search= through the search backend, on the words of the query without diacritics.

    The folded words meet each page's folded text; the other filters are
    applied before, as a set of ids, so none of them needs to be a search
    filter field. With ?order= the results keep that order, else relevance.
    """

    def filter_queryset(self, request, queryset, view):
        data = view.parameters.cleaned_data
        words = SearchParameter.words(data.get("search"))
        if not data.get("search"):
            return queryset
        if not words:
            return queryset.none()
        scope = with_news_prefetches(queryset.model.objects.filter(pk__in=queryset.values("pk")))
        ordered = bool(data.get("order"))
        if ordered:
            scope = scope.order_by(*queryset.query.order_by)
        return scope.search(" ".join(words), operator=data.get("search_operator") or None,
                            order_by_relevance=not ordered)


class ParentField(PageParentField):
    """The page's parent when it is public: found in one query where Wagtail spends two."""

    def get_attribute(self, instance):
        if instance.depth <= 1:
            return None
        return self.context["base_queryset"].filter(path=instance.path[: -instance.steplen]).first()


class PortalPageSerializer(CleanRichTextMixin, PageSerializer):
    parent = ParentField(read_only=True)


class PortalPagesAPIViewSet(SitePagesMixin, CompactJSONMixin, StrictParametersMixin, PagesAPIViewSet):
    openapi_doc = EndpointDoc(
        "Pages", "A page", "Find a page by id or html_path", "Page",
        "Live, public pages of the requested site (or of the sites asked for with site), newest first. "
        "Which fields and orders a listing takes depends on its type: news fields (date, summary, body...) need "
        "type=newsroom.NewsPage or newsroom.ConferencePage. With search, results come by relevance "
        "unless order is given.")
    base_serializer_class = PortalPageSerializer
    pagination_class = StrictPagination
    filter_backends = [PageTreeFilter, StableOrderingFilter, FoldedSearchFilter]
    listing_parameters_class = PageParameters
    detail_parameters_class = PageDetailParameters
    find_parameters_class = PageFindParameters
    not_found_message = gettext_lazy("No published page with this id.")
    meta_fields = PagesAPIViewSet.meta_fields + [SITE_META_FIELD]
    listing_default_fields = PagesAPIViewSet.listing_default_fields + ["site"]

    @classmethod
    def field_names(cls, action):
        """The fields of every page type: which ones a listing may use depends on its ?type=."""
        names = set()
        for model in get_page_models():
            names.update(cls.get_available_fields(model))
        if action == "listing_view":
            names -= set(cls.detail_only_fields)
        return sorted(names)

    @classmethod
    def order_names(cls):
        return ORDER_NAMES

    @classmethod
    def fields_by_type(cls, action):
        """For the document: the fields each page type has (?type= of a listing, a detail's own type)."""
        hidden = set(cls.detail_only_fields) if action == "listing_view" else set()
        return {model._meta.label: sorted(set(cls.get_available_fields(model)) - hidden)
                for model in get_page_models()}

    @classmethod
    def orders_by_type(cls):
        return {model._meta.label: [name for name in ORDER_NAMES
                                    if name in cls.get_available_fields(model, db_fields_only=True)]
                for model in get_page_models()}

    def page_named(self, value):
        """A public page of the site by id, or the site's root for "root"; else a 404."""
        queryset = self.get_base_queryset()
        page = None
        if value == "root":
            sites = self.listed_sites()
            page = sites[0].root_page if len(sites) == 1 else None
        else:
            page = queryset.filter(pk=int(value)).first()
        if page is None:
            raise NotFoundError(_("No published page with this id."))
        return page

    def get_queryset(self):
        queryset = super().get_queryset()
        if not hasattr(queryset, "search"):  # a SearchResults-bound queryset stays as it is
            return queryset
        return with_news_prefetches(queryset.select_related("locale"))

    def listing_view(self, request):
        queryset = self.filter_queryset(self.get_queryset())
        pages = list(self.paginate_queryset(queryset))
        with loaded_together(pages, with_bodies=asks_for_body(request)):
            data = self.get_serializer(pages, many=True).data
        return self.get_paginated_response(data)

    def detail_view(self, request, pk):
        instance = self.get_object()
        with loaded_together([instance], with_bodies=True):
            data = self.get_serializer(instance).data
        return Response(data)

    def get_object(self):
        if not hasattr(self, "_prefetched_object"):  # asked for again by get_serializer_class
            # The row, once found among the public pages (Wagtail's .specific would cost a query).
            found = self.object_or_not_found(lambda: BaseAPIViewSet.get_object(self))
            model = found.specific_class
            if model is not None and issubclass(model, NewsPage):
                page = with_news_prefetches(model.objects.filter(pk=found.pk)).get()
            else:
                page = found.specific
            self._prefetched_object = page
        return self._prefetched_object

    def find_object(self, queryset, request):
        if self.parameters.cleaned_data.get("html_path"):
            return PagesAPIViewSet.find_object(self, queryset, request)
        return super().find_object(queryset, request)

    @classmethod
    def get_urlpatterns(cls):
        return json_detail_urlpatterns(cls)


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
