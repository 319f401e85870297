"""Indexes the access statistics need on hitcount's Hit table.

Created with SQL rather than AddIndex: the model is django-hitcount's, so the
index must not enter the migration state (makemigrations would then want to
remove it). On PostgreSQL the (created) index carries session and hitcount_id,
so "today" and "online now" are index-only scans; a page's recent views use
(hitcount_id, created).
"""

from django.db import migrations

INDEXES = {
    "postgresql": [
        "CREATE INDEX IF NOT EXISTS hitcount_hit_created_cover ON hitcount_hit (created) INCLUDE (session, hitcount_id)",
        "CREATE INDEX IF NOT EXISTS hitcount_hit_counter_created ON hitcount_hit (hitcount_id, created)",
    ],
    "default": [
        "CREATE INDEX IF NOT EXISTS hitcount_hit_created_cover ON hitcount_hit (created, session, hitcount_id)",
        "CREATE INDEX IF NOT EXISTS hitcount_hit_counter_created ON hitcount_hit (hitcount_id, created)",
    ],
}
DROP = [
    "DROP INDEX IF EXISTS hitcount_hit_created_cover",
    "DROP INDEX IF EXISTS hitcount_hit_counter_created",
]


def create(apps, schema_editor):
    for sql in INDEXES.get(schema_editor.connection.vendor, INDEXES["default"]):
        schema_editor.execute(sql)


def drop(apps, schema_editor):
    for sql in DROP:
        schema_editor.execute(sql)


class Migration(migrations.Migration):

    dependencies = [
        ("hitcount", "0001_initial"),
    ]

    operations = [migrations.RunPython(create, drop)]
