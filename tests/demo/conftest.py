"""The demo content loaded once for a test module, and rolled back after it."""

from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections, transaction
from django.test import override_settings


def load():
    """Run the demo loader; its output."""
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo loaded once per module (its output), in a transaction rolled back after the module."""
    media = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock(), override_settings(DEBUG=True, MEDIA_ROOT=str(media)):
        atomics = {alias: transaction.atomic(using=alias) for alias in connections}
        for atomic in atomics.values():
            atomic.__enter__()
        try:
            yield load()
        finally:
            for alias, atomic in atomics.items():
                transaction.set_rollback(True, using=alias)
                atomic.__exit__(None, None, None)
            cache.clear()
