"""The project's content version, for what the plugins cache across requests.

A project sets ``HDND_CONTENT_VERSION_TOKEN`` to the dotted path of a callable that takes
the request and returns a string that changes whenever public content changes (a publish,
a move, a deletion, a member's edit); this portal names ``portal.models.content_version_token``.
With it, the member directory's page lookup and newsroom's rendered articles are cached per
version, so nothing cached is ever stale; without it, they are not cached at all.
"""

from django.conf import settings
from django.utils.module_loading import import_string

SETTING = "HDND_CONTENT_VERSION_TOKEN"


def content_version(request):
    """The project's content-version token for this request, or None when the project names none."""
    path = getattr(settings, SETTING, None)
    return import_string(path)(request) if path else None
