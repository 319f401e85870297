"""manage.py check tells a host project what it forgot to give the plugins."""

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import override_settings

from analytics.checks import check_analytics
from councils.checks import check_councils


def ids(messages):
    return sorted(message.id for message in messages)


def test_this_project_gives_the_plugins_everything():
    assert check_analytics() == [] and check_councils() == []


@override_settings(MIGRATION_MODULES={})
def test_hitcount_migrations_forgotten():
    assert ids(check_analytics()) == ["analytics.E003"]


@override_settings(DEFAULT_AUTO_FIELD="django.db.models.AutoField")
def test_a_key_type_the_migrations_do_not_have():
    assert ids(check_analytics()) == ["analytics.E002"]
    assert ids(check_councils()) == ["councils.E002", "newsroom.E002"]


def test_the_counter_middleware_missing_or_too_early(settings):
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if m != "analytics.middleware.PageViewMiddleware"]
    assert ids(check_analytics()) == ["analytics.W001"]
    settings.MIDDLEWARE = ["analytics.middleware.PageViewMiddleware"] + settings.MIDDLEWARE
    assert ids(check_analytics()) == ["analytics.W002"]


def test_manage_py_check_fails_on_a_forgotten_setting():
    with override_settings(MIGRATION_MODULES={}), pytest.raises(SystemCheckError, match="analytics.E003"):
        call_command("check")
