"""An index on Wagtail's page table for "the children of a page": a tree depth and a range of
tree paths. Wagtail (treebeard) and lundsite.top_of_tree ask for children that way, and the
table's own index on the path alone made the database read every page below: eleven
milliseconds for the home page's children among 30,000 pages."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("lundsite", "0006_kommunkontoret_email"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS lundsite_page_depth_path "
            "ON wagtailcore_page (depth, path)",
            "DROP INDEX IF EXISTS lundsite_page_depth_path",
        ),
    ]
