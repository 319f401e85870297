from django.urls import path

from newsroom import views

app_name = "newsroom"

urlpatterns = [
    path("tim-kiem/", views.search, name="search"),
]
