"""Demo content for the newsroom: news and conference reports of tỉnh Sông Lam.

Builds on the council directory's demo (demo/councils.py), whose councils and
members it looks up by slug: news of the province, of the communes formed on
1 July 2025 and, in the archive, of the councils that ended that day.

The 32 news items are generated from a compact table (date, title, council,
category, tags, members, place, summary) and a few paragraph templates per
category; the three conference reports are written out, and between them use
every block of the article body.

Idempotent: pages are looked up by slug under their parent and only created
when missing; a second run adds no rows and no revisions. New pages are saved
as drafts and published through a revision, as an editor would.
"""

import json
from collections import Counter

from councils.models import MemberDirectoryPage
from demo.blocks import (
    Directory,
    credit_of,
    member_links,
    names_text,
    page_slug,
    paragraph,
    photo_block,
    statistic_block,
    tag_items,
)
from demo.conferences import ensure_conferences
from demo.directory import SONG_LAM
from demo.stories import (
    BYLINES,
    CAPTIONS,
    CATEGORIES,
    CLOSINGS,
    CONFERENCE_INDEX,
    DIRECTORY,
    INTROS,
    MIDDLES,
    NEWS_INDEX,
    STORIES,
    day_text,
)
from newsroom.models import NewsCategory, NewsIndexPage, NewsPage


def ensure_categories(ctx):
    categories = {}
    for slug, name, description in CATEGORIES:
        category = NewsCategory.objects.filter(slug=slug).first()
        if category is None:
            category = NewsCategory.objects.create(slug=slug, name=name, description=description)
            ctx.note_created(category)
            ctx.log(f"Created news category: {name}")
        categories[slug] = category
    return categories


def ensure_sections(ctx, province):
    """Tin tức and Hội nghị under home, and the directory after them in the menu."""
    news, _ = ctx.ensure_child_page(ctx.home, NewsIndexPage, NEWS_INDEX["slug"], title=NEWS_INDEX["title"],
                                    intro=NEWS_INDEX["intro"], show_in_menus=True)
    conferences, _ = ctx.ensure_child_page(ctx.home, NewsIndexPage, CONFERENCE_INDEX["slug"],
                                           title=CONFERENCE_INDEX["title"], intro=CONFERENCE_INDEX["intro"],
                                           show_in_menus=True)
    directory = MemberDirectoryPage.objects.child_of(ctx.home).first()
    if directory is None:
        ctx.ensure_child_page(ctx.home, MemberDirectoryPage, DIRECTORY["slug"], title=DIRECTORY["title"],
                              intro=DIRECTORY["intro"], council=province, show_in_menus=True)
    else:
        # The menu reads Trang chủ · Tin tức · Hội nghị · Đại biểu: the directory follows the news.
        conferences.refresh_from_db()
        if directory.path < conferences.path:
            directory.move(conferences, pos="right")
            ctx.log("Moved the member directory after the news sections.")
    news.refresh_from_db()
    conferences.refresh_from_db()
    return news, conferences


def story_body(ctx, story, index, nth, members, council, byline):
    """Two to four paragraphs, maybe a figure or a photo; ``nth`` is the story's rank in its category."""
    names = names_text(m.full_name for m in members)
    several = len(members) > 1
    fill = {"when": day_text(story.when), "place": story.place,
            "people": f"{'các đồng chí' if several else 'đồng chí'} {names}",
            "delegates": f"{'các đại biểu' if several else 'đại biểu'} {names}",
            "council": council.short_name or council.name}
    # The summary is printed under the title: the body goes on from it.
    body = [paragraph(f"<p>{INTROS[story.category][nth % 2].format(**fill)}</p>"),
            paragraph(f"<p>{MIDDLES[story.category][(nth + 1) % 2]}</p>")]
    if story.statistic:
        body.append(statistic_block(*story.statistic))
    elif index % 3 == 0:
        image = ctx.image(f"{story.title} (ảnh 2)", width=1200, height=800)
        body.append(photo_block(image, f"Các đại biểu tại {story.place}", credit_of(byline), members[:3]))
    if nth % 3 != 1 or story.statistic:
        body.append(paragraph(f"<p>{CLOSINGS[story.category][nth // 2 % 2].format(**fill)}</p>"))
    return json.dumps(body, ensure_ascii=False)


def ensure_news(ctx, index_page, directory, categories):
    existing = set(index_page.get_children().values_list("slug", flat=True))
    seen = Counter()
    for i, story in enumerate(STORIES):
        nth = seen[story.category]
        seen[story.category] += 1
        slug = page_slug(story.title)
        if slug in existing:
            continue
        council = directory.council(story.council)
        members = directory.members(story.members)
        byline = BYLINES[i % len(BYLINES)]
        ctx.ensure_child_page(
            index_page, NewsPage, slug,
            title=story.title, date=story.when, first_published_at=story.when, summary=story.summary,
            hero_image=ctx.image(story.title, width=1200, height=800),
            hero_caption=CAPTIONS[story.category].format(place=story.place), hero_credit=credit_of(byline),
            body=story_body(ctx, story, i, nth, members, council, byline), byline=byline,
            category=categories[story.category], council=council,
            tagged_items=tag_items(story.tags), member_links=member_links(members),
        )


def load_newsroom(ctx):
    """News sections, categories, 32 news items and 3 conference reports; needs the councils' demo."""
    directory = Directory()
    categories = ensure_categories(ctx)
    news, conferences = ensure_sections(ctx, directory.council(SONG_LAM))
    ensure_news(ctx, news, directory, categories)
    ensure_conferences(ctx, conferences, directory, categories)
