"""What the public API keeps about itself: removals (tombstones) and the content version.

A client that mirrors the portal with ``modified_since`` must learn what left
it: OParl asks for a tombstone with the object's id, type and time of removal.
A Removal is written when a page is unpublished, deleted or made private, and
when a council member is unpublished or deleted; it is removed again when the
object comes back. It holds no content, only what identifies the object.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Removal(models.Model):
    endpoint = models.CharField(_("endpoint"), max_length=50, help_text=_("e.g. pages, council-members"))
    object_id = models.BigIntegerField(_("object id"))
    object_type = models.CharField(_("type"), max_length=100, help_text=_("e.g. newsroom.NewsPage"))
    reason = models.CharField(_("reason"), max_length=20)  # unpublished, deleted, private
    removed_at = models.DateTimeField(_("removed at"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("removal")
        verbose_name_plural = _("removals")
        ordering = ["removed_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["endpoint", "object_id"], name="portal_removal_unique_object"),
        ]

    def __str__(self):
        return f"{self.endpoint}/{self.object_id} {self.reason} {self.removed_at:%Y-%m-%d %H:%M}"


class ContentVersion(models.Model):
    """One row: when public content last changed, for Last-Modified and cache invalidation.

    Kept in the database, not a process's memory, so every worker agrees on it.
    """

    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("content version")

    def __str__(self):
        return f"{self.changed_at:%Y-%m-%d %H:%M:%S}"

    @classmethod
    def bump(cls):
        now = timezone.now()
        updated = cls.objects.filter(pk=1).update(changed_at=now)
        if not updated:
            cls.objects.get_or_create(pk=1, defaults={"changed_at": now})
        return now

    @classmethod
    def current(cls):
        row = cls.objects.filter(pk=1).values_list("changed_at", flat=True).first()
        return row or cls.bump()


def content_version_token(request=None):
    """A string that changes whenever public content changes (see NEWSROOM_ARTICLE_CACHE_TOKEN)."""
    return ContentVersion.current().isoformat()
