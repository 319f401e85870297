"""Load the demo council site: tree, settings, admin account, the directory and the newsroom.

Idempotent: a second run finds everything in place and changes nothing.

The admin account has the documented local password only with DEBUG on (``make run``). Anywhere
else (``--allow-production``) it gets a random password, printed once, and an account left with
the documented password by an earlier run gets a random one too.
"""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.http.request import validate_host

from demo.communes import commune_sites, load_communes
from demo.councils import load_councils
from demo.newsroom import load_newsroom
from demo.site import DemoContext, ensure_demo_views, ensure_home_page, ensure_portal_settings, ensure_site_council

DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_EMAIL = "admin@hdnd.songlam.example"
DEMO_ADMIN_PASSWORD = "hdnd-demo-2026"

# The demo's parts, in order: the newsroom's reports name the directory's members; the communes'
# sites show their councils and the archive's chairs are matched to members.
LOADERS = [load_councils, load_newsroom, load_communes]


class Command(BaseCommand):
    help = "Create the demo site, its settings and a local admin account (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Load demo content even though DEBUG is off.",
        )
        parser.add_argument("--hostname", default="127.0.0.1",
                            help="Host name of the demo site (the one it is served on; default 127.0.0.1).")
        parser.add_argument("--port", type=int, default=8000, help="Port of the demo site (default 8000).")

    def handle(self, *args, allow_production=False, hostname="127.0.0.1", port=8000, **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError(
                "DEBUG is off: this looks like production. The demo creates an admin "
                "account (with a random password, printed once); pass --allow-production to do it anyway."
            )
        log = self.stdout.write
        with transaction.atomic():
            site, home = ensure_home_page(log, hostname=hostname, port=port)
            ctx = DemoContext(site=site, home=home, log=log)
            logo = ctx.image("Biểu trưng HĐND tỉnh Sông Lam", text="HĐND", width=400, height=400)
            ensure_portal_settings(site, logo, log)
            for loader in LOADERS:
                loader(ctx)
            ensure_site_council(site, log)
            password = self.ensure_admin(log)
        ensure_demo_views(log)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        if password is None:
            password = "(unchanged: this account already existed with another password)"
        elif not settings.DEBUG:
            self.stdout.write(self.style.WARNING("The password below is shown only now: store it, or change it."))
        self.stdout.write(f"Admin: {site.root_url}/admin/  user: {DEMO_ADMIN_USERNAME}  password: {password}")
        self.report_commune_sites(site)

    def report_commune_sites(self, site):
        """The communes' addresses, and how to allow them when the settings do not."""
        communes = commune_sites(site)
        self.stdout.write("Commune sites: " + "  ".join(f"{commune.root_url}/" for commune in communes))
        refused = [commune.hostname for commune in communes if not validate_host(commune.hostname,
                                                                                  settings.ALLOWED_HOSTS)]
        if refused:
            self.stdout.write(self.style.WARNING(
                f"ALLOWED_HOSTS does not allow {', '.join(refused)}: they answer 400 until it does, e.g. "
                f"ALLOWED_HOSTS=localhost,.localhost,127.0.0.1 (a leading dot allows every subdomain)."
            ))

    def ensure_admin(self, log):
        """The admin account; its password when this run set it (or it is the local one), else None."""
        User = get_user_model()
        password = self.admin_password()
        user = User.objects.filter(username=DEMO_ADMIN_USERNAME).first()
        if user is None:
            User.objects.create_superuser(DEMO_ADMIN_USERNAME, DEMO_ADMIN_EMAIL, password)
            log(f"Created the admin account '{DEMO_ADMIN_USERNAME}'.")
        elif not settings.DEBUG and user.check_password(DEMO_ADMIN_PASSWORD):
            # The documented password must not stay on a server: replace it.
            user.set_password(password)
            user.save(update_fields=["password"])
            log(f"Replaced the documented password of '{DEMO_ADMIN_USERNAME}'.")
        elif not user.check_password(password):
            return None
        return password

    @staticmethod
    def admin_password():
        """The documented password locally, DEMO_ADMIN_PASSWORD if given, else a random one.

        Without DEBUG the documented password is never used, even when DEMO_ADMIN_PASSWORD names it.
        """
        chosen = os.environ.get("DEMO_ADMIN_PASSWORD")
        if settings.DEBUG:
            return chosen or DEMO_ADMIN_PASSWORD
        if chosen and chosen != DEMO_ADMIN_PASSWORD:
            return chosen
        return secrets.token_urlsafe(12)
