"""The OpenAPI 3.1 description of the public API: the builder, to which each plugin adds its part.

``spec(endpoints, request)`` describes the endpoints a project registered (name -> viewset):
- an endpoint over objects says what it lists in ``openapi_doc`` (an ``EndpointDoc``); its
  parameters are read from the forms that validate them (delivery.parameters), so they cannot
  drift; an endpoint of another shape gives its own paths (``openapi_paths(name)``);
- the schemas of what the answers hold, and paths outside the router (a beacon), come from each
  plugin's ``construct_openapi_document`` Wagtail hook, called with the document and the endpoints.
Checked against live answers by tests/api/test_openapi.py. A project serves it (the portal at
/api/v2/openapi.json and, readable, /api/v2/docs/).
"""

from dataclasses import dataclass

from django.conf import settings
from wagtail import hooks


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


# What this app's own endpoints answer (media, tombstones) and every error.
SCHEMAS = {
    "Error": obj({"message": STRING}),
    "Rendition": obj({"url": URL, "width": INTEGER, "height": INTEGER}),
    "Image": obj({
        "id": INTEGER, "title": STRING, "alt": STRING,
        # A rendition is null when it could not be made: the original file is missing on disk.
        "renditions": obj({name: nullable(ref("Rendition")) for name in ("thumbnail", "medium", "large")}),
    }),
    "Removal": obj({
        "id": INTEGER, "type": STRING, "endpoint": {"enum": ["pages", "council-members", "councils"]},
        "reason": {"enum": ["unpublished", "deleted", "private"]}, "removed_at": DATETIME,
    }, required=SELECTABLE),
    "MediaMeta": obj({"type": STRING, "detail_url": URL, "tags": {"type": "array", "items": STRING},
                      "download_url": STRING}, required=SELECTABLE),
    "ImageItem": obj({
        "id": INTEGER, "meta": ref("MediaMeta"), "title": STRING, "width": INTEGER, "height": INTEGER,
        "alt": STRING,
        "renditions": obj({name: nullable(ref("Rendition")) for name in ("thumbnail", "medium", "large")}),
        "created_at": DATETIME,
    }, required=SELECTABLE),
    "DocumentItem": obj({"id": INTEGER, "meta": ref("MediaMeta"), "title": STRING, "created_at": DATETIME},
                        required=SELECTABLE),
}


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


def openapi_parameters(form_class):
    """The OpenAPI query parameters of a form (delivery.parameters): names, descriptions and schemas."""
    from delivery.parameters import parameter_schema

    return [
        {"name": name, "in": "query", "required": False, "description": str(field.help_text or ""),
         "schema": parameter_schema(field)}
        for name, field in form_class.base_fields.items()
    ]


@dataclass(frozen=True)
class EndpointDoc:
    """What the generated parameters do not say of an endpoint: names, what it lists, and how."""

    listing: str
    detail: str | None
    find: str | None
    schema: str
    description: str = ""


def endpoint_paths(name, viewset):
    from delivery.parameters import MAX_ID

    doc = viewset.openapi_doc
    formats = viewset.formats()
    paths = {f"/api/v2/{name}/": get(doc.listing, openapi_parameters(viewset.parameters_form("listing_view")),
                                     listing(ref(doc.schema)), doc.description, formats)}
    if "find_view" in viewset.actions:
        paths[f"/api/v2/{name}/find/"] = find(doc.find, openapi_parameters(viewset.parameters_form("find_view")))
    if "detail_view" in viewset.actions:
        parameters = [id_parameter(MAX_ID), *openapi_parameters(viewset.parameters_form("detail_view"))]
        paths[f"/api/v2/{name}/{{id}}/"] = get(doc.detail, parameters, ref(doc.schema), formats=formats)
    if hasattr(viewset, "fields_by_type"):
        # What a pattern cannot say: which of the names in ?fields= and ?order= each page type has.
        listing_operation = paths[f"/api/v2/{name}/"]["get"]
        listing_operation["x-fields-by-type"] = viewset.fields_by_type("listing_view")
        listing_operation["x-order-by-type"] = viewset.orders_by_type()
        paths[f"/api/v2/{name}/{{id}}/"]["get"]["x-fields-by-type"] = viewset.fields_by_type("detail_view")
    return paths


def paths(endpoints):
    """Every operation of the router, its parameters read from the forms that validate them."""
    document = {}
    for name, viewset in endpoints.items():
        if hasattr(viewset, "openapi_paths"):
            document.update(viewset.openapi_paths(name))
        else:
            document.update(endpoint_paths(name, viewset))
    return document


SYNC_GUIDE = (
    "Mirror the portal: list each endpoint with a stable order and keep the largest modification time you "
    "saw; next time, ask with modified_since=<that time> for what changed and /api/v2/removals/"
    "?modified_since=<that time> for what to delete. Every GET carries ETag and Last-Modified: send "
    "If-None-Match or If-Modified-Since to get 304 when nothing changed."
)


def spec(endpoints, request=None):
    """The document for these endpoints (name -> viewset, as the project's router registers them)."""
    from delivery.tombstones import tombstone_endpoints

    base = getattr(settings, "WAGTAILAPI_BASE_URL", "") or ""
    schemas = {name: dict(schema) for name, schema in SCHEMAS.items()}
    schemas["Removal"]["properties"] = {**schemas["Removal"]["properties"],
                                        "endpoint": {"enum": tombstone_endpoints()}}
    document = {
        "openapi": "3.1.0",
        "info": {
            "title": "HĐND Portal API",
            "version": "2",
            "description": "Read-only access to the news, conference reports and council directory of a "
                           "People's Council portal. " + SYNC_GUIDE,
        },
        "servers": [{"url": request.build_absolute_uri("/").rstrip("/") if request else base}],
        "paths": paths(endpoints),
        "components": {"schemas": schemas},
    }
    for construct in hooks.get_hooks("construct_openapi_document"):
        construct(document, endpoints)
    return document
