"""Events in the admin: the registrations, for organisers to read and export."""

from wagtail import hooks

from partnerships.events.registration_admin import RegistrationViewSet


@hooks.register("register_admin_viewset")
def register_registrations() -> RegistrationViewSet:
    return RegistrationViewSet("anmalningar-evenemang")
