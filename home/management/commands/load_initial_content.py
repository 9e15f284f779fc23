from django.core.management.base import BaseCommand

from home.content import (
    agreement,
    foreningslotsen,
    frivilligkraft,
    home,
    iop,
    legal,
    principles,
    priority_areas,
    process,
    search,
)
from home.seeding import SiteSeeder
from partnerships.assignment_coordinators import grant_coordinators
from partnerships.assignment_index import AssignmentIndexPage


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
        seeder.seed_snippets(
            [*iop.MUNICIPAL_BODIES, *iop.ORGANISATIONS, *frivilligkraft.CATEGORIES]
        )
        seeder.seed(
            home.HOME,
            [
                *(
                    {**spec, "show_in_menus": True}
                    for spec in (
                        agreement.AGREEMENT,
                        principles.PRINCIPLES_INDEX,
                        priority_areas.PRIORITY_AREAS_INDEX,
                        process.PROCESS,
                        iop.IOP_REGISTER,
                        {
                            **frivilligkraft.FRIVILLIGKRAFT,
                            "children": frivilligkraft.EXAMPLES if examples else [],
                        },
                        foreningslotsen.FORENINGSLOTSEN,
                    )
                ),
                legal.ACCESSIBILITY,
                legal.PRIVACY,
                search.SEARCH,
            ],
        )
        for index in AssignmentIndexPage.objects.all():
            grant_coordinators(index)
        if verbose:
            self.stdout.write(self.style.SUCCESS("Innehållet finns på plats."))
