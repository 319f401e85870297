"""Drop the indexes of hitcount's Hit table that nothing reads.

Every counted view inserts a Hit row, and each index is one more write for it:
stock django-hitcount keeps eleven. The portal never looks hits up by address
or session alone, or by counter alone, and (created) is the leading column of
hitcount_hit_created_cover. What stays: the primary key, user_id (for deleting
users), (created) INCLUDE (session, hitcount_id), (hitcount_id, created) and
(hitcount_id, session, created). SQL rather than model changes, as in 0002: the
model is django-hitcount's.
"""

from django.db import migrations

UNUSED = [
    ("hitcount_hit_created_79adf7bc", "(created)", False),
    ("hitcount_hit_ip_a52a62aa", "(ip)", False),
    ("hitcount_hit_ip_a52a62aa_like", "(ip varchar_pattern_ops)", True),
    ("hitcount_hit_session_5be83758", "(session)", False),
    ("hitcount_hit_session_5be83758_like", "(session varchar_pattern_ops)", True),
    ("hitcount_hit_hitcount_id_b7971910", "(hitcount_id)", False),
]


def drop(apps, schema_editor):
    for name, _columns, _postgresql_only in UNUSED:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


def recreate(apps, schema_editor):
    postgresql = schema_editor.connection.vendor == "postgresql"
    for name, columns, postgresql_only in UNUSED:
        if postgresql or not postgresql_only:
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON hitcount_hit {columns}")


class Migration(migrations.Migration):

    dependencies = [
        ("hitcount", "0003_visitor_index"),
    ]

    operations = [migrations.RunPython(drop, recreate)]
