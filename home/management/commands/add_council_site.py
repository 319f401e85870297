"""Add one council's site to a province installation, or many from a CSV (idempotent).

    manage.py add_council_site --council xa-tan-phong --hostname xa-tan-phong.hdnd.songlam.gov.vn
    manage.py add_council_site --name "Xã Tân Phong" --kind commune --parent tinh-song-lam \\
        --hostname xa-tan-phong.hdnd.songlam.gov.vn
    manage.py add_council_site --csv communes.csv --parent tinh-song-lam

The CSV (UTF-8, header row) has the columns hostname and either slug (an existing council) or
name,kind (a new one); parent and port are optional and default to --parent and --port. Every
row is checked before anything is written; each council is then made in a transaction of its own.
"""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from home.council_site import Permissions, build_council_site
from home.provisioning import DEFAULT_PORT, UNIT_KINDS, RequestError, check_requests, make_request, read_csv


class Command(BaseCommand):
    @property
    def help(self):
        # Read when the parser is made, in the operator's language (argparse wants a str, not a lazy one).
        return _(
            "Create a council's site (site, home page, news, conferences, directory, settings, collection, "
            "editors and moderators with their workflow), or many from a CSV. A rerun changes nothing."
        )

    def add_arguments(self, parser):
        parser.add_argument("--council", default="", help=_("Slug of an existing council."))
        parser.add_argument("--name", default="",
                            help=_("Name of a new council's unit, e.g. \"Xã Tân Phong\"."))
        # Checked by make_request rather than argparse's choices, so a mistake is told in Vietnamese.
        parser.add_argument("--kind", default="", help=_("Kind of unit of a new council: %(kinds)s.")
                            % {"kinds": ", ".join(UNIT_KINDS)})
        parser.add_argument("--parent", default="", help=_("Slug of the province council above it."))
        parser.add_argument("--hostname", default="",
                            help=_("Host name of the site, e.g. xa-tan-phong.hdnd.songlam.gov.vn."))
        parser.add_argument("--port", default=DEFAULT_PORT,
                            help=_("Port of the site (default 443: addresses start with https://)."))
        parser.add_argument("--csv", default="", help=_(
            "A CSV file of many councils: columns hostname and slug, or name and kind; parent and port optional."))

    def handle(self, *args, **options):
        requests = self.requests(options)
        checked = check_requests(requests)
        permissions = Permissions()
        counts = {"created": 0, "completed": 0, "unchanged": 0}
        for item in checked:
            try:
                result = build_council_site(item, permissions)
            except ValidationError as error:  # e.g. a page of another kind already holds the home page's address
                raise CommandError(_("%(council)s: nothing was made: %(error)s") % {
                    "council": item.council or item.request.council_fields()["name"],
                    "error": " ".join(error.messages)}) from error
            outcome = self.outcome(result)
            counts[outcome] += 1
            self.report(result, outcome)
        if len(checked) > 1:
            self.stdout.write(self.style.SUCCESS(_(
                "%(created)s sites created, %(completed)s completed, %(unchanged)s unchanged."
            ) % counts))

    def requests(self, options):
        if options["csv"]:
            if options["council"] or options["name"] or options["hostname"]:
                raise CommandError(_("Give either --csv or one council's arguments, not both."))
            return read_csv(options["csv"], {"parent": options["parent"], "port": options["port"]})
        try:
            return [make_request(hostname=options["hostname"], port=options["port"], slug=options["council"],
                                 name=options["name"], kind=options["kind"], parent=options["parent"])]
        except RequestError as error:
            raise CommandError(str(error)) from error

    @staticmethod
    def outcome(result):
        if result.unchanged:
            return "unchanged"
        return "created" if result.site in result.created else "completed"

    def report(self, result, outcome):
        words = {"council": result.council, "url": result.site.root_url, "count": len(result.created)}
        if outcome == "created":
            self.stdout.write(self.style.SUCCESS(_("%(council)s — %(url)s: created.") % words))
        elif outcome == "completed":
            self.stdout.write(self.style.SUCCESS(_("%(council)s — %(url)s: %(count)s missing parts added.") % words))
        else:
            self.stdout.write(_("%(council)s — %(url)s: unchanged.") % words)
