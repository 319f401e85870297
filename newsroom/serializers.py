"""How news pages' fields leave the portal through the API.

Each is a read-only DRF field named in a page model's ``api_fields``; related
objects come out as the plain objects a client needs, never as bare ids.
"""

from django.utils import timezone
from rest_framework.fields import Field

from councils.blocks import member_summary


class ReadOnlyField(Field):
    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)


class CategoryField(ReadOnlyField):
    def get_attribute(self, instance):
        return instance.category if instance.category_id else None

    def to_representation(self, category):
        return {"id": category.pk, "name": category.name, "slug": category.slug}


class TagListField(ReadOnlyField):
    """Tags as {name, slug}: the slug is what the listing's ?tag= filter takes."""

    def get_attribute(self, instance):
        return list(instance.tags.all())

    def to_representation(self, tags):
        return [{"name": tag.name, "slug": tag.slug} for tag in tags]


class RelatedMembersField(ReadOnlyField):
    def get_attribute(self, instance):
        return instance.related_members()

    def to_representation(self, members):
        request = self.context.get("request")
        return [member_summary(member, request) for member in members]


class ChairsField(ReadOnlyField):
    """Who chaired: the member as everywhere, and the position as on the conference's day."""

    def get_attribute(self, instance):
        return [chair for chair in instance.chairs.all() if chair.member.live]

    def to_representation(self, chairs):
        request = self.context.get("request")
        result = []
        for chair in chairs:
            page = chair.page
            when = page.start or page.date
            on = timezone.localtime(when).date() if when else None
            result.append({
                "member": member_summary(chair.member, request, on=on),
                "attribution": chair.attribution,
                "position": chair.attribution or chair.member.position_line(on),
            })
        return result
