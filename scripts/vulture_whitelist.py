"""Names vulture cannot see being used: Qt, the standard library or a protocol calls them.

Read by vulture only (``[tool.vulture]`` in pyproject.toml), never imported. A name goes
here only with its reason; dead code is removed instead.
"""

# ruff: noqa: B018
_ = object

# Qt calls these overrides by name
_.eventFilter
_.nativeEventFilter
_.canFetchMore
_.fetchMore
_.filterAcceptsRow
_.headerData
_.columnCount
_.rowCount
_.sizeHint
_.showEvent
_.keyPressEvent
_.closeEvent
_.changeEvent

# the standard library calls these overrides by name
_.handleError  # logging.Handler
_.log_message  # http.server.BaseHTTPRequestHandler
_.do_GET
_.do_HEAD

# arguments a signature must take: callbacks (err, tb), __exit__, Qt and protocol methods
_.tb
_.exc_type
_.exc
_.watched
_.disambiguation
_.n

# vocabularies kept as documentation of the file formats (read by people, not code)
_.EVENTS  # vault.audit: the audit events the program writes
_.KNOWN_POWER_EQUIPMENT  # domain.models: the exports' names for power-dependent equipment
_.View  # gui.views.registry: the protocol the views follow (used in annotations only)
