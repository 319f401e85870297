# The newsroom's fixtures serve the project's own tests too.
from tests.newsroom.conftest import conference, news_index  # noqa: F401
