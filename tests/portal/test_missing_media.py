"""An image whose original file is lost on disk never breaks a page or an API answer.

Renditions made before the loss are still served; one that would have to be
made now is null in the API and an empty box in HTML, and the loss is logged
with the image's id so an operator knows which file to put back.
"""

import logging
import os

import pytest
from django.core.cache import cache

from tests.api.test_openapi import openapi, validate
from tests.factories import make_image

LOGGER = "delivery.images"


def lose_original(image):
    """As when a disk or a careless sync drops the file: the row stays, the renditions are not made yet."""
    image.renditions.all().delete()
    os.remove(image.file.path)
    cache.clear()  # Wagtail keeps renditions in the cache too


@pytest.fixture
def lost(conference, district_chair):
    photo = conference.body[3].value["image"]
    lose_original(photo)
    lose_original(district_chair.portrait)
    return {"photo": photo, "portrait": district_chair.portrait}


def warned_about(caplog, image):
    return [r for r in caplog.records if r.name == LOGGER and r.levelno == logging.WARNING
            and f"image {image.pk} " in r.getMessage()]


def test_council_members_listing_answers_with_null_renditions(client, lost, district_chair, caplog):
    caplog.set_level(logging.WARNING, logger=LOGGER)
    response = client.get("/api/v2/council-members/")
    assert response.status_code == 200
    member = next(m for m in response.json()["items"] if m["id"] == district_chair.pk)
    portrait = member["portrait"]
    assert portrait["id"] == lost["portrait"].pk and portrait["title"] == lost["portrait"].title
    assert portrait["renditions"] == {"thumbnail": None, "medium": None, "large": None}
    # One line per image and answer, not one per rendition.
    assert len(warned_about(caplog, lost["portrait"])) == 1
    validate(openapi(client), "/api/v2/council-members/", response.json())


def test_pages_api_with_every_field_answers_and_matches_the_schema(client, lost, conference, caplog):
    caplog.set_level(logging.WARNING, logger=LOGGER)
    response = client.get("/api/v2/pages/?type=newsroom.ConferencePage&fields=*")
    assert response.status_code == 200
    page = next(p for p in response.json()["items"] if p["id"] == conference.pk)
    photo = next(block for block in page["body"] if block["type"] == "photo")["value"]
    assert photo["image"]["id"] == lost["photo"].pk
    assert photo["image"]["renditions"]["medium"] is None
    speech = next(block for block in page["body"] if block["type"] == "speech")["value"]
    assert speech["speaker"]["portrait"]["renditions"]["thumbnail"] is None
    assert page["chairs"][0]["member"]["portrait"]["renditions"]["large"] is None
    assert warned_about(caplog, lost["photo"]) and warned_about(caplog, lost["portrait"])
    document = openapi(client)
    validate(document, "/api/v2/pages/", response.json())
    detail = client.get(f"/api/v2/pages/{conference.pk}/")
    assert detail.status_code == 200
    validate(document, "/api/v2/pages/{id}/", detail.json())


def test_images_endpoint_answers(client, lost):
    listing = client.get("/api/v2/images/")
    assert listing.status_code == 200
    detail = client.get(f"/api/v2/images/{lost['photo'].pk}/")
    assert detail.status_code == 200 and detail.json()["renditions"]["thumbnail"] is None
    validate(openapi(client), "/api/v2/images/{id}/", detail.json())


def test_conference_page_shows_placeholders_and_logs_the_image(client, lost, conference, caplog):
    caplog.set_level(logging.WARNING, logger=LOGGER)
    response = client.get(conference.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Quang cảnh hội nghị" in html  # the caption stays
    assert 'class="image-missing image-missing--wide" role="img" aria-label="Quang cảnh hội nghị"' in html
    assert 'class="image-missing speaker__portrait"' in html  # chairs, speech and conclusion portraits
    assert "not-found" not in html  # no broken <img> as Wagtail's own tag would give
    assert warned_about(caplog, lost["photo"]) and warned_about(caplog, lost["portrait"])


def test_member_page_news_list_and_hero_survive(client, lost, directory, district_chair, news_index):
    from tests.newsroom.conftest import add_news

    hero = make_image("Ảnh bìa")
    news = add_news(news_index, "Tin có ảnh bìa", hero_image=hero)
    lose_original(hero)
    member_page = client.get(district_chair.get_url())
    assert member_page.status_code == 200 and "image-missing" in member_page.content.decode()
    article = client.get(news.url)
    assert article.status_code == 200
    assert 'class="image-missing image-missing--wide" role="img"' in article.content.decode()
    listing = client.get(news_index.url)
    assert listing.status_code == 200 and 'class="image-missing"' in listing.content.decode()


def test_renditions_made_before_the_loss_are_still_served(client, conference, district_chair):
    before = client.get(f"/api/v2/council-members/{district_chair.pk}/").json()["portrait"]["renditions"]
    assert before["thumbnail"]["url"]
    os.remove(district_chair.portrait.file.path)
    cache.clear()
    after = client.get(f"/api/v2/council-members/{district_chair.pk}/").json()["portrait"]["renditions"]
    assert after == before


def test_admin_member_list_and_chooser_survive_a_lost_portrait(client, lost, district_chair, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("quantri", "qt@example.vn", "pw"))
    listing = client.get("/admin/snippets/councils/councilmember/")
    assert listing.status_code == 200 and district_chair.full_name in listing.content.decode()
    chooser = client.get("/admin/snippets/choose/councils/councilmember/")
    assert chooser.status_code == 200
