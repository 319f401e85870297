"""A province installation for tests: the province's site and two communes', as add_council_site builds them."""

import io

from django.core.management import call_command
from django.utils import translation
from wagtail.models import Site

from councils.models import Council
from newsroom.models import NewsIndexPage
from tests.factories import make_council, make_member, make_organization, make_term
from tests.newsroom.conftest import add_news

PROVINCE_HOST = "hdnd.songlam.test"
HOST_A = "xa-tan-phong.hdnd.songlam.test"
HOST_B = "phuong-lam-son.hdnd.songlam.test"


def add_council_site(**options):
    with translation.override("vi"):
        call_command("add_council_site", stdout=io.StringIO(), **options)
    return Site.objects.get(hostname=options["hostname"])


def build_province():
    """The province council with its site, and communes A (xã Tân Phong) and B (phường Lam Sơn) with theirs."""
    province = make_council("Hội đồng nhân dân tỉnh Sông Lam", level="province", kind="province",
                            slug="tinh-song-lam", short_name="HĐND tỉnh Sông Lam")
    sites = {
        "province": add_council_site(council="tinh-song-lam", hostname=PROVINCE_HOST),
        "a": add_council_site(name="Tân Phong", kind="commune", parent="tinh-song-lam", hostname=HOST_A),
        "b": add_council_site(name="Lam Sơn", kind="ward", parent="tinh-song-lam", hostname=HOST_B),
    }
    councils = {"province": province, "a": Council.objects.get(slug="xa-tan-phong"),
                "b": Council.objects.get(slug="phuong-lam-son")}
    return sites, councils


def member_of(council, name):
    organization = make_organization(council)
    return make_member(name, memberships=[{"organization": organization, "term": make_term(council)}])


def news_index_of(site):
    return NewsIndexPage.objects.descendant_of(site.root_page).get(slug="tin-tuc")


def add_site_news(site, title, **fields):
    return add_news(news_index_of(site), title, **fields)
