"""English pages only once translated: stop wagtail-localize from making aliases that show
Swedish text in the English tree. Aliases made before are removed by load_initial_content
(home.seeding.remove_untranslated_aliases), which needs the page tree's own methods."""

from django.db import migrations


def stop_synchronising(apps, schema_editor):
    apps.get_model("wagtail_localize", "LocaleSynchronization").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_responsibility_and_review"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(stop_synchronising, migrations.RunPython.noop)]
