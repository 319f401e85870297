"""What analytics keeps beside django-hitcount's tables.

hitcount's ``HitCount`` (a total per object) and ``Hit`` (one row per counted
view) stay the record of views. These models add what the statistics need
without a column on hitcount's tables: the site a counter belongs to, daily
rollups that keep figures exact and cheap after old Hit rows are pruned, the
all-time offset editors set per site, and the API keys of partner sites.
"""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _
from hitcount.models import HitCount
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site


@register_setting(icon="view")
class AnalyticsSettings(BaseSiteSetting):
    """Per-site counter settings; the offset carries a counter over from an old portal."""

    all_time_offset = models.PositiveBigIntegerField(
        _("all-time offset"),
        default=0,
        help_text=_("Added to the \"all time\" figure, e.g. the views counted by the previous portal."),
    )

    panels = [FieldPanel("all_time_offset")]

    class Meta:
        verbose_name = _("access statistics")
        verbose_name_plural = _("access statistics")

    def __str__(self):
        return str(self.site)


class TrackedObject(models.Model):
    """The site a counter belongs to, recorded once when the counter is created."""

    hitcount = models.OneToOneField(HitCount, primary_key=True, on_delete=models.CASCADE, related_name="tracked")
    site = models.ForeignKey(Site, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("tracked object")
        verbose_name_plural = _("tracked objects")

    def __str__(self):
        return f"{self.hitcount_id} @ {self.site_id}"


class DailyObjectViews(models.Model):
    """Views of one object on one finished day (Asia/Ho_Chi_Minh); kept after Hit rows are pruned."""

    date = models.DateField(_("date"))
    hitcount = models.ForeignKey(HitCount, on_delete=models.CASCADE, related_name="daily_views")
    site = models.ForeignKey(Site, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("daily views of a page")
        verbose_name_plural = _("daily views of pages")
        constraints = [models.UniqueConstraint(fields=["date", "hitcount"], name="analytics_daily_object_unique")]
        indexes = [models.Index(fields=["site", "date"], name="analytics_daily_obj_site_date")]

    def __str__(self):
        return f"{self.date}: {self.hitcount_id} = {self.views}"


class DailySiteViews(models.Model):
    """Views of a whole site on one finished day: the widget's week and all-time figures sum these."""

    date = models.DateField(_("date"))
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    views = models.PositiveBigIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("daily views of a site")
        verbose_name_plural = _("daily views of sites")
        constraints = [models.UniqueConstraint(fields=["site", "date"], name="analytics_daily_site_unique")]

    def __str__(self):
        return f"{self.date}: site {self.site_id} = {self.views}"


class RollupState(models.Model):
    """One row: the last day whose Hit rows have been rolled up."""

    rolled_through = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name = _("rollup state")
        verbose_name_plural = _("rollup state")

    def __str__(self):
        return str(self.rolled_through)


def new_api_key():
    return secrets.token_urlsafe(32)


class PartnerKey(models.Model):
    """A partner site's server that may send views on behalf of its visitors (their IP and browser)."""

    name = models.CharField(_("partner"), max_length=200)
    key = models.CharField(
        _("API key"), max_length=64, unique=True, default=new_api_key,
        help_text=_("Give this to the partner; it is sent in the X-Api-Key header."),
    )
    active = models.BooleanField(_("active"), default=True)
    created = models.DateTimeField(_("created"), auto_now_add=True)

    panels = [FieldPanel("name"), FieldPanel("key"), FieldPanel("active")]

    class Meta:
        verbose_name = _("partner API key")
        verbose_name_plural = _("partner API keys")
        ordering = ["name"]

    def __str__(self):
        return self.name
