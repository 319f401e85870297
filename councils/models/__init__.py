"""Council directory models: councils, terms and organizations (councils.py), members and their posts
(members.py), what they share (base.py), and the public pages (pages.py)."""

from councils.models.base import roman, unique_slug  # noqa: F401
from councils.models.councils import (  # noqa: F401
    Council,
    CouncilKind,
    CouncilLevel,
    Organization,
    OrganizationKind,
    Term,
)
from councils.models.members import (  # noqa: F401
    ROLE_RANK,
    CouncilMember,
    Gender,
    Membership,
    MembershipRole,
)
from councils.models.pages import MemberDirectoryPage  # noqa: F401
