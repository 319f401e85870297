"""The benchmark's ceiling: the cheapest answer this process can give (bench/urls.py, /bench/ok/)."""

from django.http import HttpResponse


def ok(request):
    return HttpResponse("ok", content_type="text/plain")
