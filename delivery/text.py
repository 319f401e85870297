"""Vietnamese text helpers: diacritic folding for search, alphabetical sort keys, numbers as written."""

import unicodedata
from decimal import Decimal, InvalidOperation

# The Vietnamese alphabet, in dictionary order; letters outside it sort after.
ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_BASE_ORDER = {letter: index for index, letter in enumerate(ALPHABET)}
# Tone marks in dictionary order: none, huyền, sắc, hỏi, ngã, nặng.
_TONES = {"\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
# Marks that make a distinct letter (ă â ê ô ơ ư) rather than a tone.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}


def fold(text):
    """Lower-case text without diacritics: "Đinh Minh Hà" -> "dinh minh ha"."""
    if not text:
        return ""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.lower().split())


def _letters(text):
    """Split text into (base letter, tone) pairs in Vietnamese terms."""
    result = []
    for char in unicodedata.normalize("NFC", text.lower()):
        decomposed = unicodedata.normalize("NFD", char)
        base, marks = decomposed[0], decomposed[1:]
        tone = 0
        letter = base
        for mark in marks:
            if mark in _TONES:
                tone = _TONES[mark]
            elif mark in _LETTER_MARKS:
                letter = unicodedata.normalize("NFC", letter + mark)
        result.append((letter, tone))
    return result


def vietnamese_sort_key(text):
    """Digits that sort in Vietnamese dictionary order: letters first, then tones.

    Stored in the database so the ORM can order by it. Only digits are used
    because every collation (SQLite's binary, PostgreSQL's locale ones) orders
    digit strings the same way, while letters and punctuation may not.
    """
    letters = _letters(text or "")
    primary = []
    for letter, _tone in letters:
        if letter in _BASE_ORDER:
            primary.append(f"{10 + _BASE_ORDER[letter]:02d}")
        elif letter.isspace():
            primary.append("01")
        elif letter.isdigit():
            primary.append(f"{50 + int(letter):02d}")
        else:
            primary.append("99")
    tones = "".join(str(tone) for _letter, tone in letters)
    # "00" ends the letters: it sorts below a space, so "Anh" comes before "Anh Tuấn".
    return "".join(primary) + "00" + tones


def vietnamese_number(value):
    """A number the Vietnamese way: 678659 -> "678.659", 3.5 -> "3,5", 1248.00 -> "1.248".

    What is not a finite number comes back as it was given.
    """
    try:
        number = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return value
    if not number.is_finite():
        return value
    sign = "-" if number < 0 else ""
    number = abs(number)
    whole = int(number)
    fraction = number - whole
    grouped = f"{whole:,}".replace(",", ".")
    if fraction:
        decimals = f"{fraction.normalize():f}".split(".")[1]
        return f"{sign}{grouped},{decimals}"
    return f"{sign}{grouped}"
