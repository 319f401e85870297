"""Every public page and API answer is built in at most 12 SQL queries once warm (issue 7).

The whole-page cache is off in tests, so these count what rendering costs;
tests/portal/test_page_cache.py counts what a page served from the cache costs.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.analytics.conftest import BROWSER

pytestmark = pytest.mark.django_db
MAX_QUERIES = 12


def warmed_queries(client, url):
    client.get(url, HTTP_USER_AGENT=BROWSER)  # renditions and per-version caches are made on first view
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def test_public_pages_and_api_answers_stay_within_twelve_queries(client, conference, directory, district_chair,
                                                                 portal_settings):
    urls = {
        "home": "/",
        "news index": conference.get_parent().url,
        "news index, page 1 of a year": conference.get_parent().url + "?year=2022",
        "conference report": conference.url,
        "member page": f"{directory.url}{district_chair.slug}/",
        "directory": directory.url,
        "search": "/tim-kiem/?q=giam+sat",
        "API list": "/api/v2/pages/?type=newsroom.ConferencePage&fields=*",
        "API detail": f"/api/v2/pages/{conference.pk}/",
        "API members": "/api/v2/council-members/",
    }
    counts = {name: warmed_queries(client, url) for name, url in urls.items()}
    assert all(count <= MAX_QUERIES for count in counts.values()), counts
