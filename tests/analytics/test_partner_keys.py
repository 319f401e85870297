"""Partner API keys: hashed at rest, shown once, never short, and not guessable from one address."""

import hashlib
import re

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import override_settings
from hitcount.models import Hit

from analytics import views
from analytics.models import PartnerKey
from analytics.visitors import partner_keys
from tests.analytics.conftest import BROWSER
from tests.analytics.test_api import beacon

pytestmark = pytest.mark.django_db

CREATE = "/admin/analytics/partnerkey/create/"
INDEX = "/admin/analytics/partnerkey/"


def partner_body(news):
    return {"page": news.pk, "visitor_ip": "192.0.2.1", "user_agent": BROWSER}


def database_text():
    """Every value of every partner key row, as the database holds it."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {PartnerKey._meta.db_table}")
        return " ".join(str(value) for row in cursor.fetchall() for value in row)


def shown_key(response):
    return re.search(r'value="([^"]+)"[^>]*data-partner-key', response.content.decode()).group(1)


def test_a_key_is_kept_only_as_its_hash(client, news):
    partner, key = PartnerKey.objects.issue("Cổng tỉnh")
    assert len(key) >= 32
    assert key not in database_text()
    partner.refresh_from_db()
    assert partner.key_hash == hashlib.sha256(key.encode()).hexdigest()
    assert key.startswith(partner.key_prefix) and len(partner.key_prefix) == 8
    assert beacon(client, partner_body(news), HTTP_X_API_KEY=key).status_code == 202


def test_the_admin_shows_a_new_key_once_and_it_works(admin_client, client, news):
    response = admin_client.post(CREATE, {"name": "Báo Sông Lam điện tử"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert "chỉ hiển thị một lần" in html and "Chép khóa" in html
    key = shown_key(response)
    partner = PartnerKey.objects.get(name="Báo Sông Lam điện tử")
    assert partner.active and key not in database_text()
    assert beacon(client, partner_body(news), HTTP_X_API_KEY=key).status_code == 202
    # Never again: neither the list nor the edit page shows it.
    listing = admin_client.get(INDEX).content.decode()
    assert f"{partner.key_prefix}…" in listing and key not in listing
    assert key not in admin_client.get(f"{INDEX}edit/{partner.pk}/").content.decode()


def test_an_administrator_cannot_type_a_key(admin_client):
    response = admin_client.post(CREATE, {"name": "Đối tác", "key": "1", "key_hash": "1" * 64})
    key = shown_key(response)
    assert key != "1" and len(key) >= 32
    assert PartnerKey.objects.get().key_hash == hashlib.sha256(key.encode()).hexdigest()


def test_short_keys_are_refused(client, news):
    with pytest.raises(ValidationError):
        PartnerKey(name="Yếu").set_key("1")
    with pytest.raises(ValidationError):
        PartnerKey(name="Yếu").set_key("x" * 31)
    # A short key still in the database (typed before keys were hashed) is refused too.
    PartnerKey(name="Cũ", key_hash=hashlib.sha256(b"1").hexdigest(), key_prefix="1").save()
    assert beacon(client, partner_body(news), HTTP_X_API_KEY="1").status_code == 403


def test_a_deactivated_key_is_refused_at_once(admin_client, client, news):
    partner, key = PartnerKey.objects.issue("Cổng tỉnh")
    assert beacon(client, partner_body(news), HTTP_X_API_KEY=key).status_code == 202
    response = admin_client.post(f"{INDEX}edit/{partner.pk}/", {"name": partner.name})  # "active" unticked
    assert response.status_code == 302
    partner.refresh_from_db()
    assert not partner.active
    answer = beacon(client, partner_body(news), HTTP_X_API_KEY=key, ip="203.0.113.99")
    assert answer.status_code == 403


@override_settings(ANALYTICS_PARTNER_KEY_FAILURE_LIMIT=3)
def test_wrong_keys_are_rate_limited_per_address_before_any_lookup(client, news, monkeypatch):
    _partner, key = PartnerKey.objects.issue("Cổng tỉnh")
    lookups = []
    real_lookup = views.partner_for_key
    monkeypatch.setattr(views, "partner_for_key", lambda raw: lookups.append(raw) or real_lookup(raw))
    guesses = [beacon(client, partner_body(news), HTTP_X_API_KEY=f"{'g' * 40}{n}").status_code for n in range(3)]
    assert guesses == [403, 403, 403]
    assert len(lookups) == 3
    refused = beacon(client, partner_body(news), HTTP_X_API_KEY=key)
    assert refused.status_code == 429
    assert "sai khóa API quá nhiều lần" in refused.json()["message"]
    assert beacon(client, partner_body(news), HTTP_X_API_KEY="g" * 43).status_code == 429
    assert len(lookups) == 3  # refused before the key was looked at
    # Another address is not affected; the blocked one is let in again once the minute is over.
    assert beacon(client, partner_body(news), HTTP_X_API_KEY=key, ip="198.51.100.20").status_code == 202
    minute = views.time.time() // 60
    monkeypatch.setattr(views.time, "time", lambda: (minute + 1) * 60 + 1)
    assert beacon(client, partner_body(news), HTTP_X_API_KEY=key).status_code == 202
    assert Hit.objects.count() == 1  # the same visitor, counted once


@override_settings(ANALYTICS_PARTNER_KEY_FAILURE_LIMIT=2)
def test_an_ipv6_attacker_cannot_rotate_within_its_network(client, news):
    for n in range(2):
        beacon(client, partner_body(news), ip=f"2001:db8:1:2::{n + 1}", HTTP_X_API_KEY="g" * 43)
    _partner, key = PartnerKey.objects.issue("Cổng tỉnh")
    assert beacon(client, partner_body(news), ip="2001:db8:1:2::99", HTTP_X_API_KEY=key).status_code == 429


def test_the_lookup_is_one_hash_and_a_dict_read(news):
    _partner, key = PartnerKey.objects.issue("Cổng tỉnh")
    from analytics.visitors import partner_for_key

    partner_keys.clear()
    assert partner_for_key(key) is not None  # loads the memo
    with override_settings(DEBUG=True):
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            for _ in range(100):
                assert partner_for_key(key) is not None
                assert partner_for_key("w" * 43) is None
    assert len(queries) == 0


@pytest.mark.django_db(transaction=True)
def test_the_migration_hashes_plain_keys_and_deactivates_short_ones():
    from django.db.migrations.executor import MigrationExecutor

    before, after = [("analytics", "0001_initial")], [("analytics", "0002_partner_key_hashed")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old = executor.loader.project_state(before).apps.get_model("analytics", "PartnerKey")
    long_key = "k" * 43
    old.objects.create(name="Cổng tỉnh", key=long_key)
    old.objects.create(name="Gõ tay", key="1")
    executor = MigrationExecutor(connection)
    executor.migrate(after)
    rows = {p.name: p for p in PartnerKey.objects.all()}
    assert rows["Cổng tỉnh"].key_hash == hashlib.sha256(long_key.encode()).hexdigest()
    assert rows["Cổng tỉnh"].active and rows["Cổng tỉnh"].key_prefix == "k" * 8
    assert not rows["Gõ tay"].active
    assert long_key not in database_text()
    partner_keys.clear()
    from analytics.visitors import partner_for_key

    assert partner_for_key(long_key) == rows["Cổng tỉnh"].pk
