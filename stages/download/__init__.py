"""The download stage: an audio URL in, the recording on disk out, through an SSRF guard."""

from stages.download._download import (
    MAX_REDIRECTS,
    SNIFF_BYTES,
    USER_AGENT,
    DownloadOptions,
    download,
    new_client,
    rewrite_recording_url,
    sniff_audio_format,
)

__all__ = [
    "MAX_REDIRECTS",
    "SNIFF_BYTES",
    "USER_AGENT",
    "DownloadOptions",
    "download",
    "new_client",
    "rewrite_recording_url",
    "sniff_audio_format",
]
