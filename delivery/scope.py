"""The one object our code keeps on a request: ``RequestScope``.

Whatever a request works out once and uses again (the content version it reads by, the
private sections readers may not see, the directory page of its site, the object a view
counts a view for) lives here, on one attribute (``request.hdnd_scope``), made on first use.
Each plugin reads and writes only through this class, so what travels with a request is
written down in one place:

- ``memo``: values computed once per request, by a key the reader names (``remember``);
- ``readers``: the ``delivery.readers.ReaderScope`` a project attached, or None;
- ``counted_page`` / ``counted_object``: what the page view of this request is counted for
  (analytics; a view that shows something other than a Wagtail page sets ``counted_object``).

- ``memo`` also keeps what a block of work loads ahead for code Wagtail calls without a
  request (a StreamField's ``bulk_to_python``, a block's ``get_api_representation``): the
  stream objects loaded for a whole listing, the API forms of images and members. That code
  finds the scope as ``RequestScope.current()``: the one made ``active`` around the work.

Outside a request (commands, the shell) there is no request scope: ``of(None)`` is None, and
``active()`` makes a scope for the block of work alone.
"""

import contextvars
from contextlib import contextmanager

ATTRIBUTE = "hdnd_scope"
# The scope of the block of work running (RequestScope.active): the one channel to code Wagtail
# calls without the request.
_current = contextvars.ContextVar("hdnd_current_scope", default=None)


class RequestScope:
    __slots__ = ("memo", "readers", "counted_page", "counted_object")

    def __init__(self):
        self.memo = {}
        self.readers = None
        self.counted_page = None
        self.counted_object = None

    @staticmethod
    def of(request):
        """The scope of ``request`` (a REST framework request is unwrapped), made on first use."""
        request = getattr(request, "_request", request)
        if request is None:
            return None
        scope = request.__dict__.get(ATTRIBUTE)
        if scope is None:
            scope = RequestScope()
            setattr(request, ATTRIBUTE, scope)
        return scope

    @staticmethod
    def peek(request):
        """The scope if one was made, else None: for paths that must cost nothing when nothing was set."""
        request = getattr(request, "_request", request)
        return request.__dict__.get(ATTRIBUTE) if request is not None else None

    @staticmethod
    def current():
        """The scope made active around the work that is running, or None."""
        return _current.get()

    @staticmethod
    @contextmanager
    def active(request=None):
        """Make a scope current for this block: the one already current, else the request's (or a new one).

        Nested blocks share the outer one; when the outermost block ends, nothing stays current.
        """
        scope = _current.get()
        if scope is not None:
            yield scope
            return
        scope = RequestScope.of(request) if request is not None else RequestScope()
        token = _current.set(scope)
        try:
            yield scope
        finally:
            _current.reset(token)

    def remember(self, key, compute):
        """``compute()`` the first time ``key`` is asked for during this request; its value after."""
        try:
            return self.memo[key]
        except KeyError:
            value = self.memo[key] = compute()
            return value
