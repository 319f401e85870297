"""What the public API keeps about itself: removals (tombstones) and the content versions.

A client that mirrors the portal with ``modified_since`` must learn what left
it: OParl asks for a tombstone with the object's id, type and time of removal.
A Removal is written when a page is unpublished, deleted or made private, and
when a council member is unpublished or deleted; it is removed again when the
object comes back. It holds no content, only what identifies the object.
"""

import datetime
import uuid

from django.db import connection, models, transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from delivery import versions


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
            models.UniqueConstraint(fields=["endpoint", "object_id"], name="delivery_removal_unique_object"),
        ]

    def __str__(self):
        return f"{self.endpoint}/{self.object_id} {self.reason} {self.removed_at:%Y-%m-%d %H:%M}"


def new_generation():
    return uuid.uuid4().hex


class ContentVersion(models.Model):
    """One row: when public content last changed, for Last-Modified and cache invalidation.

    Kept in the database, not a process's memory, so every worker agrees on it.
    ``generation`` changes when the database is restored from a backup
    (``manage.py restore``): it is part of the content-version token and of the
    page cache's keys, so nothing cached from the database that was replaced
    (in Redis or in a worker's memory) is read again, even where the restored
    database's own change time happens to match a token seen before.
    """

    changed_at = models.DateTimeField(default=timezone.now)
    generation = models.CharField(max_length=32, default=new_generation)

    class Meta:
        verbose_name = _("content version")

    def __str__(self):
        return f"{self.changed_at:%Y-%m-%d %H:%M:%S} ({self.generation})"

    @classmethod
    def bump(cls):
        now = timezone.now()
        updated = cls.objects.filter(pk=1).update(changed_at=now)
        if not updated:
            cls.objects.get_or_create(pk=1, defaults={"changed_at": now})
        if versions.cache_is_shared():
            # Workers read the version from the shared cache (content_version_token); tell them
            # once the change is visible to their database connections.
            transaction.on_commit(versions.share_current_token, robust=True)
        return now

    @classmethod
    def start_generation(cls):
        """A new cache namespace, after a restore: nothing cached before it is served again."""
        now = timezone.now()
        if not cls.objects.filter(pk=1).update(changed_at=now, generation=new_generation()):
            cls.objects.create(pk=1, changed_at=now, generation=new_generation())
        if versions.cache_is_shared():
            transaction.on_commit(versions.share_current_token, robust=True)
        return cls.token()

    @classmethod
    def token(cls):
        """The token: "<generation>/<time of the last change>". Read on every cached request: plain SQL."""
        table = connection.ops.quote_name(cls._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT changed_at, generation FROM {table} WHERE id = 1")
            row = cursor.fetchone()
        if row is None:
            cls.bump()
            return cls.token()
        value, generation = row
        return f"{generation}/{aware(value).isoformat()}"

    @classmethod
    def current(cls):
        """The time of the last change."""
        return versions.changed_at_of(cls.token())

    @classmethod
    def read_all(cls):
        """The whole installation's token and each site's own change time ({site id: ISO time}), in one query."""
        table = connection.ops.quote_name(cls._meta.db_table)
        sites_table = connection.ops.quote_name(SiteContentVersion._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT 0, changed_at, generation FROM {table} WHERE id = 1 "
                           f"UNION ALL SELECT site_id, changed_at, '' FROM {sites_table}")
            rows = cursor.fetchall()
        found = {site_id: (aware(value), generation) for site_id, value, generation in rows}
        if 0 not in found:
            cls.bump()
            return cls.read_all()
        changed_at, generation = found.pop(0)
        return f"{generation}/{changed_at.isoformat()}", {pk: value.isoformat() for pk, (value, _g) in found.items()}


class SiteContentVersion(models.Model):
    """When one site's own pages last changed, beside the installation's ContentVersion.

    A publish on a commune's site moves only that site's row (and those of the sites that
    show its pages, such as the province portal): every other site's cached pages stay.
    """

    site = models.OneToOneField("wagtailcore.Site", on_delete=models.CASCADE, related_name="+")
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("site content version")

    def __str__(self):
        return f"{self.site_id}: {self.changed_at:%Y-%m-%d %H:%M:%S}"

    @classmethod
    def bump(cls, site_ids):
        """These sites' pages changed: one UPDATE, and one INSERT for sites that had no row yet."""
        site_ids = {pk for pk in site_ids if pk}
        if not site_ids:
            return None
        now = timezone.now()
        cls.objects.filter(site_id__in=site_ids).update(changed_at=now)
        missing = site_ids - set(cls.objects.filter(site_id__in=site_ids).values_list("site_id", flat=True))
        if missing:  # the first change of these sites (that still exist: root paths are cached)
            missing = set(Site.objects.filter(pk__in=missing).values_list("pk", flat=True))
            cls.objects.bulk_create([cls(site_id=pk, changed_at=now) for pk in missing], ignore_conflicts=True)
        if versions.cache_is_shared():
            transaction.on_commit(versions.share_current_token, robust=True)
        return now


def aware(value):
    if isinstance(value, str):  # SQLite gives the stored text
        value = parse_datetime(value)
    if timezone.is_naive(value):
        value = timezone.make_aware(value, datetime.UTC)
    return value
