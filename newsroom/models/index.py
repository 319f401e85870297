"""The news index: the list of news and reports, its filters and feeds."""

from django.core.cache import cache
from django.core.paginator import Paginator
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from councils.models import Council
from delivery.readers import public_pages
from delivery.versions import content_version_token
from newsroom.models.pages import ARTICLE_CACHE_SECONDS, NewsPage
from newsroom.models.taxonomy import AsciiSlugMixin, NewsCategory

NEWS_PER_PAGE = 12


class NewsIndexPage(AsciiSlugMixin, RoutablePageMixin, Page):
    """A section of news: its live children newest first, 12 a page, with filters and feeds."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    subpage_types = ["newsroom.NewsPage", "newsroom.ConferencePage"]

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def news_items(self, request=None):
        """Live, public children, newest first; the ORM does the ordering and counting."""
        return (
            public_pages(NewsPage.objects.child_of(self).live(), request)
            .select_related("hero_image", "category", "council")
            .order_by("-date", "-pk")
        )

    def filtered_items(self, filters, request=None):
        """Apply the reader's validated filters; a value that names nothing is a 404, not an empty page."""
        items = self.news_items(request)
        chosen = {}
        if filters["category"]:
            chosen["category"] = NewsCategory.objects.filter(slug=filters["category"]).first()
            if chosen["category"] is None:
                raise Http404(_("No such category."))
            items = items.filter(category=chosen["category"])
        if filters["tag"]:
            items = items.filter(tags__slug=filters["tag"]).distinct()
            chosen["tag"] = filters["tag"]
        if filters["council"]:
            chosen["council"] = Council.objects.filter(slug=filters["council"]).first()
            if chosen["council"] is None:
                raise Http404(_("No such council."))
            items = items.filter(council=chosen["council"])
        if filters["year"]:
            items = items.filter(date__year=filters["year"])
            chosen["year"] = filters["year"]
        if filters["month"]:
            items = items.filter(date__month=filters["month"])
            chosen["month"] = filters["month"]
        return items, chosen

    @path("")
    def index_route(self, request):
        from newsroom.parameters import NewsIndexParameters

        filters = NewsIndexParameters.validate(request.GET).cleaned_data  # malformed: the styled 400
        items, chosen = self.filtered_items(filters, request)
        paginator = Paginator(items, NEWS_PER_PAGE)
        page_number = filters["page"] or 1
        if page_number > max(paginator.num_pages, 1):
            raise Http404(_("No such page of results."))
        news_page = paginator.page(page_number)
        return self.render(
            request,
            context_overrides={
                "news_page": news_page,
                "page_links": news_page.paginator.get_elided_page_range(news_page.number, on_each_side=2,
                                                                        on_ends=1),
                "chosen": chosen,
                "months": range(1, 13),
                "filter_query": filter_query(filters),
                **self.filter_choices(request),
            },
        )

    def filter_choices(self, request):
        """The categories, councils and years the filters offer: cached per content version."""
        token = content_version_token(request)
        key = f"newsroom:filters:{self.pk}:{token}"
        choices = cache.get(key) if token is not None else None
        if choices is None:
            choices = {
                "categories": list(NewsCategory.objects.all()),
                "councils": list(Council.objects.filter(pk__in=self.news_items(request).values("council"))
                                 .in_directory_order()),
                "years": list(self.news_items(request).dates("date", "year", order="DESC")),
            }
            if token is not None:
                cache.set(key, choices, ARTICLE_CACHE_SECONDS)
        return choices

    @path("rss/", name="rss")
    def rss_route(self, request):
        from newsroom.feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom_route(self, request):
        from newsroom.feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


def filter_query(filters):
    """The reader's validated filters as a query string, to keep them across pagination links."""
    from django.http import QueryDict

    kept = QueryDict(mutable=True)
    for key in ("category", "tag", "council", "year", "month"):
        if filters.get(key):
            kept[key] = str(filters[key])
    return kept.urlencode()
