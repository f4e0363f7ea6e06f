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

# the standard library reads these attributes by name
_.exc_text  # logging.LogRecord: the traceback text is cleared so it never reaches a log
_.raiseExceptions  # logging: a failing handler must not print a traceback
_.daemon_threads  # socketserver: the test servers' threads
_.block_on_close
_.protocol_version  # http.server: HTTP/1.1 for the test server
_.handle_error  # socketserver override
_.writable  # io.RawIOBase: a file says it can be written
_.readable  # io.RawIOBase: a file says it can be read (exchange.csvparts._Slice)
_.client_address
_.ConnectionCls  # urllib3: the connection classes the pool uses (sync/http.py)
_.pool_classes_by_scheme
_.useA85  # reportlab: fonts stream without ASCII85

# looked up by name: the self-test runs each check by its method name; print packs are
# named in printing/catalog.py as "module:function"; the D-Bus screen-lock signals are
# connected by slot name; a module's __getattr__ and a Protocol's __call__
_.child_main  # bench: run in a child process by name (python -c)
_.demo_installation
_.main_window
_.parallel_printing
_.cleanup
_.overview_pack
_.nearby_pack
_.callrun_pack
_.drill_pack
_.handover_pack
_._active_changed
_._session_lock
_.__getattr__
_.__call__

# fields of records read by people (the JSON and the views show the whole record), and
# settings the GUI reads through settings.load()'s table
_.due_at  # crisis.callrun.NodeStatus
_.idle_lock_minutes
_._nodkopi_translations  # gui.app: keeps the translators alive as long as the app

# arguments a callback's signature must take (pypdf's text visitor, pytest-qt's qapp)
_.cm
_.tm
_.qapp
