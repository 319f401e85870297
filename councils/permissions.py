"""Who may edit which council's directory in the admin: each council names its editor groups.

Wagtail's snippet permissions are per model: "change council member" alone would open every
council's members to every commune's editors. As Wagtail's GroupPagePermission and
GroupCollectionPermission narrow a group's page and media rights to part of the tree,
``Council.editor_groups`` narrows a group's model permissions on council members,
organizations and terms to that council's rows. What a user may *do* (add, change, delete,
publish, view) is still what their groups' Django permissions say; the policies here decide
*which rows* that reaches:

- superusers, and users who hold directory permissions directly or through a group linked to
  no council (the province office), reach every council;
- everyone else reaches the councils whose ``editor_groups`` they are in, and nothing else;
- an organization or a term belongs to its council; a member belongs to the councils of its
  memberships (its posts), and is reached when one of them is the user's. A member with no
  membership yet belongs to no council and is reached only by whoever created it (Wagtail's
  ``wagtail.create`` log entry), so that nobody else's editors see a half-made record;
- deleting a member needs all of its councils, since it deletes every post it holds.

The policies are registered for their models in ``wagtail_hooks`` (Wagtail's
``register_permission_policy``), so the snippet listings, choosers, menu and bulk actions read
them; ``scoped_view`` makes the views of one object (edit, delete, history, revisions...) read
them too.
"""

import functools

from django.contrib.admin.utils import unquote
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, Exists, OuterRef, Q
from django.db.models.functions import Cast
from wagtail.models import ModelLogEntry
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet, SnippetChosenView
from wagtail.snippets.views.snippets import DeleteView

from councils.models import Council, CouncilMember, Membership, Organization, Term

DIRECTORY_MODELS = ("councilmember", "organization", "term")
# What a view of one existing row (edit, history, revisions, usage...) needs: any of these on that row.
OBJECT_ACTIONS = ("change", "delete", "publish", "view")


def reachable_councils(user):
    """The councils whose directory ``user`` reaches in the admin, or None for all of them.

    Cached on the user for the request, as Django caches a user's permissions (``_perm_cache``).
    """
    if not user.is_active or user.is_anonymous:
        return Council.objects.none()
    if user.is_superuser:
        return None
    if not hasattr(user, "_councils_reachable"):
        user._councils_reachable = _reachable_councils(user)
    return user._councils_reachable


def _reachable_councils(user):
    directory = Permission.objects.filter(content_type__app_label="councils", content_type__model__in=DIRECTORY_MODELS)
    if user.user_permissions.filter(pk__in=directory).exists():
        return None
    groups = Group.objects.filter(user=user, permissions__in=directory).distinct()
    if groups.filter(edited_councils__isnull=True).exists():
        return None
    return Council.objects.filter(editor_groups__user=user).distinct()


class CouncilScopedPermissionPolicy(ModelPermissionPolicy):
    """Model permissions as Django gives them, on the rows of the user's councils only."""

    def reachable(self, user, queryset):
        """``queryset`` narrowed to the rows ``user`` reaches (see the module docstring)."""
        councils = reachable_councils(user)
        if councils is None:
            return queryset
        return queryset.filter(self.in_councils(councils, user))

    def in_councils(self, councils, user):
        return Q(council__in=councils)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return self.reachable(user, self.model._default_manager.all())

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.instances_user_has_any_permission_for(user, actions).filter(pk=instance.pk).exists()


class OrganizationPermissionPolicy(CouncilScopedPermissionPolicy):
    def __init__(self):
        super().__init__(Organization)


class TermPermissionPolicy(CouncilScopedPermissionPolicy):
    def __init__(self):
        super().__init__(Term)


class CouncilMemberPermissionPolicy(CouncilScopedPermissionPolicy):
    def __init__(self):
        super().__init__(CouncilMember)

    def in_councils(self, councils, user):
        posts = Membership.objects.filter(organization__council__in=councils).values("member_id")
        created_by_user = ModelLogEntry.objects.filter(
            content_type__app_label="councils", content_type__model="councilmember", action="wagtail.create",
            user_id=user.pk, object_id=Cast(OuterRef("pk"), CharField()),
        )
        no_posts = ~Exists(Membership.objects.filter(member=OuterRef("pk")))
        return Q(pk__in=posts) | (no_posts & Exists(created_by_user))

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not super().user_has_any_permission_for_instance(user, actions, instance):
            return False
        if set(actions) != {"delete"}:
            return True
        councils = reachable_councils(user)
        return councils is None or not instance.memberships.exclude(organization__council__in=councils).exists()


# --- In the admin's views --------------------------------------------------------------


def scoped_view(view, model, actions):
    """``view`` of one object (its ``pk`` in the URL), refused for an object the user does not reach.

    Wagtail's generic edit, delete and history views check the model permission only. The refusal
    is a PermissionDenied, which Wagtail's admin answers as it answers any missing permission
    (back to the dashboard with its message). A pk that does not exist is left to the view (404).
    """

    @functools.wraps(view)
    def checked(request, *args, **kwargs):
        if "pk" in kwargs:
            instance = model._default_manager.filter(pk=unquote(str(kwargs["pk"]))).first()
            policy = policy_registry.get_by_type(model)
            if instance is not None and not policy.user_has_any_permission_for_instance(
                request.user, actions, instance
            ):
                raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked


def reachable_only(request, model, queryset):
    """``queryset`` narrowed by the model's registered policy to the rows ``request.user`` reaches."""
    policy = policy_registry.get_by_type(model)
    return policy.reachable(request.user, queryset) if isinstance(policy, CouncilScopedPermissionPolicy) else queryset


class CouncilScopedViewSetMixin:
    """A snippet viewset whose views of one object refuse the rows of councils the user does not reach.

    Its ``get_queryset`` narrows the listing with ``reachable_only``.
    """

    def construct_view(self, view_class, **kwargs):
        view = super().construct_view(view_class, **kwargs)
        actions = ["delete"] if issubclass(view_class, DeleteView) else OBJECT_ACTIONS
        return scoped_view(view, self.model, actions)


class ScopedChooseMixin:
    """A chooser listing only what the user reaches."""

    def get_object_list(self):
        return reachable_only(self.request, self.model_class, super().get_object_list())


class ScopedChosenView(SnippetChosenView):
    def get_object(self, pk):
        return reachable_only(self.request, self.model_class, self.model_class.objects.all()).get(pk=pk)


class ScopedChooseView(ScopedChooseMixin, ChooseView):
    pass


class ScopedChooseResultsView(ScopedChooseMixin, ChooseResultsView):
    pass


class ScopedChooserViewSet(SnippetChooserViewSet):
    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView
