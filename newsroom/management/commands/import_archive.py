"""Import an old portal's articles as news pages and conference reports (idempotent by source address).

    manage.py import_archive tin-tuc.rss --council huyen-song-lam
    manage.py import_archive wordpress.xml --council huyen-song-lam --into xa-tan-phong.hdnd.songlam.gov.vn
    manage.py import_archive trang-luu/ --council huyen-song-lam --into 42 --collection "Lưu trữ" --dry-run

The source is an RSS 2.0 or Atom feed, a WordPress export (WXR) or a folder of saved .html pages.
Each article is reported: created, already there, or skipped and why; warnings name what was
left out of an imported article (a remote image, a figure whose parts do not add up).
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from newsroom.archive.importer import import_archive
from newsroom.archive.readers import ArchiveError
from newsroom.archive.targets import find_collection, find_council, find_index


class Command(BaseCommand):
    @property
    def help(self):
        return _("Import an old portal's articles (RSS or Atom feed, WordPress export, folder of saved HTML "
                 "pages) as news pages and conference reports. A rerun creates and changes nothing.")

    def add_arguments(self, parser):
        parser.add_argument("source", nargs="?", default="",
                            help=_("The feed or export file, or the folder of .html pages."))
        parser.add_argument("--council", default="",
                            help=_("Slug of the council whose archive this is (e.g. a dissolved district's)."))
        parser.add_argument("--into", default="", help=_(
            "The news index to put the pages under: its page id or its site's host name. Default: the site "
            "of the council, or of its successor when it was dissolved."))
        parser.add_argument("--collection", default="",
                            help=_("Name of the image collection for the photos (default: the root)."))
        parser.add_argument("--dry-run", action="store_true", help=_("Read and report, write nothing."))

    def handle(self, *args, **options):
        if not options["source"] or not options["council"]:
            raise CommandError(_("Give the feed, export or folder to read and --council, the slug of the "
                                 "council whose archive it is."))
        try:
            council = find_council(options["council"])
            index = find_index(options["into"], council)
            collection = find_collection(options["collection"])
            report = import_archive(options["source"], council, index, collection, dry_run=options["dry_run"])
        except ArchiveError as error:
            raise CommandError(str(error)) from error
        labels = {"created": _("would be created") if options["dry_run"] else _("created"),
                  "exists": _("already there"), "skipped": _("skipped")}
        for outcome in report.outcomes:
            line = f"[{labels[outcome.status]}] {outcome.source}"
            if outcome.title and outcome.title != outcome.source:
                line += f" – {outcome.title}"
            if outcome.reason:
                line += f": {outcome.reason}"
            self.stdout.write(self.style.WARNING(line) if outcome.status == "skipped" else line)
            for warning in outcome.warnings:
                self.stdout.write(self.style.WARNING(f"    ! {warning}"))
        summary = _("%(created)s created, %(exists)s already there, %(skipped)s skipped, %(warnings)s warnings; "
                    "under “%(index)s”.") % {
            "created": report.count("created"), "exists": report.count("exists"),
            "skipped": report.count("skipped"), "warnings": report.warnings, "index": index.title}
        if options["dry_run"]:
            summary = _("Dry run, nothing written: %(summary)s") % {"summary": summary}
        self.stdout.write(self.style.SUCCESS(summary))
