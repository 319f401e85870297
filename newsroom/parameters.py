"""The parameters readers' pages take: the news index filters and site search.

Validated by forms under the portal's one rule for parameters
(delivery/parameters.py): a malformed value is the styled 400 page, a
well-formed one that names nothing (a category that does not exist, a page
past the last) a 404.
"""

from django.utils.translation import gettext_lazy as _

from delivery.parameters import ReaderParameters, SearchParameter, integer_field, page_number_parameter, slug_parameter


class NewsIndexParameters(ReaderParameters):
    page = page_number_parameter()
    category = slug_parameter()
    tag = slug_parameter()
    council = slug_parameter()
    year = integer_field(1900, 2999)
    month = integer_field(1, 12)

    def clean(self):
        data = super().clean()
        if data.get("month") and not data.get("year"):
            self.add_error("month", _("A month needs a year."))
        return data


class SiteSearchParameters(ReaderParameters):
    q = SearchParameter()
    page = page_number_parameter()
