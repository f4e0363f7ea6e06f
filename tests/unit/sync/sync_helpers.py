"""Test fixtures for sync: a publisher, an enrolled client home, and a real HTTP server.

The publisher signs bundles with D's ``bundle.write_bundle`` and ``make_latest``
(test keys, a random payload: sync never decrypts, so the payload's content does
not matter here). The client home is enrolled with E2's ``vault.enroll`` once per
session and copied per test. The HTTP server is the standard library's, on
127.0.0.1, with handlers for every fault issue 4 names.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import http.server
import os
import shutil
import ssl
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from continuity_app import settings
from continuity_app.bundle import parse, verify, write_bundle
from continuity_app.bundle.keys import publisher_key_text
from continuity_app.bundle.latest import bundle_file_name, make_latest
from continuity_app.home import ClientHome
from continuity_app.sync import SyncOutcome, run_sync
from continuity_app.sync.generations import list_generations
from continuity_app.sync.state import load_state

PASSPHRASE = "fire helt almindelige ord"
SCOPE = "hp-nord"
NOW = dt.datetime(2026, 11, 27, 5, 30, tzinfo=dt.UTC)
PAYLOAD_SIZE = 200_000


@dataclass
class Publisher:
    key: Ed25519PrivateKey
    key_file: Path
    out: Path  # the publish folder
    trust: dict[str, Any] | None = None  # delegation/epoch/reset carried (the root era)

    def bundle(
        self,
        sequence: int,
        recipients: dict[str, X25519PublicKey],
        *,
        scope: str = SCOPE,
        created_at: dt.datetime = NOW,
        valid_days: int = 7,
        signing_key: Ed25519PrivateKey | None = None,
        payload: bytes | None = None,
    ) -> bytes:
        return write_bundle(
            payload if payload is not None else os.urandom(PAYLOAD_SIZE),
            scope=scope,
            sequence=sequence,
            created_at=created_at,
            valid_until=created_at + dt.timedelta(days=valid_days),
            counts={"citizens": 3},
            recipients=recipients,
            signing_key=signing_key or self.key,
            scope_name="Hjemmeplejen Nord",
            compression="none",
            trust=self.trust,
        )

    def put(
        self,
        data: bytes,
        *,
        folder_scope: str | None = None,
        latest_scope: str | None = None,
        latest_sequence: int | None = None,
        latest_key: Ed25519PrivateKey | None = None,
    ) -> Path:
        """Place a bundle in the publish folder and point a latest.json at it.

        By default in its own scope's folder with a truthful latest.json; the
        overrides place it elsewhere (a mirror serving another scope) or make
        latest.json claim another scope or sequence (mix-and-match).
        """
        header = parse(data).header
        folder = self.out / (folder_scope or header.scope)
        scope = latest_scope or header.scope
        sequence = latest_sequence or header.sequence
        folder.mkdir(parents=True, exist_ok=True)
        name = bundle_file_name(scope, sequence)
        (folder / name).write_bytes(data)
        latest = make_latest(
            scope=scope,
            sequence=sequence,
            file=name,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            created_at=header.created_at,
            valid_until=header.valid_until,
            signing_key=latest_key or self.key,
            trust=self.trust if latest_key is None else None,
        )
        (folder / "latest.json").write_bytes(latest)
        return folder / name


@dataclass
class World:
    home: ClientHome
    pub: Publisher
    device_id: str
    device_public: X25519PublicKey
    server: HttpServer | None = None

    @property
    def me(self) -> dict[str, X25519PublicKey]:
        return {self.device_id: self.device_public}

    def publish(self, sequence: int, **kwargs: Any) -> bytes:
        recipients = kwargs.pop("recipients", self.me)
        data = self.pub.bundle(sequence, recipients, **kwargs)
        self.pub.put(data)
        return data

    def set_source(self, spec: str) -> None:
        values = settings.load(self.home.config)
        values["source"] = spec
        settings.save(self.home.config, values)

    def serve(self, tls: ssl.SSLContext | None = None) -> HttpServer:
        self.server = HttpServer(self.pub.out, tls)
        self.set_source(self.server.url)
        return self.server

    def set_setting(self, key: str, value: object) -> None:
        values = settings.load(self.home.config)
        values[key] = value
        settings.save(self.home.config, values)

    def sync(self, **kwargs: Any) -> SyncOutcome:
        kwargs.setdefault("now", NOW + dt.timedelta(hours=1))
        kwargs.setdefault("deadline_s", 20)
        return run_sync(self.home, **kwargs)

    def held(self) -> list[int]:
        return [g.sequence for g in list_generations(self.home, SCOPE)]

    def highest(self) -> int:
        return load_state(self.home).highest_for(SCOPE)

    def verifies(self, sequence: int) -> bool:
        path = self.home.generations / f"{SCOPE}-{sequence:08d}.bundle"
        header = verify(path.read_bytes(), self.pub.key.public_key()).header
        return header.sequence == sequence and header.scope == SCOPE and self.device_id in header.recipients


def make_tls(folder: Path) -> tuple[ssl.SSLContext, Path]:
    """A throwaway CA and a server certificate for 127.0.0.1: (server context, CA file)."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    def name(cn: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])

    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = name("Kommunens test-CA")
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False
        )
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    ca_file = folder / "kommune-ca.pem"
    ca_file.write_bytes(ca.public_bytes(pem))
    cert_file, key_file = folder / "server.pem", folder / "server.key"
    cert_file.write_bytes(cert.public_bytes(pem))
    key_file.write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context, ca_file


def make_publisher(folder: Path) -> Publisher:
    key = Ed25519PrivateKey.generate()
    folder.mkdir(parents=True, exist_ok=True)
    key_file = folder / "publisher-key.pub"
    key_file.write_text(publisher_key_text(key.public_key()), encoding="ascii")
    return Publisher(key, key_file, folder / "publish")


def enroll_template(folder: Path, publisher: Publisher) -> Path:
    from continuity_app.kdf import floor_params
    from continuity_app.vault.enroll import enroll

    home = ClientHome(folder / "home")
    enroll(
        home,
        scope=SCOPE,
        source=str(publisher.out),
        publisher_key_file=publisher.key_file,
        passphrase=PASSPHRASE,
        out=folder / "REQUEST.json",
        kdf=floor_params(),
        now=NOW,
        hostname="test-laptop",
    )
    return home.root


def make_world(template: Path, publisher: Publisher, tmp: Path) -> World:
    from continuity_app.vault.device import DeviceFile

    home = ClientHome(tmp / "home")
    shutil.copytree(template, home.root)
    pub = Publisher(publisher.key, publisher.key_file, tmp / "publish")
    pub.out.mkdir()
    device = DeviceFile.load(home.device)
    world = World(home, pub, device.device_id, device.device_public())
    world.set_source(str(pub.out))
    return world


# ---------------------------------------------------------------------------- HTTP server

Fault = str | Callable[["Handler", Path], None]


class Handler(http.server.BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        path = urllib.parse.urlsplit(self.path).path
        srv = self.server
        with srv.lock:
            srv.requests.append((path, dict(self.headers.items())))
            fault = srv.faults.get(path)
            if isinstance(fault, str) and fault.endswith("_once"):
                del srv.faults[path]
                fault = fault.removesuffix("_once")
        file = srv.root / path.lstrip("/")
        try:
            if fault is None:
                self.serve_file(file)
            elif callable(fault):
                fault(self, file)
            else:
                getattr(self, f"fault_{fault}")(file)
        except (BrokenPipeError, ConnectionResetError):
            pass

    # -- normal serving: ETag, Last-Modified, Range --------------------------------------------
    def serve_file(self, file: Path, *, ranges: bool = True) -> None:
        if not file.is_file():
            self.send_error(404)
            return
        data = file.read_bytes()
        etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
        modified = email.utils.formatdate(file.stat().st_mtime, usegmt=True)
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        wanted = self.headers.get("Range", "")
        if ranges and wanted.startswith("bytes=") and wanted.endswith("-"):
            start = int(wanted[6:-1])
            if start >= len(data):
                self.send_response(416)
                self.send_header("Content-Range", f"bytes */{len(data)}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
            body = data[start:]
        else:
            self.send_response(200)
            body = data
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", modified)
        self.end_headers()
        self.wfile.write(body)

    # -- faults ---------------------------------------------------------------------------------
    def fault_404(self, file: Path) -> None:
        self.send_error(404)

    def fault_500(self, file: Path) -> None:
        self.send_error(500)

    def fault_redirect_loop(self, file: Path) -> None:
        self.send_response(302)
        self.send_header("Location", self.path)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def fault_hang(self, file: Path) -> None:
        self.server.stop.wait(60)  # accept, read the request, never answer

    def fault_trickle(self, file: Path) -> None:
        data = file.read_bytes()
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        for i in range(len(data)):
            if self.server.stop.wait(0.2):
                return
            self.wfile.write(data[i : i + 1])
            self.wfile.flush()

    def fault_truncate(self, file: Path) -> None:
        data = file.read_bytes()
        wanted = self.headers.get("Range", "")
        start = int(wanted[6:-1]) if wanted.startswith("bytes=") else 0
        self.send_response(206 if start else 200)
        if start:
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        self.send_header("Content-Length", str(len(data) - start))
        self.end_headers()
        self.wfile.write(data[start : start + (len(data) - start) // 2])

    def fault_endless(self, file: Path) -> None:
        self.send_response(200)
        self.end_headers()  # no Content-Length: the body ends when the connection does
        block = file.read_bytes()
        while not self.server.stop.is_set():
            self.wfile.write(block)

    def fault_no_range(self, file: Path) -> None:
        self.serve_file(file, ranges=False)


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, root: Path) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.root = root
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.faults: dict[str, Fault] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hung up on a fault handler is the point of the test


@dataclass
class HttpServer:
    root: Path
    tls: ssl.SSLContext | None = None  # serve HTTPS with this server context
    _server: _Server = field(init=False)
    _thread: threading.Thread = field(init=False)

    def __post_init__(self) -> None:
        self._server = _Server(self.root)
        if self.tls is not None:
            self._server.socket = self.tls.wrap_socket(self._server.socket, server_side=True)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"{'https' if self.tls else 'http'}://{host!s}:{port}/"

    @property
    def faults(self) -> dict[str, Fault]:
        return self._server.faults

    @property
    def requests(self) -> list[tuple[str, dict[str, str]]]:
        return self._server.requests

    def requests_for(self, path: str) -> list[dict[str, str]]:
        return [headers for p, headers in self.requests if p == path]

    def close(self) -> None:
        self._server.stop.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
        time.sleep(0)  # let fault handlers see the stop event
