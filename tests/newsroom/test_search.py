"""Search finds news with or without Vietnamese diacritics, on SQLite and PostgreSQL alike."""

import pytest
from wagtail.models import PageViewRestriction

from tests.newsroom.conftest import add_news, at


@pytest.fixture
def articles(news_index):
    return {
        "supervision": add_news(news_index, "Giám sát việc giải quyết kiến nghị cử tri", date=at(2024, 5, 2),
                                summary="Đoàn giám sát của HĐND tỉnh làm việc với UBND xã."),
        "conference": add_news(news_index, "Hội nghị tổng kết năm", date=at(2024, 12, 20),
                               summary="Thường trực HĐND chủ trì hội nghị.", byline="Đinh Thu"),
        "other": add_news(news_index, "Tiếp công dân định kỳ", date=at(2024, 6, 1), summary="Lịch tiếp dân."),
    }


def found(client, query, page=None):
    params = {"q": query} | ({"page": page} if page else {})
    response = client.get("/tim-kiem/", params)
    assert response.status_code == 200
    html = response.content.decode()
    return {title for title in ["Giám sát việc giải quyết kiến nghị cử tri", "Hội nghị tổng kết năm",
                                "Tiếp công dân định kỳ"] if title in html}


@pytest.mark.parametrize("query", ["giám sát", "giam sat", "GIAM SAT", "Giám Sat"])
def test_search_ignores_diacritics(client, articles, query):
    assert found(client, query) == {"Giám sát việc giải quyết kiến nghị cử tri"}


@pytest.mark.parametrize("query", ["hội nghị", "hoi nghi"])
def test_search_finds_conference_words_with_and_without_accents(client, articles, query):
    assert found(client, query) == {"Hội nghị tổng kết năm"}


def test_search_matches_byline_and_summary(client, articles):
    assert found(client, "dinh thu") == {"Hội nghị tổng kết năm"}
    assert found(client, "tiep dan") == {"Tiếp công dân định kỳ"}


def test_search_never_shows_drafts_or_private_pages(client, news_index, articles):
    add_news(news_index, "Giám sát nháp", publish=False)
    private = add_news(news_index, "Giám sát nội bộ")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    html = client.get("/tim-kiem/", {"q": "giam sat"}).content.decode()
    assert "Giám sát nháp" not in html and "Giám sát nội bộ" not in html


def test_search_results_are_paginated(client, news_index):
    for i in range(12):
        add_news(news_index, f"Giám sát đợt {i}", date=at(2024, 1, 1 + i))
    first = client.get("/tim-kiem/", {"q": "giam sat"}).content.decode()
    assert "12 kết quả" in first and 'rel="next"' in first
    assert client.get("/tim-kiem/", {"q": "giam sat", "page": "2"}).status_code == 200
    for malformed in ["abc", "0"]:
        assert client.get("/tim-kiem/", {"q": "giam sat", "page": malformed}).status_code == 400
    assert client.get("/tim-kiem/", {"q": "giam sat", "page": "99"}).status_code == 404


@pytest.mark.parametrize("query", ["", "   ", "'; DROP TABLE wagtailcore_page; --", "<script>alert(1)</script>",
                                   "%%%", "AND OR NOT", '"unbalanced'])
def test_hostile_queries_get_a_page_not_an_error(client, articles, query):
    response = client.get("/tim-kiem/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.project
@pytest.mark.parametrize("query", ["x" * 5000, "x" * 201, "\u0000", "a\u0007b", " ".join(["giam"] * 21)])
def test_queries_too_long_or_with_control_characters_get_the_styled_400(client, articles, query):
    response = client.get("/tim-kiem/", {"q": query})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Yêu cầu không hợp lệ" in html and 'action="/tim-kiem/"' in html
