"""What the plugins share, and the seams between them and the project that serves them.

The API's contract, which a host project gets by installing this app:

- ``delivery.models``, ``delivery.versions``: the content version (one row; its token keys every
  cache) and the tombstones (``Removal``), kept by ``delivery.tombstones`` from Wagtail's signals;
- ``delivery.removals``, ``delivery.media_api``: the removals, images and documents endpoints;
- ``delivery.middleware``: ETag, Last-Modified, Cache-Control and 304s of the API; the 503 of a
  lost database (``delivery.outages``); ``delivery.errors``: every error as a Vietnamese message;
- ``delivery.page_cache``: the whole-response cache, kept per content version;
- ``delivery.openapi``: the OpenAPI builder (plugins add their schemas through a Wagtail hook).

The toolkit:

- ``delivery.parameters``, ``delivery.endpoints``: the API's one rule for query parameters (a form
  per action, Vietnamese JSON errors) and the endpoints' side of it;
- ``delivery.serializers``, ``delivery.images``, ``delivery.richtext``: how images, related objects
  and rich text leave the portal in an API answer;
- ``delivery.blocks``: chooser blocks that load in bulk, from objects loaded ahead for a batch;
- ``delivery.text``: Vietnamese folding, sort keys and numbers;
- ``delivery.modeladmin``: the read-only permission helper of admin reports;
- ``delivery.scope``: ``RequestScope``, the one object our code keeps on a request;
- ``delivery.readers``: which pages readers may see, through a per-request memo a project attaches
  (``ReaderScope``), with Wagtail's own ``public()`` when there is none;
- ``delivery.api``: the compact JSON our API endpoints answer;
- ``delivery.live_parts``: what a plugin adds to a page that a whole-page cache keeps (a registry);
- ``delivery.checks``: what each plugin's system checks share.

Every plugin may import it; it imports no plugin and no project.
"""
