"""The whole portal in one archive, and back: ``manage.py backup`` and ``manage.py restore``.

An archive (.tar.gz) holds the database (``pg_dump`` in its custom format on
PostgreSQL, SQLite's online backup of the file on SQLite), every file under
MEDIA_ROOT (originals, renditions, documents) and, last, ``manifest.json``: when
and from which code it was made, the database vendor, counts of what it holds
and the SHA-256 of every other file in it.

A restore unpacks the archive aside and checks it against its manifest before
anything of the running site is touched, so a corrupt, truncated or tampered
archive is refused with nothing changed. It then replaces the database, puts
the media files in place (files that are not in the archive are left where
they are: a restore never deletes an upload) and starts a new cache generation
(delivery.models.ContentVersion), so no page or answer cached from the database
it replaced is served again.
"""

import datetime
import gzip
import hashlib
import io
import json
import os
import platform
import re
import shutil
import subprocess
import tarfile
import tempfile
import zlib
from pathlib import Path, PurePosixPath

import django
import wagtail
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext as _

from delivery.models import ContentVersion
from delivery.versions import VERSION_CACHE_KEY, cache_is_shared
from portal.dumps import (
    COUNTED,
    BackupError,
    count_rows,
    dump_postgresql,
    dump_sqlite,
)
from portal.env import BASE_DIR

FORMAT = "hdnd-portal-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MEDIA = "media"
DATABASE_FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
ARCHIVE_NAME = re.compile(r"^hdnd-backup-(\d{8})-(\d{6})\.tar\.gz$")
CHUNK = 1024 * 1024


def default_directory():
    return Path(getattr(settings, "BACKUP_DIR", BASE_DIR / "backups"))


def vendor():
    if connection.vendor not in DATABASE_FILES:
        raise BackupError(_("Backups support PostgreSQL and SQLite, not %(vendor)s.") % {"vendor": connection.vendor})
    return connection.vendor


# --- archives -------------------------------------------------------------------------------


class HashingReader:
    """A file read by tarfile, hashed on the way: each file is read once."""

    def __init__(self, handle):
        self.handle = handle
        self.digest = hashlib.sha256()

    def read(self, size=-1):
        data = self.handle.read(size)
        self.digest.update(data)
        return data


def add_file(tar, path, name, files):
    with open(path, "rb") as handle:
        info = tar.gettarinfo(fileobj=handle, arcname=name)
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        reader = HashingReader(handle)
        tar.addfile(info, reader)
    files[name] = {"sha256": reader.digest.hexdigest(), "size": info.size}


def media_files(root):
    """(path, name in the archive) of every regular file under MEDIA_ROOT; links are not followed."""
    root = Path(root)
    if not root.is_dir():
        return
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for filename in sorted(names):
            path = Path(folder, filename)
            if path.is_file() and not path.is_symlink():
                yield path, str(PurePosixPath(MEDIA, path.relative_to(root).as_posix()))


def git_commit():
    try:
        result = subprocess.run(["git", "rev-parse", "HEAD"], cwd=BASE_DIR, capture_output=True, text=True,
                                timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    if result.returncode != 0:
        return None
    return result.stdout.strip() or None


def archive_path(destination, now):
    destination = Path(destination or default_directory())
    if destination.suffix in (".gz", ".tar") or destination.name.endswith(".tar.gz"):
        destination.parent.mkdir(parents=True, exist_ok=True)
        return destination
    destination.mkdir(parents=True, exist_ok=True)
    return destination / f"hdnd-backup-{timezone.localtime(now):%Y%m%d-%H%M%S}.tar.gz"


def write_backup(destination=None, media_root=None):
    """Write one archive; returns (its path, its manifest). Nothing is left behind if it fails."""
    now = timezone.now()
    path = archive_path(destination, now)
    kind = vendor()
    media_root = Path(media_root or settings.MEDIA_ROOT)
    partial = path.with_name(path.name + ".partial")
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".backup-") as work:
        database = Path(work, DATABASE_FILES[kind])
        dump = dump_postgresql if kind == "postgresql" else dump_sqlite
        counts, migrations, server = dump(database)
        files = {}
        try:
            with open(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as raw, \
                    tarfile.open(fileobj=raw, mode="w:gz") as tar:
                add_file(tar, database, DATABASE_FILES[kind], files)
                for media_path, name in media_files(media_root):
                    add_file(tar, media_path, name, files)
                manifest = {
                    "format": FORMAT,
                    "format_version": FORMAT_VERSION,
                    "created_at": timezone.localtime(now).isoformat(),
                    "commit": git_commit(),
                    "versions": {"python": platform.python_version(), "django": django.__version__,
                                 "wagtail": wagtail.__version__, **server},
                    "database": {"vendor": kind, "file": DATABASE_FILES[kind]},
                    "migrations": migrations,
                    "counts": counts,
                    "files": files,
                }
                body = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size, info.mtime, info.mode = len(body), int(now.timestamp()), 0o600
                tar.addfile(info, io.BytesIO(body))
            os.replace(partial, path)
        finally:
            if partial.exists():
                partial.unlink()
    return path, manifest


def prune(directory, keep_daily, keep_weekly, keep=()):
    """Delete the archives in ``directory`` beyond the newest of each of the last days and weeks.

    Only files named as ``backup`` names them are considered; ``keep`` are never deleted.
    Returns the deleted paths.
    """
    archives = []
    for path in Path(directory).iterdir():
        match = ARCHIVE_NAME.match(path.name)
        if match:
            archives.append((datetime.datetime.strptime("".join(match.groups()), "%Y%m%d%H%M%S"), path))
    archives.sort(reverse=True)
    kept, days, weeks = {Path(p) for p in keep}, [], []
    for moment, path in archives:
        day, week = moment.date(), moment.isocalendar()[:2]
        if day not in days and len(days) < keep_daily:
            days.append(day)
            kept.add(path)
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.append(week)
            kept.add(path)
    deleted = [path for _moment, path in archives if path not in kept]
    for path in deleted:
        path.unlink()
    return deleted


# --- restoring ------------------------------------------------------------------------------


def member_name(member):
    """The member's path, refused when it could land outside the folder it is unpacked into."""
    name = PurePosixPath(member.name)
    if name.is_absolute() or ".." in name.parts or not name.parts:
        raise BackupError(_("The archive holds an unsafe path (%(name)s); nothing was restored.")
                          % {"name": member.name})
    if not (member.isfile() or member.isdir()):
        raise BackupError(_("The archive holds a link or a device (%(name)s); nothing was restored.")
                          % {"name": member.name})
    return str(name)


def unpack(archive, staging):
    """Every file of the archive into ``staging``, hashed as it is written: {name: {sha256, size}}."""
    found = {}
    try:
        with tarfile.open(archive, "r:*") as tar:
            for member in tar:
                name = member_name(member)
                if member.isdir():
                    continue
                target = Path(staging, name)
                target.parent.mkdir(parents=True, exist_ok=True)
                digest, size = hashlib.sha256(), 0
                with tar.extractfile(member) as source, open(target, "wb") as out:
                    while chunk := source.read(CHUNK):
                        digest.update(chunk)
                        size += len(chunk)
                        out.write(chunk)
                found[name] = {"sha256": digest.hexdigest(), "size": size}
            # Read to the end of the compressed stream, so that its checksum is checked too.
            while tar.fileobj.read(CHUNK):
                pass
    except (tarfile.TarError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise BackupError(_("The archive is incomplete or corrupt (%(error)s); nothing was restored.")
                          % {"error": exc}) from exc
    except FileNotFoundError as exc:
        raise BackupError(_("No such archive: %(path)s; nothing was restored.") % {"path": archive}) from exc
    return found


def check_manifest(staging, found):
    """The manifest, once it is known to describe exactly the files unpacked; else a BackupError."""
    if MANIFEST not in found:
        raise BackupError(_("The archive has no manifest.json: it is incomplete or not a portal backup; "
                            "nothing was restored."))
    try:
        manifest = json.loads(Path(staging, MANIFEST).read_text(encoding="utf-8"))
        listed = manifest["files"]
        kind = manifest["database"]["vendor"]
        database_file = manifest["database"]["file"]
        counts = manifest["counts"]
        if manifest["format"] != FORMAT or not isinstance(listed, dict) or set(COUNTED) - set(counts):
            raise ValueError(manifest["format"])
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupError(_("The manifest is not one of a portal backup; nothing was restored.")) from exc
    if manifest.get("format_version", 0) > FORMAT_VERSION:
        raise BackupError(_("The archive was made by a newer version of the portal; nothing was restored."))
    actual = {name: facts for name, facts in found.items() if name != MANIFEST}
    problems = [_("missing: %(name)s") % {"name": name} for name in sorted(set(listed) - set(actual))]
    problems += [_("not in the manifest: %(name)s") % {"name": name} for name in sorted(set(actual) - set(listed))]
    problems += [_("altered: %(name)s") % {"name": name} for name in sorted(set(listed) & set(actual))
                 if listed[name].get("sha256") != actual[name]["sha256"]]
    if problems:
        raise BackupError(_("The archive does not match its manifest (%(problems)s); nothing was restored.")
                          % {"problems": "; ".join(problems[:10])})
    if database_file not in listed or DATABASE_FILES.get(kind) != database_file:
        raise BackupError(_("The archive holds no database; nothing was restored."))
    if kind != vendor():
        raise BackupError(_("The archive holds a %(archived)s database and this site uses %(configured)s; "
                            "nothing was restored.") % {"archived": kind, "configured": connection.vendor})
    return manifest


def put_media(staging, media_root):
    """Move the archive's media files into MEDIA_ROOT, replacing files of the same name; returns their number."""
    source_root, media_root = Path(staging, MEDIA), Path(media_root)
    moved = 0
    for path, name in media_files(source_root):
        target = media_root / PurePosixPath(name).relative_to(MEDIA)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(path, target)
        moved += 1
    return moved


def forget_cached_content():
    """A new cache generation, and the shared cache's entries of this site dropped where the backend can.

    Returns False when the shared cache could not be reached: it may then still
    hold the old content version until it expires (the operator is told).
    """
    ContentVersion.start_generation()
    if not cache_is_shared():
        return True
    delete_pattern = getattr(cache, "delete_pattern", None)  # django-redis: only this site's keys (KEY_PREFIX)
    if delete_pattern is not None:
        delete_pattern("*")
    versions = ContentVersion.read_all()
    cache.set(VERSION_CACHE_KEY, versions, getattr(settings, "PAGE_CACHE_SECONDS", 300))
    return cache.get(VERSION_CACHE_KEY) == versions


def restored_counts():
    with connection.cursor() as cursor:
        return count_rows(cursor)


def pending_migrations():
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    return executor.migration_plan(executor.loader.graph.leaf_nodes())
