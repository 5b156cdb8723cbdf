"""Where stages keep a job's audio between them: a local folder or an S3-compatible bucket.

Messages carry object keys (``<job_id>/source.wav``), never paths: a worker holds only
scratch files in its own ``DATA_DIR``. ``open_storage(url)`` opens the store named by
``STORAGE_URL``; the module docstring of ``stages.storage._s3`` says why obstore.
"""

from stages.storage._base import (
    KEY_PATTERN,
    ObjectInfo,
    Storage,
    check_key,
    job_key,
    job_prefix,
)
from stages.storage._file import FileStorage
from stages.storage._jobs import input_file, remove_scratch, store_output
from stages.storage._open import open_storage, parse_storage_url
from stages.storage._s3 import S3Storage

__all__ = [
    "KEY_PATTERN",
    "FileStorage",
    "ObjectInfo",
    "S3Storage",
    "Storage",
    "check_key",
    "input_file",
    "job_key",
    "job_prefix",
    "open_storage",
    "parse_storage_url",
    "remove_scratch",
    "store_output",
]
