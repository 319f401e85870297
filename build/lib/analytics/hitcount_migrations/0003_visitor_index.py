"""An index for the dedupe check: has this visitor been counted on this page lately?

Without a shared cache the database answers it on every counted view
(analytics.recording.database_dedupe). By (hitcount_id, created) alone it reads
every recent view of the page, thousands on a busy one, while holding the
page's counter row; by (hitcount_id, session, created) it reads one entry.
"""

from django.db import migrations

CREATE = "CREATE INDEX IF NOT EXISTS hitcount_hit_counter_visitor ON hitcount_hit (hitcount_id, session, created)"
DROP = "DROP INDEX IF EXISTS hitcount_hit_counter_visitor"


def create(apps, schema_editor):
    schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    schema_editor.execute(DROP)


class Migration(migrations.Migration):

    dependencies = [
        ("hitcount", "0002_analytics_indexes"),
    ]

    operations = [migrations.RunPython(create, drop)]
