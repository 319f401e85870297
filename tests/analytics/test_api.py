"""GET /api/v2/stats/, the hit_count field, and the POST /api/v2/hits/ beacon."""

import json

import pytest
from django.core.cache import cache
from django.test import override_settings
from hitcount.models import Hit, HitCount
from wagtail.api.v2.serializers import PageSerializer  # noqa: F401  (the field plugs into these)

from analytics.api import HitCountField
from analytics.models import PartnerKey
from tests.analytics.conftest import BROWSER, visit

PARTNER = "https://tinhuy.example.vn"


def beacon(client, body, content_type="text/plain;charset=UTF-8", ip="203.0.113.45", agent=BROWSER, **extra):
    if not isinstance(body, (str, bytes)):
        body = json.dumps(body)
    return client.post("/api/v2/hits/", body, content_type=content_type, REMOTE_ADDR=ip, HTTP_USER_AGENT=agent,
                       **extra)


# --- stats --------------------------------------------------------------------------------


def test_stats_gives_the_counter_and_the_most_viewed_pages(client, news, other_news):
    visit(client, news.url, ip="203.0.113.1")
    visit(client, news.url, ip="203.0.113.2")
    visit(client, other_news.url, ip="203.0.113.1")
    cache.clear()  # the pages cached the figures they showed, from before their own view
    data = client.get("/api/v2/stats/").json()
    assert data["site"]["name"] == "Cổng thử nghiệm"
    assert (data["online"], data["today"], data["week"], data["all_time"]) == (2, 3, 3, 3)
    week = data["most_viewed"]["last_7_days"]
    assert [(item["id"], item["views"], item["type"]) for item in week] == [
        (news.pk, 2, "newsroom.NewsPage"), (other_news.pk, 1, "newsroom.NewsPage")]
    assert week[0]["title"] == news.title and week[0]["url"] == news.url
    assert data["most_viewed"]["last_30_days"] == week


def test_stats_limit_and_site(client, news, other_news, home_page):
    visit(client, news.url)
    visit(client, other_news.url)
    cache.clear()
    data = client.get("/api/v2/stats/?limit=1").json()
    assert len(data["most_viewed"]["last_7_days"]) == 1
    from wagtail.models import Site

    site = Site.objects.get()
    cache.clear()
    assert client.get(f"/api/v2/stats/?site={site.pk}").json()["today"] == 2


def test_unpublished_pages_leave_the_ranking(client, news, other_news):
    visit(client, news.url)
    visit(client, other_news.url)
    news.unpublish()
    cache.clear()
    items = client.get("/api/v2/stats/").json()["most_viewed"]["last_7_days"]
    assert [item["id"] for item in items] == [other_news.pk]


@pytest.mark.parametrize("query, status", [
    ("limit=abc", 400), ("limit=0", 400), ("limit=51", 400), ("limit=-1", 400), ("limit=", 400),
    ("site=x", 400), ("site=99999", 404), ("order=views", 400), ("limit=1e3", 400),
])
def test_bad_stats_parameters_get_a_json_message(client, home_page, query, status):
    response = client.get(f"/api/v2/stats/?{query}")
    assert response.status_code == status
    assert response.json()["message"]


def test_hit_count_field_reads_counts_for_a_whole_listing_in_one_query(news, other_news, client,
                                                                       django_assert_num_queries):
    from rest_framework import serializers

    visit(client, news.url)

    class Item(serializers.Serializer):
        hit_count = HitCountField()

    pages = [news, other_news]
    with django_assert_num_queries(1):
        data = Item(pages, many=True).data
    assert [row["hit_count"] for row in data] == [1, 0]
    assert Item(news).data["hit_count"] == 1
    assert HitCount.objects.count() == 1  # reading never creates counters


# --- the beacon ---------------------------------------------------------------------------


def test_beacon_counts_a_view_sent_as_text_plain(client, news):
    response = beacon(client, {"page": news.pk})
    assert response.status_code == 202
    assert beacon(client, {"page": news.pk}).status_code == 202
    assert beacon(client, {"page": news.pk}, content_type="application/json").status_code == 202
    assert HitCount.objects.get().hits == 1


def test_beacon_and_page_share_the_dedupe(client, news):
    visit(client, news.url)
    beacon(client, {"page": news.pk})
    assert Hit.objects.count() == 1


@pytest.mark.parametrize("body", [
    "", "not json", "[]", "42", '{"page": "abc"}', '{"page": true}', '{"page": -3}', '{"page": 1.5}',
    '{"pages": 3}', '{"page": 3, "visitor_ip": "1.2.3.4"}', '{"page": "3"}', b"\xff\xfe",
])
def test_beacon_answers_400_to_a_malformed_body(client, news, body):
    response = beacon(client, body)
    assert response.status_code == 400
    assert response.json()["message"]


def test_beacon_answers_404_for_unknown_draft_private_or_uncounted_pages(client, news, news_index):
    from wagtail.models import PageViewRestriction

    assert beacon(client, {"page": 999999}).status_code == 404
    assert beacon(client, {"page": news_index.pk}).status_code == 404
    PageViewRestriction.objects.create(page=news, restriction_type="password", password="bi-mat")
    assert beacon(client, {"page": news.pk}).status_code == 404
    assert Hit.objects.count() == 0


def test_beacon_forgets_an_unpublished_page_at_once(client, news, other_news):
    assert beacon(client, {"page": news.pk}).status_code == 202
    news.unpublish()
    assert beacon(client, {"page": news.pk}, ip="203.0.113.99").status_code == 404


def test_beacon_forgets_a_page_put_behind_a_password_at_once(client, news, news_index):
    from wagtail.models import PageViewRestriction

    assert beacon(client, {"page": news.pk}).status_code == 202  # remembered as countable
    PageViewRestriction.objects.create(page=news_index, restriction_type="password", password="bi-mat")
    assert beacon(client, {"page": news.pk}, ip="203.0.113.99").status_code == 404
    assert Hit.objects.count() == 1


def test_beacon_only_accepts_post(client, news):
    response = client.get("/api/v2/hits/")
    assert response.status_code == 405
    assert response.json()["message"]


def test_beacon_does_not_count_crawlers_but_still_answers_202(client, news):
    assert beacon(client, {"page": news.pk}, agent="Googlebot/2.1 (+http://www.google.com/bot.html)").status_code == 202
    assert Hit.objects.count() == 0


@override_settings(CORS_ALLOWED_ORIGINS=[PARTNER])
def test_beacon_cors_is_limited_to_partner_origins(client, news):
    allowed = beacon(client, {"page": news.pk}, HTTP_ORIGIN=PARTNER)
    assert allowed.status_code == 202
    assert allowed["Access-Control-Allow-Origin"] == PARTNER
    preflight = client.options("/api/v2/hits/", HTTP_ORIGIN=PARTNER, HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST")
    assert preflight["Access-Control-Allow-Origin"] == PARTNER
    other = beacon(client, {"page": news.pk}, ip="203.0.113.7", HTTP_ORIGIN="https://evil.example.com")
    assert other.status_code == 403
    assert "Access-Control-Allow-Origin" not in other
    assert Hit.objects.count() == 1


@override_settings(CORS_ALLOWED_ORIGINS=[PARTNER])
def test_cors_headers_are_only_sent_under_api(client, news):
    response = visit(client, news.url, HTTP_ORIGIN=PARTNER)
    assert "Access-Control-Allow-Origin" not in response


def test_same_origin_beacons_are_accepted(client, news):
    assert beacon(client, {"page": news.pk}, HTTP_ORIGIN="http://testserver").status_code == 202


@override_settings(ANALYTICS_BEACON_RATE_LIMIT=3)
def test_beacon_is_rate_limited_per_client(client, news):
    answers = [beacon(client, {"page": news.pk}).status_code for _ in range(4)]
    assert answers == [202, 202, 202, 429]
    assert beacon(client, {"page": news.pk}, ip="203.0.113.46").status_code == 202


def test_a_partner_key_forwards_visitor_address_and_browser(client, news):
    _partner, key = PartnerKey.objects.issue("Cổng tỉnh")
    body = {"page": news.pk, "visitor_ip": "2001:db8:5::1", "user_agent": BROWSER}
    assert beacon(client, body, ip="192.0.2.10", HTTP_X_API_KEY=key).status_code == 202
    body["visitor_ip"] = "2001:db8:6::1"
    assert beacon(client, body, ip="192.0.2.10", HTTP_X_API_KEY=key).status_code == 202
    assert sorted(Hit.objects.values_list("ip", flat=True)) == ["2001:db8:5::", "2001:db8:6::"]


def test_a_partner_must_send_the_visitor_and_a_valid_key(client, news):
    _partner, key = PartnerKey.objects.issue("Cổng tỉnh")
    assert beacon(client, {"page": news.pk}, HTTP_X_API_KEY=key).status_code == 400
    assert beacon(client, {"page": news.pk, "visitor_ip": "nope", "user_agent": BROWSER},
                  HTTP_X_API_KEY=key).status_code == 400
    assert beacon(client, {"page": news.pk}, HTTP_X_API_KEY="sai-khoa").status_code == 403
    PartnerKey.objects.update(active=False)
    from analytics.visitors import partner_keys

    partner_keys.clear()
    assert beacon(client, {"page": news.pk, "visitor_ip": "192.0.2.1", "user_agent": BROWSER},
                  HTTP_X_API_KEY=key).status_code == 403
    assert Hit.objects.count() == 0
