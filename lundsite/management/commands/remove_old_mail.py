from django.core.management.base import BaseCommand

from lundsite.retention import remove_old_mail_and_tasks, retention_months


class Command(BaseCommand):
    help = (
        "Tar bort skickad e-post och avslutade bakgrundsjobb som är äldre än gallringstiden "
        "i Inställningar → Kontaktuppgifter. E-post som inte har skickats sparas."
    )

    def handle(self, *args, **options) -> None:
        months = retention_months()
        removed = remove_old_mail_and_tasks(months)
        self.stdout.write(
            f"Tog bort {removed.mail} skickade e-postmeddelanden och {removed.task_results} "
            f"avslutade bakgrundsjobb (gallring efter {months} månader)."
        )
