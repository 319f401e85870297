"""What analytics keeps beside django-hitcount's tables.

hitcount's ``HitCount`` (a total per object) and ``Hit`` (one row per counted
view) stay the record of views. These models add what the statistics need
without a column on hitcount's tables: the site a counter belongs to, daily
rollups that keep figures exact and cheap after old Hit rows are pruned, the
all-time offset editors set per site, and the API keys of partner sites.
"""

import hashlib
import secrets

from django.core.exceptions import ValidationError
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


# Keys are random tokens made by the portal (43 characters); shorter ones are refused everywhere.
PARTNER_KEY_MIN_LENGTH = 32
PARTNER_KEY_MAX_LENGTH = 128
PARTNER_KEY_PREFIX_LENGTH = 8


def new_api_key():
    return secrets.token_urlsafe(32)


def hash_api_key(raw_key):
    """What the database keeps of a key: its SHA-256. Keys are long random tokens, so a fast
    unsalted hash is enough (nothing to guess from it), and a lookup is one hash and a dict get."""
    return hashlib.sha256(raw_key.encode("utf-8", "surrogatepass")).hexdigest()


def validate_api_key(raw_key):
    if not isinstance(raw_key, str) or not PARTNER_KEY_MIN_LENGTH <= len(raw_key) <= PARTNER_KEY_MAX_LENGTH:
        raise ValidationError(
            _("An API key must be %(min)d to %(max)d characters long."),
            code="key_length", params={"min": PARTNER_KEY_MIN_LENGTH, "max": PARTNER_KEY_MAX_LENGTH},
        )


class PartnerKeyManager(models.Manager):
    def issue(self, name, **fields):
        """A new active key for a partner: (the saved PartnerKey, the key itself).

        The key itself is returned this once and never stored: show it to the administrator now.
        """
        partner = self.model(name=name, **fields)
        raw_key = partner.issue_key()
        partner.save()
        return partner, raw_key


class PartnerKey(models.Model):
    """A partner site's server that may send views on behalf of its visitors (their IP and browser).

    Only the key's hash and its first characters (to tell keys apart) are kept: the key is shown
    to the administrator once, when it is made, and a lost key is replaced by a new one.
    """

    name = models.CharField(_("partner"), max_length=200)
    key_hash = models.CharField(_("key hash (SHA-256)"), max_length=64, unique=True, editable=False)
    key_prefix = models.CharField(
        _("key begins with"), max_length=PARTNER_KEY_PREFIX_LENGTH, editable=False,
        help_text=_("The first characters of the key, to tell keys apart; the key itself is not kept."),
    )
    active = models.BooleanField(
        _("active"), default=True,
        help_text=_("Untick to refuse this key at once (the partner's views stop counting)."),
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)

    objects = PartnerKeyManager()

    panels = [FieldPanel("name"), FieldPanel("active")]

    class Meta:
        verbose_name = _("partner API key")
        verbose_name_plural = _("partner API keys")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def set_key(self, raw_key):
        validate_api_key(raw_key)
        self.key_hash = hash_api_key(raw_key)
        self.key_prefix = raw_key[:PARTNER_KEY_PREFIX_LENGTH]

    def issue_key(self):
        """Give this row a new random key and return it (unsaved: the caller saves and shows it once)."""
        raw_key = new_api_key()
        self.set_key(raw_key)
        return raw_key

    def save(self, *args, **kwargs):
        if not self.key_hash:
            raise ValueError("A PartnerKey needs a key: make it with PartnerKey.objects.issue().")
        super().save(*args, **kwargs)
