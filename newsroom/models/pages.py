"""News pages: date, classification, the members named, the body and its cached rendering."""

from django.core.cache import cache
from django.db import models
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import COMMENTS_RELATION_NAME, Orderable, Page, Site
from wagtail.search import index

from councils.blocks import prefetched_stream_objects
from councils.models import Council, CouncilMember
from councils.serializers import council_summary
from delivery.serializers import ImageRepresentationField, RelatedObjectField
from delivery.text import fold
from delivery.versions import content_version_token
from newsroom.blocks import ArticleBodyBlock
from newsroom.models.taxonomy import AsciiSlugMixin, NewsCategory, NewsPageTag
from newsroom.preview import HeadlessPreviewPageMixin
from newsroom.serializers import (
    CategoryField,
    RelatedMembersField,
    TagListField,
)

# What Wagtail writes on a page's row for drafts, locks and schedules: a save of these
# alone leaves what the API shows (the live content) as it was.
BOOKKEEPING_FIELDS = frozenset({
    COMMENTS_RELATION_NAME, "latest_revision_created_at", "draft_title", "latest_revision",
    "has_unpublished_changes", "locked", "locked_at", "locked_by", "go_live_at", "expire_at",
})
ARTICLE_CACHE_SECONDS = 6 * 3600


def date_and_classification_panel(category_panel):
    """The editor's "Date and classification" group, alike on news and conference pages.

    ``category_panel`` is the category alone, or beside the council where the page has no
    conference group of its own to name it.
    """
    return MultiFieldPanel(
        [
            FieldPanel("date"),
            category_panel,
            FieldPanel("tags"),
            InlinePanel("member_links", heading=_("Related council members"), label=_("council member")),
        ],
        heading=_("Date and classification"),
    )


class NewsPage(HeadlessPreviewPageMixin, AsciiSlugMixin, Page):
    """A news article: what happened, when, by which council, with photos and text.

    Conference reports extend it, so one ordered, filterable table of dates,
    councils and categories serves every news listing, feed and API query.
    Editors preview it on the portal or in a partner's front end (newsroom/preview.py).
    """

    date = models.DateTimeField(
        _("publication date"), null=True, blank=True, db_index=True,
        help_text=_("Shown on the article. Left empty, the date of first publication is used."),
    )
    summary = models.TextField(_("summary"), blank=True, max_length=600,
                               help_text=_("One or two sentences shown in lists and under the title."))
    hero_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("main photo"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    hero_caption = models.CharField(_("main photo caption"), max_length=500, blank=True)
    hero_credit = models.CharField(_("main photo credit"), max_length=200, blank=True)
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)
    byline = models.CharField(
        _("byline"), max_length=300, blank=True,
        help_text=_("As printed at the end, e.g. \"Minh Thu - Quốc Huy\"."),
    )
    category = models.ForeignKey(
        NewsCategory, verbose_name=_("category"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="pages",
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))
    council = models.ForeignKey(
        Council, verbose_name=_("council"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="news_pages",
        help_text=_("The council whose work this reports; dissolved councils stay selectable for the archive."),
    )
    # Where an imported article came from (its link, guid or file), so a rerun of
    # manage.py import_archive finds it instead of making it again (newsroom/archive/).
    source_url = models.CharField(
        _("source address"), max_length=500, blank=True, db_index=True, editable=False,
        help_text=_("The address or file an archived article was imported from."),
    )
    # When the page's API form last changed: its own publication, or a change of something it
    # shows (a member, an image, the council, the category, a tag, its parent or address).
    # The pages API's modified_since reads it; newsroom/freshness.py moves it for what pages show.
    modified = models.DateTimeField(_("changed for API clients"), default=timezone.now, editable=False,
                                    db_index=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldRowPanel([FieldPanel("hero_caption"), FieldPanel("hero_credit")])],
            heading=_("Main photo"),
        ),
        FieldPanel("body"),
        FieldPanel("byline"),
        date_and_classification_panel(FieldRowPanel([FieldPanel("category"), FieldPanel("council")])),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("byline"),
        index.SearchField("folded_text"),
        index.FilterField("date"),
        index.FilterField("council"),
        index.FilterField("category"),
    ]
    api_fields = [
        APIField("date"),
        APIField("summary"),
        APIField("hero_image", serializer=ImageRepresentationField()),
        APIField("hero_caption"),
        APIField("hero_credit"),
        APIField("body"),
        APIField("byline"),
        APIField("category", serializer=CategoryField()),
        APIField("tags", serializer=TagListField()),
        APIField("council", serializer=RelatedObjectField(council_summary)),
        APIField("related_members", serializer=RelatedMembersField()),
        APIField("modified"),
    ]

    parent_page_types = ["newsroom.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        # The date defaults to the first publication, so lists and feeds always have one.
        if self.live and self.date is None:
            self.date = self.first_published_at or timezone.now()
            if update_fields is not None and "date" not in update_fields:
                kwargs["update_fields"] = update_fields = [*update_fields, "date"]
        # Any save that writes more than Wagtail's draft bookkeeping writes what the API shows.
        if update_fields is None or set(update_fields) - BOOKKEEPING_FIELDS:
            self.modified = timezone.now()
            if update_fields is not None and "modified" not in update_fields:
                kwargs["update_fields"] = [*update_fields, "modified"]
        super().save(*args, **kwargs)

    @staticmethod
    def changed_since(pages, moment):
        """Pages (any page queryset) whose API form changed at or after ``moment``.

        News pages by ``modified``; other pages (home, index, directory) show only
        their own fields, which change when they are published.
        """
        return pages.filter(Q(last_published_at__gte=moment)
                            | Q(pk__in=NewsPage.objects.filter(modified__gte=moment).values("pk")))

    @property
    def display_date(self):
        return self.date or self.first_published_at or self.latest_revision_created_at

    def folded_text(self):
        """Title, summary, byline and body without diacritics, so "giam sat" finds "giám sát"."""
        parts = [self.title, self.summary, self.byline]
        parts.extend(self.body.stream_block.get_searchable_content(self.body))
        parts.extend(self.extra_search_text())
        return fold(" ".join(str(p) for p in parts if p))

    def extra_search_text(self):
        return []

    def related_members(self):
        """Published members linked to the article, in the editor's order.

        Uses the links prefetched with their members (the API does so); otherwise
        loads links and members together in one query.
        """
        links = self.member_links.all()
        if "member_links" not in getattr(self, "_prefetched_objects_cache", {}):
            links = links.select_related("member")
        return [link.member for link in links if link.member.live]

    article_template = "newsroom/includes/news_article.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["article"] = self.render_article(request)
        return context

    def get_article_context(self, request):
        return {
            "page": self,
            "tags": list(self.tags.all()),
            "related_members": self.related_members(),
            "council_url": self.council.get_url(request) if self.council_id else None,
        }

    def render_article(self, request):
        """The article's HTML, cached per revision, site, language and content version.

        Everything between the page header and footer depends only on these: the
        content version (delivery.versions) that
        changes whenever a page is published or a member edited, so a cached
        article is never stale. Previews are never cached.
        """
        key = None
        token = None if getattr(request, "is_preview", False) else content_version_token(request)
        if token is not None:
            site = Site.find_for_request(request)
            key = (f"newsroom:article:{self.pk}:{self.live_revision_id}:{site.pk if site else 0}:"
                   f"{translation.get_language()}:{token}")
            html = cache.get(key)
            if html is not None:
                return mark_safe(html)  # noqa: S308 - our own rendered template
        # Members and images named anywhere in the body load in one batch.
        with prefetched_stream_objects([self.body]):
            html = render_to_string(self.article_template, self.get_article_context(request), request=request)
        if key is not None:
            cache.set(key, str(html), ARTICLE_CACHE_SECONDS)
        return html


class NewsPageMember(Orderable):
    """A council member the article is about (an inline, so Wagtail's reference index sees it)."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="member_links")
    member = models.ForeignKey(CouncilMember, verbose_name=_("council member"), on_delete=models.CASCADE,
                               related_name="+")

    panels = [FieldPanel("member")]

    class Meta(Orderable.Meta):
        verbose_name = _("related council member")
        verbose_name_plural = _("related council members")
