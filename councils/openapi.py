"""The directory's part of the API's OpenAPI document (delivery.openapi): members and councils."""

from delivery.openapi import BOOLEAN, DATE, DATETIME, INTEGER, SELECTABLE, STRING, URL, nullable, obj, ref

SCHEMAS = {
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
}


def add_directory(document, endpoints):
    """The construct_openapi_document hook (councils/wagtail_hooks.py)."""
    document["components"]["schemas"].update(SCHEMAS)
