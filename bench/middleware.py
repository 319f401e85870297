"""The whole-page cache and the per-request memos as production runs them, except for the benchmark's own URLs."""

from delivery.page_cache import PageCacheMiddleware
from portal.restrictions import ReaderMemoMiddleware


class BenchPageCacheMiddleware(PageCacheMiddleware):
    """The ceiling (/bench/ok/) goes through every middleware but the page cache, as an excluded path does."""

    def request_is_cacheable(self, request):
        return not request.path.startswith("/bench/") and super().request_is_cacheable(request)


class BenchReaderMemoMiddleware(ReaderMemoMiddleware):
    """The ceiling reads no content version for a site it never asks for, as an excluded path does."""

    def memoised(self, request):
        return not request.path.startswith("/bench/") and super().memoised(request)
