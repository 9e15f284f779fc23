from django.core.management.base import BaseCommand

from home.content import (
    agreement,
    foreningslotsen,
    home,
    iop,
    legal,
    placeholders,
    principles,
    priority_areas,
    process,
    search,
)
from home.seeding import SiteSeeder


class Command(BaseCommand):
    help = "Loads the site's pages in Swedish and English. Running it again changes nothing."

    def handle(self, *args, **options) -> None:
        verbose = options["verbosity"] > 0
        seeder = SiteSeeder(log=lambda message: verbose and self.stdout.write(f"  {message}"))
        seeder.seed_snippets([*iop.MUNICIPAL_BODIES, *iop.ORGANISATIONS])
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
                        placeholders.FRIVILLIGKRAFT_PLACEHOLDER,
                        foreningslotsen.FORENINGSLOTSEN,
                    )
                ),
                legal.ACCESSIBILITY,
                legal.PRIVACY,
                search.SEARCH,
            ],
        )
        if verbose:
            self.stdout.write(self.style.SUCCESS("Innehållet finns på plats."))
