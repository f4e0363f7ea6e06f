"""What docs/bundle-format.md promises of a header and a payload, each point refused as it says:
a header without ``scope_name`` or ``suite``, a ``store_schema`` that is not the image's
``user_version``, a byte after the signature (corrupt, not a bad signature)."""

from __future__ import annotations

from typing import Any

import pytest
from bundle_helpers import device_key, publisher_key, small_image
from test_bundle_format import make

from continuity_app.bundle import CorruptBundle, decrypt, verify
from continuity_app.bundle.format import sqlite_user_version
from continuity_app.bundle.header import Header
from continuity_app.errors import ExitCode


def signed_without(monkeypatch: pytest.MonkeyPatch, key: str, value: Any = None) -> bytes:
    """A bundle the real publisher key signed, whose header lacks ``key`` (or has ``value``)."""
    original = Header.to_dict

    def changed(self: Header) -> dict[str, Any]:
        obj = original(self)
        if value is None:
            del obj[key]
        else:
            obj[key] = value
        return obj

    monkeypatch.setattr(Header, "to_dict", changed)
    data = make()
    monkeypatch.setattr(Header, "to_dict", original)
    return data


@pytest.mark.parametrize("key", ["scope_name", "suite"])
def test_a_header_without_scope_name_or_suite_is_refused(monkeypatch: pytest.MonkeyPatch, key: str) -> None:
    data = signed_without(monkeypatch, key)
    with pytest.raises(CorruptBundle) as caught:
        verify(data, publisher_key().public_key())
    assert f"'{key}' is missing" in str(caught.value)
    assert caught.value.exit_code == ExitCode.CORRUPT


def test_a_suite_naming_other_algorithms_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    data = signed_without(
        monkeypatch, "suite", {"payload": "ChaCha20-Poly1305", "key_wrap": "x", "signature": "Ed25519"}
    )
    with pytest.raises(CorruptBundle, match="'suite'"):
        verify(data, publisher_key().public_key())


def test_an_empty_scope_name_is_a_name_like_any_other() -> None:
    assert verify(make(scope_name=""), publisher_key().public_key()).header.scope_name == ""


def test_store_schema_is_compared_with_the_images_user_version() -> None:
    image = small_image()
    held = sqlite_user_version(image)
    assert held > 0
    good = verify(make(), publisher_key().public_key())
    assert good.header.payload.store_schema == held
    wrong = verify(make(store_schema=held + 1), publisher_key().public_key())
    with pytest.raises(CorruptBundle) as caught:
        decrypt(wrong, "dev-golden-1", device_key("dev-golden-1"))
    assert f"user_version {held}" in str(caught.value) and f"store_schema {held + 1}" in str(caught.value)


@pytest.mark.parametrize("extra", [b"\x00", b"\n", b"x" * 64])
def test_a_byte_after_the_signature_is_corrupt_not_a_bad_signature(extra: bytes) -> None:
    with pytest.raises(CorruptBundle) as caught:
        verify(make() + extra, publisher_key().public_key())
    assert caught.value.exit_code == ExitCode.CORRUPT
    assert f"{len(extra)} byte(s) after its signature" in str(caught.value)
