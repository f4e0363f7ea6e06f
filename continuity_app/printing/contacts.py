"""Contact trees, drawn as trees (boxes and lines), then as call lists to tick.

A tree is drawn top-down as an indented diagram: each node a box, joined to its
parent by an elbow line, siblings one under the other. However wide a tree is
(200 children of one node), it only grows downwards and breaks between boxes;
a continued page repeats the path from the root in grey ("fortsat fra side N"),
so every box on a page still hangs from its parent. Each node has an outline
number (1, 1.2, 1.2.3) that the call list repeats.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from continuity_app.printing.fonts import COND, COND_BOLD, wrap
from continuity_app.printing.sheet import Sheet
from continuity_app.printing.table import Cell, Column, draw_table
from continuity_app.store import coverage as cov
from continuity_app.store.views import ContactTree, ContactTreeNode

if TYPE_CHECKING:
    from continuity_app.printing.job import Job, Municipality

INDENT = 20.0
PAD = 3.0
GAP = 5.0
NAME_SIZE = 8.5
DETAIL_SIZE = 7.5
MIN_BOX = 180.0
CONTEXT_GREY = (0.93, 0.93, 0.93)
CALL_COLUMNS = (
    Column("Nr.", 5),
    Column("Navn og rolle", 18),
    Column("Ringes op af", 12),
    Column("Mobil", 9),
    Column("Fastnet", 9),
    Column("Anden kanal", 12),
    Column("Stedfortræder", 12),
    Column("Mødested", 12),
    Column("Eskalér efter", 7),
    Column("Nået", 5),
    Column("Ikke nået", 5),
    Column("Kl.", 6),
)


def numbered(tree: ContactTree) -> list[tuple[str, int, ContactTreeNode, ContactTreeNode | None]]:
    """(outline number, depth, node, parent) for every node, depth-first in call order."""
    out: list[tuple[str, int, ContactTreeNode, ContactTreeNode | None]] = []

    def visit(node: ContactTreeNode, number: str, depth: int, parent: ContactTreeNode | None) -> None:
        out.append((number, depth, node, parent))
        for i, child in enumerate(node.children, 1):
            visit(child, f"{number}.{i}", depth + 1, node)

    for i, root in enumerate(tree.roots, 1):
        visit(root, str(i), 0, None)
    return out


def phones(node: ContactTreeNode) -> str:
    n = node.node
    parts = [f"Mobil {n.mobile}" if n.mobile else "", f"Fastnet {n.landline}" if n.landline else ""]
    if n.alt_channel:
        parts.append(f"Anden kanal: {n.alt_channel}")
    if node.deputy is not None:
        parts.append(f"Stedfortræder: {node.deputy.name}")
    if n.escalate_after_min is not None:
        parts.append(f"Eskalér efter {n.escalate_after_min} min")
    return " · ".join(p for p in parts if p) or "Intet telefonnummer"


class TreeDrawer:
    def __init__(self, sheet: Sheet, tree: ContactTree) -> None:
        self.sheet = sheet
        self.tree = tree
        self.anchor: dict[str, tuple[float, float]] = {}  # node id -> (x, y of box bottom)
        self.first_page = 0

    def box_x(self, depth: int) -> float:
        return self.sheet.left + min(depth * INDENT, self.sheet.body_width - MIN_BOX)

    def box_lines(
        self, number: str, depth: int, node: ContactTreeNode
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        width = self.sheet.right - self.box_x(depth) - 2 * PAD
        n = node.node
        title = f"{number}  {n.name}" + (f" – {n.role}" if n.role else "")
        return wrap(title, COND_BOLD, NAME_SIZE, width), wrap(phones(node), COND, DETAIL_SIZE, width)

    def draw_box(
        self,
        number: str,
        depth: int,
        node: ContactTreeNode,
        parent: ContactTreeNode | None,
        *,
        context: bool = False,
    ) -> None:
        sheet = self.sheet
        titles, details = self.box_lines(number, depth, node)
        if context:
            details = ()
        height = len(titles) * NAME_SIZE * 1.2 + len(details) * DETAIL_SIZE * 1.2 + 2 * PAD
        if not context and sheet.room() < height + GAP:
            self.page_break(node, parent)
        x = self.box_x(depth)
        top = sheet.y - GAP
        sheet.rect(
            x, top - height, sheet.right - x, height, fill=CONTEXT_GREY if context else None, line_width=0.8
        )
        y = top - PAD - NAME_SIZE
        for line in titles:
            sheet.text(x + PAD, y, line, COND_BOLD, NAME_SIZE)
            y -= NAME_SIZE * 1.2
        for line in details:
            sheet.text(x + PAD, y + 1, line, COND, DETAIL_SIZE)
            y -= DETAIL_SIZE * 1.2
        if parent is not None and parent.node.node_id in self.anchor:
            px, py = self.anchor[parent.node.node_id]
            mid = top - min(height / 2, 10)
            sheet.line(px + 8, py, px + 8, mid, 0.8)
            sheet.line(px + 8, mid, x, mid, 0.8)
        self.anchor[node.node.node_id] = (x, top - height)
        sheet.y = top - height

    def page_break(self, node: ContactTreeNode, parent: ContactTreeNode | None) -> None:
        sheet = self.sheet
        sheet.text(
            sheet.right - 120, sheet.bottom + 2, f"fortsættes på side {sheet.page_number + 1}", COND, 8
        )
        previous = sheet.page_number
        sheet.new_page(landscape_page=False)
        sheet.y -= 12
        sheet.text(
            sheet.left,
            sheet.y,
            f"Kontakttræ: {self.tree.tree_name} – fortsat fra side {previous}",
            COND_BOLD,
            10,
        )
        sheet.y -= 4
        self.anchor.clear()
        for number, depth, ancestor, ancestor_parent in self.path:
            self.draw_box(number, depth, ancestor, ancestor_parent, context=True)

    def draw(self) -> None:
        rows = numbered(self.tree)
        self.path: list[tuple[str, int, ContactTreeNode, ContactTreeNode | None]] = []
        for number, depth, node, parent in rows:
            del self.path[depth:]
            self.draw_box(number, depth, node, parent)
            self.path.append((number, depth, node, parent))


def draw_contacts(
    sheet: Sheet,
    job: Job,
    trees: list[ContactTree],
    *,
    bookmark_level: int | None = None,
    town: Municipality | None = None,
) -> None:
    """``town``: the municipality these are of, when several are printed together: every
    heading names it, with the tree's id qualified by it (``skive:kt-1``)."""
    partial = job.store.coverage.is_partial(cov.CONTACTS)
    for index, tree in enumerate(trees):
        job.tick(index, len(trees))
        of = f" – {town.label} ({town.name}:{tree.tree_id})" if town else ""
        sheet.on_new_page = None
        sheet.new_page(landscape_page=False)
        if bookmark_level is not None:
            sheet.bookmark(f"tree-{tree.tree_id}", f"Kontakttræ: {tree.tree_name}", bookmark_level)
        sheet.heading(f"Kontakttræ: {tree.tree_name}{of}")
        sheet.paragraph(
            "Hver person ringer til dem, der hænger under sig. Kan en person ikke nås "
            "inden eskaleringstiden, ring til stedfortræderen.",
            size=8.5,
        )
        if partial:  # a unit's data: the crisis tree holds only its own path
            sheet.paragraph(
                "Denne enheds data holder kun enhedens egne folk og vejen op til "
                "krisestaben; krisestaben har hele træet.",
                size=8.5,
            )
        TreeDrawer(sheet, tree).draw()
        _call_list(sheet, tree, of)
    if not trees:
        sheet.new_page()
        sheet.heading("Kontakttræer" + (f" – {town.label}" if town else ""))
        sheet.paragraph(
            "Ingen kontakttræer i denne enheds data; krisestaben har alle træerne."
            if partial
            else "Ingen kontakttræer i data."
        )


def _call_list(sheet: Sheet, tree: ContactTree, of: str = "") -> None:
    title = f"Ringeliste: {tree.tree_name}{of}"
    sheet.on_new_page = None
    sheet.new_page(landscape_page=True)
    sheet.heading(title)

    def continuation() -> None:
        sheet.y -= 11
        sheet.text(sheet.left, sheet.y, f"{title} (fortsat)", COND_BOLD, 10)
        sheet.y -= 6

    sheet.on_new_page = continuation
    rows: list[list[str | Cell]] = []
    for number, _depth, node, parent in numbered(tree):
        n = node.node
        who = f"{n.name}" + (f"\n{n.role}" if n.role else "")
        if n.instructions:
            who += f"\n{n.instructions}"
        rows.append(
            [
                number,
                Cell(who, COND_BOLD),
                parent.node.name if parent else "(starter)",
                n.mobile or "–",
                n.landline or "–",
                n.alt_channel or "–",
                (f"{node.deputy.name}" + (f", {node.deputy.mobile}" if node.deputy.mobile else ""))
                if node.deputy
                else "–",
                n.meeting_point or "–",
                f"{n.escalate_after_min} min" if n.escalate_after_min is not None else "–",
                "",
                "",
                "",
            ]
        )
    draw_table(sheet, CALL_COLUMNS, rows, min_height=18)
    sheet.on_new_page = None
