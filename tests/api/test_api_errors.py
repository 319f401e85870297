"""Every error under /api/ is {"message": ...} in Vietnamese, with the status that says what went wrong.

And the parameters the OpenAPI document states are the ones the server enforces.
"""

import json
import re

import pytest
from django.test import Client

from tests.newsroom.conftest import add_news

VIETNAMESE = re.compile("[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]", re.IGNORECASE)


def message(response, status):
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    body = json.loads(response.content)
    assert set(body) == {"message"}, body
    assert VIETNAMESE.search(body["message"]), body["message"]
    return body["message"]


@pytest.mark.parametrize("url", [
    "/api/v2/khong-co/", "/api/v2/pages/999999/", "/api/v2/pages/find/?id=999999", "/api/v2/pages/a/b/",
    "/api/v2/images/999999/", "/api/v2/documents/999999/", "/api/v2/councils/999999/",
    "/api/v2/council-members/999999/", "/api/v2/pages/?child_of=999999", "/api/v2/stats/?site=99999",
])
def test_unknown_routes_ids_and_objects_are_404_in_vietnamese(client, news_index, url):
    message(client.get(url), 404)


@pytest.mark.parametrize("method, url", [
    ("post", "/api/v2/pages/"), ("delete", "/api/v2/pages/1/"), ("put", "/api/v2/councils/"),
    ("get", "/api/v2/hits/"), ("post", "/api/v2/openapi.json"), ("post", "/api/v2/stats/"),
    ("patch", "/api/v2/removals/"),
])
def test_other_methods_are_405_in_vietnamese_with_allow(client, news_index, method, url):
    response = getattr(client, method)(url)
    message(response, 405)
    assert response.has_header("Allow")


def test_a_format_the_api_does_not_have_is_406_in_vietnamese(client, news_index):
    message(client.get("/api/v2/pages/?format=xml"), 406)
    message(client.get("/api/v2/councils/", HTTP_ACCEPT="application/xml"), 406)
    message(client.get("/api/v2/stats/?format=api"), 406)


@pytest.mark.parametrize("query", [
    "limit=101", "limit=-1", "limit=+5", "limit=5.0", "limit=%D9%A5", "offset=abc", "search_operator=xor&search=a",
    "search=" + "+".join(["giam"] * 21), "search=" + "x" * 201, "order=random", "order=title,slug",
    "type=newsroom.newspage", "fields=title(id)", "fields=*,title", "limit=", "tag=a&tag=b", "tag[]=a",
    "tag=%00", "tag=%ff", "title=" + "x" * 1001, "rich_text_format=pdf", "site=a%20b", "child_of=-1",
    "locale=en", "body=x", "first_published_at=yesterday",
])
def test_bad_page_parameters_are_400_in_vietnamese(client, news_index, query):
    message(client.get(f"/api/v2/pages/?{query}"), 400)


def test_page_fields_and_orders_follow_the_type(client, news_index):
    add_news(news_index, "Tin")
    message(client.get("/api/v2/pages/?fields=summary"), 400)
    message(client.get("/api/v2/pages/?order=-date"), 400)
    response = client.get("/api/v2/pages/?type=newsroom.NewsPage&fields=summary&order=-date,title")
    assert response.status_code == 200
    assert response.json()["items"][0]["summary"] == ""


def test_search_and_filters_combine_with_any_order(client, news_index, category):
    add_news(news_index, "Giám sát chợ", category=category)
    add_news(news_index, "Giám sát trường")
    response = client.get("/api/v2/pages/?type=newsroom.NewsPage&search=giam+sat&category=giam-sat"
                          "&slug=giam-sat-cho&order=-date&search_operator=and")
    assert response.status_code == 200, response.content[:300]
    assert [item["title"] for item in response.json()["items"]] == ["Giám sát chợ"]
    both = client.get(f"/api/v2/pages/?search=giam+sat&child_of={news_index.pk}&descendant_of=root")
    assert both.status_code == 200 and both.json()["meta"]["total_count"] == 2


def test_limit_zero_counts_and_an_offset_past_the_end_is_empty(client, news_index):
    add_news(news_index, "Tin")
    assert client.get("/api/v2/pages/?type=newsroom.NewsPage&limit=0").json() == {
        "meta": {"total_count": 1}, "items": []}
    assert client.get(f"/api/v2/images/?offset={2**64}").json()["items"] == []


def test_the_beacon_refuses_a_large_body_with_413(client, news_index):
    news = add_news(news_index, "Tin")
    body = json.dumps({"page": news.pk, "padding": "x" * 3000})
    message(client.post("/api/v2/hits/", body, content_type="text/plain"), 413)


def test_too_many_beacons_are_429_in_vietnamese(client, news_index, settings):
    settings.ANALYTICS_BEACON_RATE_LIMIT = 1
    news = add_news(news_index, "Tin")
    beacon = Client()
    beacon.post("/api/v2/hits/", json.dumps({"page": news.pk}), content_type="text/plain")
    message(beacon.post("/api/v2/hits/", json.dumps({"page": news.pk}), content_type="text/plain"), 429)


def test_the_document_states_the_limits_the_server_enforces(client, news_index):
    document = client.get("/api/v2/openapi.json").json()
    parameters = {p["name"]: p["schema"] for p in document["paths"]["/api/v2/pages/"]["get"]["parameters"]}
    assert parameters["limit"] == {"type": "integer", "minimum": 0, "maximum": 100}
    assert parameters["search_operator"]["enum"] == ["and", "or"]
    assert parameters["search"]["maxLength"] == 200
    assert client.get("/api/v2/pages/?limit=100").status_code == 200
    assert client.get("/api/v2/pages/?limit=101").status_code == 400
    for status in ("400", "404", "405", "406", "503"):
        schema = document["paths"]["/api/v2/pages/"]["get"]["responses"][status]["content"]["application/json"]
        assert schema["schema"] == {"$ref": "#/components/schemas/Error"}
    assert {p["name"] for p in document["paths"]["/api/v2/removals/"]["get"]["parameters"]} == {
        "limit", "offset", "modified_since", "endpoint", "fields", "format", "_", "rich_text_format"}


def test_html_pages_answer_bad_input_with_the_styled_400(client, news_index):
    response = client.get("/tin-tuc/?page=abc")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Yêu cầu không hợp lệ" in html and "page:" in html and 'href="/static/css/portal.css"' in html
    assert client.get("/tin-tuc/?page=1&page=2").status_code == 400
    assert client.get("/tin-tuc/?utm_source=zalo&category=").status_code == 200  # unknown and empty: ignored


def test_the_sitemap_refuses_a_malformed_page_number(client, news_index):
    assert client.get("/sitemap.xml").status_code == 200
    assert client.get("/sitemap.xml?p=abc").status_code == 400
    assert client.get("/sitemap.xml?p=999").status_code == 404
