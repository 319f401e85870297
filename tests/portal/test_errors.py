"""Readers get the portal's own Vietnamese error pages; API clients get JSON messages."""

import json

import pytest
from django.db import connection
from django.test import Client
from django.urls import path

from delivery import errors
from portal import urls as portal_urls


@pytest.mark.django_db
def test_unknown_page_is_a_styled_vietnamese_404(client, home_page):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Không tìm thấy trang" in html
    assert 'href="/static/css/portal.css"' in html
    assert 'action="/tim-kiem/"' in html


@pytest.mark.django_db
def test_unknown_api_route_answers_json_in_vietnamese(client, home_page):
    response = client.get("/api/v2/khong-co/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json() == {"message": "Trang bạn tìm không tồn tại hoặc đã được chuyển đi."}


@pytest.mark.django_db
def test_form_without_csrf_token_gets_the_portals_403(home_page):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/admin/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403
    assert "Biểu mẫu đã hết hạn" in response.content.decode()


def test_server_error_page_renders_without_the_database(rf, monkeypatch):
    def no_database(*args, **kwargs):
        raise AssertionError("the 500 page must not query the database")

    monkeypatch.setattr(connection, "cursor", no_database)
    response = errors.server_error(rf.get("/tin-tuc/"))
    assert response.status_code == 500
    assert "Lỗi máy chủ" in response.content.decode()
    assert response["Cache-Control"] == "no-store"


def test_error_response_sets_retry_after_for_service_unavailable(rf):
    response = errors.error_response(rf.get("/api/v2/pages/"), 503, retry_after=30)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert json.loads(response.content)["message"].startswith("Cổng thông tin tạm thời gián đoạn")


def failing_view(request):
    raise RuntimeError("boom")


urlpatterns = [path("boom/", failing_view)]
handler500 = portal_urls.handler500


@pytest.mark.django_db
def test_an_exception_in_a_view_gives_the_styled_500(client, settings):
    settings.ROOT_URLCONF = __name__
    client.raise_request_exception = False
    response = client.get("/boom/")
    assert response.status_code == 500
    assert "Hệ thống đang gặp sự cố" in response.content.decode()
