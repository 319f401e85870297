import datetime
import json

import pytest
from django.utils import timezone

from newsroom.models import ConferenceChair, ConferencePage, NewsCategory, NewsIndexPage, NewsPage


def at(year, month, day, hour=8):
    return timezone.make_aware(datetime.datetime(year, month, day, hour, 0))


@pytest.fixture
def news_index(home_page):
    index = NewsIndexPage(title="Tin tức", slug="tin-tuc", show_in_menus=True)
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def category(db):
    return NewsCategory.objects.create(name="Hoạt động giám sát", slug="giam-sat")


def add_news(index, title, date=None, publish=True, **fields):
    page = NewsPage(title=title, date=date, live=False, **fields)
    index.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    page.refresh_from_db()
    return page


def full_body(member, photo):
    """One block of every kind, the way an editor would fill them in."""
    return json.dumps([
        {"type": "paragraph", "value": "<p>Sáng ngày 04/5/2022, Thường trực HĐND huyện tổ chức hội nghị.</p>"},
        {"type": "heading", "value": {"text": "Kết quả giám sát", "level": "h2"}},
        {"type": "quote", "value": {"text": "Giám sát phải đến nơi đến chốn.", "attribution": "Chủ tọa"}},
        {"type": "photo", "value": {"image": photo.pk, "caption": "Quang cảnh hội nghị", "credit": "Quốc Huy",
                                    "members": [member.pk]}},
        {"type": "speech", "value": {"speaker": member.pk, "speaker_name": "", "attribution": "",
                                     "kind": "opening", "text": "<p>Phát biểu khai mạc hội nghị.</p>"}},
        {"type": "speech", "value": {"speaker": None, "speaker_name": "Ông Lê Văn Khách",
                                     "attribution": "Giám đốc Sở Tài chính", "kind": "discussion",
                                     "text": "<p>Ý kiến thảo luận về ngân sách.</p>"}},
        {"type": "statistic", "value": {"label": "cuộc giám sát, khảo sát", "value": "16", "unit": "",
                                        "scope": "cấp huyện", "period": "năm 2021",
                                        "breakdown": [{"label": "giám sát", "value": "15"},
                                                      {"label": "khảo sát", "value": "1"}]}},
        {"type": "conclusion", "value": {
            "presiding_member": member.pk, "presiding_name": "", "attribution": "",
            "text": "<p>Hội nghị thống nhất các nội dung sau.</p>",
            "directives": ["UBND huyện rà soát kiến nghị cử tri.", "Các Ban HĐND tăng cường giám sát."]}},
    ])


@pytest.fixture
def conference(news_index, district_chair, merger):
    from tests.factories import make_image

    photo = make_image("Quang cảnh hội nghị")
    page = ConferencePage(
        title="Hội nghị tổng kết công tác giám sát năm 2021",
        date=at(2022, 5, 4), start=at(2022, 5, 4, 8), location="Hội trường UBND huyện Cũ",
        theme="Tổng kết giám sát", participants="Các đại biểu HĐND huyện", council=merger["district"],
        summary="Thường trực HĐND huyện tổng kết công tác giám sát.", byline="Minh Thu - Quốc Huy",
        body=full_body(district_chair, photo),
    )
    news_index.add_child(instance=page)
    ConferenceChair.objects.create(page=page, member=district_chair, sort_order=0)
    page.save_revision().publish()
    page.refresh_from_db()
    return page
