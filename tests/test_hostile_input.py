"""Hostile values in every parameter of every route: never a 5xx, a traceback or an unescaped script.

Routes come from the URL resolver (every public pattern must be covered), the
OpenAPI document (every operation, with its documented parameters) and the page
tree (home, news index and its feeds, a news page, a conference report, the
directory, a member, a council, search, sitemap, robots, a document). Each
parameter gets each hostile value in turn, and so does each id or slug in a
path. Marked slow (tests/api/slow.py): RUN_SLOW=0 leaves it out of a quick run.
"""

import json
import time
from urllib.parse import quote

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.documents import get_document_model
from wagtail.models import Page

from newsroom.models import NewsPageMember
from tests.api.slow import slow
from tests.factories import make_image
from tests.newsroom.conftest import add_news, at, category, conference, news_index  # noqa: F401 - fixtures

pytestmark = slow

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE = '"><img src=x onerror=alert(1)>'
# What an answer must never contain: the fragments as tags (escaped, they are only text).
UNESCAPED = [SCRIPT, "<img src=x onerror", '"><img']
VALUES = [
    "", "0", "-1", str(2**63), str(10**30), "1.5", "\x00", "a\x01b\x1f", "\x7f", "../../etc/passwd",
    "' OR 1=1 --", SCRIPT, ATTRIBUTE, "x" * 3000, " ".join(["giam sat"] * 75), "true", "root", "%",
]
# Query strings sent as they are: broken percent-escapes, repeated and array parameters.
RAW_QUERIES = ["{name}=%ff", "{name}=%C0%AF", "{name}=%E0%A4", "{name}=1&{name}=2", "{name}[]=1",
               "{name}[0]=1", "{name}", "={name}", "{name}=%00%00", "{name}=" + quote(SCRIPT)]
PATH_VALUES = ["0", "-1", str(2**63), str(10**30), "abc", "%00", "%ff", quote(SCRIPT, safe=""),
               "..%2F..%2Fetc%2Fpasswd", "x" * 300]
# Parameters the reader-facing routes read (the API's come from the OpenAPI document).
HTML_PARAMETERS = {
    "news_index": ["page", "category", "tag", "council", "year", "month"],
    "search": ["q", "page"],
    "directory": ["council", "term"],
    # The reference front end reads these in the browser (portal/static/frontend/frontend.js).
    "frontend": ["id", "content_type", "token"],
    "sitemap": ["p"],
    "admin_login": ["next", "username"],
}
GENERIC_PARAMETERS = ["page", "q", "id", "format", "utm_source"]


@pytest.fixture
def site(directory, conference, news_index, category, district_chair, merger):  # noqa: F811 - fixtures
    news = add_news(news_index, "Tiếp xúc cử tri xã Mới", date=at(2026, 1, 5), council=merger["commune"],
                    category=category)
    news.member_links.add(NewsPageMember(member=district_chair))
    news.tags.add("cử tri")
    news.save_revision().publish()
    image = make_image("Quang cảnh kỳ họp")
    document = get_document_model().objects.create(title="Nghị quyết", file=ContentFile(b"%PDF-1.4", name="nq.pdf"))
    return {"news": news, "conference": conference, "index": news_index, "directory": directory,
            "member": district_chair, "council": merger["commune"], "image": image, "document": document}


def html_routes(site):
    """(name, path, parameters, path values to vary) for every reader-facing page."""
    index, directory = site["index"].url, site["directory"].url
    document = site["document"]
    return [
        ("home", "/", GENERIC_PARAMETERS, None),
        ("news_index", index, HTML_PARAMETERS["news_index"], None),
        ("rss", f"{index}rss/", GENERIC_PARAMETERS, None),
        ("atom", f"{index}atom/", GENERIC_PARAMETERS, None),
        ("news", site["news"].url, GENERIC_PARAMETERS, f"{index}{{}}/"),
        ("conference", site["conference"].url, GENERIC_PARAMETERS, None),
        ("directory", directory, HTML_PARAMETERS["directory"], f"{directory}{{}}/"),
        ("member", f"{directory}{site['member'].slug}/", GENERIC_PARAMETERS, f"{directory}{{}}/"),
        ("council", f"{directory}hoi-dong/{site['council'].slug}/", GENERIC_PARAMETERS,
         f"{directory}hoi-dong/{{}}/"),
        ("search", "/tim-kiem/", HTML_PARAMETERS["search"], None),
        ("sitemap", "/sitemap.xml", HTML_PARAMETERS["sitemap"], None),
        ("robots", "/robots.txt", GENERIC_PARAMETERS, None),
        ("document", f"/documents/{document.pk}/{document.filename}", GENERIC_PARAMETERS,
         f"/documents/{{}}/{document.filename}"),
        ("admin_login", "/admin/login/", HTML_PARAMETERS["admin_login"], None),
        ("api_docs", "/api/v2/docs/", GENERIC_PARAMETERS, None),
        ("openapi", "/api/v2/openapi.json", GENERIC_PARAMETERS, None),
        ("unknown", "/khong-co-trang-nay/", GENERIC_PARAMETERS, "/{}/"),
        ("frontend", "/frontend/", HTML_PARAMETERS["frontend"] + GENERIC_PARAMETERS, None),
    ]


def api_routes(client, site):
    """Every operation of the OpenAPI document, with a real id and its documented parameters."""
    ids = {"pages": site["conference"].pk, "images": site["image"].pk, "documents": site["document"].pk,
           "council-members": site["member"].pk, "councils": site["council"].pk}
    routes = []
    for path, operations in client.get("/api/v2/openapi.json").json()["paths"].items():
        for method, operation in operations.items():
            names = [p["name"] for p in operation.get("parameters", []) if p["in"] == "query"]
            endpoint = path.split("/")[3]
            concrete = path.replace("{id}", str(ids.get(endpoint, 1)))
            varied = path.replace("{id}", "{}") if "{id}" in path else None
            routes.append((f"{method} {path}", concrete, names + ["bogus"], varied, method))
    return routes


def public_patterns():
    """The resolver's top-level public routes: each must be covered by the sweep."""
    found = []
    for pattern in get_resolver().url_patterns:
        route = str(pattern.pattern)
        if route.startswith(("django-admin/", "^static", "^media")):
            continue
        if isinstance(pattern, URLPattern | URLResolver):
            found.append(route)
    return found


def check(response, url, failures):
    body = response.content.decode("utf-8", "replace") if not response.streaming else ""
    problem = None
    if response.status_code >= 500:
        problem = f"{response.status_code}"
    elif "Traceback" in body:
        problem = "traceback in the answer"
    elif url.startswith("/api/") and not url.startswith("/api/v2/docs/"):
        try:
            data = json.loads(body)
        except ValueError:
            problem = f"{response.status_code} not JSON: {body[:80]!r}"
        else:
            if response.status_code >= 400 and not (isinstance(data, dict) and set(data) == {"message"}):
                problem = f"{response.status_code} error not {{'message'}}: {body[:80]!r}"
    elif "html" in response.get("Content-Type", "") and any(raw in body for raw in UNESCAPED):
        problem = "script reflected unescaped"
    if problem:
        failures.append(f"{url[:160]} -> {problem}")


def test_hostile_values_in_every_parameter_of_every_route(site, settings):
    settings.ANALYTICS_BEACON_RATE_LIMIT = 10**6  # the sweep itself is not a flood to throttle
    client = Client(raise_request_exception=False)
    started, sent, failures = time.monotonic(), 0, []
    routes = [(name, path, names, varied, "get") for name, path, names, varied in html_routes(site)]
    # Every live page of the tree, whatever its type, is swept at its own address too.
    known = {path for _name, path, *_rest in routes}
    for page in Page.objects.live().specific():
        if page.url and page.url not in known:
            routes.append((type(page).__name__, page.url, GENERIC_PARAMETERS, None, "get"))
    assert {type(p).__name__ for p in Page.objects.live().specific()} >= {
        "HomePage", "NewsIndexPage", "NewsPage", "ConferencePage", "MemberDirectoryPage"}
    routes += api_routes(client, site)

    covered = {path for _name, path, *_rest in routes}
    for pattern in public_patterns():
        prefix = pattern.split("<")[0].lstrip("^")
        assert any(path.lstrip("/").startswith(prefix) for path in covered), f"route {pattern!r} not swept"

    def send(method, path, query=""):
        nonlocal sent
        sent += 1
        if method == "post":
            for body in ["", "{}", '{"page": 18446744073709551616}', json.dumps({"page": SCRIPT}), "\x00",
                         "x" * 3000, '{"page": 1, "page": 2}', "[" * 500]:
                response = client.post(path, body, content_type="application/json", QUERY_STRING=query)
                check(response, f"POST {path}?{query} {body[:30]!r}", failures)
            return
        check(client.get(path, QUERY_STRING=query), f"{path}?{query}", failures)

    for _name, path, names, varied, method in routes:
        for name in names:
            for value in VALUES:
                send(method, path, f"{quote(name)}={quote(value)}")
            for raw in RAW_QUERIES:
                send(method, path, raw.format(name=quote(name)))
        if varied:
            for value in PATH_VALUES:
                send(method, varied.format(value))
    elapsed = time.monotonic() - started
    print(f"hostile sweep: {sent} requests over {len(routes)} routes in {elapsed:.0f} s")
    assert not failures, f"{len(failures)} of {sent} requests failed:\n" + "\n".join(failures[:40])
