import pytest
from wagtail.models import Page

from home.models import HomePage


def test_home_page_is_served_in_vietnamese(client, portal_settings):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "Hội đồng nhân dân tỉnh Thử Nghiệm" in html
    assert "Xin chào cử tri." in html
    # Navigation and footer come from the base template, translated.
    assert ">Trang chủ<" in html
    assert "Chuyển đến nội dung chính" in html
    assert "Số 1 đường Lê Lợi" in html
    assert 'href="tel:02383840999"' in html
    assert "mailto:vanphong@example.vn" in html


def test_menu_lists_live_pages_marked_for_menus_only(client, home_page):
    shown = Page(title="Tin tức", slug="tin-tuc", show_in_menus=True)
    hidden = Page(title="Trang ẩn", slug="an", show_in_menus=False)
    draft = Page(title="Bản nháp", slug="nhap", show_in_menus=True, live=False)
    for page in (shown, hidden, draft):
        home_page.add_child(instance=page)
    html = client.get("/").content.decode()
    assert ">Tin tức<" in html
    assert "Trang ẩn" not in html
    assert "Bản nháp" not in html


def test_menu_query_count_does_not_grow_with_menu_items(client, home_page, django_assert_max_num_queries):
    for i in range(8):
        home_page.add_child(instance=Page(title=f"Mục {i}", slug=f"muc-{i}", show_in_menus=True))
    client.get("/")  # warm the site and settings caches
    with django_assert_max_num_queries(10):
        response = client.get("/")
    assert ">Mục 7<" in response.content.decode()


def test_unknown_page_is_a_vietnamese_404(client, home_page):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_admin_login_is_in_vietnamese(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "Đăng nhập" in response.content.decode()


def test_home_page_only_under_the_root(home_page):
    assert HomePage.allowed_parent_page_models() == [Page]
    assert not HomePage.can_create_at(home_page)


def test_api_serves_the_home_page(client, home_page):
    response = client.get("/api/v2/pages/?type=home.HomePage&fields=intro")
    assert response.status_code == 200
    items = response.json()["items"]
    assert [item["title"] for item in items] == [home_page.title]
    assert items[0]["intro"] == "<p>Xin chào cử tri.</p>"


@pytest.mark.parametrize("phone", ["<script>", "0238 abc"])
def test_portal_settings_reject_a_malformed_phone(portal_settings, phone):
    from django.core.exceptions import ValidationError

    portal_settings.phone = phone
    with pytest.raises(ValidationError):
        portal_settings.full_clean()


def test_home_page_shows_the_latest_news(client, home_page):
    from newsroom.models import NewsIndexPage
    from tests.newsroom.conftest import add_news, at

    index = NewsIndexPage(title="Tin tức", slug="tin-tuc", live=False)
    home_page.add_child(instance=index)
    index.save_revision().publish()
    for day in range(1, 9):
        add_news(index, f"Tin ngày {day}", date=at(2026, 3, day))
    add_news(index, "Tin nháp trang chủ", publish=False)
    html = client.get("/").content.decode()
    assert "Tin mới" in html
    assert html.index("Tin ngày 8") < html.index("Tin ngày 3")
    assert "Tin ngày 2" not in html and "Tin nháp trang chủ" not in html
