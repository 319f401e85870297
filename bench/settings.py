"""Settings of the benchmark (bench/run.py): production's, plus the benchmark's app and its ceiling view.

The product's settings, URLs and page cache know nothing of /bench/: this module adds the app
(``generate_bench_site``), serves bench/urls.py (the portal's URLs and /bench/ok/) and keeps the
ceiling out of the whole-page cache.
"""

from portal.settings.production import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405

ROOT_URLCONF = "bench.urls"

MIDDLEWARE = [  # noqa: F405
    "bench.middleware.BenchPageCacheMiddleware" if name == "portal.page_cache.PageCacheMiddleware" else name
    for name in MIDDLEWARE  # noqa: F405
]
