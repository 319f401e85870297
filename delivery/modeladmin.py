"""Read-only reports in the admin with wagtail-modeladmin: one permission helper for all of them."""

from wagtail_modeladmin.helpers import PermissionHelper


class ReadOnlyPermissionHelper(PermissionHelper):
    """Listed to active users holding one of ``read_permissions`` (superusers always); nobody writes.

    A report shows what editors keep elsewhere (posts edited on their member, counters kept by
    the site): no add, edit, delete or inspect screen is offered.
    """

    read_permissions = ("wagtailadmin.access_admin",)

    def user_can_list(self, user):
        return user.is_active and (user.is_superuser or any(user.has_perm(p) for p in self.read_permissions))

    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False

    def user_can_inspect_obj(self, user, obj):
        return False
