"""The member's admin forms: the edit form, where an editor limited to some councils adds posts in
those councils only, and the chooser's search."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.forms.choosers import BaseFilterForm

from councils.models import Council, Organization
from councils.permissions import reachable_councils
from delivery.text import fold


class CouncilMemberForm(WagtailAdminModelForm):
    """Refuses a post added, changed or removed in a council the editor does not reach (councils.permissions).

    Posts of other councils that the editor leaves as they are stay untouched, so a member who
    holds posts in two councils can be edited by both councils' editors.
    """

    def clean(self):
        cleaned_data = super().clean()
        councils = reachable_councils(self.for_user) if self.for_user is not None else None
        if councils is not None:
            allowed = set(councils.values_list("pk", flat=True))
            for form in self.formsets["memberships"].forms:
                self._check_post(form, allowed)
        return cleaned_data

    def _check_post(self, form, allowed):
        if not form.has_changed() or not form.is_valid():
            return
        organization = form.cleaned_data.get("organization")
        councils = {organization.council_id} if organization is not None else set()
        if form.initial.get("organization"):  # the council a changed post moves away from
            councils |= set(Organization.objects.filter(pk=form.initial["organization"]).values_list("council_id",
                                                                                                    flat=True))
        refused = Council.objects.filter(pk__in=councils - allowed).first()
        if refused is None:
            return
        message = _("You may only edit posts in your own council: %(council)s is not one of yours.") % {
            "council": refused}
        if form.cleaned_data.get("DELETE"):
            self.add_error(None, message)  # a formset ignores the errors of the forms it deletes
        else:
            form.add_error("organization", message)


class MemberSearchFilterForm(BaseFilterForm):
    """The member chooser's search, as the member list's: every folded word in the folded name.

    "dinh minh ha" finds "Đinh Minh Hà"; and a database filter, unlike the search backend,
    works on a list already narrowed to the editor's councils (councils.permissions).
    """

    q = forms.CharField(label=_("Search term"), widget=forms.TextInput(attrs={"placeholder": _("Search")}),
                        required=False)

    def filter(self, objects):
        objects = super().filter(objects)
        query = self.cleaned_data.get("q")
        if query:
            for word in fold(query).split():
                objects = objects.filter(search_name__icontains=word)
            self.is_searching = True
            self.search_query = query
        return objects
