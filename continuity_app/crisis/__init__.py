"""The crisis staff's tools, Qt-free: the overview, nearby units, call-tree runs, the
vehicle board, drills and the shift handover. Each is a pure function of the store
(and, where people write, of the outage journal's entries and a clock), so the
screens, the print packs and the tests share one answer."""
