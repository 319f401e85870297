"""The OpenAPI document describes what the API really answers, and a client can live by it."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from django.core.files.base import ContentFile
from django.test import override_settings
from jsonschema import Draft202012Validator
from wagtail.documents import get_document_model

from newsroom.models import NewsPageMember
from tests.newsroom.conftest import add_news, at


def openapi(client):
    response = client.get("/api/v2/openapi.json")
    assert response.status_code == 200
    document = response.json()
    assert document["openapi"].startswith("3.1")
    return document


def response_schema(document, path, status="200"):
    return document["paths"][path]["get"]["responses"][status]["content"]["application/json"]["schema"]


def validate(document, path, body, status="200"):
    schema = {**response_schema(document, path, status), "components": document["components"]}
    errors = sorted(Draft202012Validator(schema).iter_errors(body), key=lambda e: e.path)
    assert not errors, f"{path}: " + "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


@pytest.fixture
def content(directory, conference, news_index, district_chair, merger):
    page = add_news(news_index, "Tin liên quan", date=at(2026, 1, 5), council=merger["commune"])
    page.member_links.add(NewsPageMember(member=district_chair))
    page.tags.add("cử tri")
    page.save_revision().publish()
    get_document_model().objects.create(title="Nghị quyết số 01", file=ContentFile(b"%PDF-1.4", name="nq01.pdf"))
    return {"conference": conference, "news": page}


def preview_query(page):
    """The query the editor's Preview gives the front end (newsroom/preview.py)."""
    return urlsplit(page.make_preview_request(preview_mode="headless")["Location"]).query


def concrete(path, ids):
    return re.sub(r"\{id\}", str(ids.get(path.split("/")[3], 1)), path)


@override_settings(WAGTAIL_HEADLESS_PREVIEW={"CLIENT_URLS": {"default": "https://doitac.example.vn/"},
                                             "REDIRECT_ON_PREVIEW": True})
def test_every_endpoint_answers_as_documented(client, content, district_chair, merger):
    from wagtail.images import get_image_model

    document = openapi(client)
    ids = {
        "pages": content["conference"].pk,
        "images": get_image_model().objects.first().pk,
        "documents": get_document_model().objects.first().pk,
        "council-members": district_chair.pk,
        "councils": merger["district"].pk,
    }
    extra = {
        "/api/v2/pages/": ["?type=newsroom.ConferencePage&fields=*", "?type=newsroom.NewsPage&fields=*", ""],
        "/api/v2/pages/{id}/": [""],
        "/api/v2/preview/": [f"?{preview_query(content['conference'])}"],
        "/api/v2/stats/": ["", "?site=all"],
    }
    checked = 0
    for path, operations in document["paths"].items():
        if "get" not in operations:
            continue
        if path.endswith("/find/"):
            endpoint = path.split("/")[3]
            response = client.get(f"{path}?id={ids.get(endpoint, 1)}")
            assert response.status_code == (404 if endpoint not in ids else 302), path
            continue
        for query in extra.get(path, [""]):
            url = concrete(path, ids) + query
            response = client.get(url)
            assert response.status_code == 200, url
            validate(document, path, response.json())
            checked += 1
    assert checked >= 12
    # Errors are documented too.
    bad = client.get("/api/v2/pages/?bogus=1")
    validate(document, "/api/v2/pages/", bad.json(), status="400")


def test_docs_page_is_readable(client, db):
    response = client.get("/api/v2/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/api/v2/council-members/" in html and "modified_since" in html


def iso(moment):
    return moment.isoformat().replace("+", "%2B")


class Mirror:
    """A client written from the OpenAPI document alone: it mirrors pages and members."""

    def __init__(self, client, document):
        self.client, self.document = client, document
        self.pages, self.members, self.since = {}, {}, None

    def fetch_all(self, path, query):
        items, offset = [], 0
        while True:
            response = self.client.get(f"{path}?{query}&limit=20&offset={offset}")
            assert response.status_code == 200, response.content[:300]
            body = response.json()
            validate(self.document, path, body)
            items.extend(body["items"])
            offset += 20
            if offset >= body["meta"]["total_count"]:
                return items

    def sync(self):
        started = datetime.datetime.now(datetime.UTC)
        since = f"&modified_since={iso(self.since)}" if self.since else ""
        for item in self.fetch_all("/api/v2/pages/", f"type=newsroom.NewsPage&fields=*{since}"):
            self.pages[item["id"]] = item
        for item in self.fetch_all("/api/v2/council-members/", since.lstrip("&")):
            self.members[item["id"]] = item
        if self.since:
            for removal in self.fetch_all("/api/v2/removals/", since.lstrip("&")):
                store = self.pages if removal["endpoint"] == "pages" else self.members
                store.pop(removal["id"], None)
        self.since = started - datetime.timedelta(seconds=1)


def test_a_mirror_built_from_the_document_follows_edits_unpublishing_and_deletion(client, content, news_index):
    document = openapi(client)
    mirror = Mirror(client, document)
    mirror.sync()
    site_titles = {p.pk: p.title for p in content["news"].__class__.objects.live().public()}
    assert {pk: item["title"] for pk, item in mirror.pages.items()} == site_titles

    edited = content["news"]
    edited.title = "Tin liên quan (cập nhật)"
    edited.save_revision().publish()
    removed = add_news(news_index, "Tin sẽ gỡ")
    deleted = add_news(news_index, "Tin sẽ xóa")
    mirror.sync()
    assert mirror.pages[edited.pk]["title"] == "Tin liên quan (cập nhật)"
    assert removed.pk in mirror.pages and deleted.pk in mirror.pages

    removed.unpublish()
    deleted.delete()
    mirror.sync()
    site_titles = {p.pk: p.title for p in content["news"].__class__.objects.live().public()}
    assert {pk: item["title"] for pk, item in mirror.pages.items()} == site_titles
