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
    "DirectoryMeta": obj({"type": STRING, "detail_url": URL, "html_url": nullable(URL)}),
    "CouncilMember": obj({
        "id": INTEGER, "meta": ref("DirectoryMeta"), "uuid": {"type": "string", "format": "uuid"}, "slug": STRING,
        "name": STRING, "honorific": STRING, "given_name": STRING, "position_line": STRING,
        "portrait": nullable(ref("Image")), "memberships": {"type": "array", "items": ref("Membership")},
        "biography": STRING, "gender": STRING, "birth_date": STRING, "ethnicity": STRING, "hometown": STRING,
        "contact": obj({"email": STRING, "phone": STRING}), "created": DATETIME, "modified": DATETIME,
        "hit_count": INTEGER,
    }, required=["id", "meta", "uuid", "slug", "name"]),
    "Council": obj({
        "id": INTEGER, "meta": ref("DirectoryMeta"), "slug": STRING, "name": STRING, "short_name": STRING,
        "level": {"enum": ["province", "commune", "district"]}, "kind": STRING,
        "parent": nullable(obj({"id": INTEGER, "slug": STRING, "name": STRING})),
        "established": nullable(DATE), "dissolved": nullable(DATE), "is_dissolved": BOOLEAN,
        "predecessors": {"type": "array", "items": ref("CouncilSummary")},
        "successors": {"type": "array", "items": ref("CouncilSummary")},
        "description": STRING, "created": DATETIME, "modified": DATETIME,
    }, required=["id", "meta", "slug", "name", "level"]),
    "Removal": obj({
        "id": INTEGER, "type": STRING, "endpoint": {"enum": ["pages", "council-members", "councils"]},
        "reason": {"enum": ["unpublished", "deleted", "private"]}, "removed_at": DATETIME,
    }),
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
    }, required=["type", "detail_url"]),
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
    }, required=["id", "meta"]),
    "MediaMeta": obj({"type": STRING, "detail_url": URL, "tags": {"type": "array", "items": STRING},
                      "download_url": STRING}, required=["type", "detail_url"]),
    "ImageItem": obj({
        "id": INTEGER, "meta": ref("MediaMeta"), "title": STRING, "width": INTEGER, "height": INTEGER,
        "alt": STRING,
        "renditions": obj({name: nullable(ref("Rendition")) for name in ("thumbnail", "medium", "large")}),
        "created_at": DATETIME,
    }, required=["id", "meta", "title"]),
    "MostViewed": obj({"id": INTEGER, "type": STRING, "title": STRING, "url": nullable(STRING),
                       "views": INTEGER}),
    "Stats": obj({
        "site": nullable(obj({"id": INTEGER, "name": STRING})),
        "online": INTEGER, "today": INTEGER, "week": INTEGER, "all_time": INTEGER,
        "most_viewed": obj({"last_7_days": {"type": "array", "items": ref("MostViewed")},
                            "last_30_days": {"type": "array", "items": ref("MostViewed")}}),
    }),
    "DocumentItem": obj({"id": INTEGER, "meta": ref("MediaMeta"), "title": STRING, "created_at": DATETIME},
                        required=["id", "meta", "title"]),
}


def param(name, description, schema=STRING, where="query", required=False):
    return {"name": name, "in": where, "required": required, "description": description, "schema": schema}


LIMIT = param("limit", "Items per response, at most WAGTAILAPI_LIMIT_MAX.", {"type": "integer", "minimum": 1})
OFFSET = param("offset", "Items to skip.", {"type": "integer", "minimum": 0})
FIELDS = param("fields", "Fields to add (a,b), remove (-a) or all (*).")
MODIFIED_SINCE = param("modified_since", "ISO 8601 date or date-time; naive values are Asia/Ho_Chi_Minh.",
                       {"type": "string"})
ID = param("id", "Numeric id.", {"type": "integer"}, where="path", required=True)
SEARCH = param("search", "Words to find; Vietnamese diacritics are optional.")

ERRORS = {
    "400": {"description": "Bad input: unknown parameter, malformed value, limit over the maximum.",
            "content": {"application/json": {"schema": ref("Error")}}},
    "404": {"description": "Not found, not published, or not public.",
            "content": {"application/json": {"schema": ref("Error")}}},
}


def ok(schema, description="OK"):
    return {"description": description, "headers": {
        "ETag": {"schema": STRING}, "Last-Modified": {"schema": STRING}, "Cache-Control": {"schema": STRING},
    }, "content": {"application/json": {"schema": schema}}}


def get(summary, parameters, schema, description=""):
    return {"get": {"summary": summary, "description": description, "parameters": parameters,
                    "responses": {"200": ok(schema), "304": {"description": "Not modified."}, **ERRORS}}}


PATHS = {
    "/api/v2/pages/": get("Pages", [
        LIMIT, OFFSET, FIELDS, MODIFIED_SINCE, SEARCH,
        param("type", "Page type, e.g. newsroom.NewsPage or newsroom.ConferencePage; needed for their fields."),
        param("date_after", "Publication date on or after (ISO 8601)."),
        param("date_before", "Publication date before (ISO 8601)."),
        param("council", "Council id or slug (dissolved councils included)."),
        param("tag", "Tag slug."), param("category", "Category slug or id."),
        param("member", "Pages that name a member (speech, conclusion, chair, photo, related): id or UUID."),
        param("order", "Field to order by (- for descending); the id breaks ties. Default: newest first."),
        param("child_of", "Parent page id."), param("descendant_of", "Ancestor page id."),
    ], listing(ref("Page")), "Live, public pages of the requested site, newest first."),
    "/api/v2/pages/{id}/": get("A page", [ID, FIELDS], ref("Page")),
    "/api/v2/images/": get("Images", [LIMIT, OFFSET, FIELDS, MODIFIED_SINCE, SEARCH], listing(ref("ImageItem"))),
    "/api/v2/images/{id}/": get("An image", [ID, FIELDS], ref("ImageItem")),
    "/api/v2/documents/": get("Documents", [LIMIT, OFFSET, FIELDS, MODIFIED_SINCE, SEARCH],
                              listing(ref("DocumentItem")), "Documents outside private collections."),
    "/api/v2/documents/{id}/": get("A document", [ID, FIELDS], ref("DocumentItem")),
    "/api/v2/council-members/": get("Council members", [
        LIMIT, OFFSET, FIELDS, MODIFIED_SINCE, SEARCH,
        param("council", "Council id or slug."), param("organization", "Organization id.", INTEGER),
        param("role", "chair, vice_chair, head, deputy_head, member, delegate, ..."),
        param("current", "true: holds a current post; false: none.", BOOLEAN),
    ], listing(ref("CouncilMember")), "Published members, by given name in Vietnamese order."),
    "/api/v2/council-members/{id}/": get("A council member", [ID, FIELDS], ref("CouncilMember")),
    "/api/v2/councils/": get("Councils", [
        LIMIT, OFFSET, FIELDS, MODIFIED_SINCE, SEARCH,
        param("level", "province, commune or district."), param("parent", "Parent council id or slug."),
        param("dissolved", "true or false.", BOOLEAN),
    ], listing(ref("Council")), "Current and dissolved councils, with their mergers."),
    "/api/v2/councils/{id}/": get("A council", [ID, FIELDS], ref("Council")),
    "/api/v2/removals/": get("Removals (tombstones)", [
        LIMIT, OFFSET, MODIFIED_SINCE,
        param("endpoint", "pages, council-members or councils."),
    ], listing(ref("Removal")),
        "What was unpublished, deleted or made private since modified_since: a mirror drops these ids. "
        "When an object comes back, its tombstone goes and the object shows again with a newer modification "
        "time."),
    "/api/v2/stats/": get("Access statistics", [
        param("site", "Site id; default: the site the request is addressed to.", INTEGER),
        param("limit", "Most viewed pages per period (1-50).", INTEGER),
    ], ref("Stats"), "Online now (last 5 minutes), today and this week in Asia/Ho_Chi_Minh, all time; the most "
                     "viewed pages of the last 7 and 30 days."),
    "/api/v2/hits/": {"post": {
        "summary": "Count a view (the beacon)",
        "description": "For headless sites: send {\"page\": <id>} as JSON or text/plain (navigator.sendBeacon "
                       "needs no preflight) from a partner origin. A partner's server may send X-API-Key with "
                       "visitor_ip and user_agent. One view per visitor, page and 30 minutes is counted.",
        "requestBody": {"required": True, "content": {
            "text/plain": {"schema": obj({"page": INTEGER})},
            "application/json": {"schema": obj({"page": INTEGER, "visitor_ip": STRING, "user_agent": STRING},
                                               required=["page"])},
        }},
        "responses": {
            "202": {"description": "Accepted.", "content": {"application/json": {"schema": ref("Error")}}},
            "400": ERRORS["400"],
            "403": {"description": "Origin or API key not allowed.",
                    "content": {"application/json": {"schema": ref("Error")}}},
            "404": ERRORS["404"],
            "429": {"description": "Too many requests from this client.",
                    "content": {"application/json": {"schema": ref("Error")}}},
        },
    }},
}

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
        "paths": PATHS,
        "components": {"schemas": SCHEMAS},
    }
    return document
