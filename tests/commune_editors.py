"""Two communes' sites with news and views, and an editor of each, for the admin isolation tests."""

from ipaddress import ip_address

from django.contrib.auth import get_user_model
from wagtail.models import GroupPagePermission

from analytics.recording import record_view
from tests.council_sites import add_site_news, build_province

PASSWORD = "bien-tap-xa-2026"
# Distinct numbers of views, so a figure tells whose it is.
VIEWS = {"a": 3, "b": 7}
TITLES = {"a": "Xã Tân Phong tiếp xúc cử tri", "b": "Phường Lam Sơn giám sát chợ dân sinh"}
_next_ip = iter(range(1, 60000))


def editors_group_of(site):
    """The group add_council_site made for the site's editors (page rights on its home, no publishing)."""
    permissions = GroupPagePermission.objects.filter(page=site.root_page).select_related("group")
    return next(p.group for p in permissions if p.group.name.startswith("Biên tập viên"))


def editor_of(site, username):
    user = get_user_model().objects.create_user(username=username, password=PASSWORD, email=f"{username}@example.vn")
    user.groups.add(editors_group_of(site))
    return user


def add_views(page, site, count):
    for _ in range(count):
        n = next(_next_ip)
        assert record_view(page.content_type_id, page.pk, ip_address(f"198.18.{n // 250}.{n % 250 + 1}"),
                           "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36", site.pk)


def two_communes():
    """The province and communes A and B (build_province), a news page on each with VIEWS[key] views."""
    sites, councils = build_province()
    news = {}
    for key in ("a", "b"):
        news[key] = add_site_news(sites[key], TITLES[key])
        add_views(news[key], sites[key], VIEWS[key])
    return sites, news
