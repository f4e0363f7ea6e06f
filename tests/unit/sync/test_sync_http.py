"""Sync over HTTP from a real server on 127.0.0.1 (the standard library's, in a thread)."""

from __future__ import annotations

import pytest
from sync_helpers import SCOPE, Handler, World

from continuity_app.errors import ExitCode
from continuity_app.sync import SyncResult, status
from continuity_app.sync.http import HttpSource
from continuity_app.sync.state import load_state

LATEST = f"/{SCOPE}/latest.json"


def bundle_path(seq: int) -> str:
    return f"/{SCOPE}/{SCOPE}-{seq:08d}.bundle"


def quick(world: World, **kwargs: float) -> HttpSource:
    """The configured server with short timeouts and backoff, so fault tests stay quick."""
    assert world.server is not None
    return HttpSource(world.server.url, backoff_s=0.05, **kwargs)  # type: ignore[arg-type]


def test_sync_over_http_with_progress(world: World) -> None:
    server = world.serve()
    world.publish(1)
    stages: list[str] = []
    outcome = world.sync(progress=lambda stage, fraction: stages.append(stage))
    assert outcome.result is SyncResult.NEW_DATA and world.verifies(1)
    assert stages[0] == "connect" and stages[-1] == "done"
    assert {"download", "verify", "store"} <= set(stages)
    assert [p for p, _ in server.requests] == [LATEST, bundle_path(1)]


def test_unchanged_latest_json_costs_one_conditional_request(world: World) -> None:
    server = world.serve()
    world.publish(1)
    assert world.sync().ok
    server.requests.clear()
    outcome = world.sync()
    assert outcome.result is SyncResult.UP_TO_DATE and outcome.exit_code == ExitCode.OK
    assert [p for p, _ in server.requests] == [LATEST]
    assert "If-None-Match" in server.requests[0][1]
    assert load_state(world.home).validators["sequence"] == 1
    # a new publication changes the ETag: fetched in full
    world.publish(2)
    assert world.sync().sequence == 2


def test_no_conditional_request_when_the_held_generation_is_gone(world: World) -> None:
    server = world.serve()
    world.publish(1)
    assert world.sync().ok
    (world.home.generations / f"{SCOPE}-00000001.bundle").unlink()
    server.requests.clear()
    outcome = world.sync()  # a 304 must not claim "up to date" with nothing held
    assert "If-None-Match" not in server.requests[0][1]
    assert outcome.ok and "repaired" in outcome.message and "missing" in outcome.message
    assert world.held() == [1] and world.verifies(1)


def test_404_is_named_with_the_url_and_not_retried(world: World) -> None:
    server = world.serve()
    outcome = world.sync()
    assert outcome.exit_code == ExitCode.SOURCE_UNREACHABLE
    assert f"server answered 404 Not Found for {server.url}{LATEST[1:]}" in outcome.message
    assert len(server.requests) == 1
    assert status(world.home).last_attempt.exit_code == ExitCode.SOURCE_UNREACHABLE  # type: ignore[union-attr]


def test_404_for_the_bundle(world: World) -> None:
    server = world.serve()
    world.publish(1)
    server.faults[bundle_path(1)] = "404"
    outcome = world.sync()
    assert outcome.exit_code == ExitCode.SOURCE_UNREACHABLE and "404" in outcome.message
    assert world.held() == []


def test_500_is_retried_with_backoff_then_named(world: World) -> None:
    server = world.serve()
    world.publish(1)
    server.faults[LATEST] = "500"
    outcome = world.sync(source=quick(world))
    assert outcome.exit_code == ExitCode.SOURCE_UNREACHABLE
    assert "server answered 500" in outcome.message
    assert len(server.requests_for(LATEST)) == 4  # the first try and three retries


def test_a_passing_500_is_ridden_out(world: World) -> None:
    server = world.serve()
    world.publish(1)
    server.faults[bundle_path(1)] = "500_once"
    outcome = world.sync(source=quick(world))
    assert outcome.result is SyncResult.NEW_DATA


def test_redirect_loop_is_one_clear_error(world: World) -> None:
    server = world.serve()
    server.faults[LATEST] = "redirect_loop"
    outcome = world.sync()
    assert outcome.exit_code == ExitCode.SOURCE_UNREACHABLE
    assert "redirect loop" in outcome.message and LATEST[1:] in outcome.message


def test_a_server_that_accepts_and_never_answers_times_out(world: World) -> None:
    server = world.serve()
    world.publish(1)
    server.faults[LATEST] = "hang"
    outcome = world.sync(source=quick(world, read_timeout=0.3, retries=1))
    assert outcome.exit_code == ExitCode.SOURCE_UNREACHABLE
    assert "timeout after 0.3 s" in outcome.message
    assert len(server.requests_for(LATEST)) == 2


def test_a_hanging_server_is_cut_off_by_the_overall_deadline(world: World) -> None:
    server = world.serve()
    world.publish(1)
    server.faults[LATEST] = "hang"
    outcome = world.sync(deadline_s=0.8)  # read timeout 30 s: only the deadline can end it
    assert outcome.exit_code == ExitCode.SOURCE_UNREACHABLE
    assert "overall deadline" in outcome.message and "0.8 s" in outcome.message


@pytest.mark.timeout(60)
def test_a_trickling_bundle_is_cut_off_by_the_overall_deadline(world: World) -> None:
    server = world.serve()
    world.publish(1)
    assert world.sync().ok
    world.publish(2)
    server.faults[bundle_path(2)] = "trickle"  # one byte every 0.2 s: each read is in time
    outcome = world.sync(deadline_s=1.5)
    assert outcome.exit_code == ExitCode.SOURCE_UNREACHABLE
    assert "overall deadline" in outcome.message
    assert world.held() == [1] and world.verifies(1)


def trickle_headers(handler: Handler, file: object) -> None:
    for byte in b"HTTP/1.0 200 OK\r\nX-Slow: " + b"x" * 1000:
        if handler.server.stop.wait(0.1):
            return
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()


@pytest.mark.timeout(60)
def test_trickling_headers_are_cut_off_by_the_overall_deadline(world: World) -> None:
    server = world.serve()
    server.faults[LATEST] = trickle_headers
    outcome = world.sync(deadline_s=1.0)
    assert outcome.exit_code == ExitCode.SOURCE_UNREACHABLE
    assert "overall deadline" in outcome.message


def test_truncated_download_fails_then_resumes_with_range(world: World) -> None:
    server = world.serve()
    world.publish(1)
    assert world.sync().ok
    data = world.publish(2)
    server.faults[bundle_path(2)] = "truncate"
    outcome = world.sync(source=quick(world, retries=0))
    assert outcome.exit_code == ExitCode.CORRUPT and "truncated download" in outcome.message
    assert world.held() == [1] and world.verifies(1)
    st = status(world.home)
    assert st.current is not None and st.current.sequence == 1
    assert any(w.code == "last_sync_failed" and "truncated" in w.text for w in st.warnings)
    # the server recovers: the next sync asks only for the rest
    del server.faults[bundle_path(2)]
    server.requests.clear()
    assert world.sync().sequence == 2
    ranges = [h.get("Range") for h in server.requests_for(bundle_path(2))]
    assert ranges == [f"bytes={len(data) // 2}-"]
    assert world.verifies(2)


def test_a_dropped_connection_is_resumed_within_one_sync(world: World) -> None:
    server = world.serve()
    world.publish(1)
    server.faults[bundle_path(1)] = "truncate_once"
    outcome = world.sync(source=quick(world))
    assert outcome.result is SyncResult.NEW_DATA and world.verifies(1)
    ranges = [h.get("Range") for h in server.requests_for(bundle_path(1))]
    assert ranges[0] is None and ranges[1] is not None and ranges[1].startswith("bytes=")


def test_a_server_that_ignores_range_still_gives_a_good_bundle(world: World) -> None:
    server = world.serve()
    world.publish(1)
    server.faults[bundle_path(1)] = "truncate_once"
    assert world.sync(source=quick(world, retries=0)).exit_code == ExitCode.CORRUPT
    server.faults[bundle_path(1)] = "no_range"
    outcome = world.sync()
    assert outcome.result is SyncResult.NEW_DATA and world.verifies(1)
    assert not list(world.home.partial.glob("*.part"))


def test_endless_data_is_cut_at_the_announced_size(world: World) -> None:
    server = world.serve()
    world.publish(1)
    assert world.sync().ok
    world.publish(2)
    server.faults[bundle_path(2)] = "endless"
    outcome = world.sync()
    assert outcome.exit_code == ExitCode.TOO_LARGE
    assert "more than the" in outcome.message
    assert world.held() == [1] and world.verifies(1)


def test_endless_latest_json_is_refused_at_its_limit(world: World) -> None:
    server = world.serve()
    world.publish(1)
    server.faults[LATEST] = "endless"
    outcome = world.sync()
    assert outcome.exit_code == ExitCode.TOO_LARGE and "latest.json" in outcome.message


def test_a_flipped_byte_on_the_wire_is_caught_by_the_hash(world: World) -> None:
    server = world.serve()
    world.publish(1)

    def flipped(handler: Handler, file: object) -> None:
        data = bytearray(handler.server.root.joinpath(bundle_path(1)[1:]).read_bytes())
        data[len(data) // 3] ^= 0x80
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(bytes(data))

    server.faults[bundle_path(1)] = flipped
    outcome = world.sync()
    assert outcome.exit_code == ExitCode.CORRUPT and "SHA-256" in outcome.message
    assert world.held() == [] and not list(world.home.partial.glob("*.part"))


def test_only_http_and_https_sources(world: World) -> None:
    world.set_source("ftp://example.org/publish/")
    outcome = world.sync()
    assert outcome.exit_code == ExitCode.NOT_SET_UP and "ftp://" in outcome.message


def test_https_is_verified_and_the_municipal_ca_can_be_added(world: World, tmp_path) -> None:
    from sync_helpers import make_tls

    context, ca_file = make_tls(tmp_path)
    server = world.serve(tls=context)
    world.publish(1)
    refused = world.sync()
    assert refused.exit_code == ExitCode.SOURCE_UNREACHABLE
    assert "certificate" in refused.message and "ca_file" in refused.message
    assert server.requests == []  # refused in the handshake, never retried into a request
    world.set_setting("ca_file", str(ca_file))
    outcome = world.sync()
    assert outcome.result is SyncResult.NEW_DATA and world.verifies(1)
    world.set_setting("ca_file", str(tmp_path / "missing.pem"))
    missing = world.sync()
    assert missing.exit_code == ExitCode.NOT_SET_UP and "missing.pem" in missing.message


def test_a_bundle_cut_short_on_the_server_is_refused_and_the_partial_dropped(world: World) -> None:
    import hashlib

    server = world.serve()
    data = world.publish(1)
    sha = hashlib.sha256(data).hexdigest()
    world.home.partial.mkdir(parents=True, exist_ok=True)
    (world.home.partial / f"{sha}.part").write_bytes(data[:5000])  # an earlier interrupted try
    bundle = world.pub.out / SCOPE / f"{SCOPE}-00000001.bundle"
    bundle.write_bytes(data[:1000])  # the server's copy is cut short: Range 5000- → 416
    outcome = world.sync()
    assert outcome.exit_code == ExitCode.CORRUPT
    assert f"is 1000 bytes but latest.json announces {len(data)}" in outcome.message
    assert [h.get("Range") for h in server.requests_for(bundle_path(1))] == ["bytes=5000-", None]
    assert not list(world.home.partial.glob("*.part"))


def test_a_redirect_to_a_file_address_is_named_as_such(world: World) -> None:
    server = world.serve()

    def to_file(handler: Handler, file: object) -> None:
        handler.send_response(302)
        handler.send_header("Location", "file:///etc/passwd")
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    server.faults[LATEST] = to_file
    outcome = world.sync()
    assert outcome.exit_code == ExitCode.SOURCE_UNREACHABLE
    assert "file:///etc/passwd" in outcome.message and "not an http or https" in outcome.message
    assert "loop" not in outcome.message


def test_a_redirect_to_another_http_path_is_followed(world: World) -> None:
    server = world.serve()
    world.publish(1)

    def moved(handler: Handler, file: object) -> None:
        handler.send_response(301)
        handler.send_header("Location", LATEST)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    server.faults[f"/old{LATEST}"] = moved
    outcome = world.sync(source=HttpSource(server.url + "old/"))
    assert [p for p, _ in server.requests][:2] == [f"/old{LATEST}", LATEST]
    assert outcome.exit_code == ExitCode.SOURCE_UNREACHABLE  # the bundle is not under /old/
