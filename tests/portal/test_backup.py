"""manage.py backup and restore: one archive holds the site, a restore gives it back whole, never stale.

The round trip backs up a populated site, restores it into a new database (a
new database name on PostgreSQL, a new file on SQLite) and new media folder in
another process, as an operator would, and compares what both hold.
"""

import hashlib
import io
import json
import os
import socket
import subprocess
import sys
import tarfile
import uuid
from ipaddress import ip_address
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.documents import get_document_model
from wagtail.models import Page

from analytics.recording import record_view
from delivery.models import ContentVersion
from portal import backups
from tests.analytics.conftest import BROWSER
from tests.conftest import ensure_wagtail_base_rows

ROOT = Path(__file__).resolve().parent.parent.parent
COMPARED = ["wagtailcore.page", "wagtailcore.revision", "newsroom", "councils", "home", "hitcount.hitcount",
            "hitcount.hit", "wagtailimages.image", "wagtailimages.rendition", "wagtaildocs.document",
            "delivery.removal", "analytics"]


def redis_reachable():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
        return True
    except OSError:
        return False


def manage(*args, env):
    """manage.py in a process of its own, with the test settings and the given database, media, cache."""
    full_env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "TEST_MEDIA_ROOT"}}
    full_env.update({"DJANGO_SETTINGS_MODULE": "portal.settings.test", **env})
    result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=full_env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def media_tree(root):
    root = Path(root)
    return {path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in root.rglob("*") if path.is_file()}


def dumped(stdout):
    return sorted(json.loads(stdout), key=lambda row: (row["model"], str(row["pk"])))


@pytest.fixture(autouse=True)
def own_media_root(settings, tmp_path):
    """Media of these tests alone: the archive holds all of MEDIA_ROOT, and the comparison reads it."""
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture
def committed(transactional_db):
    """pg_dump reads what is committed: these tests commit, and make again the rows Wagtail's migrations made."""
    ensure_wagtail_base_rows()


@pytest.fixture
def populated(committed, client, conference, district_chair, news_index, settings):
    """Pages with several revisions, members, an image with renditions, a document, hits."""
    from tests.newsroom.conftest import add_news

    news = add_news(news_index, "Tin có hai phiên bản")
    news.summary = "Bản sửa lần hai."
    news.save_revision().publish()
    assert client.get(f"/api/v2/pages/{conference.pk}/").status_code == 200  # renditions are made
    get_document_model().objects.create(title="Nghị quyết số 01", file=ContentFile(b"%PDF-1.4 ...", name="nq01.pdf"))
    for n in range(5):
        record_view(conference.content_type_id, conference.pk, ip_address(f"198.18.0.{n + 1}"), BROWSER, None)
    record_view(news.content_type_id, news.pk, ip_address("198.18.1.1"), BROWSER, None)
    from wagtail.images import get_image_model

    assert get_image_model().get_rendition_model().objects.exists()
    return {"conference": conference, "news": news}


@pytest.fixture
def new_database(committed):
    """A database the site has never used: a new name on PostgreSQL, a new file on SQLite."""
    created = []

    def make(tmp_path):
        if connection.vendor == "sqlite":
            return f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        name = f"fresh_restore_{uuid.uuid4().hex[:8]}"
        with connection.cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{name}"')
        created.append(name)
        config = connection.settings_dict
        password = f":{config['PASSWORD']}" if config.get("PASSWORD") else ""
        return f"postgres://{config['USER']}{password}@{config['HOST']}:{config['PORT']}/{name}"

    yield make
    for name in created:
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.slow
def test_a_site_restored_into_a_new_database_is_the_site_backed_up(populated, new_database, tmp_path, settings):
    archive, manifest = backups.write_backup(tmp_path / "backups")
    assert manifest["counts"]["pages"] == Page.objects.count() and manifest["counts"]["hits"] == 6
    assert manifest["counts"]["views"] == 6 and manifest["database"]["vendor"] == connection.vendor
    assert oct(archive.stat().st_mode & 0o777) == "0o600"  # password hashes and sessions are inside

    target = {"DATABASE_URL": new_database(tmp_path), "TEST_MEDIA_ROOT": str(tmp_path / "restored-media")}
    output = manage("restore", str(archive), "--noinput", env=target)
    assert "Restored" in output or "Đã khôi phục" in output

    restored = dumped(manage("dumpdata", *COMPARED, env=target))
    source = io.StringIO()
    call_command("dumpdata", *COMPARED, stdout=source)
    assert restored == dumped(source.getvalue())
    assert media_tree(tmp_path / "restored-media") == media_tree(settings.MEDIA_ROOT)
    assert len(media_tree(settings.MEDIA_ROOT)) >= 5  # originals, renditions and the document


@pytest.mark.slow
@pytest.mark.skipif(not redis_reachable(), reason="needs Redis on 127.0.0.1:6379")
def test_no_page_cached_from_the_database_before_is_served_after_a_restore(
        populated, new_database, tmp_path, settings, client, monkeypatch):
    """A restored database next to a running Redis: the pages Redis kept from the replaced one are not served."""
    from django.core.cache import cache

    from portal.env import cache_config

    redis_url = "redis://127.0.0.1:6379/6"
    monkeypatch.setenv("REDIS_URL", redis_url)
    settings.CACHES = {"default": cache_config(key_prefix="hdnd-test")}  # as the other processes see it
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    conference = populated["conference"]
    url = conference.url
    archive, _manifest = backups.write_backup(tmp_path / "backups")

    conference.title = "Tên đặt sau bản sao lưu"
    conference.save_revision().publish()
    client.get(url, REMOTE_ADDR="203.0.113.5", HTTP_USER_AGENT=BROWSER)
    assert client.get(url, REMOTE_ADDR="203.0.113.5", HTTP_USER_AGENT=BROWSER)["X-Page-Cache"] == "hit"

    target = {"DATABASE_URL": new_database(tmp_path), "TEST_MEDIA_ROOT": str(tmp_path / "restored-media"),
              "REDIS_URL": redis_url}
    manage("restore", str(archive), "--noinput", env=target)
    # A worker on the restored database, sharing the Redis that holds the page made from the old one.
    script = (
        "import json\n"
        "from django.test import Client, override_settings\n"
        "with override_settings(PAGE_CACHE_ENABLED=True):\n"
        f"    r = Client().get({url!r}, REMOTE_ADDR='203.0.113.6', HTTP_USER_AGENT={BROWSER!r})\n"
        "print(json.dumps({'status': r.status_code, 'cache': r.get('X-Page-Cache'),"
        " 'html': r.content.decode()}))\n"
    )
    answer = json.loads(manage("shell", "-c", script, env=target).strip().splitlines()[-1])
    try:
        assert answer["status"] == 200 and answer["cache"] == "miss"
        assert "Tên đặt sau bản sao lưu" not in answer["html"]
        assert "Hội nghị tổng kết công tác giám sát năm 2021" in answer["html"]
    finally:
        cache.clear()


def test_a_new_generation_drops_what_the_local_cache_kept(client, conference, settings):
    """What restore does, with the local-memory cache: entries made before are never read again."""
    from django.core.cache import cache

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                                   "LOCATION": "generation-test"}}
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    client.get(conference.url)
    assert client.get(conference.url)["X-Page-Cache"] == "hit"
    before = ContentVersion.token()
    ContentVersion.start_generation()
    after = ContentVersion.token()
    assert after.split("/")[0] != before.split("/")[0]
    assert client.get(conference.url)["X-Page-Cache"] == "miss"
    cache.clear()


# --- archives that must be refused ------------------------------------------------------------


def listing(files):
    return {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)} for name, data in files.items()}


def archive_of(tmp_path, files, manifest=None, name="archive.tar.gz"):
    """An archive as backup writes it, from {name: bytes}; ``manifest`` overrides what it would say."""
    listed = listing(files)
    body = {"format": backups.FORMAT, "format_version": 1, "created_at": "2026-12-01T02:00:00+07:00",
            "database": {"vendor": connection.vendor, "file": backups.DATABASE_FILES[connection.vendor]},
            "counts": dict.fromkeys(backups.COUNTED, 0), "files": listed, **(manifest or {})}
    path = tmp_path / name
    with tarfile.open(path, "w:gz") as tar:
        for entry, data in [*files.items(), (backups.MANIFEST, json.dumps(body).encode())]:
            info = tarfile.TarInfo(entry)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def database_file():
    return backups.DATABASE_FILES[connection.vendor]


def refused(archive, message, tmp_path):
    with pytest.raises(CommandError) as caught:
        call_command("restore", str(archive), "--noinput", "--work-dir", str(tmp_path))
    text = str(caught.value)
    assert message in text, text
    assert ("nothing was restored" in text) or ("chưa khôi phục gì" in text)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".restore-")]  # nothing left unpacked


@pytest.fixture
def site_before(conference, settings):
    """What a refused restore must leave as it was."""
    return {"pages": Page.objects.count(), "media": media_tree(settings.MEDIA_ROOT)}


def unchanged(site_before, settings):
    assert Page.objects.count() == site_before["pages"]
    assert media_tree(settings.MEDIA_ROOT) == site_before["media"]


@pytest.mark.parametrize("case", ["truncated", "flipped byte", "altered file", "extra file", "missing file",
                                  "no manifest", "not a backup", "other vendor", "unsafe path", "no archive"])
def test_a_bad_archive_is_refused_before_anything_is_touched(site_before, tmp_path, settings, case):
    from django.utils import translation

    good = {database_file(): b"SQLite format 3\x00" + b"x" * 5000, "media/original_images/a.jpg": os.urandom(4000)}
    if case in ("truncated", "flipped byte"):
        data = archive_of(tmp_path, good).read_bytes()
        data = data[: len(data) // 2] if case == "truncated" else data[:300] + bytes([data[300] ^ 0xFF]) + data[301:]
        archive, message = tmp_path / "bad.tar.gz", "corrupt"
        archive.write_bytes(data)
    elif case == "altered file":
        listed = archive_of(tmp_path, good, name="good.tar.gz")
        with tarfile.open(listed) as tar:
            manifest = json.load(tar.extractfile(backups.MANIFEST))
        archive = archive_of(tmp_path, {**good, "media/original_images/a.jpg": b"something else"},
                             manifest={"files": manifest["files"]})
        message = "altered: media/original_images/a.jpg"
    elif case == "extra file":
        archive = archive_of(tmp_path, {**good, "media/x.php": b"<?php"}, manifest={"files": listing(good)})
        message = "not in the manifest: media/x.php"
    elif case == "missing file":
        archive = archive_of(tmp_path, good, manifest={"files": {
            **listing(good), "media/original_images/b.jpg": {"sha256": "0" * 64, "size": 1}}})
        message = "missing: media/original_images/b.jpg"
    elif case == "no manifest":
        archive = tmp_path / "plain.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            info = tarfile.TarInfo(database_file())
            tar.addfile(info, io.BytesIO(b""))
        message = "manifest.json"
    elif case == "not a backup":
        archive, message = archive_of(tmp_path, good, manifest={"format": "something-else"}), "not one of"
    elif case == "other vendor":
        other = "postgresql" if connection.vendor == "sqlite" else "sqlite"
        files = {backups.DATABASE_FILES[other]: b"data"}
        archive = archive_of(tmp_path, files, manifest={"database": {"vendor": other,
                                                                     "file": backups.DATABASE_FILES[other]}})
        message = f"holds a {other} database"
    elif case == "unsafe path":
        archive, message = archive_of(tmp_path, {**good, "../../etc/cron.d/x": b"* * * * * root true"}), "unsafe path"
    else:
        archive, message = tmp_path / "nowhere.tar.gz", "No such archive"
    with translation.override("en"):
        refused(archive, message, tmp_path)
    unchanged(site_before, settings)


def test_restore_asks_before_replacing_anything(site_before, tmp_path, settings, monkeypatch):
    archive = archive_of(tmp_path, {database_file(): b"x"})
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    with pytest.raises(CommandError):
        call_command("restore", str(archive))
    unchanged(site_before, settings)


def test_backup_keeps_seven_days_and_four_weeks(tmp_path):
    import datetime

    start = datetime.datetime(2026, 12, 31, 2, 0)
    for n in range(60):  # one archive a night for 60 nights, two on the last night
        moment = start - datetime.timedelta(days=n)
        (tmp_path / f"hdnd-backup-{moment:%Y%m%d-%H%M%S}.tar.gz").write_bytes(b"")
    (tmp_path / "hdnd-backup-20261231-120000.tar.gz").write_bytes(b"")
    (tmp_path / "before-restore-20261001-000000.tar.gz").write_bytes(b"")  # not ours to rotate
    backups.prune(tmp_path, keep_daily=7, keep_weekly=4)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert "before-restore-20261001-000000.tar.gz" in left
    ours = [name for name in left if name.startswith("hdnd-backup-")]
    # The newest of each of the last 7 days (the 31st's is the later one), and of the 4 weeks they fall in.
    assert ours[-1] == "hdnd-backup-20261231-120000.tar.gz"
    assert "hdnd-backup-20261231-020000.tar.gz" not in ours
    assert len(ours) == 7 + 2  # of the last 4 weeks' newest, two are older than the last 7 days
