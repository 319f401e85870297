import django.utils.timezone
from django.db import migrations, models

import delivery.models


class Migration(migrations.Migration):
    """The content version and the tombstones, which an earlier release kept in the project's app (portal)."""

    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="ContentVersion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("changed_at", models.DateTimeField(default=django.utils.timezone.now)),
                ("generation", models.CharField(default=delivery.models.new_generation, max_length=32)),
            ],
            options={"verbose_name": "content version"},
        ),
        migrations.CreateModel(
            name="Removal",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("endpoint", models.CharField(help_text="e.g. pages, council-members", max_length=50,
                                              verbose_name="endpoint")),
                ("object_id", models.BigIntegerField(verbose_name="object id")),
                ("object_type", models.CharField(help_text="e.g. newsroom.NewsPage", max_length=100,
                                                 verbose_name="type")),
                ("reason", models.CharField(max_length=20, verbose_name="reason")),
                ("removed_at", models.DateTimeField(db_index=True, default=django.utils.timezone.now,
                                                    verbose_name="removed at")),
            ],
            options={
                "verbose_name": "removal",
                "verbose_name_plural": "removals",
                "ordering": ["removed_at", "id"],
                "constraints": [models.UniqueConstraint(fields=("endpoint", "object_id"),
                                                        name="delivery_removal_unique_object")],
            },
        ),
    ]
