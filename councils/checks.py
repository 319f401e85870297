"""System checks that tell a host project what councils (and newsroom, which uses it) need.

Their migrations assume ``BigAutoField`` keys, and they need a few of Wagtail's contrib apps
and the API. analytics has its own (analytics/checks.py); both use delivery/checks.py.
"""

from django.apps import apps
from django.core.checks import register

from delivery.checks import plugin_requirements

REQUIRED_APPS = {
    "councils": ["delivery", "wagtail.contrib.settings", "wagtail.contrib.routable_page", "wagtail.api.v2",
                 "rest_framework", "wagtail_modeladmin"],
    "newsroom": ["councils", "delivery", "wagtail.contrib.routable_page", "wagtail.api.v2", "rest_framework",
                 "wagtail_headless_preview"],
}



@register()
def check_councils(app_configs=None, **kwargs):
    errors = plugin_requirements("councils", REQUIRED_APPS["councils"])
    if apps.is_installed("newsroom"):
        errors += plugin_requirements("newsroom", REQUIRED_APPS["newsroom"])
    return errors
