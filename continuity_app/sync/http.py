"""The HTTP(S) source: ``latest.json`` and bundles from any static web server.

What it guarantees (SPEC §4's TUF list, issue 4 item 1):

* TLS verified against the system's CAs plus the municipality's own CA
  (setting ``ca_file``); a certificate that does not verify is refused, never retried.
* Connect and read timeouts, and the overall deadline of the sync (a watchdog
  cuts a trickling server off, see ``deadline.py``).
* A few retries with exponential backoff on 5xx, timeouts and dropped
  connections; never on 4xx or a redirect loop.
* Conditional requests for ``latest.json`` (``If-None-Match`` /
  ``If-Modified-Since``): an unchanged file costs one small 304.
* Resumable bundle downloads (``Range``) into ``partial/``, never reading past
  the size ``latest.json`` announced (endless data), checked against its SHA-256.
* Only http and https, also after redirects (urllib's other handlers are left out).
"""

from __future__ import annotations

import http.client
import os
import socket
import ssl
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from continuity_app.errors import ExitCode, KnownError, disk_error
from continuity_app.sync.deadline import Deadline, Watchdog
from continuity_app.sync.errors import DownloadCorrupt, DownloadTooLarge, SourceError, SyncTimeout
from continuity_app.sync.transfer import (
    CHUNK,
    Fetched,
    Progress,
    Validators,
    check_name,
    finish_partial,
    partial_path,
)

T = TypeVar("T")
USER_AGENT = "Noedkopi-sync/1"


class _Retryable(Exception):
    """Wraps an error worth another try (5xx, timeout, dropped connection)."""

    def __init__(self, error: KnownError) -> None:
        super().__init__(str(error))
        self.error = error


class _Truncated(DownloadCorrupt):
    pass


class _NotModified(Exception):
    """304: the file has not changed since the validators were taken."""


class _RangeRefused(Exception):
    """416: the server's file is shorter than the part already downloaded."""


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
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.retries = retries
        self.backoff_s = backoff_s
        self._sleep = sleep
        self._ssl = _tls_context(ca_file) if self.base_url.startswith("https:") else None

    def __str__(self) -> str:
        return self.base_url

    def url(self, name: str) -> str:
        return urllib.parse.urljoin(self.base_url, urllib.parse.quote(check_name(name)))

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

        def consume(resp: http.client.HTTPResponse) -> Fetched:
            announced = _content_length(resp)
            if announced is not None and announced > limit:
                raise DownloadTooLarge(
                    f"{url} is {announced} bytes; latest.json may be at most {limit} bytes"
                )
            data = _read_at_most(resp, limit + 1)
            if len(data) > limit:
                raise DownloadTooLarge(f"{url} is over the limit of {limit} bytes for latest.json")
            if announced is not None and len(data) < announced:
                raise _Retryable(
                    _Truncated(f"truncated download: got {len(data)} of {announced} bytes of {url}")
                )
            return Fetched(data, _validators(resp), url)

        try:
            return self._with_retries(url, headers, deadline, consume)
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
        part = partial_path(partial_dir, sha256)

        def consume(resp: http.client.HTTPResponse) -> None:
            _append(resp, part, size, url, progress)

        for attempt in range(self.retries + 1):
            have = part.stat().st_size if part.exists() else 0
            if have > size:
                part.unlink()
                have = 0
            if have == size:
                break
            headers = {"Range": f"bytes={have}-"} if have else {}
            try:
                self._request(url, headers, deadline, consume)
            except _Retryable as retry:
                self._backoff(attempt, deadline, retry.error)
                continue
            except _RangeRefused:  # the partial is not a prefix of this file: start over
                part.unlink(missing_ok=True)
                continue
            break
        return finish_partial(part, size, sha256, url)

    # -- plumbing --------------------------------------------------------------

    def _with_retries(
        self,
        url: str,
        headers: dict[str, str],
        deadline: Deadline,
        consume: Callable[[http.client.HTTPResponse], Fetched],
    ) -> Fetched:
        for attempt in range(self.retries + 1):
            try:
                return self._request(url, headers, deadline, consume)
            except _Retryable as retry:
                self._backoff(attempt, deadline, retry.error)
        raise AssertionError("unreachable: _backoff raises after the last attempt")

    def _backoff(self, attempt: int, deadline: Deadline, error: KnownError) -> None:
        delay = self.backoff_s * 2**attempt
        if attempt >= self.retries or delay >= deadline.remaining():
            raise error
        self._sleep(delay)

    def _request(
        self,
        url: str,
        headers: dict[str, str],
        deadline: Deadline,
        consume: Callable[[http.client.HTTPResponse], T],
    ) -> T:
        deadline.check(f"fetching {url}")
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **headers})
        with Watchdog(deadline) as dog:
            try:
                opener = self._opener(dog)
                with opener.open(request, timeout=self.connect_timeout) as resp:
                    return consume(resp)
            except urllib.error.HTTPError as err:
                err.close()
                if err.code == 304:
                    raise _NotModified() from None
                if err.code == 416 and "Range" in headers:
                    raise _RangeRefused() from None
                raise _http_error(url, err) from None
            except (KnownError, _Retryable):
                if dog.fired:
                    raise deadline.timeout(f"fetching {url}") from None
                raise
            except (urllib.error.URLError, OSError, http.client.HTTPException) as err:
                if dog.fired or deadline.expired:
                    raise deadline.timeout(f"fetching {url}") from None
                raise _network_error(url, err, self.read_timeout) from None

    def _opener(self, dog: Watchdog) -> urllib.request.OpenerDirector:
        read_timeout = self.read_timeout

        def create_connection(address: tuple[str, int], timeout: Any = None, *args: Any) -> socket.socket:
            sock = socket.create_connection(address, timeout, *args)
            sock.settimeout(read_timeout)
            dog.register(sock)
            return sock

        class Http(http.client.HTTPConnection):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self._create_connection = create_connection

        class Https(http.client.HTTPSConnection):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self._create_connection = create_connection

        class HttpHandler(urllib.request.HTTPHandler):
            def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
                return self.do_open(Http, req)

        context = self._ssl or _tls_context(None)

        class HttpsHandler(urllib.request.HTTPSHandler):
            def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
                return self.do_open(Https, req, context=context)

        opener = urllib.request.OpenerDirector()
        for handler in (
            urllib.request.ProxyHandler(),
            urllib.request.UnknownHandler(),
            HttpHandler(),
            HttpsHandler(context=context),
            urllib.request.HTTPDefaultErrorHandler(),
            urllib.request.HTTPRedirectHandler(),
            urllib.request.HTTPErrorProcessor(),
        ):
            opener.add_handler(handler)
        return opener


_TLS_CONTEXTS: dict[tuple[str, float], ssl.SSLContext] = {}
_TLS_LOCK = threading.Lock()


def _tls_context(ca_file: Path | None) -> ssl.SSLContext:
    """The system's CAs plus ``ca_file``; built once per CA file (loading the system's
    CA store costs tens of milliseconds, more than a whole up-to-date sync)."""
    try:
        key = (str(ca_file or ""), ca_file.stat().st_mtime if ca_file else 0.0)
    except OSError as err:
        raise KnownError(
            f"{ca_file}: cannot read the CA certificate named by setting 'ca_file' ({err.strerror})",
            ExitCode.NOT_SET_UP,
        ) from None
    with _TLS_LOCK:
        context = _TLS_CONTEXTS.get(key)
        if context is None:
            context = ssl.create_default_context()
            if ca_file is not None:
                try:
                    context.load_verify_locations(cafile=str(ca_file))
                except (OSError, ssl.SSLError) as err:
                    raise KnownError(
                        f"{ca_file}: cannot load the CA certificate named by setting 'ca_file' "
                        f"({err})",
                        ExitCode.NOT_SET_UP,
                    ) from None
            _TLS_CONTEXTS[key] = context
    return context


def _http_error(url: str, err: urllib.error.HTTPError) -> Exception:
    reason = (err.reason or "").strip() if isinstance(err.reason, str) else ""
    if 300 <= err.code < 400:
        return SourceError(
            f"redirect loop: {url} keeps redirecting (gave up at HTTP {err.code} for "
            f"{err.url}); check the web server's configuration"
        )
    what = f"server answered {err.code}{' ' + reason if reason else ''} for {url}"
    if err.code >= 500:
        return _Retryable(SourceError(what))
    return SourceError(what)


def _network_error(url: str, err: BaseException, read_timeout: float) -> Exception:
    reason: object = err.reason if isinstance(err, urllib.error.URLError) else err
    host = urllib.parse.urlsplit(url).netloc
    if isinstance(reason, ssl.SSLCertVerificationError):
        return SourceError(
            f"the TLS certificate of {host} does not verify ({reason.verify_message}); "
            "for the municipality's own CA set 'ca_file' in config.json"
        )
    if isinstance(reason, ssl.SSLError):
        return SourceError(f"TLS with {host} failed ({reason.reason or reason})")
    if isinstance(reason, TimeoutError | socket.timeout):
        return _Retryable(SyncTimeout(f"timeout after {read_timeout:g} s: {host} did not answer ({url})"))
    if isinstance(reason, str) and reason.startswith("unknown url type"):
        return SourceError(f"{url} led to an address that is not http or https ({reason})")
    if isinstance(reason, http.client.IncompleteRead):
        return _Retryable(_Truncated(f"truncated download: the connection to {host} broke off"))
    text = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return _Retryable(SourceError(f"cannot reach {host}: {text} ({url})"))


def _content_length(resp: http.client.HTTPResponse) -> int | None:
    value = resp.headers.get("Content-Length")
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _validators(resp: http.client.HTTPResponse) -> Validators:
    return Validators(resp.headers.get("ETag", "") or "", resp.headers.get("Last-Modified", "") or "")


def _read_at_most(resp: http.client.HTTPResponse, n: int) -> bytes:
    """Up to ``n`` bytes, one socket read at a time (``read1``: a trickle cannot hold a big read)."""
    chunks: list[bytes] = []
    got = 0
    while got < n:
        chunk = resp.read1(min(CHUNK, n - got))
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def _append(
    resp: http.client.HTTPResponse, part: Path, size: int, url: str, progress: Progress | None
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
            while have < size:
                chunk = resp.read1(min(CHUNK, size - have))
                if not chunk:
                    break
                out.write(chunk)
                have += len(chunk)
                if progress is not None:
                    progress("download", have / size)
    except OSError as err:
        if isinstance(err, TimeoutError | ConnectionError):
            raise _Retryable(SyncTimeout(f"timeout: {url} stopped sending after {have} bytes")) from None
        raise disk_error(err, part) from None
    except http.client.IncompleteRead:
        pass
    if have < size:
        raise _Retryable(_Truncated(f"truncated download: got {have} of {size} bytes of {url}"))
    if announced is None and resp.read1(1):
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
