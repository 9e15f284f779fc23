"""People of the admin: a user in one of the groups the migrations make."""

from django.contrib.auth.models import Group


def member_of(django_user_model, group: str, username: str):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    return user
