"""The project as a newcomer and an operator meet it: settings, checks, migrations."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from portal.env import cache_config, database_config

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, env_extra=None, settings="portal.settings.production"):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env.update({"DJANGO_SETTINGS_MODULE": settings})
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_production_settings_pass_the_deploy_check_without_warnings():
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING",
        env_extra={"SECRET_KEY": "x" * 64 + "-production-secret-for-the-check", "ALLOWED_HOSTS": "hdnd.example.vn"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize(
    "env_extra, message",
    [
        ({"ALLOWED_HOSTS": "hdnd.example.vn"}, "SECRET_KEY must be set"),
        ({"SECRET_KEY": "s" * 60}, "ALLOWED_HOSTS must list"),
    ],
)
def test_production_settings_refuse_to_start_without_secret_or_host(env_extra, message):
    result = run_manage("check", env_extra=env_extra)
    assert result.returncode != 0
    assert message in result.stderr


def test_database_defaults_to_sqlite_in_the_project_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    config = database_config(tmp_path / "db.sqlite3")
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["NAME"] == str(tmp_path / "db.sqlite3")


def test_database_url_selects_postgresql(monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", "postgres://council:pw@db.internal:5432/hdnd")
    config = database_config(tmp_path / "unused.sqlite3")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["NAME"], config["USER"]) == ("db.internal", "hdnd", "council")


def test_redis_url_selects_the_shared_cache(monkeypatch):
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/3")
    assert cache_config()["BACKEND"] == "django_redis.cache.RedisCache"
    monkeypatch.delenv("REDIS_URL")
    assert cache_config()["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"


def test_language_and_time_zone_are_vietnamese(settings):
    assert settings.LANGUAGE_CODE == "vi"
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"


@pytest.mark.django_db
def test_models_and_migrations_are_in_step():
    out = StringIO()
    # Raises SystemExit(1) when a model change has no migration, hitcount's included.
    call_command("makemigrations", check=True, dry_run=True, stdout=out)
    assert "No changes detected" in out.getvalue()


def test_hitcount_migrations_live_in_our_tree(settings):
    assert settings.MIGRATION_MODULES["hitcount"] == "analytics.hitcount_migrations"
    assert (ROOT / "analytics" / "hitcount_migrations" / "0001_initial.py").exists()
