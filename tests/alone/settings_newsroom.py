"""Wagtail and the newsroom plugin (with councils, which it uses), nothing of the project."""

from tests.alone.settings_base import *  # noqa: F403
from tests.alone.settings_base import installed_apps

INSTALLED_APPS = installed_apps("newsroom")
# A host that previews in a partner's front end sets this (README, "Headless preview").
WAGTAIL_HEADLESS_PREVIEW = {"CLIENT_URLS": {"default": "http://testserver/frontend/"}, "REDIRECT_ON_PREVIEW": True}
