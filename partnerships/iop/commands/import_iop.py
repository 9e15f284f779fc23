import csv
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm
from wagtail.models import Locale

from partnerships.iop.importer import IOPImporter, read_rows
from partnerships.iop.register import IOPRegisterPage


class Command(BaseCommand):
    help = (
        "Importerar IOP-avtal från en CSV-fil med kolumnerna i /iop/export.csv. "
        "Avtalen publiceras i det svenska registret. Samma fil två gånger skapar inget nytt."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path, help="CSV-fil i UTF-8, med rubrikrad.")

    def handle(self, *args, file: Path, **options) -> None:
        register = IOPRegisterPage.objects.filter(locale=Locale.get_default()).first()
        if register is None:
            raise CommandError("Det finns inget IOP-register. Kör load_initial_content först.")
        try:
            with file.open(encoding="utf-8-sig", newline="") as csv_file:
                rows = list(read_rows(csv_file))
        except (OSError, UnicodeDecodeError, ValueError, csv.Error) as error:
            raise CommandError(f"Kan inte läsa {file}: {error}") from error

        progress = tqdm(rows, desc="Importerar", unit="rad", file=self.stderr._out)
        summary = IOPImporter(register).run(progress)

        self.stdout.write(
            f"Skapade: {len(summary.created)}. Uppdaterade: {len(summary.updated)}. "
            f"Oförändrade: {len(summary.unchanged)}. Avvisade: {len(summary.refused)}."
        )
        for line, reasons in summary.refused:
            self.stdout.write(self.style.ERROR(f"Rad {line} avvisades: " + "; ".join(reasons)))
