"""Tests of their own for the plugin-alone runs (tests/alone/settings_<plugin>.py).

They run only under those settings, with ``--confcutdir=tests/alone`` so that the project's
fixtures (tests/conftest.py, which need councils and home) are not loaded.
"""

import os

import pytest

if not os.environ.get("DJANGO_SETTINGS_MODULE", "").startswith("tests.alone."):
    collect_ignore_glob = ["test_*.py"]


@pytest.fixture
def site_page(db):
    """A published Wagtail page at the root of the default Site, as in a new project."""
    from django.conf import settings
    from wagtail.models import Collection, Locale, Page, Site

    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", live=True))
    page = Page(title="Kỳ họp thứ nhất HĐND xã Tân Phong", slug="ky-hop-thu-nhat")
    root.add_child(instance=page)
    page.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="testserver", port=80, root_page=page, is_default_site=True)
    return page
