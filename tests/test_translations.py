"""Every catalogue is translated and its compiled .mo matches the .po in git.

The .mo files are committed so a fresh clone shows Vietnamese without GNU
gettext; this test catches a .po edited without recompiling (`make messages`).
"""

import gettext
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.utils import translation

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = sorted(
    p for p in ROOT.glob("**/locale/**/vi/LC_MESSAGES/django.po") if ".venv" not in p.parts
) + sorted(p for p in ROOT.glob("*/locale/vi/LC_MESSAGES/django.po") if ".venv" not in p.parts)
CATALOGUES = sorted(set(CATALOGUES) | {ROOT / "locale/vi/LC_MESSAGES/django.po"})
# The admin's client-side strings (Django's JavaScriptCatalog merges these from LOCALE_PATHS).
CATALOGUES += sorted(p for p in ROOT.glob("locale/**/vi/LC_MESSAGES/djangojs.po"))


def load_po(path):
    with open(path, "rb") as handle:
        return read_po(handle, locale="vi")


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_string_has_a_vietnamese_translation(po_path):
    catalogue = load_po(po_path)
    untranslated = [
        m.id for m in catalogue
        if m.id and not (m.string if isinstance(m.string, str) else all(m.string))
    ]
    fuzzy = [m.id for m in catalogue if m.id and m.fuzzy]
    assert untranslated == [], f"untranslated in {po_path}"
    assert fuzzy == [], f"fuzzy in {po_path}"


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_compiled_catalogue_matches_its_source(po_path):
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} missing: run `make messages`"
    with open(mo_path, "rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for message in load_po(po_path):
        if not message.id:
            continue
        context = message.context
        if isinstance(message.id, str):
            got = compiled.pgettext(context, message.id) if context else compiled.gettext(message.id)
            assert got == message.string, f"{po_path}: {message.id!r} is stale in the .mo"
        else:
            singular, plural = message.id
            got = compiled.ngettext(singular, plural, 1)
            assert got == message.string[0], f"{po_path}: {singular!r} is stale in the .mo"


def test_our_strings_are_shown_in_vietnamese():
    with translation.override("vi"):
        assert translation.gettext("Skip to main content") == "Chuyển đến nội dung chính"
