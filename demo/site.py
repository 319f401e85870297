"""Building blocks for the demo content: the site tree, the portal settings, page views.

Everything here is idempotent: objects are looked up by a stable key (slug,
title, username) and only created when missing, so running the loader twice
changes nothing. The directory's and the newsroom's demo (demo/councils.py,
demo/newsroom.py) add their content through ``DemoContext``.
"""

import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.files.images import ImageFile
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from demo.directory import DEMO_PROVINCE_SLUG
from demo.images import render_demo_image, render_portrait
from home.models import HomePage, PortalSettings

DEMO_SITE_NAME = "Cổng thông tin điện tử HĐND tỉnh Sông Lam"
# Views behind the dashboard's chart and the "most read" lists: about 150 a day for two months.
DEMO_VIEW_DAYS = 60
DEMO_VIEWS = 9_000
DEMO_COUNCIL_NAME = "Hội đồng nhân dân tỉnh Sông Lam"
DEMO_HOME_TITLE = "Cổng thông tin điện tử Hội đồng nhân dân tỉnh Sông Lam"
DEMO_HOME_INTRO = (
    "<p>Nơi Thường trực, các Ban và đại biểu Hội đồng nhân dân tỉnh Sông Lam "
    "công khai hoạt động giám sát, kỳ họp và ý kiến, kiến nghị cử tri. "
    "Tỉnh Sông Lam, các xã, phường và người dân trong tỉnh là hư cấu, "
    "dùng để trình diễn cổng thông tin.</p>"
)


@dataclass
class DemoContext:
    """What each part of the demo gets: the site, a logger, an image maker."""

    site: Site
    home: HomePage
    log: Callable[[str], None]
    created: list = field(default_factory=list)

    def image(self, title, *, text=None, width=1200, height=800, portrait=False):
        """The demo image with this title, generated on first use."""
        Image = get_image_model()
        existing = Image.objects.filter(title=title).first()
        if existing:
            return existing
        data = render_portrait(title) if portrait else render_demo_image(
            text or title, width, height, seed=title
        )
        slug = hashlib.sha1(title.encode()).hexdigest()[:12]
        image = Image(title=title)
        image.file = ImageFile(io.BytesIO(data), name=f"demo-{slug}.jpg")
        image.save()
        self.created.append(image)
        return image

    def note_created(self, obj):
        self.created.append(obj)

    def ensure_child_page(self, parent, page_class, slug, **fields):
        """The child of ``parent`` with this slug, created and published when missing.

        Returns ``(page, created)``. A new page is added as a draft, then published
        through a revision, the way an editor publishes, so Wagtail's reference and
        search indexes see it. An existing page is returned untouched.
        """
        existing = parent.get_children().filter(slug=slug).specific().first()
        if existing is not None:
            if not isinstance(existing, page_class):
                raise TypeError(
                    f"The page '{slug}' under '{parent.title}' is a {type(existing).__name__}, "
                    f"not a {page_class.__name__}."
                )
            return existing, False
        page = page_class(slug=slug, live=False, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        self.created.append(page)
        with translation.override("en"):
            self.log(f"Created {page_class._meta.verbose_name}: {page.title}")
        return page, True


def ensure_home_page(log, hostname="127.0.0.1", port=8000):
    """A HomePage at the root of the default Site, replacing Wagtail's welcome page.

    The Site gets the host and port the demo is served on (``make run``: 127.0.0.1:8000),
    so the absolute addresses it gives (API ``html_url``, feeds, sitemaps) open the demo.
    """
    home = HomePage.objects.first()
    root = Page.get_first_root_node()
    if home is None:
        home = HomePage(title=DEMO_HOME_TITLE, slug="trang-chu", intro=DEMO_HOME_INTRO)
        root.add_child(instance=home)
        home.save_revision().publish()
        log(f"Created the home page: {home.title}")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname=hostname, port=port, root_page=home, is_default_site=True,
            site_name=DEMO_SITE_NAME,
        )
        log("Created the default site.")
        return site, home
    if (site.hostname, site.port) == ("localhost", 80) or site.root_page.specific_class is Page:
        # Wagtail's installer made this Site (localhost:80, its welcome page): the demo's address instead.
        site.hostname, site.port = hostname, port
        site.save()
        log(f"The default site answers at {hostname}:{port}.")
    if site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = site.site_name or DEMO_SITE_NAME
        site.save()
        # Wagtail's installer leaves a "Welcome" page; it has no place in the tree.
        if old_root.specific_class is Page and not old_root.get_children().exists():
            old_root.delete()
        log("Pointed the default site at the home page.")
    return site, home


def ensure_portal_settings(site, logo, log):
    settings_obj = PortalSettings.for_site(site)
    wanted = {
        "site_name": DEMO_SITE_NAME,
        "council_name": DEMO_COUNCIL_NAME,
        "address": "Số 12 đường Trần Phú, phường Lam Sơn, tỉnh Sông Lam",
        "phone": "0238 3840 123",
        "email": "vanphong@hdnd.songlam.example",
    }
    changed = False
    for name, value in wanted.items():
        if not getattr(settings_obj, name):
            setattr(settings_obj, name, value)
            changed = True
    if settings_obj.logo_id is None:
        settings_obj.logo = logo
        changed = True
    if changed:
        settings_obj.save()
        log("Filled in the portal settings.")
    return settings_obj


def ensure_site_council(site, log):
    """The site belongs to the demo province's council (its directory's default)."""
    from councils.models import Council

    portal = PortalSettings.for_site(site)
    if portal.council_id is None:
        portal.council = Council.objects.filter(slug=DEMO_PROVINCE_SLUG).first()
        if portal.council is not None:
            portal.save()
            log(f"Set the site's council: {portal.council}")


def ensure_demo_views(log):
    """Two months of page views, made once, so the dashboard and the counters show something to read.

    Generated by analytics' own command (the benchmark's generator, at a demo's size): Hit rows
    spread over the days on the published pages, with their counters and daily rollups.
    """
    from django.core.management import call_command
    from hitcount.models import Hit

    if Hit.objects.exists():
        return
    call_command("analytics_generate_hits", count=DEMO_VIEWS, days=DEMO_VIEW_DAYS, stdout=io.StringIO())
    log(f"Generated {DEMO_VIEWS} page views over the last {DEMO_VIEW_DAYS} days.")
