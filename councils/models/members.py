"""The council directory's people: members and the posts they hold (Popolo Person, Membership).

Shaped after the Popolo data standard (Organization, Person, Membership, Post)
and OParl (Body, LegislativeTerm, Organization, Person, Membership), so others
can map it: a Council is an OParl Body, a Term an OParl LegislativeTerm.
"""

import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, Orderable, RevisionMixin
from wagtail.search import index

from councils.models.base import TimestampedModel, unique_slug
from councils.models.councils import Organization, Term
from delivery.text import fold, vietnamese_sort_key

# --- Members ---------------------------------------------------------------------------


class Gender(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    OTHER = "other", _("Other")


class CouncilMemberQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)

    def with_directory_data(self, *portrait_specs, portrait_renditions=True):
        """Everything a listing shows, in a fixed number of queries.

        ``portrait_specs`` are the rendition specs the caller will ask of the
        portraits (all API renditions when none are given). A caller that loads
        the portraits' renditions with other images' (``attach_renditions``)
        passes ``portrait_renditions=False``.
        """
        from delivery.images import prefetch_renditions_through

        lookups = [prefetch_renditions_through("portrait", *portrait_specs)] if portrait_renditions else []
        return self.select_related("portrait").prefetch_related(
            *lookups,
            models.Prefetch(
                "memberships",
                queryset=Membership.objects.select_related(
                    "organization__council", "term__council"
                ).order_by("sort_order", "pk"),
            ),
        )

    def embedding(self, organizations=(), terms=(), councils=(), images=()):
        """Members whose API form shows one of these: their posts' organizations, terms and councils,
        or their portrait. Their ``modified`` must move when one of these changes.

        One queryset (subqueries, no lists of members), so it can be updated in one statement.
        """
        posts = Q(pk__in=[])
        if organizations or terms or councils:
            memberships = Membership.objects.filter(
                Q(organization__in=list(organizations)) | Q(term__in=list(terms))
                | Q(organization__council__in=list(councils))
            )
            posts = Q(pk__in=memberships.values("member_id"))
        return self.filter(posts | Q(portrait__in=list(images)))

    def touch(self, moment=None):
        """Mark these members as changed for API clients (``modified_since``); one UPDATE."""
        return self.update(modified=moment or timezone.now())

    def in_council(self, council):
        return self.filter(memberships__organization__council=council).distinct()

    def current(self, on=None):
        on = on or timezone.localdate()
        return self.filter(pk__in=Membership.objects.current(on).values("member_id"))

    def former(self, on=None):
        on = on or timezone.localdate()
        return self.exclude(pk__in=Membership.objects.current(on).values("member_id"))


class CouncilMember(DraftStateMixin, RevisionMixin, index.Indexed, TimestampedModel, ClusterableModel):
    """A council member (Popolo Person), prepared as a draft and published.

    The position line under a member's name ("Tỉnh ủy viên, Bí thư Huyện ủy,
    Chủ tịch HĐND huyện") is derived from current memberships, never typed.
    """

    # Unpublishing or deleting a published member leaves a tombstone in /api/v2/removals/ (delivery.tombstones).
    tombstone_endpoint = "council-members"

    uuid = models.UUIDField(_("UUID"), default=uuid.uuid4, unique=True, editable=False)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, blank=True,
                            help_text=_("The web address of the member's page; filled in from the name."))
    full_name = models.CharField(_("full name"), max_length=150)
    given_name = models.CharField(
        _("given name"), max_length=50, blank=True,
        help_text=_("Lists sort by given name. Left empty, the last word of the full name is used."),
    )
    honorific = models.CharField(
        _("honorific"), max_length=30, blank=True, help_text=_("e.g. \"Đ/c\", \"Ông\", \"Bà\".")
    )
    gender = models.CharField(_("gender"), max_length=10, choices=Gender.choices, blank=True)
    birth_date = models.CharField(
        _("date of birth"), max_length=30, blank=True, help_text=_("As known: \"1975\" or \"12/03/1975\".")
    )
    ethnicity = models.CharField(_("ethnicity"), max_length=50, blank=True)
    hometown = models.CharField(_("hometown"), max_length=200, blank=True)
    portrait = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("portrait"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    photo_credit = models.CharField(_("photo credit"), max_length=150, blank=True)
    biography = RichTextField(_("short biography"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    contact_email = models.EmailField(_("public e-mail"), blank=True)
    contact_phone = models.CharField(_("public phone"), max_length=30, blank=True)
    sort_name = models.CharField(max_length=600, editable=False, db_index=True, default="")
    search_name = models.CharField(max_length=200, editable=False, db_index=True, default="")

    objects = CouncilMemberQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("honorific"), FieldPanel("full_name"), FieldPanel("given_name")]),
                FieldPanel("slug"),
                FieldRowPanel([FieldPanel("gender"), FieldPanel("birth_date"), FieldPanel("ethnicity")]),
                FieldPanel("hometown"),
            ],
            heading=_("Person"),
        ),
        MultiFieldPanel([FieldPanel("portrait"), FieldPanel("photo_credit")], heading=_("Portrait")),
        FieldPanel("biography"),
        FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")], heading=_("Public contact")),
        InlinePanel(
            "memberships", heading=_("Positions and memberships"), label=_("membership"),
            help_text=_("One line per post. The position line under the name is built from the current posts, "
                        "in this order."),
        ),
    ]
    search_fields = [
        index.SearchField("full_name"),
        index.SearchField("search_name"),
        index.AutocompleteField("full_name"),
        index.AutocompleteField("search_name"),
        index.FilterField("live"),
    ]

    class Meta:
        verbose_name = _("council member")
        verbose_name_plural = _("council members")
        ordering = ["sort_name", "pk"]

    def __str__(self):
        return self.full_name

    def save(self, *args, **kwargs):
        self.full_name = " ".join(self.full_name.split())
        if not self.given_name and self.full_name:
            self.given_name = self.full_name.split()[-1]
        self.sort_name = (vietnamese_sort_key(self.given_name) + vietnamese_sort_key(self.full_name))[:600]
        self.search_name = fold(self.full_name)
        if not self.slug:
            self.slug = unique_slug(self, self.full_name)
        super().save(*args, **kwargs)

    # Memberships are prefetched by ``with_directory_data``: work on the list, not the DB.
    def _memberships(self):
        return list(self.memberships.all())

    def current_memberships(self, on=None):
        on = on or timezone.localdate()
        return [m for m in self._memberships() if m.is_current(on)]

    def former_memberships(self, on=None):
        on = on or timezone.localdate()
        return [m for m in self._memberships() if not m.is_current(on)]

    def position_line(self, on=None):
        """Titles of the posts held on a date, in the editor's order, comma-separated."""
        titles = []
        for membership in self.current_memberships(on):
            title = membership.display_title
            if title and title not in titles:
                titles.append(title)
        return ", ".join(titles)

    @property
    def is_current(self):
        return bool(self.current_memberships())

    @property
    def display_name(self):
        return f"{self.honorific} {self.full_name}".strip()

    def get_admin_display_title(self):
        return self.full_name

    def get_url(self, request=None, full=False):
        """The member's public page under the directory, or None without one."""
        from councils.models.pages import member_url

        return member_url(self, request, full)


class MembershipRole(models.TextChoices):
    CHAIR = "chair", _("Chair")
    VICE_CHAIR = "vice_chair", _("Vice chair")
    HEAD = "head", _("Head of committee")
    DEPUTY_HEAD = "deputy_head", _("Deputy head of committee")
    MEMBER = "member", _("Member")
    GROUP_LEADER = "group_leader", _("Delegate group leader")
    GROUP_DEPUTY = "group_deputy", _("Delegate group deputy leader")
    DELEGATE = "delegate", _("Delegate")
    SECRETARY = "secretary", _("Party secretary")
    DEPUTY_SECRETARY = "deputy_secretary", _("Party deputy secretary")
    OTHER = "other", _("Other post")


# Where a role sits in a directory listing: chairs first, plain delegates last.
ROLE_RANK = {role: rank for rank, role in enumerate(MembershipRole.values)}


# The rule for "current" (see the Membership docstring) as bounds, so that Python and SQL read
# one definition: (field path, how the day compares with the bound's date); an empty bound,
# or a post without a term, leaves that side open.
CURRENT_BOUNDS = (
    ("start_date", "lte"),
    ("term__start_date", "lte"),
    ("end_date", "gte"),
    ("term__end_date", "gte"),
)
_HOLDS = {"lte": lambda bound, on: bound <= on, "gte": lambda bound, on: bound >= on}


def current_q(on=None):
    """The rule for a current post (``CURRENT_BOUNDS``) as a filter on memberships."""
    on = on or timezone.localdate()
    condition = Q()
    for path, lookup in CURRENT_BOUNDS:
        condition &= Q(**{f"{path}__isnull": True}) | Q(**{f"{path}__{lookup}": on})
    return condition


class MembershipQuerySet(models.QuerySet):
    def current(self, on=None):
        """Posts held on ``on`` (today by default), by the rule in ``CURRENT_BOUNDS``."""
        return self.filter(current_q(on))


class Membership(Orderable):
    """One post a member holds in an organization for a term (Popolo Membership).

    The rule for "current", the same for the position line (``is_current``, in Python) and for
    the admin's and the API's filters (``Membership.objects.current()``, in SQL), both read from
    ``CURRENT_BOUNDS``: a post is held on a day that falls within its own dates *and* within its
    term's dates, from the later of the two starts to the earlier of the two ends, both days
    included. A date left empty leaves that side open; a post without a term (Party committee,
    People's Committee) has only its own dates. A council's dissolution ends its posts through
    the end dates of its terms and posts; the rule does not read ``Council.dissolved``.
    """

    member = ParentalKey(CouncilMember, on_delete=models.CASCADE, related_name="memberships")
    organization = models.ForeignKey(
        Organization, verbose_name=_("organization"), on_delete=models.PROTECT, related_name="memberships"
    )
    term = models.ForeignKey(
        Term, verbose_name=_("term"), null=True, blank=True, on_delete=models.PROTECT, related_name="memberships",
        help_text=_("Leave empty for posts outside the council (Party, People's Committee)."),
    )
    role = models.CharField(_("role"), max_length=30, choices=MembershipRole.choices, default=MembershipRole.MEMBER,
                            db_index=True)
    title = models.CharField(
        _("title as printed"), max_length=200, blank=True,
        help_text=_("e.g. \"Phó Chủ tịch HĐND huyện\". Shown in the position line; leave empty to leave it out."),
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True,
                                help_text=_("Leave empty while the post is held (the term's end still applies)."))
    constituency = models.CharField(_("constituency"), max_length=200, blank=True,
                                    help_text=_("Đơn vị bầu cử, for delegates."))

    objects = MembershipQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("organization"), FieldPanel("term")]),
        FieldRowPanel([FieldPanel("role"), FieldPanel("title")]),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("constituency"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self):
        return f"{self.member} – {self.display_title}"

    @property
    def display_title(self):
        return self.title or ""

    @property
    def effective_end(self):
        ends = [d for d in (self.end_date, self.term.end_date if self.term_id else None) if d]
        return min(ends) if ends else None

    def _bound(self, path):
        value = self
        for name in path.split("__"):
            value = getattr(value, name) if value is not None else None
        return value

    def is_current(self, on=None):
        """Whether the post is held on ``on`` (today by default), by the rule in ``CURRENT_BOUNDS``."""
        on = on or timezone.localdate()
        for path, lookup in CURRENT_BOUNDS:
            bound = self._bound(path)
            if bound is not None and not _HOLDS[lookup](bound, on):
                return False
        return True

    def clean(self):
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("A post cannot end before it starts.")})
        if self.term_id and self.organization_id and self.term.council_id != self.organization.council_id:
            raise ValidationError({"term": _("The term must belong to the organization's council.")})
