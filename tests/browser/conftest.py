# The newsroom's fixtures serve the browser tests too.
import pytest

from tests.newsroom.conftest import conference, news_index  # noqa: F401


@pytest.fixture(autouse=True)
def wagtail_base_rows(transactional_db):
    """The rows Wagtail's migrations create, which a transactional test's flush removes.

    live_server needs committed data, so these tests flush the database between
    them; serialized_rollback would restore content types that post_migrate has
    already recreated (an IntegrityError on PostgreSQL), so the few rows Wagtail
    needs are made here instead.
    """
    from django.conf import settings
    from wagtail.models import Collection, Locale, Page

    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    if not Page.objects.exists():
        Page.add_root(instance=Page(title="Root", slug="root", live=True))
