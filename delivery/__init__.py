"""Seams between the plugins and the project that serves them, with no Django models of its own.

- ``delivery.readers``: which pages readers may see, through a per-request memo a project attaches
  (``ReaderScope``), with Wagtail's own ``public()`` when there is none;
- ``delivery.api``: the compact JSON our API endpoints answer;
- ``delivery.live_parts``: what a plugin adds to a page that a whole-page cache keeps (a registry).

Every plugin may import it; it imports no plugin and no project.
"""
