"""How councils are named by other objects in the API (members' posts, news pages)."""

from delivery.serializers import iso_date


def html_url(obj, context):
    # Absolute, as Wagtail's pages API gives it; None when the site has no member directory.
    return obj.get_url(context["request"], full=True)


def council_reference(council):
    return {"id": council.pk, "slug": council.slug, "name": council.name}


def council_summary(council):
    """A council named by another object, dissolved ones included: {id, slug, name, level, dissolved}."""
    return {
        "id": council.pk,
        "slug": council.slug,
        "name": council.name,
        "level": council.level,
        "dissolved": iso_date(council.dissolved),
    }
