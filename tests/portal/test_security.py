"""Security as an attacker, an editor and an administrator meet it: sign-in throttling, headers, demo account."""

import os
import re
import subprocess
import sys
from io import StringIO

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from analytics.recording import reset_memos
from demo.management.commands.load_demo_content import DEMO_ADMIN_PASSWORD
from tests.analytics.conftest import BROWSER
from tests.newsroom.conftest import add_news
from tests.test_project import ROOT

pytestmark = pytest.mark.django_db

PASSWORD = "mat-khau-dung-2026"
ATTACKER = "198.51.100.66"
LIMIT = 5  # AXES_FAILURE_LIMIT's default (LOGIN_FAILURE_LIMIT)
LOCKED = "Đăng nhập tạm thời bị khóa"


@pytest.fixture(autouse=True)
def fresh_memos():
    cache.clear()
    reset_memos()
    yield
    cache.clear()
    reset_memos()


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("bientapvien", "bientap@example.vn", PASSWORD)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def sign_in(client, password, username="bientapvien", ip=ATTACKER, url="/admin/login/", **extra):
    return client.post(url, {"username": username, "password": password, "next": "/admin/"},
                       REMOTE_ADDR=ip, HTTP_USER_AGENT=BROWSER, **extra)


def signed_in(client, ip=ATTACKER):
    return client.get("/admin/", REMOTE_ADDR=ip).status_code == 200


def fail_until_locked(client, **kwargs):
    return [sign_in(client, f"sai-{n}", **kwargs).status_code for n in range(LIMIT)]


# --- sign-in throttling ----------------------------------------------------------------------


def test_wrong_passwords_then_the_right_one_is_refused_with_the_vietnamese_lockout_message(client, editor):
    answers = fail_until_locked(client)
    assert answers == [200] * (LIMIT - 1) + [429]
    response = sign_in(client, PASSWORD)
    assert response.status_code == 429
    html = response.content.decode()
    assert LOCKED in html and "15 phút" in html and "quản trị viên" in html
    assert 'class="login-form"' in html  # the admin's own sign-in look, ready for a later try
    assert 'value="bientapvien"' in html
    assert response["Retry-After"] == "900"
    assert not signed_in(client)


def test_lockout_is_per_user_and_address(client, editor, django_user_model):
    fail_until_locked(client)
    # The editor from the office's own address is not locked out by an attacker elsewhere...
    assert sign_in(client, PASSWORD, ip="203.0.113.10").status_code == 302
    assert signed_in(client, ip="203.0.113.10")
    # ...and another user from the attacker's address is not locked either.
    client.logout()
    django_user_model.objects.create_superuser("quantri", "qt@example.vn", "mat-khau-quan-tri")
    assert sign_in(client, "mat-khau-quan-tri", username="quantri").status_code == 302


def test_lockout_ends_after_the_cooloff(client, editor):
    fail_until_locked(client)
    AccessAttempt.objects.update(attempt_time=timezone.now() - timezone.timedelta(minutes=16))
    assert sign_in(client, PASSWORD).status_code == 302
    assert signed_in(client)


def test_django_admin_sign_in_is_throttled_too(client, django_user_model):
    django_user_model.objects.create_superuser("quantri", "qt@example.vn", PASSWORD)
    answers = fail_until_locked(client, username="quantri", url="/django-admin/login/")
    assert answers[-1] == 429
    response = sign_in(client, PASSWORD, username="quantri", url="/django-admin/login/")
    assert response.status_code == 429 and LOCKED in response.content.decode()


def test_forwarded_for_from_an_untrusted_peer_does_not_let_an_attacker_rotate_addresses(client, editor):
    answers = [sign_in(client, f"sai-{n}", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}").status_code for n in range(LIMIT)]
    assert answers[-1] == 429
    assert sign_in(client, PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.200").status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER}


def test_an_ipv6_attacker_cannot_rotate_addresses_within_its_network(client, editor):
    for n in range(LIMIT):
        sign_in(client, f"sai-{n}", ip=f"2001:db8:7:8::{n + 1}")
    assert sign_in(client, PASSWORD, ip="2001:db8:7:8:ffff::1").status_code == 429
    assert sign_in(client, PASSWORD, ip="2001:db8:7:9::1").status_code == 302  # the next network is not


@override_settings(ANALYTICS_TRUSTED_PROXIES=["10.0.0.0/8"])
def test_behind_a_trusted_proxy_the_forwarded_address_is_counted(client, editor):
    proxy = "10.0.0.5"
    # A client writing its own X-Forwarded-For gets its real address counted (the proxy appends it).
    for n in range(LIMIT):
        sign_in(client, f"sai-{n}", ip=proxy, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, {ATTACKER}")
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER}
    assert sign_in(client, PASSWORD, ip=proxy, HTTP_X_FORWARDED_FOR=ATTACKER).status_code == 429
    # The same proxy forwarding the office's address lets the editor in.
    assert sign_in(client, PASSWORD, ip=proxy, HTTP_X_FORWARDED_FOR="203.0.113.10").status_code == 302


def test_an_administrator_unlocks_a_locked_out_editor_in_the_admin(client, admin_client, editor):
    fail_until_locked(client)
    listing = admin_client.get("/admin/login-lockouts/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Khóa đăng nhập" in html and "bientapvien" in html and ATTACKER in html and "Đang khóa đến" in html
    response = admin_client.post("/admin/login-lockouts/unlock/", {"username": "bientapvien", "ip_address": ATTACKER})
    assert response.status_code == 302
    assert "có thể đăng nhập lại" in admin_client.get(response["Location"]).content.decode()
    assert not AccessAttempt.objects.exists()
    assert sign_in(client, PASSWORD).status_code == 302
    assert signed_in(client)


def test_the_lockouts_page_is_in_the_settings_menu_for_administrators_only(client, admin_client, editor):
    assert "/admin/login-lockouts/" in admin_client.get("/admin/").content.decode()
    client.force_login(editor)
    assert "/admin/login-lockouts/" not in client.get("/admin/").content.decode()
    assert client.get("/admin/login-lockouts/").status_code in (302, 403)
    assert client.post("/admin/login-lockouts/unlock/", {"username": "x", "ip_address": ATTACKER}).status_code in (
        302, 403)


def test_an_editor_given_the_unlock_permission_may_unlock(client, editor):
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(Permission.objects.get(content_type__app_label="axes",
                                                       codename="delete_accessattempt"))
    client.force_login(editor)
    assert client.get("/admin/login-lockouts/").status_code == 200


def test_a_successful_sign_in_clears_earlier_failures(client, editor):
    for n in range(LIMIT - 1):
        sign_in(client, f"sai-{n}")
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()
    assert sign_in(client, "sai-lan-nua").status_code == 200  # counting starts again, no lockout


# --- headers ----------------------------------------------------------------------------------


def directives(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split("; ") if part}


@pytest.fixture
def news(news_index):
    return add_news(news_index, "HĐND tỉnh giám sát công tác tiếp công dân", date=timezone.now())


def test_public_pages_have_a_policy_without_inline_scripts_or_styles(client, news, portal_settings):
    for url in ("/", news.url, "/tim-kiem/?q=giam+sat"):
        response = client.get(url)
        assert response.status_code == 200, url
        policy = directives(response)
        assert policy["script-src"] == ["'self'"], url
        assert policy["style-src"] == ["'self'"], url
        assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'self'"]
        assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_public_templates_keep_to_the_policy(client, news, conference, directory, portal_settings):
    """No inline script, event handler or style attribute that the public policy would block."""
    for url in ("/", news.url, conference.url, directory.url, "/tim-kiem/?q=giam+sat"):
        html = client.get(url).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/(ld\+)?json)[^>]*>", html), url
        assert not re.search(r"\son[a-z]+\s*=", html), url
        assert not re.search(r"\sstyle\s*=", html), url
        assert "<style" not in html, url


def test_admin_pages_get_the_admin_policy(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response)
    assert "'unsafe-inline'" in policy["script-src"] and "'self'" in policy["script-src"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert policy["object-src"] == ["'none'"]


def test_api_docs_and_the_browsable_api_still_render(client, news):
    docs = client.get("/api/v2/docs/")
    assert docs.status_code == 200 and "Content-Security-Policy" in docs
    assert directives(docs)["script-src"] == ["'self'"]
    browsable = client.get("/api/v2/pages/", HTTP_ACCEPT="text/html")
    assert browsable.status_code == 200 and b"<html" in browsable.content
    policy = directives(browsable)
    assert policy["script-src"] == ["'self'"] and "'unsafe-inline'" in policy["style-src"]


@override_settings(MEDIA_URL="https://hdnd-media.s3.ap-southeast-1.amazonaws.com/media/")
def test_images_from_an_absolute_media_url_are_allowed(client, news):
    assert "https://hdnd-media.s3.ap-southeast-1.amazonaws.com" in directives(client.get(news.url))["img-src"]


def test_image_and_frame_hosts_come_from_the_environment():
    env = {**os.environ, "CSP_IMG_HOSTS": "https://anh.example.vn", "CSP_FRAME_HOSTS": "https://www.youtube.com",
           "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    code = ("import django; django.setup(); from django.conf import settings as s; "
            "d = s.CONTENT_SECURITY_POLICY['DIRECTIVES']; print(d['img-src'], d['frame-src'])")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert "https://anh.example.vn" in result.stdout and "https://www.youtube.com" in result.stdout


@pytest.mark.parametrize("url", ["/", "/admin/login/", "/api/v2/pages/", "/static/css/portal.css", "/khong-co/"])
def test_permissions_policy_is_on_every_answer(client, home_page, url):
    response = client.get(url)
    policy = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy, (url, policy)


def test_pages_served_from_the_page_cache_keep_the_headers(client, news, settings):
    settings.PAGE_CACHE_ENABLED = True
    client.get(news.url)
    cached = client.get(news.url)
    assert cached["X-Page-Cache"] == "hit"
    assert directives(cached)["script-src"] == ["'self'"]
    assert "camera=()" in cached["Permissions-Policy"]


# --- the demo loader's admin account ------------------------------------------------------------


def test_demo_loader_without_debug_prints_a_generated_password_and_the_documented_one_does_not_work(
        client, settings, tmp_path, monkeypatch):
    settings.DEBUG = False
    settings.MEDIA_ROOT = str(tmp_path)
    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)
    out = StringIO()
    call_command("load_demo_content", allow_production=True, stdout=out)
    output = out.getvalue()
    password = output.split("password: ")[1].split()[0]
    assert password != DEMO_ADMIN_PASSWORD and len(password) >= 16
    assert "shown only now" in output
    assert not client.login(username="admin", password=DEMO_ADMIN_PASSWORD)
    assert client.login(username="admin", password=password)
    # A second run neither shows it again nor changes it.
    again = StringIO()
    call_command("load_demo_content", allow_production=True, stdout=again)
    assert password not in again.getvalue() and "unchanged" in again.getvalue()
    assert client.login(username="admin", password=password)


def test_demo_loader_replaces_the_documented_password_left_on_a_server(settings, tmp_path, django_user_model,
                                                                      monkeypatch):
    settings.MEDIA_ROOT = str(tmp_path)
    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)
    user = django_user_model.objects.create_superuser("admin", "admin@example.vn", DEMO_ADMIN_PASSWORD)
    settings.DEBUG = False
    out = StringIO()
    call_command("load_demo_content", allow_production=True, stdout=out)
    user.refresh_from_db()
    assert not user.check_password(DEMO_ADMIN_PASSWORD)
    assert user.check_password(out.getvalue().split("password: ")[1].split()[0])


def test_the_unlock_right_can_be_given_to_a_group(admin_client):
    from django.contrib.auth.models import Permission

    permission = Permission.objects.get(content_type__app_label="axes", codename="delete_accessattempt")
    html = admin_client.get("/admin/groups/new/").content.decode()
    assert f'value="{permission.pk}"' in html
