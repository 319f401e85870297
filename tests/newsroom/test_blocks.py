"""Every block renders for readers, validates for editors and has a structured API form."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.blocks import StructBlockValidationError

from newsroom.blocks import ArticleBodyBlock, SpeechBlock, StatisticBlock
from tests.factories import make_member
from tests.newsroom.conftest import at


def statistic(value, parts):
    block = StatisticBlock()
    return block, block.to_python({
        "label": "cuộc giám sát, khảo sát", "value": str(value), "unit": "", "scope": "cấp huyện", "period": "",
        "breakdown": [{"label": label, "value": str(v)} for label, v in parts],
    })


def test_breakdown_that_adds_up_is_accepted():
    block, value = statistic(16, [("giám sát", 15), ("khảo sát", 1)])
    block.clean(value)


def test_breakdown_that_does_not_add_up_is_refused_with_a_clear_message():
    block, value = statistic(16, [("giám sát", 14), ("khảo sát", 1)])
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    message = str(error.value.block_errors["breakdown"].messages[0])
    assert "15" in message and "16" in message


def test_statistic_without_breakdown_is_fine():
    block, value = statistic(70, [])
    block.clean(value)


def test_speech_needs_a_member_or_a_name(db):
    block = SpeechBlock()
    value = block.to_python({"speaker": None, "speaker_name": "", "attribution": "", "kind": "discussion",
                             "text": "<p>Ý kiến.</p>"})
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_conference_report_renders_every_block(client, directory, conference, district_chair):
    response = client.get(conference.url)
    assert response.status_code == 200
    html = response.content.decode()
    # paragraph, heading, quote
    assert "Thường trực HĐND huyện tổ chức hội nghị" in html
    assert '<h2 class="block-heading">Kết quả giám sát</h2>' in html
    assert "Giám sát phải đến nơi đến chốn." in html
    # photo with caption, credit and the member shown
    assert "Quang cảnh hội nghị" in html and "Quốc Huy" in html
    # speech of a member: portrait, name linked, position on the day of the conference (2022)
    assert 'class="block-speech block-speech--opening"' in html
    assert f'href="/dai-bieu/{district_chair.slug}/"' in html
    assert "Bí thư Huyện ủy, Chủ tịch HĐND huyện" in html
    # speech of someone outside the directory
    assert "Ông Lê Văn Khách" in html and "Giám đốc Sở Tài chính" in html
    # statistic as a figure with its breakdown
    assert '<span class="block-statistic__value">16</span>' in html
    assert '<span class="block-statistic__part-value">15</span> giám sát' in html
    # conclusion set apart, with directives; byline at the end
    assert 'class="block-conclusion"' in html and "UBND huyện rà soát kiến nghị cử tri." in html
    assert html.index("Minh Thu - Quốc Huy") > html.index("block-conclusion")
    # conference facts: time, place, chair with position
    assert "08:00, 04/05/2022" in html and "Hội trường UBND huyện Cũ" in html


def test_unpublished_member_is_not_shown_through_a_published_report(client, directory, conference, district_chair):
    district_chair.live = False
    district_chair.save()
    html = client.get(conference.url).content.decode()
    assert f"/dai-bieu/{district_chair.slug}/" not in html


def test_conference_page_queries_do_not_grow_with_speeches(client, news_index, merger, django_db_blocker):
    from newsroom.models import ConferencePage
    from tests.newsroom.conftest import full_body

    def report(n_speakers, slug):
        speakers = [make_member(portrait=True, memberships=[
            {"organization": merger["commune_standing"], "term": merger["commune_term"], "title": "Ủy viên"}])
            for _ in range(n_speakers)]
        from tests.factories import make_image

        blocks = []
        import json
        for member in speakers:
            blocks.extend(json.loads(full_body(member, make_image())))
        page = ConferencePage(title=f"Hội nghị {slug}", slug=slug, date=at(2026, 6, 1), body=json.dumps(blocks),
                              live=False)
        news_index.add_child(instance=page)
        page.save_revision().publish()
        return page

    def count(page):
        client.get(page.url)  # renditions are generated on first view
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(page.url).status_code == 200
        return len(ctx.captured_queries)

    small, large = report(1, "nho"), report(6, "lon")
    assert count(large) == count(small)


def test_api_gives_every_block_in_structure(client, directory, conference, district_chair):
    response = client.get(f"/api/v2/pages/{conference.pk}/")
    assert response.status_code == 200
    body = response.json()["body"]
    kinds = [block["type"] for block in body]
    assert kinds == ["paragraph", "heading", "quote", "photo", "speech", "speech", "statistic", "conclusion"]
    photo, speech, outsider, stat, conclusion = body[3]["value"], body[4]["value"], body[5]["value"], \
        body[6]["value"], body[7]["value"]
    assert set(photo["image"]["renditions"]) == {"thumbnail", "medium", "large"}
    assert photo["image"]["renditions"]["medium"]["url"].startswith("http")
    assert photo["members"][0]["name"] == "Đinh Minh Hà"
    assert speech["speaker"]["uuid"] == str(district_chair.uuid)
    assert speech["speaker"]["html_url"] == f"http://testserver/dai-bieu/{district_chair.slug}/"
    assert speech["kind"] == "opening" and speech["text"] == "<p>Phát biểu khai mạc hội nghị.</p>"
    assert outsider["speaker"] is None and outsider["speaker_name"] == "Ông Lê Văn Khách"
    assert stat == {"label": "cuộc giám sát, khảo sát", "value": 16, "unit": "", "scope": "cấp huyện",
                    "period": "năm 2021",
                    "breakdown": [{"label": "giám sát", "value": 15}, {"label": "khảo sát", "value": 1}]}
    assert conclusion["presiding_member"]["id"] == district_chair.pk
    assert conclusion["directives"] == ["UBND huyện rà soát kiến nghị cử tri.", "Các Ban HĐND tăng cường giám sát."]


def test_body_block_has_labels_icons_and_templates():
    for name, block in ArticleBodyBlock().child_blocks.items():
        assert block.meta.icon and block.meta.icon != "placeholder", name
        assert block.meta.template, name
        assert str(block.label), name


def test_member_page_lists_speeches_and_conclusions_newest_first(client, directory, conference, district_chair,
                                                                 news_index):
    from newsroom.models import NewsPageMember
    from tests.newsroom.conftest import add_news

    later = add_news(news_index, "Tin mới nhắc đại biểu", date=at(2024, 1, 1))
    later.member_links.add(NewsPageMember(member=district_chair))
    later.save_revision().publish()
    html = client.get(f"/dai-bieu/{district_chair.slug}/").content.decode()
    assert conference.title in html
    assert html.index("Tin mới nhắc đại biểu") < html.index(conference.title)
    assert datetime.date(2022, 5, 4).strftime("%d/%m/%Y") in html


def test_member_page_never_lists_drafts_or_private_reports(client, directory, news_index, district_chair):
    from wagtail.models import PageViewRestriction

    from newsroom.models import NewsPageMember
    from tests.newsroom.conftest import add_news

    private = add_news(news_index, "Tin nội bộ nhắc đại biểu")
    private.member_links.add(NewsPageMember(member=district_chair))
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    draft = add_news(news_index, "Bản nháp nhắc đại biểu", publish=False)
    draft.member_links.add(NewsPageMember(member=district_chair))
    draft.save_revision()
    html = client.get(f"/dai-bieu/{district_chair.slug}/").content.decode()
    assert "Tin nội bộ nhắc đại biểu" not in html and "Bản nháp nhắc đại biểu" not in html


@pytest.mark.project
def test_rendered_article_is_cached_until_content_changes(client, directory, conference, district_chair):
    client.get(conference.url)
    with CaptureQueriesContext(connection) as first:
        client.get(conference.url)
    district_chair.full_name = "Đinh Minh Hằng"
    district_chair.save_revision().publish()
    with CaptureQueriesContext(connection) as after_edit:
        html = client.get(conference.url).content.decode()
    assert "Đinh Minh Hằng" in html  # a member edit shows at once
    with CaptureQueriesContext(connection) as cached:
        client.get(conference.url)
    assert len(cached.captured_queries) == len(first.captured_queries) < len(after_edit.captured_queries)


def test_preview_is_never_served_from_the_cache(client, directory, conference):
    from django.contrib.auth import get_user_model

    client.get(conference.url)
    conference.title = "Tiêu đề trong bản xem trước"
    editor = get_user_model().objects.create_superuser("xemtruoc", "xt@example.vn", "pw")
    client.force_login(editor)
    response = conference.make_preview_request(original_request=None)
    assert "Tiêu đề trong bản xem trước" in response.content.decode()


def test_figures_are_written_the_vietnamese_way():
    from newsroom.templatetags.newsroom_tags import vn_number

    assert vn_number("678659") == "678.659"
    assert vn_number("1248.00") == "1.248"
    assert vn_number("3.50") == "3,5"
    assert vn_number("16") == "16"
