"""ADMIN_HOST: every editor of a province installation signs in at one address, on no commune's host."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

ADMIN = "quantri.hdnd.songlam.test"
COMMUNE = "xa-tan-phong.hdnd.songlam.test"


@pytest.fixture
def province_hosts(settings, home_page):
    settings.ALLOWED_HOSTS = [".hdnd.songlam.test", "testserver"]
    settings.ADMIN_HOST = ADMIN
    return settings


def test_the_admin_on_a_communes_host_sends_the_editor_to_the_admin_host(province_hosts):
    response = Client().get("/admin/pages/?q=giam+sat", HTTP_HOST=COMMUNE)
    assert response.status_code == 301
    assert response["Location"] == f"http://{ADMIN}/admin/pages/?q=giam+sat"
    assert Client().get("/django-admin/", HTTP_HOST=COMMUNE)["Location"] == f"http://{ADMIN}/django-admin/"


def test_the_admin_host_shows_the_sign_in_form_and_public_pages_stay_where_they_are(province_hosts):
    sign_in = Client().get("/admin/login/", HTTP_HOST=ADMIN)
    assert sign_in.status_code == 200 and b'name="password"' in sign_in.content
    public = Client().get("/", HTTP_HOST=COMMUNE)
    assert public.status_code == 200 and "Location" not in public


def test_without_admin_host_the_admin_answers_on_any_allowed_host(settings, home_page):
    settings.ALLOWED_HOSTS = [".hdnd.songlam.test", "testserver"]
    settings.ADMIN_HOST = ""
    assert Client().get("/admin/login/", HTTP_HOST=COMMUNE).status_code == 200
