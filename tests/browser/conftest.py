# The newsroom's fixtures serve the browser tests too.
from tests.newsroom.conftest import conference, news_index  # noqa: F401
