"""Optional lists in blocks (members in a photo, a figure's breakdown, directives) never block publishing.

Wagtail's ListBlock used to start with one empty item that the form then refused as required;
an editor had to delete it before a photo could be published.
"""

import pytest
from django.contrib.auth import get_user_model
from wagtail.blocks import StructBlockValidationError
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from newsroom.blocks import ConclusionBlock, PhotoBlock, StatisticBlock, counted_text
from newsroom.models import ConferencePage
from tests.factories import make_image


def test_optional_lists_start_empty():
    assert list(PhotoBlock().get_default()["members"]) == []
    assert list(StatisticBlock().get_default()["breakdown"]) == []
    assert list(ConclusionBlock().get_default()["directives"]) == []


def test_blank_items_are_dropped_not_refused(db):
    photo = PhotoBlock()
    value = photo.to_python({"image": None, "caption": "", "credit": "", "members": [None]})
    value["image"] = make_image()
    assert list(photo.clean(value)["members"]) == []

    conclusion = ConclusionBlock()
    value = conclusion.to_python({"text": "<p>Kết luận.</p>", "directives": ["", "  ", "Rà soát kiến nghị."]})
    assert list(conclusion.clean(value)["directives"]) == ["Rà soát kiến nghị."]


def test_a_blank_breakdown_part_is_dropped_but_a_half_filled_one_is_refused():
    block = StatisticBlock()
    blank = block.to_python({"label": "giám sát", "value": "16", "breakdown": [{"label": "", "value": None}]})
    assert list(block.clean(blank)["breakdown"]) == []
    half = block.to_python({"label": "giám sát", "value": "16", "breakdown": [{"label": "", "value": "16"}]})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(half)
    assert "breakdown" in error.value.block_errors


def test_a_wrong_breakdown_is_still_refused_once_blank_parts_are_dropped():
    block = StatisticBlock()
    value = block.to_python({"label": "giám sát", "value": "16", "breakdown": [
        {"label": "giám sát", "value": "14"}, {"label": "", "value": None}, {"label": "khảo sát", "value": "1"},
    ]})
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "15" in str(error.value.block_errors["breakdown"].messages[0])


@pytest.mark.parametrize(("unit", "label", "shown"), [
    ("cuộc", "giám sát, khảo sát", "cuộc giám sát, khảo sát"),
    ("cuộc", "cuộc giám sát, khảo sát", "cuộc giám sát, khảo sát"),
    ("Cuộc", "cuộc giám sát", "cuộc giám sát"),
    ("", "cuộc giám sát, khảo sát", "cuộc giám sát, khảo sát"),
    ("tỷ đồng", "vốn đầu tư công", "tỷ đồng vốn đầu tư công"),
    ("cuộc", "cuộc", "cuộc"),
    ("ý", "ý kiến cử tri", "ý kiến cử tri"),
])
def test_the_unit_is_written_once(unit, label, shown):
    assert counted_text(unit, label) == shown


def test_statistic_reads_without_a_doubled_unit():
    block = StatisticBlock()
    value = block.to_python({"label": "cuộc giám sát, khảo sát", "value": "16", "unit": "cuộc", "breakdown": []})
    html = block.render(value)
    assert 'aria-label="16 cuộc giám sát, khảo sát"' in html
    assert html.count("cuộc") == 2  # the label of the figure and the figure itself, once each


def test_editor_publishes_a_photo_without_touching_the_members_slot(client, news_index, district_chair):
    """What the browser posts when a photo block is added and its (empty) members list left alone."""
    client.force_login(get_user_model().objects.create_superuser("bt", "bt@example.vn", "pw"))
    photo = make_image()
    data = nested_form_data({
        "title": "Tiếp xúc cử tri xã Tân Phong", "slug": "tiep-xuc-cu-tri", "summary": "", "hero_caption": "",
        "hero_credit": "", "start": "", "location": "", "theme": "", "council": "", "participants": "",
        "chairs": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": 1000},
        "member_links": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": 1000},
        "byline": "", "date": "", "category": "", "tags": "",
        "body": streamfield([
            ("photo", {"image": photo.pk, "caption": "Quang cảnh", "credit": "",
                       "members": streamfield([("item", "")])}),
            ("conclusion", {"presiding_member": "", "presiding_name": "Ông Lê Văn Khách", "attribution": "",
                            "text": rich_text("<p>Kết luận.</p>"), "directives": streamfield([("item", "")])}),
        ]),
        "action-publish": "publish",
    })
    response = client.post(f"/admin/pages/add/newsroom/conferencepage/{news_index.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    page = ConferencePage.objects.get(slug="tiep-xuc-cu-tri")
    assert page.live
    assert list(page.body[0].value["members"]) == []
    assert list(page.body[1].value["directives"]) == []
