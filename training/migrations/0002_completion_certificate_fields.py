from django.db import migrations, models

from training.certificates.codes import new_code

BATCH = 1000


def issue_codes_and_cpd_hours(apps, schema_editor):
    """Give every completion recorded so far its own code, and the module's CPD
    hours as they are now (the best record there is of what was earned)."""
    ModuleCompletion = apps.get_model("training", "ModuleCompletion")
    taken = set()
    completions = ModuleCompletion.objects.select_related("module").order_by("pk")
    batch = []
    for completion in completions.iterator(chunk_size=BATCH):
        code = new_code()
        while code in taken:
            code = new_code()
        taken.add(code)
        completion.verification_code = code
        if completion.module is not None:
            completion.cpd_hours = completion.module.cpd_hours
        batch.append(completion)
        if len(batch) == BATCH:
            ModuleCompletion.objects.bulk_update(
                batch, ["verification_code", "cpd_hours"]
            )
            batch = []
    ModuleCompletion.objects.bulk_update(batch, ["verification_code", "cpd_hours"])


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="modulecompletion",
            name="cpd_hours",
            field=models.DecimalField(
                decimal_places=1, default=0, max_digits=4, verbose_name="CPD hours"
            ),
        ),
        # Nullable until every existing row has its code (next migration).
        migrations.AddField(
            model_name="modulecompletion",
            name="verification_code",
            field=models.CharField(
                editable=False,
                max_length=12,
                null=True,
                verbose_name="verification code",
            ),
        ),
        migrations.RunPython(issue_codes_and_cpd_hours, migrations.RunPython.noop),
    ]
