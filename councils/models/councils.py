"""Councils, their terms and organizations (OParl Body, LegislativeTerm, Organization)."""


from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from councils.models.base import TimestampedModel, roman, unique_slug
from delivery.text import fold

# --- Councils --------------------------------------------------------------------------


class CouncilLevel(models.TextChoices):
    PROVINCE = "province", _("Province")
    COMMUNE = "commune", _("Commune")
    DISTRICT = "district", _("District (dissolved 1 July 2025)")


class CouncilKind(models.TextChoices):
    """The administrative unit the council belongs to, as its name says it."""

    PROVINCE = "province", _("Province (tỉnh)")
    CITY = "city", _("Centrally-run city (thành phố)")
    COMMUNE = "commune", _("Commune (xã)")
    WARD = "ward", _("Ward (phường)")
    SPECIAL_ZONE = "special_zone", _("Special zone (đặc khu)")
    TOWNSHIP = "township", _("Township (thị trấn)")
    DISTRICT = "district", _("District (huyện)")
    URBAN_DISTRICT = "urban_district", _("Urban district (quận)")
    TOWN = "town", _("Town (thị xã)")
    PROVINCIAL_CITY = "provincial_city", _("Provincial city (thành phố thuộc tỉnh)")


class CouncilQuerySet(models.QuerySet):
    def in_directory_order(self):
        """Province first, then communes, then the dissolved districts; by name within each."""
        rank = models.Case(
            models.When(level=CouncilLevel.PROVINCE, then=0),
            models.When(level=CouncilLevel.COMMUNE, then=1),
            default=2,
            output_field=models.IntegerField(),
        )
        return self.annotate(level_rank=rank).order_by("level_rank", "dissolved", "name")

    def active(self, on=None):
        on = on or timezone.localdate()
        return self.filter(Q(dissolved__isnull=True) | Q(dissolved__gt=on))

    def dissolved(self, on=None):
        on = on or timezone.localdate()
        return self.filter(dissolved__lte=on)

    def within(self, council_id):
        """The council and the councils below it (its communes, a province's dissolved districts).

        The administrative tree has three levels at most (province, district or commune, and a
        district's communes kept from before 2025), so three joins reach every council below,
        in the one query this filter is part of.
        """
        return self.filter(
            Q(pk=council_id) | Q(parent_id=council_id) | Q(parent__parent_id=council_id)
        )

    def naming(self, councils):
        """Councils whose API form names one of these (as parent, predecessor or successor).

        Those councils' ``modified`` must move when one of these is renamed.
        """
        councils = list(councils)
        if not councils:
            return self.none()
        links = Council.predecessors.through.objects
        return self.filter(
            Q(parent__in=councils)
            | Q(pk__in=links.filter(to_council__in=councils).values("from_council"))  # among their predecessors
            | Q(pk__in=links.filter(from_council__in=councils).values("to_council"))  # among their successors
        )

    def touch(self, moment=None):
        """Mark these councils as changed for API clients (``modified_since``); one UPDATE."""
        return self.update(modified=moment or timezone.now())


class Council(index.Indexed, TimestampedModel):
    """A People's Council (OParl Body), current or dissolved.

    District councils ended on 1 July 2025; they stay here so their archive keeps
    its author. ``predecessors`` records mergers, so today's council leads to the
    archives of those it replaced and a dissolved one names its successors.
    """

    # Deleting a council leaves a tombstone in /api/v2/removals/ (delivery.tombstones).
    tombstone_endpoint = "councils"

    name = models.CharField(_("name"), max_length=200, help_text=_("e.g. \"Hội đồng nhân dân xã Tân Lập\"."))
    short_name = models.CharField(
        _("short name"), max_length=100, blank=True, help_text=_("e.g. \"HĐND xã Tân Lập\".")
    )
    slug = models.SlugField(_("slug"), max_length=100, unique=True, blank=True, allow_unicode=False)
    level = models.CharField(_("level"), max_length=20, choices=CouncilLevel.choices, db_index=True)
    kind = models.CharField(_("kind of unit"), max_length=20, choices=CouncilKind.choices, blank=True)
    parent = models.ForeignKey(
        "self", verbose_name=_("parent council"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="children",
        help_text=_("The province council above a commune council."),
    )
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    established = models.DateField(_("established"), null=True, blank=True)
    dissolved = models.DateField(
        _("dissolved"), null=True, blank=True,
        help_text=_("Leave empty for a council that still exists. District councils: 2025-07-01."),
    )
    search_name = models.CharField(max_length=320, editable=False, db_index=True, default="")
    predecessors = models.ManyToManyField(
        "self", verbose_name=_("formed from"), symmetrical=False, blank=True, related_name="successors",
        help_text=_("The councils this one was formed from in a merger."),
    )
    # Who may edit this council's members in the admin (councils.permissions); not in the API.
    editor_groups = models.ManyToManyField(
        "auth.Group", verbose_name=_("editor groups"), blank=True, related_name="edited_councils",
        help_text=_("Members of these groups may edit this council's members, organizations and terms, and "
                    "only those, with the permissions their group has on council members. Groups linked to "
                    "no council (the province office) reach every council."),
    )

    objects = CouncilQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("slug")]),
        FieldRowPanel([FieldPanel("level"), FieldPanel("kind")]),
        FieldPanel("parent"),
        FieldRowPanel([FieldPanel("established"), FieldPanel("dissolved")]),
        FieldPanel("predecessors"),
        FieldPanel("description"),
        FieldPanel("editor_groups", permission="superuser"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("short_name"),
        index.SearchField("search_name"),
        index.AutocompleteField("name"),
        index.FilterField("level"),
    ]

    class Meta:
        verbose_name = _("council")
        verbose_name_plural = _("councils")
        ordering = ["level", "name"]

    def __str__(self):
        return self.short_name or self.name

    @property
    def is_dissolved(self):
        return bool(self.dissolved and self.dissolved <= timezone.localdate())

    def clean(self):
        if self.established and self.dissolved and self.dissolved < self.established:
            raise ValidationError({"dissolved": _("A council cannot be dissolved before it was established.")})
        if self.parent_id and self.parent_id == self.pk:
            raise ValidationError({"parent": _("A council cannot be its own parent.")})

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.short_name or self.name)
        self.search_name = fold(f"{self.name} {self.short_name}")
        super().save(*args, **kwargs)

    def current_term(self, on=None):
        return self.terms.current(on).first()

    def get_url(self, request=None, full=False):
        """The council's page under the member directory, or None without one."""
        from councils.models.pages import council_url

        return council_url(self, request, full)


# --- Terms -----------------------------------------------------------------------------


class TermQuerySet(models.QuerySet):
    def current(self, on=None):
        on = on or timezone.localdate()
        return self.filter(start_date__lte=on).filter(Q(end_date__isnull=True) | Q(end_date__gte=on))


class Term(TimestampedModel):
    """A term of one council (OParl LegislativeTerm), e.g. khóa XX, 2021–2026.

    The end date is the real one: the 2021–2026 term ended early in 2026.
    """

    council = models.ForeignKey(Council, verbose_name=_("council"), on_delete=models.CASCADE, related_name="terms")
    number = models.PositiveSmallIntegerField(_("number"), help_text=_("The council's term number (khóa), e.g. 20."))
    name = models.CharField(
        _("name"), max_length=100, blank=True, help_text=_("The years as printed, e.g. \"2021–2026\".")
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True,
                                help_text=_("The real end date; leave empty while the term runs."))

    objects = TermQuerySet.as_manager()

    panels = [
        FieldPanel("council"),
        FieldRowPanel([FieldPanel("number"), FieldPanel("name")]),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
    ]

    class Meta:
        verbose_name = _("term")
        verbose_name_plural = _("terms")
        ordering = ["council", "-start_date"]
        constraints = [
            models.UniqueConstraint(fields=["council", "number"], name="councils_term_unique_number"),
        ]

    def __str__(self):
        label = _("term %(number)s") % {"number": self.roman_number}
        years = self.years
        return f"{self.council} – {label}" + (f" ({years})" if years else "")

    @property
    def roman_number(self):
        return roman(self.number)

    @property
    def years(self):
        if self.name:
            return self.name
        end = self.end_date.year if self.end_date else ""
        return f"{self.start_date.year}–{end}"

    def is_current(self, on=None):
        on = on or timezone.localdate()
        return self.start_date <= on and (self.end_date is None or self.end_date >= on)

    def clean(self):
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("A term cannot end before it starts.")})


# --- Organizations ---------------------------------------------------------------------


class OrganizationKind(models.TextChoices):
    COUNCIL = "council", _("The council as a whole")
    STANDING_COMMITTEE = "standing_committee", _("Standing committee (Thường trực HĐND)")
    COMMITTEE = "committee", _("Committee (Ban)")
    DELEGATE_GROUP = "delegate_group", _("Delegate group (Tổ đại biểu)")
    EXTERNAL = "external", _("Outside body (Party committee, People's Committee, ...)")


class Organization(TimestampedModel):
    """A body within or beside a council (Popolo Organization).

    Outside bodies (a Party committee, the People's Committee) are here so a
    member's concurrent posts come from memberships too, never from typed text.
    """

    council = models.ForeignKey(
        Council, verbose_name=_("council"), on_delete=models.CASCADE, related_name="organizations"
    )
    kind = models.CharField(_("kind"), max_length=30, choices=OrganizationKind.choices, db_index=True)
    name = models.CharField(_("name"), max_length=200, help_text=_("e.g. \"Ban Kinh tế - Ngân sách\"."))
    short_name = models.CharField(_("short name"), max_length=100, blank=True)
    slug = models.SlugField(_("slug"), max_length=100, blank=True)
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=100, help_text=_("Lower numbers are listed first in the directory.")
    )

    panels = [
        FieldPanel("council"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("sort_order")]),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("slug")]),
    ]

    class Meta:
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        ordering = ["council", "sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["council", "slug"], name="councils_organization_unique_slug"),
        ]

    def __str__(self):
        return f"{self.name} ({self.council})" if self.kind != OrganizationKind.EXTERNAL else self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.short_name or self.name, fallback="to-chuc", council_id=self.council_id)
        super().save(*args, **kwargs)
