"""Several app servers share their uploads: S3-compatible storage when a bucket
is named, the local disk (or a shared mount) otherwise."""

from .test_settings import show_setting

STORAGE = "settings.STORAGES['default']['BACKEND']"


def test_uploads_go_to_the_bucket_when_one_is_named():
    result = show_setting(
        f"{STORAGE}, settings.AWS_STORAGE_BUCKET_NAME, settings.AWS_S3_ENDPOINT_URL, "
        "settings.AWS_DEFAULT_ACL",
        AWS_STORAGE_BUCKET_NAME="portal-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.org",
    )
    assert result.stdout.strip() == (
        "('storages.backends.s3.S3Storage', 'portal-media', "
        "'https://s3.example.org', None)"
    ), result.stderr


def test_uploads_stay_on_the_disk_without_a_bucket():
    result = show_setting(STORAGE)
    assert result.stdout.strip() == (
        "('django.core.files.storage.FileSystemStorage',)"
    ), result.stderr
