from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site of ``make run`` (``manage.py load_demo_content``): part of this project, not of the plugins."""

    name = "demo"
