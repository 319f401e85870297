"""The portal's URLs with the benchmark's ceiling, /bench/ok/, in front (bench/settings.py)."""

from django.urls import include, path

from bench.views import ok
from portal.urls import handler400, handler403, handler404, handler500  # noqa: F401 (Django reads them here)

urlpatterns = [
    path("bench/ok/", ok),
    path("", include("portal.urls")),
]
