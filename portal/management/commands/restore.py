"""manage.py restore <archive>: check an archive against its manifest, then restore it (see portal/backups.py)."""

import shutil
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext as _

from portal import backups, dumps


class Command(BaseCommand):
    help = ("Restore an archive made by `manage.py backup` into the configured database and MEDIA_ROOT. "
            "The archive is checked first; a corrupt or incomplete one is refused with nothing changed.")

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument("--noinput", "--no-input", action="store_false", dest="interactive",
                            help="Do not ask for confirmation.")
        parser.add_argument("--no-safety-backup", action="store_false", dest="safety_backup",
                            help="Do not back up the current database and media before replacing them.")
        parser.add_argument("--work-dir", help="Where the archive is unpacked and checked (default: beside it).")

    def handle(self, *args, **options):
        archive = Path(options["archive"])
        work_dir = Path(options["work_dir"] or archive.resolve().parent)
        try:
            staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=work_dir))
        except OSError as exc:
            raise CommandError(_("Cannot unpack the archive in %(path)s: %(error)s")
                               % {"path": work_dir, "error": exc}) from exc
        try:
            self.restore(archive, staging, options)
        except backups.BackupError as exc:
            raise CommandError(str(exc)) from exc
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    def restore(self, archive, staging, options):
        manifest = backups.check_manifest(staging, backups.unpack(archive, staging))
        counts = manifest["counts"]
        self.stdout.write(_("The archive of %(date)s is complete: %(pages)s pages, %(revisions)s revisions, "
                            "%(members)s members, %(images)s images, %(documents)s documents, %(hits)s hits.")
                          % {**counts, "date": manifest["created_at"]})
        if options["interactive"] and not self.confirmed():
            raise CommandError(_("Nothing was restored."))
        if options["safety_backup"] and dumps.database_has_tables():
            name = f"before-restore-{timezone.localtime():%Y%m%d-%H%M%S}.tar.gz"
            path, _manifest = backups.write_backup(archive.resolve().parent / name)
            self.stdout.write(_("What was there before is kept in %(path)s") % {"path": path})
        database = staging / manifest["database"]["file"]
        if manifest["database"]["vendor"] == "postgresql":
            dumps.restore_postgresql(database)
        else:
            dumps.restore_sqlite(database)
        moved = backups.put_media(staging, settings.MEDIA_ROOT)
        cache_reached = backups.forget_cached_content()
        restored = backups.restored_counts()
        if any(restored[name] != counts.get(name) for name in backups.COUNTED):
            raise backups.BackupError(_("The restored database does not hold what the manifest counts "
                                        "(%(restored)s against %(counts)s).") % {"restored": restored,
                                                                                "counts": counts})
        self.stdout.write(self.style.SUCCESS(
            _("Restored into the database %(name)s, with %(files)s media files.")
            % {"name": connection.settings_dict["NAME"], "files": moved}))
        if not cache_reached:
            self.stderr.write(_("The shared cache could not be reached: when it is back, flush it (redis-cli -n <db> "
                                "FLUSHDB) so that no page of the database before the restore is served."))
        if backups.pending_migrations():
            self.stdout.write(_("The archive is older than this code: run `manage.py migrate` now."))

    def confirmed(self):
        name = connection.settings_dict["NAME"]
        answer = input(_("This replaces the database %(name)s and puts the archive's files in %(media)s. "
                         "Type 'yes' to go on: ") % {"name": name, "media": settings.MEDIA_ROOT})
        return answer.strip().lower() in ("yes", "có", "co")
