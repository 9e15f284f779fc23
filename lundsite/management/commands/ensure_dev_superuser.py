from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Creates the development superuser admin/admin. Refuses to run unless DEBUG is on."

    def handle(self, *args, **options) -> None:
        if not settings.DEBUG:
            raise CommandError("Only for development: DEBUG is off.")
        user_model = get_user_model()
        if user_model.objects.filter(username="admin").exists():
            return
        user_model.objects.create_superuser("admin", "admin@example.org", "admin")
        self.stdout.write("Skapade utvecklingsanvändaren admin med lösenordet admin.")
