# The newsroom's fixtures serve the browser tests too.
import pytest
from django.core.servers.basehttp import WSGIServer
from django.test.testcases import LiveServerThread
from pytest_django.live_server_helper import LiveServer

from tests.conftest import ensure_wagtail_base_rows
from tests.newsroom.conftest import conference, news_index  # noqa: F401


@pytest.fixture(autouse=True)
def wagtail_base_rows(transactional_db):
    """Committed data for the live server; Wagtail's own rows remade after the last flush."""
    ensure_wagtail_base_rows()


class _SerialWSGIServer(WSGIServer):
    """Requests one at a time, on the live server's own thread.

    The tests' SQLite database lives in memory, and Django hands the live server the test's
    own connection; the threaded server then runs the admin's parallel requests (autosave,
    editing-session pings, a chooser opening) on that one connection at once, which breaks
    its transactions. Served one by one (each answer closes its connection, as Django does
    for a server without threads), they never overlap.
    """

    def __init__(self, *args, connections_override=None, **kwargs):
        super().__init__(*args, **kwargs)


class _SerialLiveServerThread(LiveServerThread):
    server_class = _SerialWSGIServer


class _SerialLiveServer(LiveServer):
    def __init__(self, addr):
        super().__init__(addr, start=False)
        threaded = self.thread
        self.thread = _SerialLiveServerThread(
            threaded.host, static_handler=threaded.static_handler,
            connections_override=threaded.connections_override, port=threaded.port,
        )
        self.thread.daemon = True
        self.start()


@pytest.fixture(scope="session")
def live_server(request):
    """pytest-django's live server, serving requests one at a time (see _SerialWSGIServer)."""
    server = _SerialLiveServer(request.config.getvalue("liveserver") or "localhost")
    yield server
    server.stop()


@pytest.fixture
def site_at_live_server(live_server, home_page):
    """The site at the live server's host and port, so the API's image URLs load in the browser."""
    from urllib.parse import urlsplit

    from wagtail.models import Site

    address = urlsplit(live_server.url)
    Site.objects.filter(is_default_site=True).update(hostname=address.hostname, port=address.port)
