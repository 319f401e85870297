"""API pieces: the stats endpoint and a ``hit_count`` field page models may add to their api_fields.

A page model shows its view count in the pages API with::

    from analytics.api import HitCountField
    api_fields = [..., APIField("hit_count", serializer=HitCountField())]

In a listing, the counts of every item are read in one query.
"""

import re

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from hitcount.models import HitCount
from rest_framework import fields
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.models import Site

from analytics import comparison, stats

MAX_LIMIT = 50
MAX_SITE_ID = 2**31 - 1
ALL_SITES = "all"


def _key(obj):
    content_type_id = getattr(obj, "content_type_id", None) or ContentType.objects.get_for_model(obj).pk
    return content_type_id, obj.pk


class HitCountField(fields.Field):
    """All-time views of the object (HitCount.hits); 0 when never viewed. Reading never writes."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def _listing_counts(self):
        """Counts for every object of the listing being serialised, read once."""
        listing = getattr(self.parent, "parent", None)
        instances = getattr(listing, "instance", None)
        if listing is None or instances is None:
            return None
        counts = getattr(listing, "_analytics_hit_counts", None)
        if counts is None:
            keys = [_key(obj) for obj in instances]
            counts = {}
            if keys:
                rows = HitCount.objects.filter(
                    content_type_id__in={ct for ct, _ in keys}, object_pk__in={pk for _, pk in keys}
                ).values_list("content_type_id", "object_pk", "hits")
                counts = {(ct, pk): hits for ct, pk, hits in rows}
            listing._analytics_hit_counts = counts
        return counts

    def to_representation(self, obj):
        counts = self._listing_counts()
        if counts is not None:
            return counts.get(_key(obj), 0)
        content_type_id, pk = _key(obj)
        return HitCount.objects.filter(content_type_id=content_type_id, object_pk=pk).values_list(
            "hits", flat=True).first() or 0


class SiteParameter(forms.Field):
    """A site's id, or "all" for every site side by side (comparison.compute_comparison)."""

    default_error_messages = {
        "invalid": gettext_lazy('Expected a site id (a whole number from 1 to %(high)s) or "all".'),
    }
    digits = re.compile(r"[1-9][0-9]{0,9}\Z")

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if value == ALL_SITES:
            return ALL_SITES
        if not self.digits.match(value) or int(value) > MAX_SITE_ID:
            raise ValidationError(self.error_messages["invalid"], code="invalid", params={"high": MAX_SITE_ID})
        return int(value)

    def json_schema(self):
        return {"anyOf": [{"type": "integer", "minimum": 1, "maximum": MAX_SITE_ID},
                          {"type": "string", "enum": [ALL_SITES]}]}


class StatsParameters(forms.Form):
    """The parameters of /api/v2/stats/ (a project may validate them more strictly: portal/api.py does)."""

    limit = forms.IntegerField(required=False, min_value=1, max_value=MAX_LIMIT,
                               help_text="Most viewed pages per period (1-50, default 10).")
    site = SiteParameter(required=False, help_text=(
        'Site id; default: the site the request is addressed to. "all": every site\'s figures side by side '
        "(the sites compared, most viewed in the last 30 days first)."))


class _NoModel:
    """Stands for "no model": the router asks every endpoint whether a model is its own."""


class StatsAPIViewSet(APIView):
    """GET /api/v2/stats/: the access counter and the most viewed pages of the last 7 and 30 days.

    Figures are for the site the request is addressed to (or ``?site=<id>``); ``?site=all``
    compares every site's figures instead (analytics/comparison.py).
    """

    renderer_classes = [JSONRenderer]
    authentication_classes = []
    permission_classes = []
    parameters_class = StatsParameters
    model = _NoModel

    @classmethod
    def openapi_paths(cls, name):
        """Its operation in the API's OpenAPI document (delivery.openapi), under the name it is registered."""
        from analytics.openapi import stats_paths

        return stats_paths(cls, name)

    def get(self, request):
        unknown = sorted(set(request.GET) - set(self.parameters_class.base_fields) - {"format", "_"})
        if unknown:
            message = _("query parameter is not supported: %(names)s") % {"names": ", ".join(unknown)}
            return Response({"message": message}, status=400)
        form = self.parameters_class(request.GET)
        if not form.is_valid():
            message = " ".join(f"{name}: {' '.join(errors)}" for name, errors in form.errors.items())
            return Response({"message": message}, status=400)
        limit, site_id = form.cleaned_data["limit"] or 10, form.cleaned_data["site"]
        if site_id == ALL_SITES:
            return Response({"sites": comparison.comparison()})
        if site_id is None:
            site = Site.find_for_request(request)
        else:
            site = Site.objects.filter(pk=site_id).first()
            if site is None:
                return Response({"message": _("no such site")}, status=404)
        site_pk = site.pk if site else None
        figures = stats.figures(site_pk)
        return Response({
            "site": {"id": site.pk, "name": site.site_name or site.hostname} if site else None,
            "online": figures["online"],
            "today": figures["today"],
            "week": figures["week"],
            "all_time": figures["all_time"],
            "most_viewed": {
                "last_7_days": stats.cached_most_viewed(7, site_pk, limit, request),
                "last_30_days": stats.cached_most_viewed(30, site_pk, limit, request),
            },
        })

    @classmethod
    def get_urlpatterns(cls):
        """Lets WagtailAPIRouter.register_endpoint("stats", StatsAPIViewSet) mount it."""
        return [path("", cls.as_view(), name="listing")]
