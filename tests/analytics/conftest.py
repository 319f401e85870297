import datetime

import pytest
from django.core.cache import cache
from django.utils import timezone

from analytics.recording import reset_memos
from tests.newsroom.conftest import add_news, news_index  # noqa: F401  (fixtures used here)

BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"


@pytest.fixture(autouse=True)
def fresh_counters():
    """Each test starts with an empty cache and nothing remembered in process memory."""
    cache.clear()
    reset_memos()
    yield
    cache.clear()
    reset_memos()


@pytest.fixture
def news(news_index):  # noqa: F811
    return add_news(news_index, "HĐND tỉnh giám sát công tác tiếp công dân", date=timezone.now())


@pytest.fixture
def other_news(news_index):  # noqa: F811
    return add_news(news_index, "Tiếp xúc cử tri trước kỳ họp thứ nhất", date=timezone.now())


def visit(client, url, ip="203.0.113.45", agent=BROWSER, **extra):
    return client.get(url, REMOTE_ADDR=ip, HTTP_USER_AGENT=agent, **extra)


def local(year, month, day, hour=0, minute=0):
    return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))
