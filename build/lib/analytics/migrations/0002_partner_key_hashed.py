"""Partner keys are kept as SHA-256 hashes: existing plain keys are hashed, then dropped.

Keys shorter than the new minimum (an administrator could type "1") are hashed too but
deactivated: the partner gets a new key from the admin. The plain keys are gone: migrating back
gives every row a new random key that nobody knows, so each partner then needs a new key.
"""

import hashlib
import secrets

from django.db import migrations, models

MIN_LENGTH = 32
PREFIX_LENGTH = 8


def hash_plain_keys(apps, schema_editor):
    PartnerKey = apps.get_model("analytics", "PartnerKey")
    for partner in PartnerKey.objects.all():
        partner.key_hash = hashlib.sha256(partner.key.encode("utf-8", "surrogatepass")).hexdigest()
        partner.key_prefix = partner.key[:PREFIX_LENGTH]
        if len(partner.key) < MIN_LENGTH:
            partner.active = False
        partner.save(update_fields=["key_hash", "key_prefix", "active"])


def unknown_plain_keys(apps, schema_editor):
    PartnerKey = apps.get_model("analytics", "PartnerKey")
    for partner in PartnerKey.objects.all():
        partner.key = secrets.token_urlsafe(32)
        partner.save(update_fields=["key"])


class Migration(migrations.Migration):

    dependencies = [
        ("analytics", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="partnerkey",
            name="key_hash",
            field=models.CharField(editable=False, max_length=64, null=True, verbose_name="key hash (SHA-256)"),
        ),
        migrations.AddField(
            model_name="partnerkey",
            name="key_prefix",
            field=models.CharField(
                default="", editable=False, max_length=8, verbose_name="key begins with",
                help_text="The first characters of the key, to tell keys apart; the key itself is not kept.",
            ),
            preserve_default=False,
        ),
        # Nullable for the way back, when the rows get their new keys one by one.
        migrations.AlterField(
            model_name="partnerkey",
            name="key",
            field=models.CharField(max_length=64, null=True, verbose_name="API key"),
        ),
        migrations.RunPython(hash_plain_keys, unknown_plain_keys, elidable=False),
        migrations.RemoveField(model_name="partnerkey", name="key"),
        migrations.AlterField(
            model_name="partnerkey",
            name="key_hash",
            field=models.CharField(editable=False, max_length=64, unique=True, verbose_name="key hash (SHA-256)"),
        ),
        migrations.AlterField(
            model_name="partnerkey",
            name="active",
            field=models.BooleanField(
                default=True, verbose_name="active",
                help_text="Untick to refuse this key at once (the partner's views stop counting).",
            ),
        ),
    ]
