"""What other plugins say about members and councils, without councils importing them.

The newsroom registers providers here (in its AppConfig.ready) so a member's
page lists the member's speeches, conclusions and mentions, and a council's
page its reports, while the dependency keeps pointing newsroom -> councils.
"""

from dataclasses import dataclass
from datetime import date, datetime

_member_providers = []
_council_providers = []


@dataclass(frozen=True)
class ActivityItem:
    """One line in a member's or council's activity list."""

    title: str
    url: str
    date: date | datetime | None
    kind: str  # a short, translated label: "Phát biểu", "Kết luận", "Tin tức"...
    excerpt: str = ""

    @property
    def sort_date(self):
        value = self.date
        if isinstance(value, datetime):
            return value.date()
        return value or date.min


def register_member_activity(provider):
    """provider(member, request, limit) -> list[ActivityItem]. Usable as a decorator."""
    if provider not in _member_providers:
        _member_providers.append(provider)
    return provider


def register_council_activity(provider):
    """provider(council, request, limit) -> list[ActivityItem]. Usable as a decorator."""
    if provider not in _council_providers:
        _council_providers.append(provider)
    return provider


def _collect(providers, obj, request, limit):
    items = []
    for provider in providers:
        items.extend(provider(obj, request, limit))
    items.sort(key=lambda item: item.sort_date, reverse=True)
    return items[:limit]


def member_activity(member, request=None, limit=30):
    return _collect(_member_providers, member, request, limit)


def council_activity(council, request=None, limit=30):
    return _collect(_council_providers, council, request, limit)
