"""Small builders for test data: councils, terms, organizations, members, images.

Plain functions with sensible defaults; pass keyword arguments to override.
"""

import datetime
import io
import itertools

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from councils.models import (
    Council,
    CouncilMember,
    Membership,
    MembershipRole,
    Organization,
    OrganizationKind,
    Term,
)

_seq = itertools.count(1)


def make_image(title=None, width=640, height=480, colour=(160, 30, 30)):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), colour).save(buffer, format="JPEG")
    n = next(_seq)
    image = get_image_model()(title=title or f"Ảnh thử {n}")
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name=f"test-{n}.jpg")
    image.save()
    return image


def make_council(name=None, level="province", **kwargs):
    n = next(_seq)
    name = name or f"Hội đồng nhân dân tỉnh Thử {n}"
    return Council.objects.create(name=name, level=level, **kwargs)


def make_term(council, number=20, start=datetime.date(2021, 6, 1), end=None, **kwargs):
    return Term.objects.create(council=council, number=number, start_date=start, end_date=end, **kwargs)


def make_organization(council, kind=OrganizationKind.STANDING_COMMITTEE, name=None, **kwargs):
    name = name or f"Tổ chức {next(_seq)}"
    return Organization.objects.create(council=council, kind=kind, name=name, **kwargs)


def make_member(full_name=None, *, live=True, portrait=False, memberships=(), **kwargs):
    """A member, published unless live=False; memberships are dicts of Membership fields."""
    n = next(_seq)
    member = CouncilMember(full_name=full_name or f"Nguyễn Văn Thử {n}", live=live, **kwargs)
    if portrait:
        member.portrait = make_image(f"Chân dung {member.full_name}", 300, 400)
    member.save()
    for order, fields in enumerate(memberships):
        fields = {"role": MembershipRole.MEMBER, **fields}
        Membership.objects.create(member=member, sort_order=order, **fields)
    if live:
        member.save_revision().publish()
    else:
        member.save_revision()
    return member
