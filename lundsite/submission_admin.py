"""What people submitted, as the admin shows it to those who handle it."""

from wagtail.admin.viewsets.model import ModelViewSet


class SubmissionViewSet(ModelViewSet):
    """Submissions come from the public forms: read and handled in the admin, never made or
    copied there. Searched in the database itself, as they are kept out of the site's index."""

    add_to_admin_menu = True
    inspect_view_enabled = True
    create_view_enabled = False
    copy_view_enabled = False
    search_backend_name = None
