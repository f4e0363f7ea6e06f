"""The publisher: home, keys, device registry, scopes, sequence counters, atomic publishing.

Library entry points (the CLI and ``continuity-app demo`` call these)::

    init_home(root, passphrase) -> PublisherHome
    add_device(root, request_json) -> Device      revoke_device(root, device_id) -> Device
    build(home, input_dir, out, passphrase=...) -> PublishSummary
"""

from continuity_app.publish.build import ExportsInvalid, PublishSummary, ScopeResult, build
from continuity_app.publish.devices import DeviceRow, add_device, list_devices, revoke_device
from continuity_app.publish.home import PublisherHome, init_home

__all__ = [
    "DeviceRow",
    "ExportsInvalid",
    "PublishSummary",
    "PublisherHome",
    "ScopeResult",
    "add_device",
    "build",
    "init_home",
    "list_devices",
    "revoke_device",
]
