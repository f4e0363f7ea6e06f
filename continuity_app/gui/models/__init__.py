"""Table models, one way (Vorta ``archive_table_model``): a column ``IntEnum``, a sort
role and an object role, translatable headers, ``qtmodeltester`` on every one."""

from continuity_app.gui.models.base import OBJECT_ROLE, SORT_ROLE, FilterProxy, RowModel

__all__ = ["OBJECT_ROLE", "SORT_ROLE", "FilterProxy", "RowModel"]
