"""The public pages of the council directory."""

from collections import OrderedDict

from django.core.cache import cache
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page, Site
from wagtail.search import index

from councils.activity import council_activity, member_activity
from councils.models.councils import Council, OrganizationKind, Term
from councils.models.members import ROLE_RANK, CouncilMember, Membership
from delivery.images import PORTRAIT, PORTRAIT_SMALL, prefetch_image_renditions
from delivery.readers import public_pages
from delivery.scope import RequestScope
from delivery.versions import content_version_token

# The order a council lists its bodies in: the standing committee first, all delegates last.
ORGANIZATION_RANK = {
    OrganizationKind.STANDING_COMMITTEE: 0,
    OrganizationKind.COMMITTEE: 1,
    OrganizationKind.DELEGATE_GROUP: 2,
    OrganizationKind.COUNCIL: 3,
}


def directory_page_for(request=None):
    """The live directory page of the request's site (kept for the request, and per content version)."""
    scope = RequestScope.of(request)
    if scope is None:
        return find_directory_page(None)
    return scope.remember("councils.directory_page", lambda: find_directory_page(request))


def find_directory_page(request):
    site = Site.find_for_request(request) if request is not None else None
    token = content_version_token(request) if request is not None else None
    key = f"councils:directory-page:{site.pk if site else 0}:{token}"
    page = cache.get(key) if token is not None else None
    if page is None:
        pages = public_pages(MemberDirectoryPage.objects.live(), request)
        if site is not None:
            pages = pages.descendant_of(site.root_page, inclusive=True)
        page = pages.order_by("path").first() or False
        if token is not None:
            cache.set(key, page, 6 * 3600)
    return page or None


def _subpage_url(route, args, request, full):
    page = directory_page_for(request)
    if page is None:
        return None
    base = page.get_full_url(request) if full else page.get_url(request)
    if base is None:
        return None
    return base.rstrip("/") + "/" + page.reverse_subpage(route, args=args).lstrip("/")


def member_url(member, request=None, full=False):
    return _subpage_url("member", [member.slug], request, full)


def council_url(council, request=None, full=False):
    return _subpage_url("council", [council.slug], request, full)


def group_memberships(memberships, on):
    """Memberships of one council and term, grouped by organization then role.

    Returns (groups, former): groups is a list of (organization, [membership...])
    with one entry per member and organization; former lists the members none
    of whose memberships is current on ``on``.
    """
    groups = OrderedDict()
    current_members, all_members = set(), {}
    ordered = sorted(
        memberships,
        key=lambda m: (ORGANIZATION_RANK.get(m.organization.kind, 9), m.organization.sort_order,
                       m.organization.name, ROLE_RANK.get(m.role, 99), m.member.sort_name, m.member.pk),
    )
    for membership in ordered:
        all_members[membership.member.pk] = membership.member
        if not membership.is_current(on):
            continue
        current_members.add(membership.member.pk)
        entries = groups.setdefault(membership.organization, [])
        if all(existing.member.pk != membership.member.pk for existing in entries):
            entries.append(membership)
    former = sorted(
        (m for pk, m in all_members.items() if pk not in current_members),
        key=lambda m: (m.sort_name, m.pk),
    )
    return list(groups.items()), former


class MemberDirectoryPage(RoutablePageMixin, Page):
    """Who the delegates are: one council's members, grouped by organization and role.

    Also serves a page per member (``<slug>/``) and per council
    (``hoi-dong/<slug>/``), so members and councils, which are snippets, get
    readable addresses under the directory without a page each in the tree.
    """

    council = models.ForeignKey(
        Council, verbose_name=_("council"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", help_text=_("The council shown when a reader has not chosen one."),
    )
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("council"), FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("council_id"), APIField("intro")]

    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("member directory")
        verbose_name_plural = _("member directories")

    # --- routes ---------------------------------------------------------------------

    @path("")
    def index_route(self, request):
        from delivery.parameters import DirectoryParameters

        chosen = DirectoryParameters.validate(request.GET).cleaned_data  # malformed: the styled 400
        council = self._chosen_council(chosen["council"])
        terms = list(council.terms.all()) if council else []
        term = self._chosen_term(chosen["term"], terms)
        on = self._as_of(term)
        groups, former = self._grouped_members(council, term, on)
        return self.render(
            request,
            context_overrides={
                "councils": Council.objects.in_directory_order(),
                "selected_council": council,
                "terms": terms,
                "selected_term": term,
                "as_of": on,
                "groups": groups,
                "former_members": former,
            },
        )

    @re_path(r"^hoi-dong/(?P<slug>[-\w]+)/$", name="council")
    def council_route(self, request, slug):
        council = (
            Council.objects.select_related("parent")
            .prefetch_related("predecessors", "successors", "terms")
            .filter(slug=slug)
            .first()
        )
        if council is None:
            raise Http404(_("No such council."))
        terms = list(council.terms.all())
        term = terms[0] if terms else None
        on = self._as_of(term)
        groups, former = self._grouped_members(council, term, on)
        return self.render(
            request,
            template="councils/council_page.html",
            context_overrides={
                "council": council,
                "terms": terms,
                "selected_term": term,
                "as_of": on,
                "groups": groups,
                "former_members": former,
                "activity": council_activity(council, request),
            },
        )

    @path("<slug:slug>/", name="member")
    def member_route(self, request, slug):
        member = (
            CouncilMember.objects.live()
            .with_directory_data(PORTRAIT.spec)
            .filter(slug=slug)
            .first()
        )
        if member is None:
            raise Http404(_("No such council member."))
        # Count the view on the member, not the directory (delivery.scope: counted_object).
        RequestScope.of(request).counted_object = member
        memberships = sorted(
            member.memberships.all(),
            key=lambda m: (m.start_date or (m.term.start_date if m.term_id else None) or timezone.now().date()),
            reverse=True,
        )
        return self.render(
            request,
            template="councils/member_page.html",
            context_overrides={
                "member": member,
                "memberships": memberships,
                "current_memberships": member.current_memberships(),
                "activity": member_activity(member, request),
            },
        )

    # --- helpers --------------------------------------------------------------------

    def _chosen_council(self, slug):
        if slug:
            council = Council.objects.filter(slug=slug).first()
            if council is None:
                raise Http404(_("No such council."))
            return council
        if self.council_id:
            return self.council
        return Council.objects.active().in_directory_order().first()

    def _chosen_term(self, term_id, terms):
        if term_id:
            for term in terms:
                if term.pk == term_id:
                    return term
            raise Http404(_("No such term."))
        today = timezone.localdate()
        return next((t for t in terms if t.is_current(today)), terms[0] if terms else None)

    @staticmethod
    def _as_of(term):
        today = timezone.localdate()
        if term and term.end_date and term.end_date < today:
            return term.end_date
        return today

    @staticmethod
    def _grouped_members(council, term, on):
        if council is None or term is None:
            return [], []
        memberships = (
            Membership.objects.filter(organization__council=council, term=term, member__live=True)
            .exclude(organization__kind=OrganizationKind.EXTERNAL)
            .select_related("organization", "term", "member")
            .prefetch_related(prefetch_image_renditions("member__portrait", PORTRAIT_SMALL.spec))
        )
        return group_memberships(list(memberships), on)


__all__ = ["MemberDirectoryPage", "Term", "council_url", "directory_page_for", "member_url"]
