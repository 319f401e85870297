"""What plugins add to a page that a whole-page cache keeps: a registry, like councils/activity.py.

A page kept whole would show the figures of the moment it was rendered and
count no views. A plugin whose part of a page must be current on every request
registers a ``LivePart`` (in its AppConfig.ready); analytics registers two: the
access counter in the footer (a region of the page) and the view a page served
from a cache still counts (no region). For each part:

- ``capture(request)`` when a cache keeps a rendered page: a small picklable
  value kept with the page (what the page counts, its site), or None;
- ``wrap(html)`` around the part's output in the template, so that ``split``
  can find it in the rendered page (a part without a region never wraps);
- ``render(state)`` on every request served from the cache: the region's
  current HTML, as the template would render it now;
- ``served(request, state)`` after that (counting the view).

A cache (delivery/page_cache.py) talks to this registry only, and knows no plugin.
"""

_parts = {}


class LivePart:
    """Subclass, give it a unique ``name``, and register an instance with ``register_live_part``."""

    name = ""

    @property
    def start(self):
        return f"<!--{self.name}-->"

    @property
    def end(self):
        return f"<!--/{self.name}-->"

    def wrap(self, html):
        return f"{self.start}{html}{self.end}"

    def capture(self, request):
        return None

    def render(self, state):
        """The region's HTML now, wrapped; only parts that ``wrap`` something are asked."""
        raise NotImplementedError

    def served(self, request, state):
        """Called for every request served from the cache, with what ``capture`` kept."""


def register_live_part(part):
    """Register ``part`` (a LivePart instance) under its name; registering again replaces it."""
    _parts[part.name] = part
    return part


def live_parts():
    return tuple(_parts.values())


def live_part(name):
    return _parts.get(name)


def capture(request):
    """{name: state} of every registered part that has something to keep for this page."""
    states = {}
    for part in _parts.values():
        state = part.capture(request)
        if state is not None:
            states[part.name] = state
    return states


def split(html):
    """(pieces, names, regions): the page cut around the first region of every registered part.

    ``pieces`` has one more item than ``names``; ``regions`` holds each region's
    HTML as rendered. None when the page has no region.
    """
    found = []
    for part in _parts.values():
        start = html.find(part.start)
        stop = html.find(part.end, start + len(part.start)) if start >= 0 else -1
        if start >= 0 and stop >= 0:
            found.append((start, stop + len(part.end), part.name))
    if not found:
        return None
    pieces, names, regions, at = [], [], [], 0
    for start, stop, name in sorted(found):
        if start < at:
            continue  # inside another part's region: it is rendered with that one
        pieces.append(html[at:start])
        names.append(name)
        regions.append(html[start:stop])
        at = stop
    pieces.append(html[at:])
    return pieces, names, regions
