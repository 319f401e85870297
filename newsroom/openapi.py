"""The newsroom's part of the API's OpenAPI document (delivery.openapi): pages and their blocks."""

from delivery.openapi import (
    BOOLEAN,
    DATETIME,
    INTEGER,
    NUMBER,
    SELECTABLE,
    STRING,
    URL,
    errors,
    nullable,
    obj,
    openapi_parameters,
    ref,
)


def block(kind, value):
    return {"if": {"properties": {"type": {"const": kind}}}, "then": {"properties": {"value": value}}}


SCHEMAS = {
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
        # The site the page belongs to (null only for a draft not yet saved, in a preview):
        "site": nullable(obj({"id": INTEGER, "hostname": STRING, "name": STRING})),
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
}

# A draft (/api/v2/preview/) is a page as the pages endpoint shows it; a page not saved yet has no id.
SCHEMAS["PreviewMeta"] = obj({**SCHEMAS["PageMeta"]["properties"], "detail_url": nullable(URL)}, required=SELECTABLE)
SCHEMAS["PagePreview"] = obj({**SCHEMAS["Page"]["properties"], "id": nullable(INTEGER), "meta": ref("PreviewMeta")},
                             required=SELECTABLE)


PREVIEW_ERRORS = ("400", "403", "404", "405", "406", "429", "503")


def preview_paths(viewset, name):
    responses = {"200": {"description": "The draft.", "headers": {"Cache-Control": {"schema": STRING}},
                         "content": {"application/json": {"schema": ref("PagePreview")}}},
                 **errors(*PREVIEW_ERRORS)}
    responses["403"] = {**responses["403"], "description": "The token is not valid or has expired."}
    responses["404"] = {**responses["404"], "description": "No draft for this token (or not of this type)."}
    parameters = openapi_parameters(viewset.parameters_form("listing_view"))
    for parameter in parameters:
        parameter["required"] = parameter["name"] == "token"
    return {f"/api/v2/{name}/": {"get": {
        "summary": "A draft, for the front end's preview",
        "description": "For headless front ends: the editor's Preview opens the site's front end with "
                       "?content_type=…&token=…; with them, this answers the draft in the shape the pages endpoint "
                       "gives that page (every field of its type, blocks included; a page never saved has "
                       "id and meta.detail_url null). A token is honoured for a few minutes "
                       "(PREVIEW_TOKEN_SECONDS) and shows only the draft it was made for. Never cached.",
        "parameters": parameters,
        "responses": responses,
    }}}


def add_pages(document, endpoints):
    """The construct_openapi_document hook (newsroom/wagtail_hooks.py)."""
    document["components"]["schemas"].update(SCHEMAS)
