"""Query parameters of the public API and of readers' pages: one mechanism for every route.

Every endpoint declares, for each action (listing, detail, find), a Django form
that names every parameter the action accepts, Wagtail's own (limit, offset,
fields, order, search...) as well as its filters. ``StrictParametersMixin``
validates that form before the action runs: an unknown name, an empty value,
a number out of range or a malformed value is a 400 with a Vietnamese
``{"message"}``, and nothing unchecked reaches the ORM or the search backend.
Pagination, ordering and search then read the cleaned values.

The same fields describe themselves as JSON Schema (``parameter_schema``; delivery.openapi lists them for a form):
delivery/openapi.py builds the document's parameters from these forms, so the
document states exactly what the server enforces. Readers' pages (the news
index, search, the directory) validate with ``ReaderParameters`` forms under
the same rules, answered with the styled 400 page.
"""

import datetime
import re

from django import forms
from django.conf import settings
from django.core.exceptions import BadRequest, ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.functional import lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.api.v2.utils import BadRequestError, parse_fields_parameter

from delivery.text import fold

# The largest primary key the database can hold; a larger id would overflow it.
MAX_ID = 2**63 - 1
MAX_SEARCH_LENGTH = 200
MAX_SEARCH_WORDS = 20
# Any character but the control characters (C0, DEL, C1): the site refuses those in every address.
TEXT_CHARACTER = "[^\\u0000-\\u001f\\u007f-\\u009f]"
TEXT_PATTERN = f"^{TEXT_CHARACTER}*$"
SLUG_PATTERN = "^[-a-zA-Z0-9_]+$"
POSITIVE_ID_PATTERN = "[1-9][0-9]{0,17}"
_WORD = "[^ \\u0000-\\u001f\\u007f-\\u009f]+"
SEARCH_PATTERN = f"^ *{_WORD}(?: +{_WORD}){{0,{MAX_SEARCH_WORDS - 1}}} *$"


def limit_max():
    return getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20) or 20


# --- Errors ---------------------------------------------------------------------------------


class ParameterError(BadRequestError):
    """A 400 whose message is ours, in Vietnamese (Wagtail's own BadRequestErrors are English)."""


class NotFoundError(Http404):
    """A 404 whose message is ours, in Vietnamese."""


class InvalidAddress(BadRequest):
    """A malformed value in the address of a page readers open: the styled 400 page, with this message."""


# --- Fields ---------------------------------------------------------------------------------


def _lazy_format(message, **values):
    """A translated message with its values, translated when shown (in the request's language)."""
    return lazy(lambda: str(message) % values, str)()


def choice_parameter(values, **kwargs):
    """One of a list of values, named in the message (never the value sent)."""
    message = _lazy_format(gettext_lazy("Expected one of: %(values)s."), values=", ".join(values))
    return forms.ChoiceField(required=False, choices=[(v, v) for v in values],
                             error_messages={"invalid_choice": message}, **kwargs)


def integer_field(min_value=1, max_value=MAX_ID, **kwargs):
    """A whole number in a range (an id by default): digits only, as the schema's integer."""
    return forms.IntegerField(min_value=min_value, max_value=max_value, required=False, **kwargs)


class BooleanParameter(forms.Field):
    """"true" or "false" (also "1" or "0", as Wagtail's own boolean filters accept)."""

    values = {"true": True, "1": True, "false": False, "0": False}
    default_error_messages = {"invalid": gettext_lazy('Expected "true" or "false".')}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if value not in self.values:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return self.values[value]

    def json_schema(self):
        return {"type": "string", "enum": list(self.values)}


class PatternParameter(forms.CharField):
    """Text that must match a pattern (ECMA-262 and Python agree on the ones used here)."""

    default_error_messages = {"invalid": gettext_lazy("This value is not allowed here.")}

    def __init__(self, pattern=TEXT_PATTERN, max_length=200, message=None, **kwargs):
        self.pattern = pattern
        # The schema's "$" is the end of the value; Python's would also allow a final newline.
        self.regex = re.compile(pattern.removesuffix("$") + r"\Z")
        if message:
            kwargs.setdefault("error_messages", {})["invalid"] = message
        super().__init__(max_length=max_length, strip=False, required=False, **kwargs)

    def validate(self, value):
        super().validate(value)
        if value and not self.regex.match(value):
            raise ValidationError(self.error_messages["invalid"], code="invalid")

    def json_schema(self):
        return {"type": "string", "minLength": 1, "maxLength": self.max_length, "pattern": self.pattern}


def slug_parameter(max_length=100, **kwargs):
    return PatternParameter(
        SLUG_PATTERN, max_length, gettext_lazy("Expected a slug: letters, digits, - and _."), **kwargs
    )


class IdOrSlugParameter(PatternParameter):
    """An object given by its id (digits) or its slug; ``named(queryset, value)`` finds it."""

    def __init__(self, message=None, **kwargs):
        super().__init__(SLUG_PATTERN, 100, message or gettext_lazy("Expected an id or slug."), **kwargs)

    @staticmethod
    def named(queryset, value):
        """The objects of ``queryset`` the value names: by slug, or by id as well when it is all digits."""
        condition = Q(slug=value)
        if value.isdigit() and int(value) <= MAX_ID:
            condition |= Q(pk=int(value))
        return queryset.filter(condition)


def text_parameter(max_length=200, **kwargs):
    return PatternParameter(TEXT_PATTERN, max_length, **kwargs)


class SearchParameter(PatternParameter):
    """Words to find: at most 200 characters and 20 words (space-separated)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", "Words to find (at most 20 words, 200 characters); diacritics optional.")
        super().__init__(SEARCH_PATTERN, MAX_SEARCH_LENGTH,
                         gettext_lazy("Search for at most 20 words of at most 200 characters in all."), **kwargs)

    @staticmethod
    def words(value):
        """The letters-and-digits words of a query, without diacritics: what the search backends get."""
        return re.findall(r"\w+", fold(value or ""))


class ModifiedSinceParameter(forms.Field):
    """An ISO 8601 date or date-time; a value without an offset is read in the site's time zone.

    A date alone means the start of that day. The result is aware; a moment
    before year 1 or after year 9999 in UTC is clamped to those years, so
    "0001-01-01" still means "since always".
    """

    default_error_messages = {
        "invalid": gettext_lazy(
            "Expected an ISO 8601 date or date-time, e.g. 2025-07-01 or 2025-07-01T08:00:00+07:00."
        ),
    }
    earliest = datetime.datetime.min.replace(tzinfo=datetime.UTC)
    latest = datetime.datetime.max.replace(tzinfo=datetime.UTC)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        value = value.strip()
        if "T" in value:
            # An unencoded "+07:00" in a query string arrives as " 07:00".
            value = value.replace(" ", "+")
        try:
            moment = parse_datetime(value)
            if moment is None:
                day = parse_date(value)
                moment = datetime.datetime.combine(day, datetime.time.min) if day else None
        except ValueError as exc:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from exc
        if moment is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return self.aware(moment)

    def aware(self, moment):
        if timezone.is_naive(moment):
            zone = timezone.get_default_timezone()
            try:
                moment = timezone.make_aware(moment, zone)
                moment.astimezone(datetime.UTC)
            except OverflowError:
                return self.earliest if moment.year == 1 else self.latest
        try:
            return moment.astimezone(datetime.UTC)
        except OverflowError:
            return self.earliest if moment.year == 1 else self.latest

    def json_schema(self):
        return {"anyOf": [{"type": "string", "format": "date"}, {"type": "string", "format": "date-time"}]}


def names_pattern(names):
    return "(?:" + "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n))) + ")"


class FieldsParameter(PatternParameter):
    """Wagtail's ?fields=: names to add (a,b), to remove (-a), or all (*) / none (_) first.

    Nested selections (``portrait(title)``) are refused: our related objects
    are plain objects. The names are the endpoint's (for pages, those of every
    page type: a name the asked type lacks is refused when the type is known).
    """

    def __init__(self, names, **kwargs):
        name = names_pattern(names)
        pattern = f"^(?:\\*(?:,-{name})*|_(?:,{name})*|-?{name}(?:,-?{name})*)$"
        kwargs.setdefault("help_text", "Fields to add (a,b), to remove (-a), or * (all) or _ (none) first.")
        super().__init__(pattern, 1000, gettext_lazy("Expected field names separated by commas."), **kwargs)
        self.names = frozenset(names)

    def clean(self, value):
        value = super().clean(value)
        if value:
            try:
                parse_fields_parameter(value)
            except ValueError as exc:
                raise ValidationError(self.error_messages["invalid"], code="invalid") from exc
        return value


class OrderParameter(PatternParameter):
    """Wagtail's ?order=: up to three field names, each with - for descending; the id breaks ties."""

    def __init__(self, names, **kwargs):
        name = names_pattern(names)
        kwargs.setdefault("help_text", "Fields to order by (up to 3, comma-separated, - for descending).")
        super().__init__(f"^-?{name}(?:,-?{name}){{0,2}}$", 100,
                         gettext_lazy("Expected up to three field names to order by."), **kwargs)

    def clean(self, value):
        value = super().clean(value)
        return value.split(",") if value else []


def parameter_schema(field):
    """The JSON Schema of a form field as a query parameter: what the server accepts, exactly."""
    if hasattr(field, "json_schema"):
        return field.json_schema()
    if isinstance(field, forms.IntegerField):
        schema = {"type": "integer"}
        for validator in field.validators:
            if isinstance(validator, MinValueValidator):
                schema["minimum"] = validator.limit_value
            elif isinstance(validator, MaxValueValidator):
                schema["maximum"] = validator.limit_value
        return schema
    if isinstance(field, forms.ChoiceField):
        return {"type": "string", "enum": [str(value) for value, _label in field.choices if value != ""]}
    return {"type": "string", "minLength": 1, "maxLength": getattr(field, "max_length", None) or 200,
            "pattern": TEXT_PATTERN}


# --- Forms ----------------------------------------------------------------------------------

WHOLE_NUMBER = re.compile(r"-?[0-9]+\Z")


class QueryParameters(forms.Form):
    """Every parameter an action accepts; ``validate`` gives a valid form or raises a 400.

    Subclasses add their filters as fields and apply them in ``filter``.
    """

    refusal = ParameterError

    @classmethod
    def validate(cls, query):
        unknown = sorted(set(query) - set(cls.base_fields))
        if unknown:
            raise ParameterError(_("query parameter is not an operation or a recognised field: %(names)s")
                                 % {"names": ", ".join(unknown)})
        empty = sorted(name for name, value in query.items() if value == "")
        if empty:
            raise ParameterError(_("query parameter without a value: %(names)s") % {"names": ", ".join(empty)})
        form = cls(query)
        form.cleaned_or_bad_request()
        return form

    def clean(self):
        # Integers as the schema's: digits, not "+5", " 5", "5.0" or other scripts' digits.
        for name, field in self.fields.items():
            raw = self.data.get(name)
            if isinstance(field, forms.IntegerField) and raw and not WHOLE_NUMBER.match(raw):
                self.add_error(name, ValidationError(self.integer_message(field), code="invalid"))
        return super().clean()

    @staticmethod
    def integer_message(field):
        schema = parameter_schema(field)
        if "maximum" not in schema:
            return _("Expected a whole number of at least %(low)s.") % {"low": schema.get("minimum", 0)}
        return _("Expected a whole number from %(low)s to %(high)s.") % {
            "low": schema.get("minimum", 0), "high": schema["maximum"]}

    def cleaned_or_bad_request(self):
        if not self.is_valid():
            messages = []
            for name, errors in self.errors.items():
                field = self.fields.get(name)
                if isinstance(field, forms.IntegerField):
                    errors = [self.integer_message(field)]
                messages.append(f"{name}: {' '.join(dict.fromkeys(errors))}")
            raise self.refusal(" ".join(messages))
        return self.cleaned_data

    def filter(self, queryset):
        return queryset


class ReaderParameters(QueryParameters):
    """The parameters of a page readers open, under the same rules but for two.

    Names the page does not know are ignored (links arrive with utm_source or
    fbclid), and so are empty values (a filter form sends ``category=`` for
    "all"). A malformed value is the styled 400 page with the message.
    """

    refusal = InvalidAddress

    @classmethod
    def validate(cls, query):
        known = {name: value.strip() for name, value in query.items() if name in cls.base_fields}
        form = cls({name: value for name, value in known.items() if value})
        form.cleaned_or_bad_request()
        return form


def page_number_parameter():
    return integer_field(1, 100_000, help_text="Page of results.")


class DirectoryParameters(ReaderParameters):
    """The member directory page: which council and term it shows."""

    council = slug_parameter()
    term = integer_field()


class ListingParameters(QueryParameters):
    limit = integer_field(0, limit_max(), help_text="Items per answer (0 gives only meta.total_count).")
    # Any offset: past the end the page is empty, without asking the database for it.
    offset = integer_field(0, None, help_text="Items to skip.")


class DetailParameters(QueryParameters):
    pass


class FindParameters(QueryParameters):
    id = integer_field(help_text="The id of the object to find: answered with a redirect to it.")


class SyncParameters(ListingParameters):
    """What every directory listing takes: modified_since and search."""

    modified_since = ModifiedSinceParameter(
        required=False, help_text="ISO 8601 date or date-time; without an offset, Asia/Ho_Chi_Minh time.")
    search = SearchParameter()

    def filter(self, queryset):
        data = self.cleaned_data
        if data["modified_since"]:
            queryset = queryset.filter(modified__gte=data["modified_since"])
        return queryset

    def folded_name_filter(self, queryset):
        # As the admin's member search: every folded word in the folded name.
        for word in SearchParameter.words(self.cleaned_data["search"]):
            queryset = queryset.filter(search_name__icontains=word)
        return queryset
