"""The project's admin additions: the sign-in lockouts page under Settings (portal/lockouts.py), and the
editor's script that makes page addresses from Vietnamese titles."""

from django.contrib.auth.models import Permission
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal import lockouts


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return lockouts.may_unlock(request.user)


@hooks.register("register_admin_urls")
def register_lockout_urls():
    return [
        path("login-lockouts/", lockouts.lockout_index, name="portal_lockouts"),
        path("login-lockouts/unlock/", lockouts.unlock, name="portal_lockouts_unlock"),
    ]


@hooks.register("register_settings_menu_item")
def register_lockouts_menu_item():
    return LockoutsMenuItem(_("Sign-in lockouts"), reverse("portal_lockouts"), icon_name="lock", order=900)


@hooks.register("register_permissions")
def register_unlock_permission():
    """Lets an administrator give a group the right to unlock sign-ins (Settings → Groups)."""
    return Permission.objects.filter(content_type__app_label="axes", codename="delete_accessattempt")


@hooks.register("insert_editor_js")
def vietnamese_slug_script():
    """Every create/edit form (pages, snippets, copy): slugs by the server's rule, as the editor types."""
    return format_html('<script src="{}"></script>', static("portal/admin/slug.js"))
