"""The site's home page and the per-site settings editors keep in the admin."""

from django.core.cache import cache
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page, Site
from wagtail.search import index

from delivery.readers import public_pages
from delivery.versions import content_version_token

phone_validator = RegexValidator(
    r"^[0-9 +().-]{6,30}$",
    _("Enter a phone number using digits, spaces and + ( ) . - only."),
)


LATEST_NEWS_ON_HOME = 6


class HomePage(Page):
    """The root of one council's site: a welcome text above the latest news.

    One installation can hold several council sites, each with its own
    HomePage at the root of a Wagtail Site.
    """

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A few sentences shown at the top of the home page."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    # The sections of a council site; the plugins' own pages decide what goes below them.
    subpage_types = ["newsroom.NewsIndexPage", "councils.MemberDirectoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from home.aggregate import commune_news
        from newsroom.models import NewsPage

        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = (
            public_pages(NewsPage.objects.live(), request).descendant_of(self)
            .select_related("hero_image", "council", "category")
            .order_by("-date", "-pk")[:LATEST_NEWS_ON_HOME]
        )
        # A province's home also shows its communes' latest news ("Tin từ cơ sở", home/aggregate.py).
        context["commune_news"] = commune_news(request, Site.find_for_request(request))
        return context


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    """Who publishes this site: shown in the header and footer of every page.

    Per Wagtail Site, so a province's council and each commune council can run
    as separate sites of one installation.
    """

    site_name = models.CharField(
        _("site name"),
        max_length=200,
        blank=True,
        help_text=_("Shown in the page header, e.g. \"Cổng thông tin HĐND tỉnh ...\"."),
    )
    council = models.ForeignKey(
        "councils.Council",
        verbose_name=_("council"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The council whose site this is: the default for its member directory and statistics."),
    )
    council_name = models.CharField(
        _("council name as shown"),
        max_length=200,
        blank=True,
        help_text=_("The council that publishes this site, e.g. \"Hội đồng nhân dân tỉnh ...\"."),
    )
    address = models.CharField(_("address"), max_length=300, blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[phone_validator])
    email = models.EmailField(_("email"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Square image, shown at the left of the header."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("site_name"), FieldPanel("council"), FieldPanel("council_name"), FieldPanel("logo")],
            heading=_("Identity"),
        ),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")],
            heading=_("Contact details"),
        ),
    ]

    # The logo comes with the settings in one query.
    select_related = ["logo"]

    class Meta:
        verbose_name = _("portal settings")
        verbose_name_plural = _("portal settings")

    @classmethod
    def for_request(cls, request):
        """The settings every public page shows, kept per content version (any save bumps it)."""
        attr_name = cls.get_cache_attr_name()
        if hasattr(request, attr_name):
            return getattr(request, attr_name)
        site = Site.find_for_request(request)
        if site is None:
            return super().for_request(request)
        key = f"home:portal-settings:{site.pk}:{content_version_token(request)}"
        instance = cache.get(key)
        if instance is None:
            instance = cls.for_site(site)
            cache.set(key, instance, 6 * 3600)
        instance._request = request
        setattr(request, attr_name, instance)
        return instance

    def display_name(self, site=None):
        """The header title: the configured name, else the Wagtail site's."""
        if self.site_name:
            return self.site_name
        site = site or self.site
        return site.site_name or ""
