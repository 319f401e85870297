"""manage.py backup: the database, the media files and a manifest, in one archive (see portal/backups.py)."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from portal import backups


class Command(BaseCommand):
    help = ("Write one archive (.tar.gz) of the database, MEDIA_ROOT and a manifest with SHA-256 sums; "
            "run it nightly, e.g. with --keep-daily 7 --keep-weekly 4.")

    def add_arguments(self, parser):
        parser.add_argument("--output", help="A folder (default: backups/ in the project) or an archive's path.")
        parser.add_argument("--keep-daily", type=int, default=None,
                            help="Then delete older archives in the folder, keeping the newest of this many days…")
        parser.add_argument("--keep-weekly", type=int, default=0, help="…and of this many weeks.")

    def handle(self, *args, **options):
        if options["keep_daily"] is not None and options["keep_daily"] < 1:
            raise CommandError(_("--keep-daily must be at least 1."))
        try:
            path, manifest = backups.write_backup(options["output"])
        except (backups.BackupError, OSError) as exc:
            raise CommandError(_("The backup failed: %(error)s") % {"error": exc}) from exc
        counts = manifest["counts"]
        self.stdout.write(_("Backup written: %(path)s") % {"path": path})
        self.stdout.write(_("%(pages)s pages, %(revisions)s revisions, %(members)s members, %(images)s images, "
                            "%(documents)s documents, %(hits)s hits; %(files)s media files.")
                          % {**counts, "files": len(manifest["files"]) - 1})
        if options["keep_daily"] is not None:
            deleted = backups.prune(path.parent, options["keep_daily"], options["keep_weekly"], keep=[path])
            for old in deleted:
                self.stdout.write(_("Deleted the older archive %(path)s") % {"path": old})
