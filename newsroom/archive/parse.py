"""What an old portal's reports say in plain text: dates, bylines, figures, counts, chairs.

Each function reads one line (a paragraph's text) and returns what it found, or None;
none of them touches the database. Vietnamese is matched with and without diacritics
where reporters drop them ("Hoi nghi"), through ``delivery.text.fold``.
"""

import datetime
import re
import unicodedata
from dataclasses import dataclass

from delivery.text import fold

DASHES = "-–—"
# Words that make a report a conference report (see is_conference).
CONFERENCE_WORDS = ("hoi nghi", "phien hop", "ky hop")
CAPTION_MAX = 200
HONORIFICS = ("đ/c", "đồng chí", "d/c", "dong chi")
# What is counted in "đã có 12 ý kiến thảo luận": the unit, as printed.
COUNT_UNITS = ("lượt ý kiến", "ý kiến", "kiến nghị", "tham luận", "nghị quyết", "lượt", "câu hỏi", "đại biểu",
               "cử tri")
_STOP_WORDS = {fold(word) for word in ("của", "tại", "về", "và", "trong", "đối", "với", "từ", "cho", "để", "được")}

_DATE = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")
_DATE_LINE = re.compile(r"^\s*(?:(?:thứ\s+\S+|chủ nhật)\s*,?\s*)?(?:ngày\s+)?(\d{1,2})/(\d{1,2})/(\d{4})"
                        r"(?:\s*[,|-]?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$", re.IGNORECASE)
_PERIOD = re.compile(r"\b(6 tháng (?:đầu|cuối) năm(?: \d{4})?|quý [IV]+(?:/\d{4})?|năm \d{4})", re.IGNORECASE)
_SCOPE = re.compile(r"\b(cấp (?:tỉnh|huyện|xã))\b", re.IGNORECASE)
_NUMBER = r"(\d+(?:[.,]\d+)?)"


@dataclass(frozen=True)
class Figure:
    """A number with what it counts and, maybe, its parts: "16 cuộc (15 giám sát, 01 khảo sát)"."""

    value: int
    unit: str
    label: str
    parts: tuple = ()
    scope: str = ""
    period: str = ""

    @property
    def adds_up(self):
        return not self.parts or sum(value for _label, value in self.parts) == self.value


@dataclass(frozen=True)
class Chair:
    """Who chaired, as printed: the name and the positions after it."""

    name: str
    position: str = ""
    honorific: str = "Đ/c"


def number(text):
    """ "01" -> 1, "1.250" -> 1250 (a Vietnamese thousands point); None for anything else."""
    digits = text.replace(".", "") if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text) else text
    return int(digits) if digits.isdigit() else None


def parse_date_line(text):
    """The date of a line that is only a date: "Ngày 04/5/2022", "04/05/2022 08:30"; else None."""
    match = _DATE_LINE.match(" ".join((text or "").split()))
    return _date(*match.groups()) if match else None


def find_date(text):
    """The first dd/mm/yyyy anywhere in the text, e.g. in "Cập nhật: 04/5/2022"; None if none is valid."""
    for match in _DATE.finditer(text or ""):
        date = _date(*match.groups())
        if date:
            return date
    return None


def _date(day, month, year):
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None


def is_conference(title, first_lines=()):
    """A conference report: the title names a conference or session, or one of the first two lines says
    one was held ("tổ chức hội nghị", "khai mạc kỳ họp"); "trước kỳ họp" in passing is not enough."""
    if any(word in fold(title) for word in CONFERENCE_WORDS):
        return True
    words = "|".join(CONFERENCE_WORDS)
    held = re.compile(rf"\b(?:to chuc|khai mac|be mac|dien ra|tien hanh)\s+(?:\S+\s+){{0,2}}?(?:{words})\b")
    return any(held.search(fold(line)) for line in list(first_lines)[:2])


def parse_byline(text):
    """A closing byline: "Tin, ảnh: Minh Thu", "Nguyễn Văn A - Văn phòng HĐND"; None for a sentence.

    Bylines are short, do not end with a full stop, and either start with the words
    reporters use ("Tin, ảnh:", "Bài và ảnh:", "Tác giả:") or are a name of two to
    five capitalised words before a dash.
    """
    line = " ".join((text or "").split()).strip()
    if not line or len(line) > 120 or line.endswith((".", ";", ":")):
        return None
    match = re.match(r"^(?:tin|bài|ảnh|tin\s*,\s*ảnh|tin\s+và\s+ảnh|bài\s+và\s+ảnh|bài\s*,\s*ảnh|tác giả|nguồn)"
                     r"\s*:\s*(.+)$", line, re.IGNORECASE)
    if match:
        return match.group(1).strip()
    name, _sep, rest = _split_at_dash(line)
    if rest and _is_name(name):
        return line
    return None


def _split_at_dash(line):
    for index, char in enumerate(line):
        if char in DASHES and line[index - 1:index] == " ":
            return line[:index].strip(), char, line[index + 1:].strip()
    return line, "", ""


def _is_name(text):
    words = text.split()
    return 2 <= len(words) <= 5 and all(word[0].isupper() and word.isalpha() for word in words)


def is_caption(text, after_image):
    """A caption is the short line right under a photo (under 200 characters), never a sentence far from one."""
    line = " ".join((text or "").split())
    return bool(after_image and line and len(line) < CAPTION_MAX)


def parse_figure(text):
    """A figure with its parts, in either way reports print it; None when the text has none.

    "16 cuộc (15 cuộc giám sát, 01 cuộc khảo sát)" and
    "16 cuộc giám sát, khảo sát: 15 giám sát, 01 khảo sát" give 16 cuộc = 15 giám sát + 1 khảo sát.
    The unit is what the figure and all its parts begin with ("hồ sơ" in "45 hồ sơ (40 hồ sơ
    …, 05 hồ sơ …)"), else the first word after the figure. The parts are kept even when they
    do not add up (``Figure.adds_up`` says so).
    """
    line = " ".join((text or "").split())
    match = (re.search(r"(?<![\d.,])(\d+)\s+([^\d():;.]{1,60}?)\s*\(([^()]*\d[^()]*)\)", line)
             or re.search(r"(?<![\d.,])(\d+)\s+([^\d():;.]{1,60}?)\s*:\s*([^.;]*\d[^.;]*)", line))
    if not match or number(match.group(1)) is None:
        return None
    value, head, inner = match.groups()
    parts = _parts(inner)
    if len(parts) < 2:
        return None
    head = head.strip(" ,").split()
    unit = _common_start([head] + [label.split() for label, _value in parts]) or head[:1]
    parts = [(" ".join(label.split()[len(unit):]) if label.split()[:len(unit)] == unit else label, part)
             for label, part in parts]
    label = " ".join(head[len(unit):]) or ", ".join(part for part, _value in parts)
    return Figure(number(value), " ".join(unit), label, tuple(parts),
                  scope=_first(_SCOPE, line), period=_first(_PERIOD, line))


def _common_start(word_lists):
    common = []
    for words in zip(*word_lists, strict=False):
        if len({word.casefold() for word in words}) != 1:
            break
        common.append(words[0])
    return common


def _parts(text):
    parts = []
    for piece in re.split(r"\s*(?:,|;|\bvà\b)\s*", text.strip()):
        match = re.fullmatch(r"(?:trong đó\s+)?(\d+)\s+(.+?)\s*", piece, re.IGNORECASE)
        if not match or number(match.group(1)) is None:
            return []
        parts.append((match.group(2).strip(), number(match.group(1))))
    return parts


def _first(pattern, text):
    """The first match, lower-cased at its start as it stands in a sentence: "Năm 2024" -> "năm 2024"."""
    match = pattern.search(text)
    return match.group(1)[:1].lower() + match.group(1)[1:] if match else ""


def parse_count(text):
    """A count kept as a statistic: "Tại Hội nghị đã có 12 ý kiến thảo luận" -> 12 ý kiến "thảo luận".

    Matched on the folded text, so "12 y kien thao luan" is found too; unit and label are
    taken from the text as printed (folding keeps every letter in its place).
    """
    line = unicodedata.normalize("NFC", " ".join((text or "").split()))
    folded = fold(line)
    units = "|".join(re.escape(fold(unit)) for unit in COUNT_UNITS)
    match = re.search(rf"(?<![\d.,])(\d+)\s+({units})\b((?:\s+[^\W\d_]+){{0,4}})", folded)
    if not match or number(match.group(1)) is None:
        return None
    words = []
    for start, end in _word_spans(match.start(3), match.end(3), folded):
        if folded[start:end] in _STOP_WORDS:
            break
        words.append(line[start:end])
    unit = line[match.start(2):match.end(2)]
    return Figure(number(match.group(1)), unit, " ".join(words) or unit, period=_first(_PERIOD, line))


def _word_spans(start, end, text):
    return [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]


def parse_chairs(text):
    """Who chaired: "Đ/c Nguyễn Văn A – Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì" -> [Chair(...)].

    Also "Đồng chí", a plain "-" or a comma after the name, "chủ trì hội nghị", and two
    chairs joined by "và đồng chí". An empty list when the line names no chair.
    """
    line = " ".join((text or "").split())
    end = re.search(r"\b(?:đồng\s+)?chủ\s+trì\b|\bchu\s+tri\b", line, re.IGNORECASE)
    if not end:
        return []
    head = line[:end.start()]
    pattern = re.compile(r"(?:^|[\s,(])(" + "|".join(re.escape(h) for h in HONORIFICS) + r")\s+", re.IGNORECASE)
    starts = list(pattern.finditer(head))
    chairs = []
    for index, start in enumerate(starts):
        stop = starts[index + 1].start() if index + 1 < len(starts) else len(head)
        chair = _chair(head[start.end():stop], start.group(1))
        if chair:
            chairs.append(chair)
    return chairs


def _chair(text, honorific):
    words = text.split()
    name = []
    for word in words:
        clean = word.strip(",")
        if not (clean[:1].isupper() and clean.isalpha()) or len(name) == 5:
            break
        name.append(clean)
        if word.endswith(","):
            break
    if len(name) < 2:
        return None
    rest = text.split(name[-1], 1)[1]
    position = re.sub(r"\s+(?:và|cùng)\s*$", "", rest.strip().strip(DASHES + ", ").strip()).strip(" ,")
    return Chair(" ".join(name), position, "Đồng chí" if fold(honorific).startswith("dong") else "Đ/c")
