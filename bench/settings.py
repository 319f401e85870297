"""Settings of the benchmark (bench/run.py): production's, plus the benchmark's app and its ceiling view.

The product's settings, URLs and page cache know nothing of /bench/: this module adds the app
(``generate_bench_site``), serves bench/urls.py (the portal's URLs and /bench/ok/) and keeps the
ceiling out of the whole-page cache and the per-request memos (it asks for no site).
"""

from portal.settings.production import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405

ROOT_URLCONF = "bench.urls"

BENCH_MIDDLEWARE = {
    "delivery.page_cache.PageCacheMiddleware": "bench.middleware.BenchPageCacheMiddleware",
    "portal.restrictions.ReaderMemoMiddleware": "bench.middleware.BenchReaderMemoMiddleware",
}
MIDDLEWARE = [BENCH_MIDDLEWARE.get(name, name) for name in MIDDLEWARE]  # noqa: F405
