"""Mirrors miss nothing: a change of anything an API answer shows moves that answer's ``modified``.

A news page's API form shows council members (speakers, chairs, people in
photos, related members: name, portrait, position line), images (title, alt,
renditions), its council, category, tags, parent and address. A member's shows
the organizations, terms and councils of their posts, and their portrait. A
council's shows its parent, predecessors and successors. When one of those is
saved, the objects that show it are marked as changed: their ``modified``
moves, so they come back from ``?modified_since=`` and their ETag changes
(``modified`` is part of the answer).

Cheap for editors: what one transaction changed is collected here and, once it
has committed, written with one UPDATE per table (members, news pages,
councils), whatever the number of rows. After the commit, so that the time
written is never earlier than the moment the change could be read: a mirror
that read in between would otherwise never see it. The content version then
moves again, so no cached answer made in between is served.

What the open transaction collected is kept per thread, as Django keeps its
database connections.
"""

import logging
import threading

from django.db import transaction
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, post_page_move

from councils.models import Council, CouncilMember, Membership, Organization, Term
from delivery.models import ContentVersion
from delivery.sites import pages_changed
from newsroom.models import NewsCategory, NewsPage, NewsTag, pages_embedding

logger = logging.getLogger(__name__)

KINDS = ("members", "organizations", "terms", "councils", "council_rows", "images", "categories", "tags",
         "pages", "children_of", "subtrees")
# Rows Wagtail saves for drafts, locks and schedules; saving only these changes nothing the API shows.
MEMBER_BOOKKEEPING = frozenset({"latest_revision", "has_unpublished_changes", "locked", "locked_at", "locked_by",
                                "go_live_at", "expire_at"})
IMAGE_BOOKKEEPING = frozenset({"file_size", "file_hash"})

_pending = threading.local()


class Changes:
    """Ids of what changed, by kind; called by Django once the transaction commits, it writes them.

    members: members whose own form and whose summary in pages change (named, posts, portrait);
    organizations, terms, councils, images, categories, tags: rows saved, shown by others;
    council_rows: councils whose own form changed without a save of theirs (a merger linked);
    pages: news pages changed as such; children_of, subtrees: pages whose children, or whose
    whole subtree (itself included), show a changed parent or address.
    """

    def __init__(self):
        for kind in KINDS:
            setattr(self, kind, set())
        self.written = False

    def __bool__(self):
        return any(getattr(self, kind) for kind in KINDS)

    def add(self, changed):
        for kind, ids in changed.items():
            getattr(self, kind).update(pk for pk in ids if pk is not None)

    def __call__(self):
        if not self.written:
            self.written = True
            write(self)


def awaiting_commit(callback):
    """Whether ``callback`` is still to run when the open transaction commits.

    Django keeps the open transaction's callbacks in ``run_on_commit`` and drops
    them when it rolls back. Without that list (another Django version) the
    answer is no: each note then gets a callback of its own, slower, never wrong.
    """
    pending = getattr(transaction.get_connection(), "run_on_commit", None)
    return pending is not None and any(func is callback for _sids, func, _robust in pending)


def note(**changed):
    """Remember what changed; it is written once the open transaction commits (at once outside one).

    Everything one transaction notes is written together, by the one callback it
    registered; a transaction rolled back takes its notes with it.
    """
    changes = getattr(_pending, "changes", None)
    if changes is not None and not changes.written and awaiting_commit(changes):
        changes.add(changed)
        return
    changes = _pending.changes = Changes()
    changes.add(changed)
    transaction.on_commit(changes, robust=True)


def write(changes, now=None):
    now = now or timezone.now()
    touched = 0
    # Members whose summary, as pages show it, changed: named ones, those whose portrait
    # changed, those holding a post of a changed term (its dates decide their position line).
    shown = set(changes.members)
    if changes.images or changes.terms:
        shown |= set(CouncilMember.objects.embedding(terms=changes.terms, images=changes.images)
                     .values_list("pk", flat=True))
    if shown or changes.organizations or changes.councils:
        members = CouncilMember.objects.filter(pk__in=sorted(shown)) | CouncilMember.objects.embedding(
            organizations=changes.organizations, councils=changes.councils)
        touched += members.touch(now)
    sections = list(Page.objects.filter(pk__in=changes.children_of).values_list("path", "depth"))
    sections = [(path, depth + 1) for path, depth in sections]
    sections += [(path, None) for path in Page.objects.filter(pk__in=changes.subtrees).values_list("path", flat=True)]
    if shown or changes.images or changes.councils or changes.categories or changes.tags or changes.pages \
            or sections:
        touched += pages_embedding(pages=changes.pages, members=shown, images=changes.images,
                                   councils=changes.councils, categories=changes.categories, tags=changes.tags,
                                   sections=sections).update(modified=now)
    if changes.councils or changes.council_rows:
        councils = Council.objects.filter(pk__in=sorted(changes.council_rows)) | Council.objects.naming(
            changes.councils)
        touched += councils.touch(now)
    if touched:
        # An answer cached between the commit and these updates is not served again: only the sites
        # showing the pages when nothing else changed (a publish), else the whole installation.
        shared = shown or changes.organizations or changes.councils or changes.council_rows or changes.images \
            or changes.categories or changes.tags
        if shared:
            ContentVersion.bump()
        else:
            pages_changed(Page.objects.filter(pk__in=sorted(changes.pages | changes.children_of | changes.subtrees))
                          .only("url_path", "content_type"))
    return touched


def writes_content(update_fields, bookkeeping):
    return update_fields is None or bool(set(update_fields) - bookkeeping)


# --- what changed ---------------------------------------------------------------------------


def on_member_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if not raw and writes_content(update_fields, MEMBER_BOOKKEEPING):
        note(members=[instance.pk])


def on_member_deleting(sender, instance, **kwargs):
    # Found now, while the links to the member still exist.
    note(pages=pages_embedding(members=[instance.pk]).values_list("pk", flat=True))


def on_membership_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        note(members=[instance.member_id])


def on_row_saved(kind):
    def handler(sender, instance, raw=False, **kwargs):
        if not raw:
            note(**{kind: [instance.pk]})

    return handler


def on_image_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if not raw and writes_content(update_fields, IMAGE_BOOKKEEPING):
        note(images=[instance.pk])


def on_image_deleting(sender, instance, **kwargs):
    note(pages=pages_embedding(images=[instance.pk]).values_list("pk", flat=True),
         members=CouncilMember.objects.filter(portrait=instance.pk).values_list("pk", flat=True))


def on_council_deleting(sender, instance, **kwargs):
    note(council_rows=Council.objects.naming([instance.pk]).values_list("pk", flat=True))


def on_category_deleting(sender, instance, **kwargs):
    note(pages=NewsPage.objects.filter(category=instance.pk).values_list("pk", flat=True))


def on_tag_deleting(sender, instance, **kwargs):
    note(pages=pages_embedding(tags=[instance.pk]).values_list("pk", flat=True))


def on_mergers_changed(sender, instance, action, pk_set=None, **kwargs):
    """A merger linked or unlinked: both councils' forms change (predecessors on one, successors on the other)."""
    if action == "pre_clear":
        links = Council.predecessors.through.objects.filter(Q(from_council=instance.pk) | Q(to_council=instance.pk))
        linked = {pk for pair in links.values_list("from_council", "to_council") for pk in pair}
        note(council_rows=linked | {instance.pk})
    elif action in ("post_add", "post_remove"):
        note(council_rows={instance.pk, *(pk_set or ())})


def on_page_published(sender, instance, revision=None, **kwargs):
    note(pages=[instance.pk])
    if instance.numchild and title_changed(instance, revision):
        note(children_of=[instance.pk])  # their detail shows it as their parent, by title


def title_changed(page, revision):
    previous = revision.get_previous() if revision is not None else None
    return previous is None or (previous.content or {}).get("title") != page.title


def on_council_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        note(councils=[instance.pk], council_rows=[instance.pk])


def on_page_readdressed(sender, instance, **kwargs):
    """Moved, or its slug changed: the page and everything under it has a new address."""
    note(subtrees=[instance.pk])


def on_restriction_deleted(sender, instance, **kwargs):
    # The section is public again: its pages are back in the API and must come back to mirrors.
    note(subtrees=[instance.page_id])


def connect():
    uid = "newsroom-freshness-"
    post_save.connect(on_member_saved, sender=CouncilMember, dispatch_uid=uid + "member")
    pre_delete.connect(on_member_deleting, sender=CouncilMember, dispatch_uid=uid + "member-delete")
    post_save.connect(on_membership_changed, sender=Membership, dispatch_uid=uid + "membership")
    post_delete.connect(on_membership_changed, sender=Membership, dispatch_uid=uid + "membership-delete")
    post_save.connect(on_council_saved, sender=Council, dispatch_uid=uid + "council")
    for model, kind in ((Organization, "organizations"), (Term, "terms"), (NewsCategory, "categories"),
                        (NewsTag, "tags")):
        post_save.connect(on_row_saved(kind), sender=model, dispatch_uid=f"{uid}{kind}", weak=False)
    pre_delete.connect(on_council_deleting, sender=Council, dispatch_uid=uid + "council-delete")
    pre_delete.connect(on_category_deleting, sender=NewsCategory, dispatch_uid=uid + "category-delete")
    pre_delete.connect(on_tag_deleting, sender=NewsTag, dispatch_uid=uid + "tag-delete")
    m2m_changed.connect(on_mergers_changed, sender=Council.predecessors.through, dispatch_uid=uid + "mergers")
    image_model = get_image_model()
    post_save.connect(on_image_saved, sender=image_model, dispatch_uid=uid + "image")
    pre_delete.connect(on_image_deleting, sender=image_model, dispatch_uid=uid + "image-delete")
    page_published.connect(on_page_published, dispatch_uid=uid + "page-published")
    page_slug_changed.connect(on_page_readdressed, dispatch_uid=uid + "page-slug")
    post_page_move.connect(on_page_readdressed, dispatch_uid=uid + "page-moved")
    post_delete.connect(on_restriction_deleted, sender=PageViewRestriction, dispatch_uid=uid + "restriction")
