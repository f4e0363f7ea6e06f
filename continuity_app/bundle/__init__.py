"""The bundle format: header, HPKE key wrap, AES-GCM, Ed25519; versioned; no I/O policy.

Modules: ``format`` (write/parse/verify/decrypt a bundle), ``header``, ``latest``
(the signed ``latest.json``), ``keys`` (publisher key file, fingerprints),
``enrollment`` (the request a laptop sends), ``errors`` (one class per refusal).
The byte layout is documented in docs/bundle-format.md.
"""

from continuity_app.bundle.errors import (
    BadSignature,
    BundleError,
    CorruptBundle,
    KeyFileError,
    NotAddressed,
    Replay,
    TooLarge,
    UnsupportedVersion,
    WrongScope,
)
from continuity_app.bundle.format import (
    ParsedBundle,
    VerifiedBundle,
    check_policy,
    decrypt,
    parse,
    verify,
    write_bundle,
)
from continuity_app.bundle.header import Header, PayloadInfo
from continuity_app.bundle.latest import Latest, bundle_file_name, make_latest, verify_latest

__all__ = [
    "BadSignature",
    "BundleError",
    "CorruptBundle",
    "Header",
    "KeyFileError",
    "Latest",
    "NotAddressed",
    "ParsedBundle",
    "PayloadInfo",
    "Replay",
    "TooLarge",
    "UnsupportedVersion",
    "VerifiedBundle",
    "WrongScope",
    "bundle_file_name",
    "check_policy",
    "decrypt",
    "make_latest",
    "parse",
    "verify",
    "verify_latest",
    "write_bundle",
]
