from django.core.management.base import BaseCommand

from home.content_files import load
from home.seeding import SiteSeeder
from partnerships.directory.contact_paths import seed_body_areas
from partnerships.frivilligkraft.coordinators import grant_coordinators
from partnerships.frivilligkraft.index import AssignmentIndexPage


class Command(BaseCommand):
    help = "Loads the site's pages in Swedish and English. Running it again changes nothing."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--examples",
            action="store_true",
            help="Lägger också till några påhittade uppdrag hos Frivilligkraft (för utveckling).",
        )

    def handle(self, *args, examples: bool = False, **options) -> None:
        verbose = options["verbosity"] > 0
        seeder = SiteSeeder(log=lambda message: verbose and self.stdout.write(f"  {message}"))
        parties = load("iop/parties.yaml")
        seeder.seed_snippets([*parties, *load("frivilligkraft/categories.yaml")])
        seeder.seed(
            load("home.yaml"),
            [
                *(
                    {**spec, "show_in_menus": True}
                    for spec in (
                        load("agreement.yaml"),
                        load("principles/index.yaml"),
                        load("priority-areas/index.yaml"),
                        load("process.yaml"),
                        load("iop/register.yaml"),
                        {
                            **load("frivilligkraft/index.yaml"),
                            "children": load("frivilligkraft/examples.yaml") if examples else [],
                        },
                        load("foreningslotsen.yaml"),
                        load("events/index.yaml"),
                    )
                ),
                load("followup/index.yaml"),
                load("accessibility.yaml"),
                load("privacy.yaml"),
                load("search.yaml"),
                load("directory/organisations.yaml"),
                load("directory/municipal-bodies.yaml"),
                load("lattlast/index.yaml"),
            ],
        )
        seed_body_areas(parties)
        for index in AssignmentIndexPage.objects.all():
            grant_coordinators(index)
        if verbose:
            self.stdout.write(self.style.SUCCESS("Innehållet finns på plats."))
