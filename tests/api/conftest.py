# The newsroom's fixtures serve the API tests too.
from tests.newsroom.conftest import category, conference, news_index  # noqa: F401
