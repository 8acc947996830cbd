# A migration of its own: PostgreSQL cannot alter a table in the transaction that
# just updated its rows.
from django.db import migrations, models

import training.certificates.codes


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0002_completion_certificate_fields"),
    ]

    operations = [
        migrations.AlterField(
            model_name="modulecompletion",
            name="verification_code",
            field=models.CharField(
                default=training.certificates.codes.new_code,
                editable=False,
                max_length=12,
                unique=True,
                verbose_name="verification code",
            ),
        ),
    ]
