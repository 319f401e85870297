"""Wagtail and the councils plugin, nothing of the project."""

from tests.alone.settings_base import *  # noqa: F403
from tests.alone.settings_base import installed_apps

INSTALLED_APPS = installed_apps("councils")
