"""The whole-page cache as production runs it, except for the benchmark's own URLs."""

from portal.page_cache import PageCacheMiddleware


class BenchPageCacheMiddleware(PageCacheMiddleware):
    """The ceiling (/bench/ok/) goes through every middleware but the page cache, as an excluded path does."""

    def request_is_cacheable(self, request):
        return not request.path.startswith("/bench/") and super().request_is_cacheable(request)
