from django_tasks import task

from . import services


@task()
def module_completions_update(module_id: int) -> None:
    """Complete the module for whoever its changed content now lets complete it
    (see services.module_completions_update)."""
    from .models import TrainingModulePage

    module = TrainingModulePage.objects.filter(pk=module_id).first()
    if module is not None:  # None: deleted meanwhile
        services.module_completions_update(module=module)
