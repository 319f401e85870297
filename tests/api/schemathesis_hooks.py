"""Schemathesis hooks for tests/api/test_schemathesis.py (loaded through SCHEMATHESIS_HOOKS).

One constraint of the pages endpoint crosses parameters, which OpenAPI cannot
state in a schema: the names ?fields= and ?order= may use depend on the page
type (?type= of a listing, the page's own type for a detail). The document
publishes them as ``x-fields-by-type`` and ``x-order-by-type``; this hook keeps
generated requests within them, as a client reading the document would.
"""

import schemathesis

PAGE = "wagtailcore.Page"


def names(value):
    if not isinstance(value, str) or not value:
        return set()
    return {part.lstrip("-") for part in value.split(",")} - {"*", "_"}


def allowed(by_type, page_type):
    if page_type in by_type:
        return set(by_type[page_type])
    # No type: a listing lists base pages, a detail may be of any type: the names every type has.
    return set.intersection(*(set(v) for v in by_type.values()))


@schemathesis.hook
def filter_query(context, query):
    operation = context.operation
    if operation is None or not isinstance(query, dict):
        return True
    definition = operation.definition.raw
    page_type = query.get("type") if isinstance(query.get("type"), str) else None
    fields_by_type = definition.get("x-fields-by-type")
    if fields_by_type and not names(query.get("fields")) <= allowed(fields_by_type, page_type):
        return False
    order_by_type = definition.get("x-order-by-type")
    if order_by_type and not names(query.get("order")) <= set(order_by_type.get(page_type or PAGE, ())):
        return False
    return True
