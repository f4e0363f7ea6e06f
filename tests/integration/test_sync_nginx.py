"""Sync through Debian's nginx serving a publish folder, as municipal IT would run it.

Starts /usr/sbin/nginx itself (its own config in a temporary folder, a free port
on 127.0.0.1, ``daemon off``) and checks what nginx really does with our
requests: the full download, the conditional request answered 304, and a Range
request resuming an interrupted download answered 206.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from continuity_app.errors import ExitCode
from continuity_app.sync import SyncResult

NGINX = Path("/usr/sbin/nginx")
pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(not NGINX.exists(), reason="nginx is not installed (apt-get install nginx)"),
]


def _helpers() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "unit" / "sync" / "sync_helpers.py"
    spec = importlib.util.spec_from_file_location("sync_helpers_for_nginx", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


helpers = _helpers()

CONFIG = """
daemon off;
master_process off;
worker_processes 1;
pid {run}/nginx.pid;
error_log {run}/error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log {run}/access.log;
    client_body_temp_path {run}/body;
    proxy_temp_path {run}/proxy;
    fastcgi_temp_path {run}/fastcgi;
    uwsgi_temp_path {run}/uwsgi;
    scgi_temp_path {run}/scgi;
    types {{ application/json json; application/octet-stream bundle; }}
    server {{
        listen 127.0.0.1:{port};
        root {root};
        location / {{ }}
    }}
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def nginx(tmp_path: Path) -> Iterator[tuple[str, Path, Path]]:
    """(base URL, publish folder, access log) of a running nginx."""
    root, run = tmp_path / "publish", tmp_path / "nginx"
    root.mkdir()
    run.mkdir()
    port = free_port()
    conf = run / "nginx.conf"
    conf.write_text(CONFIG.format(run=run, port=port, root=root), encoding="utf-8")
    proc = subprocess.Popen(
        [str(NGINX), "-c", str(conf), "-p", str(run), "-e", str(run / "error.log")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(100):
            if proc.poll() is not None:
                err = proc.stderr.read().decode() if proc.stderr else ""
                pytest.fail(f"nginx did not start: {err}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/", root, run / "access.log"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr:
            proc.stderr.close()


def log_lines(access_log: Path) -> list[str]:
    return access_log.read_text(encoding="utf-8").splitlines() if access_log.exists() else []


def test_sync_through_nginx(nginx: tuple[str, Path, Path], tmp_path: Path) -> None:
    url, root, access_log = nginx
    publisher = helpers.make_publisher(tmp_path / "publisher")
    template = helpers.enroll_template(tmp_path / "enrolled", publisher)
    world = helpers.make_world(template, publisher, tmp_path / "laptop")
    world.pub.out = root
    world.set_source(url)
    scope = helpers.SCOPE
    latest_path = f"/{scope}/latest.json"

    world.publish(1)
    first = world.sync()
    assert first.result is SyncResult.NEW_DATA and world.verifies(1)

    # unchanged: one conditional request, answered 304 by nginx
    before = len(log_lines(access_log))
    again = world.sync()
    assert again.result is SyncResult.UP_TO_DATE and again.exit_code == ExitCode.OK
    new = log_lines(access_log)[before:]
    assert len(new) == 1 and f"GET {latest_path} " in new[0] and '" 304 ' in new[0]

    # an interrupted download of the next bundle, resumed with Range: nginx answers 206
    data = world.publish(2, payload=os.urandom(700_000))
    # nginx's validators are the file's mtime (in seconds) and size: a real publication
    # comes hours later; this one came within the same second with the same size
    later = time.time() + 60
    os.utime(root / scope / "latest.json", (later, later))
    sha = hashlib.sha256(data).hexdigest()
    world.home.partial.mkdir(parents=True, exist_ok=True)
    (world.home.partial / f"{sha}.part").write_bytes(data[:300_000])
    before = len(log_lines(access_log))
    resumed = world.sync()
    assert resumed.result is SyncResult.NEW_DATA and resumed.sequence == 2
    assert world.verifies(2)
    bundle_lines = [line for line in log_lines(access_log)[before:] if ".bundle " in line]
    assert len(bundle_lines) == 1 and '" 206 ' in bundle_lines[0]
    assert f" {len(data) - 300_000} " in bundle_lines[0]  # only the rest was sent

    # a scope nginx has nothing for
    (root / scope / "latest.json").unlink()
    missing = world.sync()
    assert missing.exit_code == ExitCode.SOURCE_UNREACHABLE and "404" in missing.message
    assert world.held() == [2, 1]
