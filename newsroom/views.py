"""Site search over news and conference reports, indifferent to Vietnamese diacritics."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Site

from delivery.parameters import SearchParameter
from delivery.readers import public_pages
from newsroom.models import NewsPage
from newsroom.parameters import SiteSearchParameters

RESULTS_PER_PAGE = 10


def search(request):
    """Search the live, public news of the request's site.

    The query is folded ("giám sát" -> "giam sat") and matched against each
    page's folded text, which the search index keeps beside the original, so
    accents typed or not find the same pages on SQLite and PostgreSQL alike.
    """
    parameters = SiteSearchParameters.validate(request.GET).cleaned_data  # malformed: the styled 400
    raw_query = parameters["q"]
    # Words only: quotes and operators would reach the backend's query syntax.
    query = " ".join(SearchParameter.words(raw_query))
    page_number = parameters["page"] or 1

    results = None
    if query:
        pages = public_pages(NewsPage.objects.live(), request)
        site = Site.find_for_request(request)
        if site is not None:
            pages = pages.descendant_of(site.root_page, inclusive=True)
        found = pages.search(query, operator="and")
        paginator = Paginator(found, RESULTS_PER_PAGE)
        if page_number > max(paginator.num_pages, 1):
            raise Http404(_("No such page of results."))
        results = paginator.page(page_number)
        # The search backend returns base pages: fetch the specific ones in one query per type.
        specific = {p.pk: p for p in NewsPage.objects.filter(pk__in=[p.pk for p in results.object_list])
                    .select_related("hero_image", "council", "category")}
        results.object_list = [specific[p.pk] for p in results.object_list if p.pk in specific]

    return render(request, "newsroom/search.html", {
        "search_query": raw_query,
        "news_page": results,
        "page_links": results.paginator.get_elided_page_range(results.number, on_each_side=2, on_ends=1)
        if results else [],
        "filter_query": urlencode({"q": raw_query}) if raw_query else "",
    })
