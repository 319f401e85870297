from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Revision, Site

from home.models import HomePage, PortalSettings


def snapshot():
    """Row counts of every model: a second load must leave them all alone."""
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


def load(**options):
    out = StringIO()
    call_command("load_demo_content", stdout=out, **options)
    return out.getvalue()


@pytest.fixture
def debug_on(settings, tmp_path):
    settings.DEBUG = True
    settings.MEDIA_ROOT = str(tmp_path)


@pytest.mark.django_db
def test_demo_loader_builds_the_site_and_prints_the_admin_credentials(client, debug_on):
    output = load()
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    portal = PortalSettings.for_site(site)
    assert portal.site_name and portal.council_name and portal.logo
    assert "user: admin" in output and "password: " in output
    password = output.split("password: ")[1].split()[0]
    assert client.login(username="admin", password=password)
    response = client.get("/")
    assert response.status_code == 200
    assert portal.council_name in response.content.decode()
    # Two months of views behind the dashboard's chart: something on (nearly) every day.
    from analytics.stats import daily_views

    days_with_views = [day for day, views in daily_views(60) if views]
    assert len(days_with_views) >= 55
    dashboard = client.get("/admin/").content.decode()
    assert dashboard.count("<rect") == 30 and "lượt xem trong 30 ngày" in dashboard


@pytest.mark.django_db
def test_demo_loader_twice_changes_nothing(debug_on):
    load()
    before = snapshot()
    revisions_before = list(Revision.objects.values_list("pk", flat=True))
    load()
    assert snapshot() == before
    assert list(Revision.objects.values_list("pk", flat=True)) == revisions_before
    assert get_user_model().objects.filter(username="admin").count() == 1


@pytest.mark.django_db
def test_demo_loader_refuses_production_without_a_flag(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--allow-production"):
        load()
