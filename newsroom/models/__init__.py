"""News pages and conference reports, their index, categories and tags."""

from newsroom.models.conferences import ConferenceChair, ConferencePage
from newsroom.models.embedding import pages_embedding, pages_referring_to
from newsroom.models.index import NewsIndexPage, filter_query
from newsroom.models.pages import NewsPage, NewsPageMember, date_and_classification_panel
from newsroom.models.taxonomy import AsciiSlugMixin, NewsCategory, NewsPageTag, NewsTag

__all__ = [
    "AsciiSlugMixin", "ConferenceChair", "ConferencePage", "NewsCategory", "NewsIndexPage", "NewsPage",
    "NewsPageMember", "NewsPageTag", "NewsTag", "date_and_classification_panel", "filter_query",
    "pages_embedding", "pages_referring_to",
]
