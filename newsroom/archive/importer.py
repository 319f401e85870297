"""Turn an old portal's articles into published news pages and conference reports, once each.

An article is known by its source address (``NewsPage.source_url``): one already imported is
"already there" and left as it is. Each new one is made in a transaction of its own, images
and chairs included, so an article that fails leaves nothing behind.
"""

import json
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.db import DatabaseError, transaction
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

from councils.models import CouncilMember
from delivery.text import fold
from newsroom.archive.body import plan_article
from newsroom.archive.readers import read_source
from newsroom.models import ConferenceChair, ConferencePage, NewsPage

SOURCE_MAX = 500


@dataclass
class Outcome:
    source: str
    status: str  # "created", "exists", "skipped"
    title: str = ""
    reason: str = ""
    warnings: list = field(default_factory=list)
    page: NewsPage = None


@dataclass
class Report:
    outcomes: list = field(default_factory=list)

    def count(self, status):
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def warnings(self):
        return sum(len(outcome.warnings) for outcome in self.outcomes)


def import_archive(path, council, index, collection, dry_run=False):
    report = Report()
    for article in read_source(path):
        report.outcomes.append(import_article(article, council, index, collection, dry_run))
    return report


def import_article(article, council, index, collection, dry_run):
    source, title = article.source.strip(), " ".join(article.title.split())
    outcome = Outcome(source=source or title, status="skipped", title=title)
    if not source:
        outcome.reason = _("no link, guid or file to know it by")
    elif len(source) > SOURCE_MAX:
        outcome.reason = _("its address is longer than %(max)s characters") % {"max": SOURCE_MAX}
    elif not title:
        outcome.reason = _("no title")
    elif article.date is None:
        outcome.reason = article.date_problem or _("no date")
    elif NewsPage.objects.filter(source_url=source).exists():
        outcome.status = "exists"
    if outcome.reason or outcome.status == "exists":
        return outcome
    plan = plan_article(article)
    outcome.warnings = list(plan.warnings)
    if dry_run:
        outcome.status = "created"
        return outcome
    try:
        with transaction.atomic():
            outcome.page = make_page(article, plan, source, title, council, index, collection)
    except (ValidationError, DatabaseError, OSError, ValueError) as error:
        messages = error.messages if isinstance(error, ValidationError) else [str(error)]
        outcome.reason = _("not imported: %(error)s") % {"error": " ".join(messages)[:300]}
        return outcome
    outcome.status = "created"
    return outcome


def make_page(article, plan, source, title, council, index, collection):
    images = {path: archive_image(path, collection) for path in set(plan.image_paths())}
    blocks = []
    for block in plan.blocks:
        if block["type"] == "photo":
            path, caption = block["value"]["image"], block["value"]["caption"]
            image, is_new = images[path]
            if is_new and caption:  # a new image is named by its caption
                image.title = caption[:255]
                image.save(update_fields=["title"])
                images[path] = (image, False)
            block = {"type": "photo", "value": {**block["value"], "image": image.pk}}
        blocks.append(block)
    page_class = ConferencePage if plan.conference else NewsPage
    matched, printed = match_chairs(plan.chairs, council)
    page = page_class(title=title[:255], date=article.date, byline=plan.byline[:300], council=council,
                      source_url=source, body=json.dumps(blocks), live=False)
    if plan.conference and printed:
        page.participants = _("Chaired by: %(names)s") % {"names": "; ".join(printed)}
    index.add_child(instance=page)
    for order, (member, position) in enumerate(matched):
        ConferenceChair.objects.create(page=page, member=member, attribution=position[:300], sort_order=order)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def archive_image(path, collection):
    """(image, is_new): the Wagtail image already made from the same bytes, else a new one."""
    model = get_image_model()
    with open(path, "rb") as handle:
        digest = hash_filelike(handle)
        image = model.objects.filter(file_hash=digest).first()
        if image is not None:
            return image, False
        handle.seek(0)
        image = model(title=path.stem[:255], collection=collection, file_hash=digest,
                      file_size=path.stat().st_size)
        image.file = ImageFile(handle, name=path.name)
        image.save()
    return image, True


def match_chairs(chairs, council):
    """(member, position) for chairs found in the directory; "name – position" as printed for the rest."""
    matched, printed = [], []
    for chair in chairs:
        member = find_member(chair.name, council)
        if member is not None:
            matched.append((member, chair.position))
        else:
            printed.append(f"{chair.name} – {chair.position}" if chair.position else chair.name)
    return matched, printed


def find_member(name, council):
    """The published member of that name (compared without diacritics); among several, the council's own."""
    candidates = list(CouncilMember.objects.live().filter(search_name=fold(name)))
    if len(candidates) > 1 and council is not None:
        candidates = list(CouncilMember.objects.live().filter(
            search_name=fold(name), memberships__organization__council=council).distinct())
    return candidates[0] if len(candidates) == 1 else None
