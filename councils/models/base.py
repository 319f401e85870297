"""What every directory model shares: timestamps, unique slugs, Roman numerals."""


from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from delivery.text import fold


def unique_slug(instance, text, field="slug", fallback="x", **scope):
    """A slug from text (Vietnamese folded to ASCII) not used by another row.

    ``scope`` narrows "another row" to those sharing these field values (an organization's
    slug is unique within its council); ``fallback`` stands in for text with no letters.
    """
    base = slugify(fold(text))[:80] or fallback
    others = type(instance)._default_manager.filter(**scope).exclude(pk=instance.pk)
    candidate, n = base, 2
    while others.filter(**{field: candidate}).exists():
        candidate = f"{base}-{n}"
        n += 1
    return candidate


def roman(number):
    """2 -> "II", 20 -> "XX": council terms are numbered in Roman numerals."""
    numerals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for value, letters in numerals:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


class TimestampedModel(models.Model):
    created = models.DateTimeField(_("created"), auto_now_add=True)
    modified = models.DateTimeField(_("modified"), auto_now=True, db_index=True)

    class Meta:
        abstract = True
