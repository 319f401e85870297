"""Headless preview: an editor's draft shown in a partner's front end, through a short-lived token.

wagtail-headless-preview does the editor's side: on "Preview" it keeps the draft (as Wagtail's
JSON of the page) in its ``PagePreview`` table under a signed token and sends the preview panel to
the front end of the page's site (``WAGTAIL_HEADLESS_PREVIEW["CLIENT_URLS"]``, by the site's
hostname, else ``"default"``) with ``?content_type=…&token=…``. The library never checks a
token's age; ``page_from_preview_token`` does (``NEWSROOM_PREVIEW_TOKEN_SECONDS``), and
the endpoint of ``newsroom/preview_api.py`` gives the front end that draft in the very shape the pages endpoint
gives a published page, and nothing else: no listing, no id to guess.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.utils.translation import gettext as _
from rest_framework.exceptions import PermissionDenied
from wagtail.models import Page
from wagtail_headless_preview.models import HeadlessPreviewMixin, PagePreview
from wagtail_headless_preview.settings import headless_preview_settings

HEADLESS_MODE = "headless"
DEFAULT_TOKEN_SECONDS = 10 * 60
# What TimestampSigner writes: "id=12" or "parent_id=5;page_type=newsroom.ConferencePage", then
# ":<timestamp>:<signature>" in URL-safe base64.
TOKEN_PATTERN = "^[-A-Za-z0-9_=;.:]{1,255}$"


def token_lifetime():
    """Seconds a preview token is honoured after the editor pressed "Preview"."""
    return int(getattr(settings, "NEWSROOM_PREVIEW_TOKEN_SECONDS", DEFAULT_TOKEN_SECONDS))


def front_end_configured():
    return bool(headless_preview_settings.CLIENT_URLS)


class TokenRefused(PermissionDenied):
    """A 403 whose message is ours, in Vietnamese."""


class HeadlessPreviewPageMixin(HeadlessPreviewMixin):
    """Pages an editor may preview in the partner's front end as well as on the portal itself.

    The portal's own page stays the first preview mode (the portal serves readers too); the
    front end is the second, offered once a front end URL is configured.
    """

    @property
    def preview_modes(self):
        modes = [("", _("Portal page"))]
        if front_end_configured():
            modes.append((HEADLESS_MODE, _("Partner front end")))
        return modes

    def serve_preview(self, request, preview_mode):
        if preview_mode == HEADLESS_MODE and front_end_configured():
            return HeadlessPreviewMixin.serve_preview(self, request, preview_mode)
        # The page as the portal renders it (Wagtail's own preview), past the library's override.
        return super(HeadlessPreviewMixin, self).serve_preview(request, preview_mode)


def page_from_preview_token(token, content_type=None):
    """The draft a token stands for, as an unsaved page; refused when forged, altered or too old.

    ``content_type`` ("app_label.model", as the library writes it in the front end's address)
    must match the draft's type when given.
    """
    from delivery.parameters import NotFoundError

    signer = HeadlessPreviewMixin.get_preview_signer()
    try:
        signer.unsign(token, max_age=token_lifetime())
    except signing.SignatureExpired as exc:
        raise TokenRefused(_("This preview has expired: press Preview in the editor again.")) from exc
    except signing.BadSignature as exc:
        raise TokenRefused(_("This preview link is not valid.")) from exc
    previews = PagePreview.objects.filter(token=token)
    if content_type:
        app_label, _dot, model = content_type.partition(".")
        kind = ContentType.objects.filter(app_label=app_label, model=model).first()
        previews = previews.filter(content_type=kind)
    preview = previews.first()
    if preview is None:
        raise NotFoundError(_("No preview for this link: press Preview in the editor again."))
    page = preview.as_page()
    if not isinstance(page, Page):
        raise NotFoundError(_("No preview for this link: press Preview in the editor again."))
    return page
