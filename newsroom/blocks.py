"""The blocks of a news page or conference report, shared by both page types.

Each block has its own template, icon, translated label, help text and
description, and an API form that is structured (a speaker is a member
object, a figure a number with its breakdown), never rendered HTML.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.blocks.list_block import ListValue

from councils.blocks import MemberChooserBlock, member_summary
from delivery.blocks import RenditionImageChooserBlock
from delivery.images import RENDITIONS, image_api_representation, rendition_or_none
from delivery.richtext import rich_text_html

INLINE_FEATURES = ["bold", "italic", "link"]
TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def page_date(context):
    """The date of the page a block is rendered in: positions are shown as they were then."""
    page = (context or {}).get("page")
    date = getattr(page, "date", None)
    return date.date() if hasattr(date, "date") else date


def as_number(value):
    """Decimal -> int when whole, else float: the API gives figures as JSON numbers."""
    if value is None:
        return None
    value = Decimal(value)
    return int(value) if value == value.to_integral_value() else float(value)


def is_blank(block, value):
    """True for what an editor never filled in: no choice, only spaces, a group of blank fields."""
    if isinstance(block, blocks.StructBlock):
        return all(is_blank(child, value.get(name) if value else None) for name, child in block.child_blocks.items())
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return False


class OptionalListBlock(blocks.ListBlock):
    """A list an editor may leave alone: it starts empty, and items left blank are dropped.

    Wagtail's ListBlock starts with one empty item, which the form then refuses as a
    required field ("Trường này là bắt buộc") although the list itself is optional:
    an editor could not publish a photo without first deleting the slot the form added.
    """

    def __init__(self, child_block, **kwargs):
        kwargs.setdefault("default", [])
        kwargs.setdefault("required", False)
        super().__init__(child_block, **kwargs)

    __init__.has_child_block_arg = True

    def clean(self, value):
        value = self.normalize(value)
        filled = [child for child in value.bound_blocks if not is_blank(self.child_block, child.value)]
        return super().clean(ListValue(self, bound_blocks=filled))


class ParagraphBlock(blocks.RichTextBlock):
    def get_api_representation(self, value, context=None):
        return rich_text_html(value)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        description = _("Text with bold, italics, links and lists.")
        template = "newsroom/blocks/paragraph.html"
        features = TEXT_FEATURES


class HeadingBlock(blocks.StructBlock):
    """A section heading inside the article; the page title is the only h1."""

    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"), choices=[("h2", _("Section")), ("h3", _("Subsection"))], default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        description = _("A heading that divides a long report into sections.")
        template = "newsroom/blocks/heading.html"
        preview_value = {"text": "Kết quả giám sát năm 2024", "level": "h2"}


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Said by"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        description = _("A sentence worth setting apart, with who said it.")
        template = "newsroom/blocks/quote.html"
        preview_value = {"text": "Giám sát phải đến nơi đến chốn, kiến nghị phải được theo dõi đến cùng.",
                         "attribution": "Chủ tịch HĐND tỉnh"}


class PhotoBlock(blocks.StructBlock):
    """A photo with its caption and credit, and the council members it shows."""

    image = RenditionImageChooserBlock(label=_("Photo"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=500,
                               help_text=_("e.g. \"Quang cảnh hội nghị\"."))
    credit = blocks.CharBlock(label=_("Photo credit"), required=False, max_length=200)
    members = OptionalListBlock(
        MemberChooserBlock(label=_("Member")), label=_("Members shown"),
        help_text=_("Optional: the council members in the photo, linked to their pages."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        image = value.get("image")
        if image is not None:
            # None when the original file is lost: the template shows a placeholder (delivery.images).
            context["medium"] = rendition_or_none(image, RENDITIONS["medium"])
            context["large"] = rendition_or_none(image, RENDITIONS["large"])
        context["shown_members"] = [m for m in value.get("members") or [] if m is not None]
        return context

    def get_api_representation(self, value, context=None):
        request = (context or {}).get("request")
        return {
            "image": image_api_representation(value.get("image"), request),
            "caption": value.get("caption", ""),
            "credit": value.get("credit", ""),
            "members": [s for s in (member_summary(m, request) for m in value.get("members") or []) if s],
        }

    class Meta:
        icon = "image"
        label = _("Photo")
        description = _("A photo with caption, credit and the members shown.")
        template = "newsroom/blocks/photo.html"


class SpeechKind(blocks.ChoiceBlock):
    choices = [
        ("opening", _("Opening remarks")),
        ("report", _("Report")),
        ("contribution", _("Prepared contribution")),
        ("discussion", _("Discussion contribution")),
        ("closing", _("Closing remarks")),
    ]


SPEECH_KIND_LABELS = dict(SpeechKind.choices)


def speaker_context(member, name, attribution, context):
    """Who spoke, as a reader sees it: the member if published, else the name given."""
    if member is not None and not member.live:
        member = None
    position = attribution or (member.position_line(page_date(context)) if member else "")
    display = name or (member.full_name if member else "")
    return {"member": member, "display_name": display, "position": position}


class SpeechBlock(blocks.StructBlock):
    """What someone said at the conference: opening remarks, a report, a contribution."""

    speaker = MemberChooserBlock(
        label=_("Speaker (council member)"), required=False,
        help_text=_("Choose a member of the directory; leave empty for a speaker outside it."),
    )
    speaker_name = blocks.CharBlock(
        label=_("Speaker's name"), required=False, max_length=150,
        help_text=_("For speakers outside the directory, or to print the name differently."),
    )
    attribution = blocks.CharBlock(
        label=_("Position as printed"), required=False, max_length=300,
        help_text=_("e.g. \"Phó Chủ tịch UBND huyện\". Empty: the member's position on the day of the report."),
    )
    kind = SpeechKind(label=_("Kind of speech"), default="discussion")
    text = blocks.RichTextBlock(label=_("What was said"), features=TEXT_FEATURES)

    def clean(self, value):
        value = super().clean(value)
        if value.get("speaker") is None and not value.get("speaker_name"):
            raise StructBlockValidationError(block_errors={
                "speaker_name": ValidationError(_("Choose a council member or type the speaker's name.")),
            })
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context.update(speaker_context(value.get("speaker"), value.get("speaker_name"), value.get("attribution"),
                                       parent_context))
        context["kind_label"] = SPEECH_KIND_LABELS.get(value.get("kind"), "")
        return context

    def get_api_representation(self, value, context=None):
        request = (context or {}).get("request")
        return {
            "speaker": member_summary(value.get("speaker"), request),
            "speaker_name": value.get("speaker_name", ""),
            "attribution": value.get("attribution", ""),
            "kind": value.get("kind"),
            "text": rich_text_html(value.get("text")),
        }

    class Meta:
        icon = "user"
        label = _("Speech")
        description = _("A speaker's remarks, report or contribution, with their portrait and position.")
        template = "newsroom/blocks/speech.html"


def counted_text(unit, label):
    """What follows the figure: "cuộc giám sát", never "cuộc cuộc giám sát" when the label has the unit too."""
    unit, label = (unit or "").strip(), (label or "").strip()
    if not unit or label.casefold() == unit.casefold() or label.casefold().startswith(unit.casefold() + " "):
        return label
    return f"{unit} {label}".strip()


class BreakdownItemBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Part"), max_length=200, help_text=_("e.g. \"giám sát\"."))
    value = blocks.DecimalBlock(label=_("Value"), max_digits=16, decimal_places=2, min_value=0)

    class Meta:
        icon = "list-ul"
        label = _("Part of the figure")


class StatisticBlock(blocks.StructBlock):
    """A figure taken in at a glance: "16 cuộc giám sát, khảo sát" = 15 + 1.

    The breakdown, when given, must add up to the figure: the editor is told
    which sum is off rather than publishing numbers that contradict each other.
    """

    label = blocks.CharBlock(label=_("What is counted"), max_length=200,
                             help_text=_("Without the unit, e.g. \"giám sát, khảo sát\"."))
    value = blocks.DecimalBlock(label=_("Figure"), max_digits=16, decimal_places=2, min_value=0)
    unit = blocks.CharBlock(
        label=_("Unit"), required=False, max_length=50,
        help_text=_("Shown between the figure and what is counted: \"16 cuộc giám sát, khảo sát\". "
                    "e.g. \"cuộc\", \"tỷ đồng\"."),
    )
    scope = blocks.CharBlock(label=_("Scope"), required=False, max_length=100,
                             help_text=_("e.g. \"cấp huyện\", \"cấp xã\"."))
    period = blocks.CharBlock(label=_("Period"), required=False, max_length=100,
                              help_text=_("e.g. \"năm 2024\", \"6 tháng đầu năm\"."))
    breakdown = OptionalListBlock(
        BreakdownItemBlock(), label=_("Breakdown"),
        help_text=_("Optional: the parts the figure is made of; they must add up to it."),
    )

    def clean(self, value):
        value = super().clean(value)
        parts = list(value.get("breakdown") or [])
        if parts:
            total = sum((Decimal(part["value"]) for part in parts), Decimal(0))
            figure = Decimal(value["value"])
            if total != figure:
                raise StructBlockValidationError(block_errors={
                    "breakdown": ValidationError(
                        _("The parts add up to %(total)s, but the figure is %(figure)s. "
                          "Correct the figure or the parts."),
                        params={"total": as_number(total), "figure": as_number(figure)},
                    ),
                })
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["counted"] = counted_text(value.get("unit"), value.get("label"))
        return context

    def get_api_representation(self, value, context=None):
        return {
            "label": value.get("label", ""),
            "value": as_number(value.get("value")),
            "unit": value.get("unit", ""),
            "scope": value.get("scope", ""),
            "period": value.get("period", ""),
            "breakdown": [
                {"label": part.get("label", ""), "value": as_number(part.get("value"))}
                for part in value.get("breakdown") or []
            ],
        }

    class Meta:
        icon = "table"
        label = _("Statistic")
        description = _("A figure with its unit and scope, and the parts it is made of.")
        template = "newsroom/blocks/statistic.html"


class ConclusionBlock(blocks.StructBlock):
    """The chair's conclusion, set apart, with the directives readers look for."""

    presiding_member = MemberChooserBlock(label=_("Presiding member"), required=False)
    presiding_name = blocks.CharBlock(
        label=_("Presiding person's name"), required=False, max_length=150,
        help_text=_("If the person presiding is not in the directory."),
    )
    attribution = blocks.CharBlock(label=_("Position as printed"), required=False, max_length=300)
    text = blocks.RichTextBlock(label=_("Conclusion"), features=TEXT_FEATURES)
    directives = OptionalListBlock(
        blocks.TextBlock(label=_("Directive")), label=_("Key directives"),
        help_text=_("One task per item, e.g. \"UBND huyện chỉ đạo rà soát ...\"."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context.update(speaker_context(value.get("presiding_member"), value.get("presiding_name"),
                                       value.get("attribution"), parent_context))
        return context

    def get_api_representation(self, value, context=None):
        request = (context or {}).get("request")
        return {
            "presiding_member": member_summary(value.get("presiding_member"), request),
            "presiding_name": value.get("presiding_name", ""),
            "attribution": value.get("attribution", ""),
            "text": rich_text_html(value.get("text")),
            "directives": [str(d) for d in value.get("directives") or [] if d],
        }

    class Meta:
        icon = "tick-inverse"
        label = _("Conclusion")
        description = _("The chair's conclusion and the directives it gives.")
        template = "newsroom/blocks/conclusion.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    heading = HeadingBlock()
    quote = QuoteBlock()
    photo = PhotoBlock()
    speech = SpeechBlock()
    statistic = StatisticBlock()
    conclusion = ConclusionBlock()

    class Meta:
        block_counts = {"conclusion": {"max_num": 1}}
