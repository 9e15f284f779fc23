# The app starts empty; the register, Frivilligkraft and the initiative form each add their own.
from django.db import migrations


class Migration(migrations.Migration):
    initial = True
    dependencies: list = []
    operations: list = []
