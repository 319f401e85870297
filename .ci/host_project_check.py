"""The host-project check of .ci/host-project, run with the fresh project's Python.

``configure <dir>``: applies README's "Using the plugins in another Wagtail project" to a
project made by ``wagtail start``: each code block there that follows a line
``<!-- host-project: <file> -->`` is appended to that file of the project (``<project>`` in the
name is the project's package). Nothing else is added, so README is what is tested.

``check <dir>``: in the migrated project, creates a council, a member and a conference report
with its blocks through the ORM as an import would, then checks with Django's test client that
the report renders with its blocks and that /api/v2/pages/<id>/ gives it with its blocks.
"""

import os
import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
MARK = re.compile(r"<!-- host-project: (?P<file>[^ ]+) -->\s*```[a-z]*\n(?P<code>.*?)```", re.S)


def configure(project_dir):
    project_dir = Path(project_dir)
    package = next(p.parent.name for p in project_dir.glob("*/wsgi.py"))
    text = README.read_text(encoding="utf-8")
    blocks = MARK.findall(text)
    if not blocks:
        sys.exit("README has no host-project blocks")
    for name, code in blocks:
        target = project_dir / name.replace("<project>", package)
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("a", encoding="utf-8") as out:
            out.write("\n" + code)
        print(f"README -> {target.relative_to(project_dir)} ({len(code.splitlines())} lines)")


def check(project_dir):
    sys.path.insert(0, str(Path(project_dir).resolve()))
    package = next(p.parent.name for p in Path(project_dir).glob("*/wsgi.py"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", f"{package}.settings.dev")
    import django

    django.setup()
    import datetime
    import json

    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.utils import timezone
    from wagtail.models import Page, Site

    from councils.models import Council, CouncilMember, Membership, Organization, Term
    from newsroom.models import ConferencePage, NewsIndexPage

    setup_test_environment()  # Django's own: the test client's host "testserver" is allowed
    council = Council.objects.create(name="Hội đồng nhân dân xã Tân Phong", level="commune")
    term = Term.objects.create(council=council, number=1, start_date=datetime.date(2026, 3, 30))
    standing = Organization.objects.create(council=council, kind="standing_committee", name="Thường trực HĐND xã")
    chair = CouncilMember.objects.create(full_name="Đinh Minh Hà", live=True)
    Membership.objects.create(member=chair, organization=standing, term=term, role="chair",
                              title="Chủ tịch HĐND xã")
    chair.save_revision().publish()
    home = Site.objects.get(is_default_site=True).root_page
    index = NewsIndexPage(title="Tin tức", slug="tin-tuc")
    home.add_child(instance=index)
    index.save_revision().publish()
    body = [
        {"type": "paragraph", "value": "<p>Sáng 15/4/2026, Thường trực HĐND xã họp phiên thường kỳ.</p>"},
        {"type": "speech", "value": {"speaker": chair.pk, "speaker_name": "", "attribution": "",
                                     "kind": "opening", "text": "<p>Phát biểu khai mạc.</p>"}},
        {"type": "statistic", "value": {"label": "giám sát, khảo sát", "value": "16", "unit": "cuộc",
                                        "scope": "", "period": "",
                                        "breakdown": [{"label": "giám sát", "value": "15"},
                                                      {"label": "khảo sát", "value": "1"}]}},
        {"type": "conclusion", "value": {"presiding_member": chair.pk, "presiding_name": "", "attribution": "",
                                         "text": "<p>Hội nghị thống nhất.</p>", "directives": []}},
    ]
    report = ConferencePage(title="Phiên họp thường kỳ tháng 4", slug="phien-hop-thang-4",
                            date=timezone.make_aware(datetime.datetime(2026, 4, 15, 8)),
                            location="Hội trường UBND xã", council=council, body=json.dumps(body))
    index.add_child(instance=report)
    report.save_revision().publish()

    client = Client()
    html = client.get(report.url)
    assert html.status_code == 200, (html.status_code, html.content[:2000])
    text = html.content.decode()
    for expected in ("Phiên họp thường kỳ tháng 4", "Đinh Minh Hà", "Phát biểu khai mạc", "giám sát, khảo sát",
                     "Hội nghị thống nhất"):
        assert expected in text, f"{expected!r} is not on the rendered report"
    api = client.get(f"/api/v2/pages/{report.pk}/")
    assert api.status_code == 200, (api.status_code, api.content[:2000])
    data = api.json()
    assert [block["type"] for block in data["body"]] == ["paragraph", "speech", "statistic", "conclusion"], data
    assert data["body"][1]["value"]["speaker"]["name"] == "Đinh Minh Hà"
    assert data["body"][2]["value"]["value"] == 16
    listed = client.get("/api/v2/pages/?type=newsroom.ConferencePage").json()
    assert [item["id"] for item in listed["items"]] == [report.pk]
    assert client.get("/api/v2/council-members/").json()["meta"]["total_count"] == 1
    assert Page.objects.live().type(ConferencePage).count() == 1
    # The contract (delivery): validators and 304s, errors in Vietnamese, the OpenAPI document, tombstones.
    etag = api["ETag"]
    assert api.has_header("Last-Modified") and client.get(
        f"/api/v2/pages/{report.pk}/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    bad = client.get("/api/v2/pages/?khong_co=1")
    assert bad.status_code == 400 and set(bad.json()) == {"message"}, bad.content
    document = client.get("/api/v2/openapi.json").json()
    for schema in ("Page", "Block", "CouncilMember", "Council", "Removal", "Error"):
        assert schema in document["components"]["schemas"], schema
    assert "/api/v2/removals/" in document["paths"] and "/api/v2/pages/{id}/" in document["paths"]
    report.unpublish()
    removals = client.get("/api/v2/removals/?endpoint=pages").json()["items"]
    assert [(item["id"], item["reason"]) for item in removals] == [(report.pk, "unpublished")], removals
    assert client.get(f"/api/v2/pages/{report.pk}/").status_code == 404
    print(f"host project: {report.url} renders; /api/v2/pages/{report.pk}/ has its {len(data['body'])} blocks; "
          "ETag 304, JSON errors, OpenAPI and tombstones answer")


if __name__ == "__main__":
    {"configure": configure, "check": check}[sys.argv[1]](sys.argv[2])
