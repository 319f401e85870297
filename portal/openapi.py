"""The OpenAPI 3.1 description of the public API, as we expose it.

Written by hand from the endpoints' serialisers and checked against live
responses by tests/api/test_openapi.py, so it cannot drift from what clients
get. Served at /api/v2/openapi.json and, readable, at /api/v2/docs/.
"""

from django.conf import settings


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema):
    return {"anyOf": [schema, {"type": "null"}]}


STRING, INTEGER, NUMBER, BOOLEAN = ({"type": t} for t in ("string", "integer", "number", "boolean"))
DATE = {"type": "string", "format": "date"}
DATETIME = {"type": "string", "format": "date-time"}
URL = {"type": "string", "format": "uri"}


def obj(properties, required=None, additional=False):
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties) if required is None else required,
        "additionalProperties": additional,
    }


def listing(item):
    return obj({"meta": obj({"total_count": INTEGER}), "items": {"type": "array", "items": item}})


# Items of listings and details: ?fields= may leave out any property, the id and meta included.
SELECTABLE = []


def block(kind, value):
    return {"if": {"properties": {"type": {"const": kind}}}, "then": {"properties": {"value": value}}}


SCHEMAS = {
    "Error": obj({"message": STRING}),
    "Rendition": obj({"url": URL, "width": INTEGER, "height": INTEGER}),
    "Image": obj({
        "id": INTEGER, "title": STRING, "alt": STRING,
        # A rendition is null when it could not be made: the original file is missing on disk.
        "renditions": obj({name: nullable(ref("Rendition")) for name in ("thumbnail", "medium", "large")}),
    }),
    "MemberSummary": obj({
        "id": INTEGER, "uuid": {"type": "string", "format": "uuid"}, "slug": STRING, "name": STRING,
        "honorific": STRING, "position_line": STRING, "portrait": nullable(ref("Image")), "html_url": nullable(URL),
    }),
    "CouncilSummary": obj({
        "id": INTEGER, "slug": STRING, "name": STRING, "level": {"enum": ["province", "commune", "district"]},
        "dissolved": nullable(DATE),
    }),
    "Membership": obj({
        "id": INTEGER, "role": STRING, "role_label": STRING, "title": STRING,
        "start_date": nullable(DATE), "end_date": nullable(DATE), "is_current": BOOLEAN, "constituency": STRING,
        "organization": obj({
            "id": INTEGER, "name": STRING, "kind": STRING, "slug": STRING,
            "council": obj({"id": INTEGER, "slug": STRING, "name": STRING, "level": STRING}),
        }),
        "term": nullable(obj({"id": INTEGER, "number": INTEGER, "name": STRING, "start_date": DATE,
                              "end_date": nullable(DATE)})),
    }),
    "DirectoryMeta": obj({"type": STRING, "detail_url": URL, "html_url": nullable(URL)}, required=SELECTABLE),
    "CouncilMember": obj({
        "id": INTEGER, "meta": ref("DirectoryMeta"), "uuid": {"type": "string", "format": "uuid"}, "slug": STRING,
        "name": STRING, "honorific": STRING, "given_name": STRING, "position_line": STRING,
        "portrait": nullable(ref("Image")), "memberships": {"type": "array", "items": ref("Membership")},
        "biography": STRING, "gender": STRING, "birth_date": STRING, "ethnicity": STRING, "hometown": STRING,
        "contact": obj({"email": STRING, "phone": STRING}), "created": DATETIME, "modified": DATETIME,
        "hit_count": INTEGER,
    }, required=SELECTABLE),
    "Council": obj({
        "id": INTEGER, "meta": ref("DirectoryMeta"), "slug": STRING, "name": STRING, "short_name": STRING,
        "level": {"enum": ["province", "commune", "district"]}, "kind": STRING,
        "parent": nullable(obj({"id": INTEGER, "slug": STRING, "name": STRING})),
        "established": nullable(DATE), "dissolved": nullable(DATE), "is_dissolved": BOOLEAN,
        "predecessors": {"type": "array", "items": ref("CouncilSummary")},
        "successors": {"type": "array", "items": ref("CouncilSummary")},
        "description": STRING, "created": DATETIME, "modified": DATETIME,
    }, required=SELECTABLE),
    "Removal": obj({
        "id": INTEGER, "type": STRING, "endpoint": {"enum": ["pages", "council-members", "councils"]},
        "reason": {"enum": ["unpublished", "deleted", "private"]}, "removed_at": DATETIME,
    }, required=SELECTABLE),
    "Block": {
        "type": "object",
        "required": ["type", "value", "id"],
        "properties": {
            "type": {"enum": ["paragraph", "heading", "quote", "photo", "speech", "statistic", "conclusion"]},
            "id": STRING,
        },
        "allOf": [
            block("paragraph", STRING),
            block("heading", obj({"text": STRING, "level": {"enum": ["h2", "h3"]}})),
            block("quote", obj({"text": STRING, "attribution": STRING})),
            block("photo", obj({"image": nullable(ref("Image")), "caption": STRING, "credit": STRING,
                                "members": {"type": "array", "items": ref("MemberSummary")}})),
            block("speech", obj({
                "speaker": nullable(ref("MemberSummary")), "speaker_name": STRING, "attribution": STRING,
                "kind": {"enum": ["opening", "report", "contribution", "discussion", "closing"]}, "text": STRING,
            })),
            block("statistic", obj({
                "label": STRING, "value": NUMBER, "unit": STRING, "scope": STRING, "period": STRING,
                "breakdown": {"type": "array", "items": obj({"label": STRING, "value": NUMBER})},
            })),
            block("conclusion", obj({
                "presiding_member": nullable(ref("MemberSummary")), "presiding_name": STRING,
                "attribution": STRING, "text": STRING, "directives": {"type": "array", "items": STRING},
            })),
        ],
    },
    "PageMeta": obj({
        "type": STRING, "detail_url": URL, "html_url": nullable(URL), "slug": STRING,
        "first_published_at": nullable(DATETIME), "show_in_menus": BOOLEAN, "seo_title": STRING,
        "search_description": STRING, "alias_of": {}, "parent": {}, "locale": STRING,
    }, required=SELECTABLE),
    "Page": obj({
        "id": INTEGER, "meta": ref("PageMeta"), "title": STRING,
        # News pages and conference reports (?type=newsroom.NewsPage / newsroom.ConferencePage):
        "date": nullable(DATETIME), "summary": STRING, "hero_image": nullable(ref("Image")),
        "hero_caption": STRING, "hero_credit": STRING, "body": {"type": "array", "items": ref("Block")},
        "byline": STRING, "category": nullable(obj({"id": INTEGER, "name": STRING, "slug": STRING})),
        "tags": {"type": "array", "items": obj({"name": STRING, "slug": STRING})},
        "council": nullable(ref("CouncilSummary")),
        "related_members": {"type": "array", "items": ref("MemberSummary")},
        "hit_count": INTEGER,
        # When anything this page shows last changed (what modified_since filters on):
        "modified": DATETIME,
        # Conference reports only:
        "start": nullable(DATETIME), "location": STRING, "theme": STRING, "participants": STRING,
        "chairs": {"type": "array", "items": obj({"member": nullable(ref("MemberSummary")),
                                                   "attribution": STRING, "position": STRING})},
        # Home pages and directories:
        "intro": STRING, "council_id": nullable(INTEGER),
    }, required=SELECTABLE),
    "MediaMeta": obj({"type": STRING, "detail_url": URL, "tags": {"type": "array", "items": STRING},
                      "download_url": STRING}, required=SELECTABLE),
    "ImageItem": obj({
        "id": INTEGER, "meta": ref("MediaMeta"), "title": STRING, "width": INTEGER, "height": INTEGER,
        "alt": STRING,
        "renditions": obj({name: nullable(ref("Rendition")) for name in ("thumbnail", "medium", "large")}),
        "created_at": DATETIME,
    }, required=SELECTABLE),
    "MostViewed": obj({"id": INTEGER, "type": STRING, "title": STRING, "url": nullable(STRING),
                       "views": INTEGER}),
    "Stats": obj({
        "site": nullable(obj({"id": INTEGER, "name": STRING})),
        "online": INTEGER, "today": INTEGER, "week": INTEGER, "all_time": INTEGER,
        "most_viewed": obj({"last_7_days": {"type": "array", "items": ref("MostViewed")},
                            "last_30_days": {"type": "array", "items": ref("MostViewed")}}),
    }),
    "DocumentItem": obj({"id": INTEGER, "meta": ref("MediaMeta"), "title": STRING, "created_at": DATETIME},
                        required=SELECTABLE),
}


# A draft (/api/v2/preview/) is a page as the pages endpoint shows it; a page not saved yet has no id.
SCHEMAS["PreviewMeta"] = obj({**SCHEMAS["PageMeta"]["properties"], "detail_url": nullable(URL)}, required=SELECTABLE)
SCHEMAS["PagePreview"] = obj({**SCHEMAS["Page"]["properties"], "id": nullable(INTEGER), "meta": ref("PreviewMeta")},
                             required=SELECTABLE)


ERROR_DESCRIPTIONS = {
    "400": "Bad input: an unknown or repeated parameter, an empty or malformed value, a number out of range.",
    "403": "Origin or API key not allowed; for a preview, a token not valid or expired.",
    "404": "Not found, not published, or not public (also an unknown object named by a filter).",
    "405": "This address does not accept this method.",
    "406": "The format asked for (?format= or Accept) is not available.",
    "413": "The body is too large.",
    "429": "Too many requests from this client.",
    "503": "The portal is briefly unavailable.",
}


def errors(*statuses):
    content = {"application/json": {"schema": ref("Error")}}
    return {status: {"description": ERROR_DESCRIPTIONS[status], "content": content} for status in statuses}


GET_ERRORS = ("400", "404", "405", "406", "429", "503")


def ok(schema, formats, description="OK"):
    content = {"application/json": {"schema": schema}}
    if "api" in formats:  # REST framework's browsable page, for ?format=api or a browser's Accept
        content["text/html"] = {"schema": STRING}
    return {"description": description, "headers": {
        "ETag": {"schema": STRING}, "Last-Modified": {"schema": STRING}, "Cache-Control": {"schema": STRING},
    }, "content": content}


def get(summary, parameters, schema, description="", formats=("json",)):
    return {"get": {"summary": summary, "description": description, "parameters": parameters,
                    "responses": {"200": ok(schema, formats), "304": {"description": "Not modified."},
                                  **errors(*GET_ERRORS)}}}


def find(summary, parameters):
    return {"get": {"summary": summary, "description": "Redirects to the detail URL of the object found.",
                    "parameters": parameters,
                    "responses": {"302": {"description": "Found: see Location.",
                                          "headers": {"Location": {"schema": URL}}},
                                  **errors(*GET_ERRORS)}}}


def id_parameter(max_value):
    return {"name": "id", "in": "path", "required": True, "description": "Numeric id.",
            "schema": {"type": "integer", "minimum": 1, "maximum": max_value}}


# What the generated parameters do not say: names, what each endpoint lists, and how.
ENDPOINTS = {
    "pages": ("Pages", "A page", "Find a page by id or html_path", "Page",
              "Live, public pages of the requested site, newest first. Which fields and orders a listing "
              "takes depends on its type: news fields (date, summary, body...) need "
              "type=newsroom.NewsPage or newsroom.ConferencePage. With search, results come by relevance "
              "unless order is given."),
    "images": ("Images", "An image", "Find an image by id", "ImageItem", "Search looks in titles."),
    "documents": ("Documents", "A document", "Find a document by id", "DocumentItem",
                  "Documents outside private collections; search looks in titles."),
    "council-members": ("Council members", "A council member", "Find a council member by id", "CouncilMember",
                        "Published members, by given name in Vietnamese order."),
    "councils": ("Councils", "A council", "Find a council by id", "Council",
                 "Current and dissolved councils, with their mergers."),
    "removals": ("Removals (tombstones)", None, None, "Removal",
                 "What was unpublished, deleted or made private since modified_since: a mirror drops these ids. "
                 "When an object comes back, its tombstone goes and the object shows again with a newer "
                 "modification time."),
}


def endpoint_paths(name, viewset):
    from delivery.parameters import MAX_ID, openapi_parameters

    listing_summary, detail_summary, find_summary, schema, description = ENDPOINTS[name]
    formats = viewset.formats()
    paths = {f"/api/v2/{name}/": get(listing_summary, openapi_parameters(viewset.parameters_form("listing_view")),
                                     listing(ref(schema)), description, formats)}
    if "find_view" in viewset.actions:
        paths[f"/api/v2/{name}/find/"] = find(find_summary, openapi_parameters(viewset.parameters_form("find_view")))
    if "detail_view" in viewset.actions:
        parameters = [id_parameter(MAX_ID), *openapi_parameters(viewset.parameters_form("detail_view"))]
        paths[f"/api/v2/{name}/{{id}}/"] = get(detail_summary, parameters, ref(schema), formats=formats)
    if hasattr(viewset, "fields_by_type"):
        # What a pattern cannot say: which of the names in ?fields= and ?order= each page type has.
        listing_operation = paths[f"/api/v2/{name}/"]["get"]
        listing_operation["x-fields-by-type"] = viewset.fields_by_type("listing_view")
        listing_operation["x-order-by-type"] = viewset.orders_by_type()
        paths[f"/api/v2/{name}/{{id}}/"]["get"]["x-fields-by-type"] = viewset.fields_by_type("detail_view")
    return paths


def stats_path(viewset):
    from delivery.parameters import openapi_parameters

    return {"/api/v2/stats/": get(
        "Access statistics", openapi_parameters(viewset.parameters_form("listing_view")), ref("Stats"),
        "Online now (last 5 minutes), today and this week in Asia/Ho_Chi_Minh, all time; the most viewed pages "
        "of the last 7 and 30 days.", viewset.formats())}


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


PREVIEW_ERRORS = ("400", "403", "404", "405", "406", "429", "503")


def preview_path(viewset):
    from delivery.parameters import openapi_parameters

    responses = {"200": {"description": "The draft.", "headers": {"Cache-Control": {"schema": STRING}},
                         "content": {"application/json": {"schema": ref("PagePreview")}}},
                 **errors(*PREVIEW_ERRORS)}
    responses["403"] = {**responses["403"], "description": "The token is not valid or has expired."}
    responses["404"] = {**responses["404"], "description": "No draft for this token (or not of this type)."}
    parameters = openapi_parameters(viewset.parameters_form("listing_view"))
    for parameter in parameters:
        parameter["required"] = parameter["name"] == "token"
    return {"/api/v2/preview/": {"get": {
        "summary": "A draft, for the front end's preview",
        "description": "For headless front ends: the editor's Preview opens the site's front end with "
                       "?content_type=…&token=…; with them, this answers the draft in the shape the pages endpoint "
                       "gives that page (every field of its type, blocks included; a page never saved has "
                       "id and meta.detail_url null). A token is honoured for a few minutes "
                       "(PREVIEW_TOKEN_SECONDS) and shows only the draft it was made for. Never cached.",
        "parameters": parameters,
        "responses": responses,
    }}}


def paths():
    """Every operation of the router, its parameters read from the forms that validate them."""
    from portal.api import ENDPOINTS

    document = {}
    for name, viewset in ENDPOINTS.items():
        if name == "stats":
            document.update(stats_path(viewset))
        elif name == "preview":
            document.update(preview_path(viewset))
        else:
            document.update(endpoint_paths(name, viewset))
    document.update(HITS_PATH)
    return document


SYNC_GUIDE = (
    "Mirror the portal: list each endpoint with a stable order and keep the largest modification time you "
    "saw; next time, ask with modified_since=<that time> for what changed and /api/v2/removals/"
    "?modified_since=<that time> for what to delete. Every GET carries ETag and Last-Modified: send "
    "If-None-Match or If-Modified-Since to get 304 when nothing changed."
)


def spec(request=None):
    base = getattr(settings, "WAGTAILAPI_BASE_URL", "") or ""
    document = {
        "openapi": "3.1.0",
        "info": {
            "title": "HĐND Portal API",
            "version": "2",
            "description": "Read-only access to the news, conference reports and council directory of a "
                           "People's Council portal. " + SYNC_GUIDE,
        },
        "servers": [{"url": request.build_absolute_uri("/").rstrip("/") if request else base}],
        "paths": paths(),
        "components": {"schemas": SCHEMAS},
    }
    return document
