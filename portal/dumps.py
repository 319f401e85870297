"""The database part of a backup (portal/backups.py): counting rows, dumping and restoring them."""

import os
import sqlite3
import subprocess

from django.apps import apps
from django.conf import settings
from django.db import connection, connections, transaction
from django.utils.translation import gettext as _

# What the manifest counts, and a restore checks: model labels (images and documents: Wagtail's settings).
COUNTED = {
    "pages": "wagtailcore.Page",
    "revisions": "wagtailcore.Revision",
    "members": "councils.CouncilMember",
    "images": getattr(settings, "WAGTAILIMAGES_IMAGE_MODEL", "wagtailimages.Image"),
    "documents": getattr(settings, "WAGTAILDOCS_DOCUMENT_MODEL", "wagtaildocs.Document"),
    "hits": "hitcount.Hit",
}


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why, for the operator."""


# --- counting -------------------------------------------------------------------------------


def count_rows(cursor):
    """Counts of what the manifest lists, and the total of views, read with a DB-API cursor."""
    counts = {}
    for name, label in COUNTED.items():
        table = apps.get_model(label)._meta.db_table
        cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
        counts[name] = cursor.fetchone()[0]
    table = apps.get_model("hitcount.HitCount")._meta.db_table
    cursor.execute(f'SELECT COALESCE(SUM(hits), 0) FROM "{table}"')
    counts["views"] = int(cursor.fetchone()[0])
    return counts


def applied_migrations(cursor):
    """The last migration applied per app: what a restore compares with the code it runs."""
    cursor.execute('SELECT app, MAX(name) FROM "django_migrations" GROUP BY app ORDER BY app')
    return dict(cursor.fetchall())


def database_has_tables():
    return "django_migrations" in connection.introspection.table_names()


# --- the database -------------------------------------------------------------------------


def postgresql_environment(alias="default"):
    """libpq's variables for the configured database, so no password is ever on a command line."""
    config = connections[alias].settings_dict
    env = {**os.environ, "PGDATABASE": config["NAME"]}
    for setting, variable in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        if config.get(setting):
            env[variable] = str(config[setting])
    options = config.get("OPTIONS") or {}
    for option, variable in (("sslmode", "PGSSLMODE"), ("sslrootcert", "PGSSLROOTCERT")):
        if options.get(option):
            env[variable] = str(options[option])
    return env


def run_tool(command, env):
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    except FileNotFoundError as exc:
        raise BackupError(_("%(tool)s was not found: install the PostgreSQL client tools.") %
                          {"tool": command[0]}) from exc
    if result.returncode != 0:
        error = result.stderr.strip()[-2000:]
        raise BackupError(_("%(tool)s failed: %(error)s") % {"tool": command[0], "error": error})


def dump_postgresql(path):
    """pg_dump of one snapshot, and the counts and migrations read in that same snapshot."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        counts, migrations = count_rows(cursor), applied_migrations(cursor)
        cursor.execute("SHOW server_version")
        server = cursor.fetchone()[0]
        run_tool(["pg_dump", "--format=custom", f"--snapshot={snapshot}", f"--file={path}"], postgresql_environment())
    return counts, migrations, {"postgresql": server}


def dump_sqlite(path):
    """SQLite's online backup: a consistent copy while the site keeps writing; counted from the copy."""
    connection.ensure_connection()
    copy = sqlite3.connect(path)
    try:
        connection.connection.backup(copy)
        cursor = copy.cursor()
        counts, migrations = count_rows(cursor), applied_migrations(cursor)
    finally:
        copy.close()
    return counts, migrations, {"sqlite": sqlite3.sqlite_version}


def restore_postgresql(path):
    connections.close_all()
    run_tool(["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
              "--exit-on-error", f"--dbname={connection.settings_dict['NAME']}", str(path)], postgresql_environment())


def restore_sqlite(path):
    name = str(connection.settings_dict["NAME"])
    if name in ("", ":memory:") or name.startswith("file::memory:"):
        raise BackupError(_("The configured SQLite database is in memory; restore needs a file."))
    connections.close_all()
    source, target = sqlite3.connect(path), sqlite3.connect(name)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
