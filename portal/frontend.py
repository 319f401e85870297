"""The reference front end: a static page whose script renders news and reports from the API.

It shows what a partner's site does with the public API and with headless preview
(newsroom/preview.py): opened with ``?content_type=…&token=…`` it renders the editor's draft
from /api/v2/preview/. The page itself is a template only for ``{% static %}``; everything it shows
comes from the API, in the browser (portal/static/frontend/frontend.js).
"""

from django.shortcuts import render
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_safe


@require_safe
@xframe_options_sameorigin  # the admin's preview panel frames it when it is on the admin's origin
def reference_front_end(request):
    return render(request, "frontend/index.html")
