"""Forms of the Wagtail admin that the project replaces through Wagtail's settings."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    """Wagtail's login form with its password field labelled through gettext.

    Wagtail 8.0.1 gives the field no label, so Django makes one from the field's name,
    untranslated: "Password" was the one English word on the Vietnamese login page.
    Set as WAGTAILADMIN_USER_LOGIN_FORM.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
