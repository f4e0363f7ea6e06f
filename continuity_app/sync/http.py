"""The HTTP(S) source: ``latest.json`` and bundles from any static web server, through urllib3.

What it guarantees (the distribution's defences against the TUF attacks):

* TLS verified against the system's CAs plus the municipality's own CA
  (setting ``ca_file``); a certificate that does not verify is refused, never retried.
* Connect and read timeouts, and the overall deadline of the sync, checked
  between chunks; a watchdog cuts a trickling server off even inside the
  headers (see ``deadline.py``).
* One urllib3 ``PoolManager`` per source (one connection kept alive for
  ``latest.json`` and the bundle), whose ``Retry`` retries dropped connections,
  timeouts and 5xx answers a few times with exponential backoff; never a 4xx,
  a certificate failure, or a server's ``Retry-After`` (it could ask for hours).
* Conditional requests for ``latest.json`` (``If-None-Match`` /
  ``If-Modified-Since``): an unchanged file costs one small 304.
* Resumable bundle downloads (``Range``) into ``partial/``, never reading past
  the size ``latest.json`` announced (endless data), checked against its SHA-256.
  A body that breaks off is resumed from where it stopped, a few times per sync.
* Redirects are followed by hand, only to http and https, at most a few hops.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import socket
import ssl
import threading
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import (
    HTTPError,
    MaxRetryError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
)
from urllib3.exceptions import (
    SSLError as Urllib3SSLError,
)
from urllib3.exceptions import (
    TimeoutError as Urllib3Timeout,
)
from urllib3.response import BaseHTTPResponse

from continuity_app.errors import KnownError, disk_error
from continuity_app.progress import Progress
from continuity_app.settings import SettingsError
from continuity_app.sync.deadline import Deadline, Watchdog
from continuity_app.sync.errors import DownloadCorrupt, DownloadTooLarge, SourceError, SyncTimeout
from continuity_app.sync.transfer import (
    CHUNK,
    Fetched,
    SyncStage,
    Validators,
    check_announced,
    check_name,
    finish_partial,
    partial_path,
)

T = TypeVar("T")
USER_AGENT = "Noedkopi-sync/1"
MAX_REDIRECTS = 5
_BACKOFF_MAX_S = 2.0


class _Retryable(Exception):
    """Wraps an error of the body worth another try (broken off, timed out mid-body)."""

    def __init__(self, error: KnownError) -> None:
        super().__init__(str(error))
        self.error = error


class _Truncated(DownloadCorrupt):
    pass


class _NotModified(Exception):
    """304: the file has not changed since the validators were taken."""


class _RangeRefused(Exception):
    """416: the server's file is shorter than the part already downloaded."""


# -- the watchdog sees every socket a request uses --------------------------------------

_WATCHDOG: contextvars.ContextVar[Watchdog | None] = contextvars.ContextVar("watchdog", default=None)


def _watch(conn: HTTPConnection, sock: socket.socket) -> None:
    dog = _WATCHDOG.get()
    if dog is not None and getattr(conn, "_noedkopi_dog", None) is not dog:
        conn._noedkopi_dog = dog  # type: ignore[attr-defined]
        dog.register(sock)


class _WatchedHTTPConnection(HTTPConnection):
    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()  # a fresh plain socket, before any TLS wraps it
        _watch(self, sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        if self.sock is not None:  # a kept-alive connection: watched by this request's dog too
            _watch(self, self.sock)
        super().request(*args, **kwargs)


class _WatchedHTTPSConnection(HTTPSConnection):
    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        _watch(self, sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        if self.sock is not None:
            _watch(self, self.sock)
        super().request(*args, **kwargs)


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


@contextlib.contextmanager
def _watched(deadline: Deadline) -> Iterator[Watchdog]:
    with Watchdog(deadline) as dog:
        token = _WATCHDOG.set(dog)
        try:
            yield dog
        finally:
            _WATCHDOG.reset(token)


class HttpSource:
    def __init__(
        self,
        base_url: str,
        *,
        ca_file: Path | None = None,
        connect_timeout: float = 10.0,
        read_timeout: float = 30.0,
        retries: int = 3,
        backoff_s: float = 0.25,
    ) -> None:
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.retries = retries
        self._retry = urllib3.Retry(
            total=None,
            connect=retries,
            read=retries,
            status=retries,
            other=0,
            redirect=False,
            status_forcelist=range(500, 600),
            raise_on_status=False,
            respect_retry_after_header=False,
            backoff_factor=backoff_s,
            backoff_max=_BACKOFF_MAX_S,
        )
        https = self.base_url.lower().startswith("https:")
        self._pool = urllib3.PoolManager(
            num_pools=4,
            maxsize=1,
            retries=self._retry,
            headers={"User-Agent": USER_AGENT},
            ssl_context=_tls_context(ca_file) if https else _tls_context(None),
        )
        self._pool.pool_classes_by_scheme = {"http": _HTTPPool, "https": _HTTPSPool}

    def __str__(self) -> str:
        return self.base_url

    def url(self, name: str) -> str:
        return urllib.parse.urljoin(self.base_url, urllib.parse.quote(check_name(name)))

    def reachable(self, timeout: float = 2.0) -> bool:
        """Whether the server accepts a TCP connection (for the banner; no request is made)."""
        parts = urllib.parse.urlsplit(self.base_url)
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
            with socket.create_connection((parts.hostname or "", port), timeout=timeout):
                return True
        except (OSError, ValueError):
            return False

    # -- the two fetches -------------------------------------------------------

    def fetch_small(
        self, name: str, limit: int, deadline: Deadline, validators: Validators | None = None
    ) -> Fetched:
        """A small file (``latest.json``), conditionally; ``data is None`` when unchanged (304)."""
        url = self.url(name)
        headers = {}
        if validators is not None and validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators is not None and validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified

        def consume(resp: BaseHTTPResponse, where: str) -> Fetched:
            announced = _content_length(resp)
            if announced is not None and announced > limit:
                raise DownloadTooLarge(
                    f"{where} is {announced} bytes; latest.json may be at most {limit} bytes"
                )
            data = _read_at_most(resp, limit + 1, deadline, where)
            if len(data) > limit:
                raise DownloadTooLarge(f"{where} is over the limit of {limit} bytes for latest.json")
            if announced is not None and len(data) < announced:
                raise _Retryable(
                    _Truncated(f"truncated download: got {len(data)} of {announced} bytes of {where}")
                )
            return Fetched(data, _validators(resp), url)

        try:
            return self._attempts(deadline, lambda: self._request(url, headers, deadline, consume))
        except _NotModified:
            return Fetched(None, validators or Validators(), url)

    def fetch_large(
        self,
        name: str,
        size: int,
        sha256: str,
        partial_dir: Path,
        deadline: Deadline,
        progress: Progress | None = None,
    ) -> bytes:
        """The bundle ``name``: exactly ``size`` bytes whose SHA-256 is ``sha256``, resumable."""
        url = self.url(name)
        check_announced(size, url)
        part = partial_path(partial_dir, sha256, size)

        def once() -> None:
            have = part.stat().st_size if part.exists() else 0
            if have > size:
                part.unlink()
                have = 0
            if have == size:
                return
            headers = {"Range": f"bytes={have}-"} if have else {}
            try:
                self._request(
                    url,
                    headers,
                    deadline,
                    lambda resp, where: _append(resp, part, size, where, deadline, progress),
                )
            except _RangeRefused:  # the partial is not a prefix of this file: start over
                part.unlink(missing_ok=True)
                self._request(
                    url,
                    {},
                    deadline,
                    lambda resp, where: _append(resp, part, size, where, deadline, progress),
                )

        self._attempts(deadline, once)
        return finish_partial(part, size, sha256, url)

    # -- plumbing --------------------------------------------------------------

    def _attempts(self, deadline: Deadline, fetch: Callable[[], T]) -> T:
        """``fetch()``, again while the body breaks off (urllib3 retries everything before it)."""
        for attempt in range(self.retries + 1):
            try:
                return fetch()
            except _Retryable as retry:
                if attempt >= self.retries or deadline.expired:
                    raise retry.error from None
        raise AssertionError("unreachable: the last attempt raises")

    def _request(
        self,
        url: str,
        headers: dict[str, str],
        deadline: Deadline,
        consume: Callable[[BaseHTTPResponse, str], T],
    ) -> T:
        first = url
        for _ in range(MAX_REDIRECTS + 1):
            deadline.check(f"fetching {url}")
            timeout = urllib3.Timeout(
                connect=max(0.01, min(self.connect_timeout, deadline.remaining())), read=self.read_timeout
            )
            with _watched(deadline) as dog:
                try:
                    resp = self._pool.urlopen(
                        "GET", url, headers=headers, timeout=timeout, redirect=False, preload_content=False
                    )
                except (HTTPError, OSError) as err:
                    if dog.fired or deadline.expired:
                        raise deadline.timeout(f"fetching {url}") from None
                    raise _network_error(url, err, self.read_timeout) from None
                finished = False
                try:
                    location = resp.get_redirect_location()
                    if location:
                        url = _redirect_target(first, url, location)
                        continue
                    _check_status(resp, url, headers)
                    result = consume(resp, url)
                    finished = True
                    return result
                except (KnownError, _Retryable):
                    if dog.fired:
                        raise deadline.timeout(f"fetching {url}") from None
                    raise
                except (HTTPError, OSError) as err:
                    if dog.fired or deadline.expired:
                        raise deadline.timeout(f"fetching {url}") from None
                    raise _network_error(url, err, self.read_timeout) from None
                finally:
                    if not finished:
                        resp.close()  # a half-read answer must not go back into the pool
                    resp.release_conn()
        raise SourceError(
            f"redirect loop: {first} keeps redirecting (gave up after {MAX_REDIRECTS} redirects, "
            f"at {url}); check the web server's configuration"
        )


def _redirect_target(first: str, current: str, location: str) -> str:
    target = urllib.parse.urljoin(current, location)
    scheme = urllib.parse.urlsplit(target).scheme.lower()
    if scheme not in ("http", "https"):
        raise SourceError(
            f"{first} redirects to {target!r}, which is not an http or https address; "
            "only web addresses are followed"
        )
    return target


def _check_status(resp: BaseHTTPResponse, url: str, headers: dict[str, str]) -> None:
    if resp.status == 304:
        raise _NotModified()
    if resp.status == 416 and "Range" in headers:
        raise _RangeRefused()
    if resp.status >= 300 and resp.status != 206:
        reason = (resp.reason or "").strip()
        raise SourceError(f"server answered {resp.status}{' ' + reason if reason else ''} for {url}")


_TLS_CONTEXTS: dict[tuple[str, float], ssl.SSLContext] = {}
_TLS_LOCK = threading.Lock()


def _tls_context(ca_file: Path | None) -> ssl.SSLContext:
    """The system's CAs plus ``ca_file``; built once per CA file (loading the system's
    CA store costs tens of milliseconds, more than a whole up-to-date sync)."""
    try:
        key = (str(ca_file or ""), ca_file.stat().st_mtime if ca_file else 0.0)
    except OSError as err:
        raise SettingsError(
            f"{ca_file}: cannot read the CA certificate named by setting 'ca_file' ({err.strerror})"
        ) from None
    with _TLS_LOCK:
        context = _TLS_CONTEXTS.get(key)
        if context is None:
            context = ssl.create_default_context()
            if ca_file is not None:
                try:
                    context.load_verify_locations(cafile=str(ca_file))
                except (OSError, ssl.SSLError) as err:
                    raise SettingsError(
                        f"{ca_file}: cannot load the CA certificate named by setting 'ca_file' ({err})"
                    ) from None
            _TLS_CONTEXTS[key] = context
    return context


def _network_error(url: str, err: BaseException, read_timeout: float) -> Exception:
    """One sentence for what urllib3 (after its retries) or the socket reported."""
    reason: BaseException = err
    if isinstance(err, MaxRetryError) and err.reason is not None:
        reason = err.reason
    host = urllib.parse.urlsplit(url).netloc
    cause = reason.__context__ if isinstance(reason, Urllib3SSLError) else reason
    if isinstance(cause, ssl.SSLCertVerificationError) or (
        isinstance(reason, Urllib3SSLError) and "CERTIFICATE_VERIFY_FAILED" in str(reason)
    ):
        detail = getattr(cause, "verify_message", "") or "certificate verify failed"
        return SourceError(
            f"the TLS certificate of {host} does not verify ({detail}); "
            "for the municipality's own CA set 'ca_file' in config.json"
        )
    if isinstance(reason, Urllib3SSLError | ssl.SSLError):
        return SourceError(f"TLS with {host} failed ({reason})")
    if isinstance(reason, ReadTimeoutError | Urllib3Timeout | TimeoutError | socket.timeout):
        return SyncTimeout(f"timeout after {read_timeout:g} s: {host} did not answer ({url})")
    if isinstance(reason, ProtocolError):
        return _Retryable(_Truncated(f"truncated download: the connection to {host} broke off"))
    if isinstance(reason, NewConnectionError):
        inner = reason.__context__ or reason
        text = getattr(inner, "strerror", None) or str(inner)
        return SourceError(f"cannot reach {host}: {text} ({url})")
    text = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return SourceError(f"cannot reach {host}: {text} ({url})")


def _content_length(resp: BaseHTTPResponse) -> int | None:
    value = resp.headers.get("Content-Length")
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _validators(resp: BaseHTTPResponse) -> Validators:
    return Validators(resp.headers.get("ETag", "") or "", resp.headers.get("Last-Modified", "") or "")


def _chunks(resp: BaseHTTPResponse, n: int, deadline: Deadline, where: str) -> Iterator[bytes]:
    """Up to ``n`` bytes, one socket read at a time (a trickle cannot hold a big read), with
    the overall deadline checked between reads."""
    got = 0
    while got < n:
        deadline.check(f"reading {where}")
        chunk = resp.read1(min(CHUNK, n - got), decode_content=False)
        if not chunk:
            return
        got += len(chunk)
        yield chunk


def _read_at_most(resp: BaseHTTPResponse, n: int, deadline: Deadline, where: str) -> bytes:
    return b"".join(_chunks(resp, n, deadline, where))


def _append(
    resp: BaseHTTPResponse,
    part: Path,
    size: int,
    url: str,
    deadline: Deadline,
    progress: Progress | None,
) -> None:
    """Write the response into ``part`` (resuming on 206), never past ``size`` bytes."""
    have = part.stat().st_size if part.exists() else 0
    announced = _content_length(resp)
    if resp.status == 206:
        start, total = _content_range(resp.headers.get("Content-Range", ""))
        if total is not None and total != size:
            raise DownloadCorrupt(f"{url} is {total} bytes but latest.json announces {size}")
        if start != have:
            part.unlink(missing_ok=True)  # an answer for another range: start over next try
            raise _Retryable(_Truncated(f"{url}: the server resumed at byte {start}, not {have}"))
    else:  # 200: the whole file (the server ignored Range, or there was nothing to resume)
        have = 0
        if announced is not None and announced > size:
            raise DownloadTooLarge(f"{url} is {announced} bytes but latest.json announces {size}")
        if announced is not None and announced < size:
            raise DownloadCorrupt(f"{url} is {announced} bytes but latest.json announces {size}")
    try:
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if have else os.O_TRUNC)
        with os.fdopen(os.open(part, flags, 0o600), "ab" if have else "wb") as out:
            try:
                for chunk in _chunks(resp, size - have, deadline, url):
                    out.write(chunk)
                    have += len(chunk)
                    if progress is not None:
                        progress(SyncStage.DOWNLOAD, have / size)
            except (ProtocolError, ReadTimeoutError, TimeoutError, ConnectionError):
                if deadline.expired:
                    raise deadline.timeout(f"fetching {url}") from None
                # broken off mid-body: what arrived is kept and resumed below
    except OSError as err:
        part.unlink(missing_ok=True)  # a disk filled by half a bundle would stay full
        raise disk_error(err, part) from None
    if have < size:
        raise _Retryable(_Truncated(f"truncated download: got {have} of {size} bytes of {url}"))
    if announced is None and resp.read1(1, decode_content=False):
        part.unlink(missing_ok=True)
        raise DownloadTooLarge(f"{url} sends more than the {size} bytes latest.json announces")


def _content_range(value: str) -> tuple[int, int | None]:
    """``bytes 100-199/200`` → (100, 200); a malformed header → (-1, None)."""
    try:
        unit, _, rest = value.partition(" ")
        span, _, total = rest.partition("/")
        if unit != "bytes":
            return -1, None
        return int(span.split("-")[0]), (None if total == "*" else int(total))
    except ValueError:
        return -1, None
