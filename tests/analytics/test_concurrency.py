"""Dedupe under real parallel requests, each thread with its own database connection (PostgreSQL)."""

import threading

import pytest
from django.db import connection, connections
from django.test import Client
from hitcount.models import Hit

from tests.analytics.conftest import BROWSER

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL's row locking")

REQUESTS = 50


def run_in_parallel(url, ips):
    barrier = threading.Barrier(len(ips))
    statuses, errors = [], []

    def worker(ip):
        try:
            client = Client()
            barrier.wait(timeout=30)
            statuses.append(client.get(url, REMOTE_ADDR=ip, HTTP_USER_AGENT=BROWSER).status_code)
        except Exception as exc:  # reported below, in the main thread
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(ip,)) for ip in ips]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert statuses == [200] * len(ips)


@pytest.mark.django_db(transaction=True)
def test_concurrent_requests_of_one_visitor_count_once_and_distinct_visitors_all_count(news, other_news):
    run_in_parallel(news.url, ["203.0.113.45"] * REQUESTS)
    run_in_parallel(other_news.url, [f"198.51.100.{n}" for n in range(1, REQUESTS + 1)])
    assert Hit.objects.filter(hitcount__object_pk=news.pk).count() == 1
    assert Hit.objects.filter(hitcount__object_pk=other_news.pk).count() == REQUESTS
    from hitcount.models import HitCount

    assert dict(HitCount.objects.values_list("object_pk", "hits")) == {news.pk: 1, other_news.pk: REQUESTS}
