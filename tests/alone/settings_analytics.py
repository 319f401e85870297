"""Wagtail and the analytics plugin, nothing of the project."""

from tests.alone.settings_base import *  # noqa: F403
from tests.alone.settings_base import installed_apps

INSTALLED_APPS = installed_apps("analytics")
MIGRATION_MODULES = {"hitcount": "analytics.hitcount_migrations"}
MIDDLEWARE = MIDDLEWARE + ["analytics.middleware.PageViewMiddleware"]  # noqa: F405
# ANALYTICS_COUNTED_PAGE_MODELS is left at the plugin's default: every page type counts.
