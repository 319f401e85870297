"""Absolute URLs in the API come from the site that was asked, and rich text comes out clean.

Two sites of one install on different hosts, behind a wildcard ALLOWED_HOSTS as a
province's installation has it: every detail_url, html_url, rendition and download URL
of an answer starts with the asking site's own scheme, host and port.
"""

import json

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Site

from home.models import HomePage
from newsroom.models import NewsIndexPage
from tests.factories import make_image
from tests.newsroom.conftest import add_news

PROVINCE = "https://hdnd.tinh.example"
COMMUNE = "http://xa-tan-phong.tinh.example:8080"


@pytest.fixture
def two_sites(settings, home_page, news_index):
    settings.ALLOWED_HOSTS = [".tinh.example", "testserver"]
    Site.objects.filter(root_page=home_page).update(hostname="hdnd.tinh.example", port=443)
    commune_home = HomePage(title="HĐND xã Tân Phong", slug="xa-tan-phong")
    home_page.get_parent().add_child(instance=commune_home)
    commune_home.save_revision().publish()
    Site.objects.create(hostname="xa-tan-phong.tinh.example", port=8080, root_page=commune_home,
                        site_name="HĐND xã Tân Phong")
    commune_news = NewsIndexPage(title="Tin tức", slug="tin-tuc")
    commune_home.add_child(instance=commune_news)
    commune_news.save_revision().publish()
    photo = make_image("Quang cảnh kỳ họp")
    province_news = add_news(news_index, "Kỳ họp thứ nhất HĐND tỉnh", hero_image=photo)
    commune_report = add_news(commune_news, "Kỳ họp thứ nhất HĐND xã", hero_image=photo)
    get_document_model().objects.create(title="Nghị quyết số 01", file=ContentFile(b"%PDF-1.4", name="nq01.pdf"))
    return {"province": province_news, "commune": commune_report}


def get(client, path, host):
    secure = host.startswith("https")
    response = client.get(path, HTTP_HOST=host.split("://", 1)[1], secure=secure)
    assert response.status_code == 200, response.content
    return response.json()


def absolute_urls(data):
    """Every string in an answer that is an absolute URL."""
    if isinstance(data, dict):
        return [url for value in data.values() for url in absolute_urls(value)]
    if isinstance(data, list):
        return [url for value in data for url in absolute_urls(value)]
    return [data] if isinstance(data, str) and data.startswith(("http://", "https://")) else []


@pytest.mark.parametrize("base", [PROVINCE, COMMUNE])
def test_every_absolute_url_is_on_the_site_asked(client, two_sites, base):
    page = two_sites["province" if base == PROVINCE else "commune"]
    answers = [
        get(client, "/api/v2/pages/?type=newsroom.NewsPage&fields=hero_image", base),
        get(client, f"/api/v2/pages/{page.pk}/", base),
        get(client, "/api/v2/images/", base),
        get(client, "/api/v2/documents/", base),
    ]
    urls = [url for answer in answers for url in absolute_urls(answer)]
    assert any("/api/v2/pages/" in url for url in urls)
    assert any("/media/" in url for url in urls)  # renditions and downloads, not only detail_url
    assert any("/documents/" in url for url in urls)
    assert [url for url in urls if not url.startswith(base + "/")] == []
    detail = answers[1]
    assert detail["meta"]["html_url"] == f"{base}/tin-tuc/{page.slug}/"
    assert detail["hero_image"]["renditions"]["medium"]["url"].startswith(f"{base}/media/")


def test_an_unknown_host_of_the_wildcard_gets_the_default_site_never_a_dotted_host(client, two_sites):
    data = get(client, "/api/v2/pages/", "https://khong-co.tinh.example")
    urls = absolute_urls(data)
    assert urls and all(url.startswith(PROVINCE + "/") for url in urls)


def test_rich_text_in_the_api_carries_nothing_of_the_editor(client, news_index):
    body = [
        {"type": "paragraph", "value": '<p data-block-key="a1b2c">Kỳ họp <b>khai mạc</b>.</p>'
                                       '<p data-block-key="d3e4f" style="color:red" onclick="x()">Tiếp</p>'
                                       "<script>alert(1)</script>"},
    ]
    page = add_news(news_index, "Bài có định dạng", body=json.dumps(body))
    news_index.intro = '<p data-block-key="z9y8x">Tin <i>hoạt động</i></p>'
    news_index.save_revision().publish()
    html = get(client, f"/api/v2/pages/{page.pk}/", "http://testserver")["body"][0]["value"]
    assert html == "<p>Kỳ họp <b>khai mạc</b>.</p><p>Tiếp</p>"
    intro = get(client, f"/api/v2/pages/{news_index.pk}/", "http://testserver")["intro"]
    assert intro == "<p>Tin <i>hoạt động</i></p>"
    raw = get(client, f"/api/v2/pages/{news_index.pk}/?rich_text_format=db_html", "http://testserver")["intro"]
    assert "data-block-key" in raw  # Wagtail's raw form, only when asked for
