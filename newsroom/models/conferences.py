"""Conference reports: a news page with place, time, chairs and the conference's own fields."""

from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable
from wagtail.search import index

from councils.models import CouncilMember, Membership
from delivery.images import PORTRAIT_SMALL, prefetch_image_renditions
from newsroom.models.pages import NewsPage, date_and_classification_panel
from newsroom.serializers import (
    ChairsField,
)


class ConferencePage(NewsPage):
    """A conference report: when and where, who chaired, speeches, figures, the conclusion."""

    start = models.DateTimeField(_("start"), null=True, blank=True, help_text=_("Date and time it opened."))
    location = models.CharField(_("location"), max_length=300, blank=True,
                                help_text=_("e.g. \"Hội trường UBND xã Tân Phong\"."))
    theme = models.CharField(_("theme"), max_length=300, blank=True,
                             help_text=_("e.g. \"Tổng kết công tác giám sát năm 2024\"."))
    participants = models.TextField(
        _("participants"), blank=True,
        help_text=_("Who attended, as printed: delegates, invited guests, departments."),
    )

    content_panels = NewsPage.content_panels[:3] + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("location")]),
                FieldPanel("theme"),
                FieldPanel("council", heading=_("Organising council")),
                InlinePanel("chairs", heading=_("Chaired by"), label=_("chair")),
                FieldPanel("participants"),
            ],
            heading=_("The conference"),
        ),
        FieldPanel("body"),
        FieldPanel("byline"),
        date_and_classification_panel(FieldPanel("category")),
    ]
    search_fields = NewsPage.search_fields + [
        index.SearchField("location"),
        index.SearchField("theme"),
        index.SearchField("participants"),
    ]
    api_fields = NewsPage.api_fields + [
        APIField("start"),
        APIField("location"),
        APIField("theme"),
        APIField("participants"),
        APIField("chairs", serializer=ChairsField()),
    ]

    parent_page_types = ["newsroom.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("conference report")
        verbose_name_plural = _("conference reports")

    def extra_search_text(self):
        return [self.location, self.theme, self.participants]

    article_template = "newsroom/includes/conference_article.html"

    def get_article_context(self, request):
        context = super().get_article_context(request)
        chairs = self.chairs.filter(member__live=True).select_related("member").prefetch_related(
            prefetch_image_renditions("member__portrait", PORTRAIT_SMALL.spec),
            Prefetch("member__memberships", queryset=Membership.objects.select_related("term", "organization")),
        )
        context["chairs"] = [chair.with_position(self) for chair in chairs]
        return context


class ConferenceChair(Orderable):
    """A member who chaired the conference; the position shown is theirs on its date."""

    page = ParentalKey(ConferencePage, on_delete=models.CASCADE, related_name="chairs")
    member = models.ForeignKey(CouncilMember, verbose_name=_("council member"), on_delete=models.PROTECT,
                               related_name="chaired_conferences")
    attribution = models.CharField(
        _("position as printed"), max_length=300, blank=True,
        help_text=_("Leave empty to show the member's position on the day of the conference."),
    )

    panels = [FieldPanel("member"), FieldPanel("attribution")]
    api_fields = [APIField("member"), APIField("attribution")]

    class Meta(Orderable.Meta):
        verbose_name = _("chair")
        verbose_name_plural = _("chairs")

    def with_position(self, page):
        """Attach the position as printed, else the member's on the conference's day."""
        when = page.start or page.date
        self.position_text = self.attribution or self.member.position_line(
            timezone.localtime(when).date() if when else None
        )
        return self
