"""Editors write conference reports end to end in the Wagtail admin."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from newsroom.models import ConferencePage


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("bientap", "bt@example.vn", "pw")
    client.force_login(user)
    return client


def conference_form(member, photo, council, breakdown=(("giám sát", "15"), ("khảo sát", "1")), **extra):
    data = nested_form_data({
        "title": "Hội nghị giao ban Thường trực HĐND",
        "slug": "hoi-nghi-giao-ban",
        "summary": "Tóm tắt hội nghị.",
        "hero_caption": "", "hero_credit": "",
        "start": "2026-06-01 08:00", "location": "Hội trường xã", "theme": "Giao ban quý II",
        "council": council.pk, "participants": "Các đại biểu",
        "chairs": inline_formset([{"member": member.pk, "attribution": ""}]),
        "member_links": inline_formset([]),
        "byline": "Minh Thu",
        "date": "", "category": "", "tags": "",
        "body": streamfield([
            ("paragraph", rich_text("<p>Mở đầu.</p>")),
            ("heading", {"text": "Kết quả", "level": "h2"}),
            ("quote", {"text": "Trích dẫn.", "attribution": ""}),
            ("photo", {"image": photo.pk, "caption": "Quang cảnh", "credit": "",
                       "members": streamfield([])}),
            ("speech", {"speaker": member.pk, "speaker_name": "", "attribution": "", "kind": "opening",
                        "text": rich_text("<p>Khai mạc.</p>")}),
            ("statistic", {"label": "cuộc giám sát, khảo sát", "value": "16", "unit": "", "scope": "cấp xã",
                           "period": "quý II",
                           "breakdown": streamfield([("item", {"label": label, "value": value})
                                                     for label, value in breakdown])}),
            ("conclusion", {"presiding_member": member.pk, "presiding_name": "", "attribution": "",
                            "text": rich_text("<p>Kết luận.</p>"),
                            "directives": streamfield([("item", "Rà soát kiến nghị.")])}),
        ]),
    })
    data.update(extra)
    return data


def add_url(parent):
    return f"/admin/pages/add/newsroom/conferencepage/{parent.pk}/"


def test_editor_publishes_a_conference_report_with_every_block(editor, news_index, district_chair, merger):
    from tests.factories import make_image

    response = editor.post(add_url(news_index), conference_form(district_chair, make_image(), merger["commune"],
                                                                **{"action-publish": "publish"}))
    assert response.status_code == 302, response.content.decode()[:2000]
    page = ConferencePage.objects.get(slug="hoi-nghi-giao-ban")
    assert page.live and page.date is not None
    assert [b.block_type for b in page.body] == ["paragraph", "heading", "quote", "photo", "speech", "statistic",
                                                 "conclusion"]
    assert page.chairs.get().member == district_chair


def test_admin_refuses_a_breakdown_that_does_not_add_up(editor, news_index, district_chair, merger):
    from tests.factories import make_image

    data = conference_form(district_chair, make_image(), merger["commune"],
                           breakdown=(("giám sát", "14"), ("khảo sát", "1")), **{"action-publish": "publish"})
    response = editor.post(add_url(news_index), data)
    assert response.status_code == 200
    body_errors = response.context["form"].errors["body"].as_data()[0]
    statistic_error = body_errors.block_errors[5].block_errors["breakdown"]
    assert statistic_error.messages == ["Tổng các thành phần là 15 nhưng số liệu là 16. "
                                        "Hãy sửa lại số liệu hoặc các thành phần."]
    assert not ConferencePage.objects.exists()


def test_scheduled_report_goes_live_only_when_its_time_comes(editor, news_index, district_chair, merger):
    from tests.factories import make_image

    go_live = timezone.localtime() + datetime.timedelta(hours=2)
    data = conference_form(district_chair, make_image(), merger["commune"],
                           go_live_at=go_live.strftime("%Y-%m-%d %H:%M"), **{"action-publish": "publish"})
    assert editor.post(add_url(news_index), data).status_code == 302
    page = ConferencePage.objects.get(slug="hoi-nghi-giao-ban")
    assert not page.live
    assert editor.get("/tin-tuc/").content.decode().count("Hội nghị giao ban") == 0
    call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert not page.live
    with pytest.MonkeyPatch.context() as mp:
        later = timezone.now() + datetime.timedelta(hours=3)
        mp.setattr(timezone, "now", lambda: later)
        call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert page.live


def test_report_submitted_for_moderation_waits_for_approval(editor, news_index, district_chair, merger):
    from tests.factories import make_image

    workflow = Workflow.objects.get(name="Moderators approval")
    workflow.workflow_pages.get_or_create(page=Page.get_first_root_node())
    data = conference_form(district_chair, make_image(), merger["commune"], **{"action-submit": "submit"})
    assert editor.post(add_url(news_index), data).status_code == 302
    page = ConferencePage.objects.get(slug="hoi-nghi-giao-ban")
    assert not page.live
    assert page.current_workflow_state is not None
    assert page.current_workflow_state.status == "in_progress"
