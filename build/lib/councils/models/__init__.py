"""Council directory models: the data (directory.py) and the public pages (pages.py)."""

from councils.models.directory import (  # noqa: F401
    ROLE_RANK,
    Council,
    CouncilKind,
    CouncilLevel,
    CouncilMember,
    Gender,
    Membership,
    MembershipRole,
    Organization,
    OrganizationKind,
    Term,
    roman,
    unique_slug,
)
from councils.models.pages import MemberDirectoryPage  # noqa: F401
