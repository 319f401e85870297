"""What every API endpoint of ours shares with no other: the JSON it writes."""


class CompactJSONMixin:
    """Answer compact JSON: put before Wagtail's BaseAPIViewSet (or a subclass) in the bases.

    Wagtail's API asks REST framework for JSON indented by four spaces, which
    makes Python fall back to its pure-Python encoder: the list of 20 reports
    took a good part of its time in it. The JSON means the same; the browsable
    page for browsers keeps its indentation (REST framework adds it there).
    """

    def get_renderer_context(self):
        context = super().get_renderer_context()
        context.pop("indent", None)
        return context
