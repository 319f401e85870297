"""What the plugins share, and the seams between them and the project that serves them; no models.

- ``delivery.parameters``, ``delivery.endpoints``: the API's one rule for query parameters (a form
  per action, Vietnamese JSON errors) and the endpoints' side of it;
- ``delivery.serializers``, ``delivery.images``, ``delivery.richtext``: how images, related objects
  and rich text leave the portal in an API answer;
- ``delivery.text``: Vietnamese folding, sort keys and numbers;
- ``delivery.modeladmin``: the read-only permission helper of admin reports;
- ``delivery.scope``: ``RequestScope``, the one object our code keeps on a request;
- ``delivery.readers``: which pages readers may see, through a per-request memo a project attaches
  (``ReaderScope``), with Wagtail's own ``public()`` when there is none;
- ``delivery.api``: the compact JSON our API endpoints answer;
- ``delivery.live_parts``: what a plugin adds to a page that a whole-page cache keeps (a registry).

Every plugin may import it; it imports no plugin and no project.
"""
