"""The statistics' part of the API's OpenAPI document (delivery.openapi): the counter and the beacon."""

from django.urls import NoReverseMatch, reverse

from delivery.openapi import INTEGER, STRING, errors, get, nullable, obj, openapi_parameters, ref

SCHEMAS = {
    "MostViewed": obj({"id": INTEGER, "type": STRING, "title": STRING, "url": nullable(STRING),
                       "views": INTEGER}),
    "Stats": obj({
        "site": nullable(obj({"id": INTEGER, "name": STRING})),
        "online": INTEGER, "today": INTEGER, "week": INTEGER, "all_time": INTEGER,
        "most_viewed": obj({"last_7_days": {"type": "array", "items": ref("MostViewed")},
                            "last_30_days": {"type": "array", "items": ref("MostViewed")}}),
    }),
    # ?site=all: every site side by side, most viewed in the last 30 days first (analytics/comparison.py).
    "SiteViews": obj({
        "site": obj({"id": INTEGER, "name": STRING}),
        "today": INTEGER, "week": INTEGER, "all_time": INTEGER, "views_last_30_days": INTEGER,
    }),
    "StatsComparison": obj({"sites": {"type": "array", "items": ref("SiteViews")}}),
}


def stats_paths(viewset, name):

    return {f"/api/v2/{name}/": get(
        "Access statistics", openapi_parameters(viewset.parameters_form("listing_view")),
        {"oneOf": [ref("Stats"), ref("StatsComparison")]},
        "Online now (last 5 minutes), today and this week in Asia/Ho_Chi_Minh, all time; the most viewed pages "
        "of the last 7 and 30 days (Stats). With ?site=all, every site's today, week, last 30 days and all "
        "time (its offset included), ordered by the views of the last 30 days, most first (StatsComparison; "
        "limit does not apply).", viewset.formats())}


HITS_PATH = {"/api/v2/hits/": {"post": {
    "summary": "Count a view (the beacon)",
    "description": "For headless sites: send {\"page\": <id>} as JSON, also as text/plain (navigator.sendBeacon "
                   "needs no preflight), from a partner origin. A partner's server sending X-API-Key adds "
                   "\"visitor_ip\" and \"user_agent\" to the object (only with a key). One view per visitor, "
                   "page and 30 minutes is counted. At most 2,048 bytes.",
    "requestBody": {"required": True, "content": {
        "application/json": {"schema": obj({"page": {"type": "integer", "minimum": 1, "maximum": 2**31 - 1}})},
    }},
    "responses": {
        "202": {"description": "Accepted.", "content": {"application/json": {"schema": ref("Error")}}},
        **errors("400", "403", "404", "405", "413", "429", "503"),
    },
}}}



def add_statistics(document, endpoints):
    """The construct_openapi_document hook (analytics/wagtail_hooks.py): the schemas, and the beacon
    where the project mounts it (analytics.views.hits_beacon, named ``analytics_hits``)."""
    document["components"]["schemas"].update(SCHEMAS)
    try:
        beacon = reverse("analytics_hits")
    except NoReverseMatch:
        return
    document["paths"][beacon] = HITS_PATH["/api/v2/hits/"]
