"""Kontaktkørsel: run a contact tree — whom to call now, by which channel; log each attempt.

Every attempt is a journal ``call`` entry; the first of a new run is marked as its
start. Where the run stands is :func:`continuity_app.crisis.callrun.run_state` of the
journal and the clock, judged again after every entry and every minute: a node not
reached within its escalation time sends the next call to its deputy, a late answer
is kept and shown late. Nothing is held but the journal, so the run survives a
restart of the app. Ctrl+P prints "hvem mangler" (the ``callrun`` pack) at any moment.

Keyboard: pick the tree, Alt+S starts a run; in "Ring nu" the first row is selected:
F6 nået, F7 ikke nået, F8 besked lagt (a row in "Hele træet" can be logged the same way).
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from continuity_app.crisis.callrun import (
    MESSAGE_LEFT,
    NOT_REACHED,
    REACHED,
    RUN_START,
    NextCall,
    NodeState,
    NodeStatus,
    RunState,
)
from continuity_app.domain.age import local
from continuity_app.domain.models import ContactNode
from continuity_app.gui import fmt
from continuity_app.gui.context import AppContext
from continuity_app.gui.models.base import OBJECT_ROLE, RowModel
from continuity_app.gui.views.common import PrintRequest, heading, make_table
from continuity_app.gui.views.crisis_common import JournalViewMixin, view_key
from continuity_app.journal import CHANNELS

RESULT_KEYS = ((REACHED, "F6"), (NOT_REACHED, "F7"), (MESSAGE_LEFT, "F8"))


def clock(moment: dt.datetime | None) -> str:
    return "" if moment is None else fmt.time_text(local(moment).time())


class NextModel(RowModel):
    class Column(IntEnum):
        WHOM = 0
        ROLE = 1
        CHANNEL = 2
        NUMBER = 3
        ABOUT = 4
        DEADLINE = 5

    COLUMNS = Column

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {
            c.WHOM: self.tr("Ring til"),
            c.ROLE: self.tr("Rolle"),
            c.CHANNEL: self.tr("Kanal"),
            c.NUMBER: self.tr("Nummer / hvordan"),
            c.ABOUT: self.tr("Hvorfor"),
            c.DEADLINE: self.tr("Eskaleres kl."),
        }

    def display(self, row: NextCall, column: int) -> str:
        c = self.Column
        if column == c.WHOM:
            return row.whom.name
        if column == c.ROLE:
            return row.whom.role
        if column == c.CHANNEL:
            return row.channel
        if column == c.NUMBER:
            return row.number
        if column == c.ABOUT:
            if row.is_deputy:
                return (
                    self.tr("Stedfortræder for %1 (%2), ikke nået i tide")
                    .replace("%1", row.for_node.node.name)
                    .replace("%2", row.for_node.number)
                )
            return self.tr("Nr. %1 i træet").replace("%1", row.for_node.number)
        if column == c.DEADLINE:
            return "" if row.is_deputy else clock(row.for_node.escalate_at)
        return ""

    def warn(self, row: NextCall, column: int) -> bool:
        return row.is_deputy and column in (self.Column.WHOM, self.Column.ABOUT)


class NodeModel(RowModel):
    class Column(IntEnum):
        NUMBER = 0
        NAME = 1
        ROLE = 2
        STATE = 3
        ATTEMPTS = 4
        REACHED = 5

    COLUMNS = Column

    def headers(self) -> dict[int, str]:
        c = self.Column
        return {
            c.NUMBER: self.tr("Nr."),
            c.NAME: self.tr("Navn"),
            c.ROLE: self.tr("Rolle"),
            c.STATE: self.tr("Status"),
            c.ATTEMPTS: self.tr("Forsøg"),
            c.REACHED: self.tr("Nået kl."),
        }

    def state_text(self, row: NodeStatus) -> str:
        s = NodeState
        if row.state is s.REACHED:
            return self.tr("Nået – for sent") if row.late else self.tr("Nået")
        if row.state is s.COVERED and row.covered_by is not None:
            return self.tr("Mangler – dækket af %1").replace("%1", row.covered_by.name)
        return {
            s.WAITING: self.tr("Venter"),
            s.TO_CALL: self.tr("Skal ringes op"),
            s.ESCALATED: self.tr("Eskaleret – ring til stedfortræder"),
            s.COVERED: self.tr("Mangler – dækket"),
        }[row.state]

    def display(self, row: NodeStatus, column: int) -> str:
        c = self.Column
        if column == c.NUMBER:
            return row.number
        if column == c.NAME:
            return "  " * row.depth + row.node.name
        if column == c.ROLE:
            return row.node.role
        if column == c.STATE:
            return self.state_text(row)
        if column == c.ATTEMPTS:
            return " · ".join(f"{clock(a.at)} {a.channel}: {a.result}" for a in row.attempts)
        if column == c.REACHED:
            return clock(row.reached_at)
        return ""

    def warn(self, row: NodeStatus, column: int) -> bool:
        return column == self.Column.STATE and (row.state is NodeState.ESCALATED or row.late)

    def bold(self, row: NodeStatus, column: int) -> bool:
        return column == self.Column.STATE and row.state is NodeState.TO_CALL


class CallRunView(JournalViewMixin, QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.trees: dict[str, Any] = {}
        self.state: RunState | None = None
        #: tree id -> (when, drill) of a run started here whose first call is not logged yet
        self.pending: dict[str, tuple[dt.datetime, bool]] = {}
        self.tree_box = QComboBox()
        self.tree_box.setObjectName("callrunTree")
        self.tree_box.setAccessibleName(self.tr("Kontakttræ"))
        self.tree_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.start_button = QPushButton(self.tr("Start ny kørsel (Alt+S)"))
        self.start_button.setObjectName("callrunStart")
        self.start_button.clicked.connect(self.start_run)
        view_key(self, "Alt+S", self.start_run)
        self.channel_box = QComboBox()
        self.channel_box.setObjectName("callrunChannel")
        self.channel_box.setAccessibleName(self.tr("Kanal"))
        self.channel_box.addItems(list(CHANNELS))
        self.result_buttons: dict[str, QPushButton] = {}
        for result, key in RESULT_KEYS:
            button = QPushButton(f"{result.capitalize()} ({key})")
            button.setObjectName(f"callrun_{result.replace(' ', '_')}")
            button.clicked.connect(lambda _c=False, r=result: self.log(r))
            self.result_buttons[result] = button
            view_key(self, key, lambda r=result: self.log(r))  # type: ignore[misc]
        self.next_model = NextModel(self)
        self.next_table = make_table(self.next_model, self.tr("Ring nu"), stretch=NextModel.Column.ABOUT)
        self.next_table.setObjectName("callrunNext")
        self.nodes_model = NodeModel(self)
        self.nodes_table = make_table(
            self.nodes_model, self.tr("Hele træet"), stretch=NodeModel.Column.ATTEMPTS
        )
        self.nodes_table.setObjectName("callrunNodes")
        self._last_table: QTableView = self.next_table
        for table in (self.next_table, self.nodes_table):
            table.selectionModel().currentRowChanged.connect(lambda _c, _p, t=table: self._picked(t))
        self.status = QLabel()
        self.status.setObjectName("callrunStatus")
        self.status.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("callrunMessage")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        tree_label = QLabel(self.tr("&Træ:"))
        tree_label.setBuddy(self.tree_box)
        top.addWidget(tree_label)
        top.addWidget(self.tree_box, 1)
        top.addWidget(self.start_button)
        actions = QHBoxLayout()
        channel_label = QLabel(self.tr("&Kanal:"))
        channel_label.setBuddy(self.channel_box)
        actions.addWidget(channel_label)
        actions.addWidget(self.channel_box)
        for button in self.result_buttons.values():
            actions.addWidget(button)
        actions.addStretch(1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(heading(self.tr("Ring nu")))
        upper_layout.addWidget(self.next_table, 1)
        upper_layout.addLayout(actions)
        upper_layout.addWidget(self.message)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(heading(self.tr("Hele træet")))
        lower_layout.addWidget(self.nodes_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Kontaktkørsel")))
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Kontaktkørsel")

    def focus_target(self) -> QWidget:
        return self.tree_box

    def load(self) -> None:
        self.context.query(lambda store: store.contact_trees(), self._set_trees)

    def clear(self) -> None:
        self.trees = {}
        self.state = None
        self.pending = {}
        self.tree_box.blockSignals(True)
        self.tree_box.clear()
        self.tree_box.blockSignals(False)
        self.next_model.clear()
        self.nodes_model.clear()
        self.status.clear()
        self.message.clear()

    def print_request(self) -> PrintRequest | None:
        tree_id = self.tree_id()
        if self.context.session is None or tree_id is None:
            return None
        return PrintRequest(
            "callrun",
            self.tr("Hvem mangler – %1").replace("%1", self.trees[tree_id].tree_name),
            tree_id=tree_id,
        )

    def journal_changed(self) -> None:
        if self.trees:
            self.refresh()

    def tree_id(self) -> str | None:
        data = self.tree_box.currentData()
        return str(data) if data in self.trees else None

    def choose_tree(self, tree_id: str) -> None:
        self.tree_box.setCurrentIndex(max(0, self.tree_box.findData(tree_id)))

    def _set_trees(self, trees: list[Any]) -> None:
        current = self.tree_id()
        self.trees = {t.tree_id: t for t in trees}
        self.tree_box.blockSignals(True)
        self.tree_box.clear()
        for tree in trees:
            self.tree_box.addItem(tree.tree_name, tree.tree_id)
        if current is not None:
            self.tree_box.setCurrentIndex(max(0, self.tree_box.findData(current)))
        self.tree_box.blockSignals(False)
        self.refresh()

    # --- the run --------------------------------------------------------------------
    def refresh(self) -> None:
        """Judge the run again from the journal and the clock."""
        from continuity_app.crisis.callrun import run_state
        from continuity_app.crisis.entries import counting

        tree_id = self.tree_id()
        if tree_id is None:
            self.state = None
            self.next_model.clear()
            self.nodes_model.clear()
            self.status.setText(self.tr("Ingen kontakttræer i data på denne computer."))
            return
        picked = self.picked_node()
        at, drill = self.pending.get(tree_id, (None, False))
        state = run_state(
            self.trees[tree_id],
            counting(self.journal_entries()),
            self.context.now(),
            new_run_at=at,
            new_run_drill=drill,
        )
        self.state = state
        self.next_model.set_rows(state.next_calls)
        self.nodes_model.set_rows(state.nodes)
        self.status.setText(self.status_text(state))
        if state.next_calls:
            self.next_table.setCurrentIndex(self.next_model.index(0, 0))
        if picked is not None and self._last_table is self.nodes_table:
            self._select_node(picked.node_id)

    def status_text(self, state: RunState) -> str:
        if state.started_at is None:
            return self.tr("Ingen kørsel af dette træ endnu: tryk Alt+S for at starte.")
        text = (
            self.tr("Kørsel startet %1 · nået %2 af %3 · mangler %4 · for sent %5")
            .replace("%1", fmt.when_text(state.started_at, state.now))
            .replace("%2", str(state.reached))
            .replace("%3", str(len(state.nodes)))
            .replace("%4", str(len(state.missing)))
            .replace("%5", str(len(state.late_answers)))
        )
        return text + (self.tr(" · ØVELSE") if state.drill else "")

    def start_run(self) -> None:
        tree_id = self.tree_id()
        if tree_id is None:
            return
        drill = bool(self.journal is not None and self.journal.drill_active())
        self.pending[tree_id] = (self.context.now(), drill)
        self.refresh()
        self.message.setText(self.tr("Ny kørsel: det første opkald, der registreres, starter den."))
        self.next_table.setFocus()

    def _picked(self, table: QTableView) -> None:
        self._last_table = table
        call = self.picked_call()
        if call is not None:
            self.channel_box.setCurrentIndex(max(0, self.channel_box.findText(call.channel)))

    def picked_call(self) -> NextCall | None:
        index = self.next_table.currentIndex()
        row = index.data(OBJECT_ROLE) if index.isValid() else None
        return row if isinstance(row, NextCall) else None

    def picked_node(self) -> ContactNode | None:
        """Whom the next logged attempt is about: the selected row of the table with the
        keyboard, else of the one used last (a button took the focus)."""
        table = next((t for t in (self.nodes_table, self.next_table) if t.hasFocus()), self._last_table)
        if table is self.nodes_table:
            index = self.nodes_table.currentIndex()
            row = index.data(OBJECT_ROLE) if index.isValid() else None
            return row.node if isinstance(row, NodeStatus) else None
        call = self.picked_call()
        return call.whom if call is not None else None

    def _select_node(self, node_id: str) -> None:
        for r, status in enumerate(self.nodes_model.rows()):
            if status.node.node_id == node_id:
                self.nodes_table.setCurrentIndex(self.nodes_model.index(r, 0))
                return

    def log(self, result: str) -> None:
        tree_id = self.tree_id()
        whom = self.picked_node()
        if tree_id is None or whom is None:
            self.message.setText(self.tr("Vælg først, hvem der blev ringet til."))
            return
        fields = {
            "tree_id": tree_id,
            "node_id": whom.node_id,
            "channel": self.channel_box.currentText(),
            "result": result,
        }
        if tree_id in self.pending:
            fields["run"] = RUN_START

        def done(_result: Any) -> None:
            self.pending.pop(tree_id, None)
            self.message.setText(
                self.tr("%1: %2 registreret.").replace("%1", whom.name).replace("%2", result)
            )
            self._last_table.setFocus()

        self.write("call", fields, done)
