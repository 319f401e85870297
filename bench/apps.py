from django.apps import AppConfig


class BenchConfig(AppConfig):
    """The benchmark's own code (``make bench``): the site generator and the ceiling view.

    Installed only by bench/settings.py, the settings bench/run.py serves the portal with.
    """

    name = "bench"
