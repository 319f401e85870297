"""Read-only API fields that several endpoints and plugins share.

They import no API view, so page models (newsroom's ``api_fields``) can name them
while the app registry is still loading.
"""

from rest_framework.fields import Field

from delivery.images import image_api_representation


class WholeObjectField(Field):
    """A read-only field computed from the whole object by ``represent(obj, context)``."""

    def __init__(self, represent, **kwargs):
        self.represent = represent
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, instance):
        return self.represent(instance, self.context)


class ImageRepresentationField(Field):
    """An image as every API answer shows it (``image_api_representation``), or one ``part`` of that.

    ``source="*"`` serialises the object itself (an image in the images endpoint).
    """

    def __init__(self, part=None, **kwargs):
        self.part = part
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, image):
        representation = image_api_representation(image, self.context.get("request"))
        return representation[self.part] if self.part else representation


class RelatedListField(Field):
    """A to-many relation (prefetched by the endpoint's queryset) as a list of plain objects."""

    def __init__(self, represent, **kwargs):
        self.represent = represent
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager):
        return [self.represent(obj) for obj in manager.all()]


class RelatedObjectField(Field):
    """A to-one relation (joined by the endpoint's queryset) as a plain object."""

    def __init__(self, represent, **kwargs):
        self.represent = represent
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, obj):
        return self.represent(obj)


def iso_date(value):
    return value.isoformat() if value else None
