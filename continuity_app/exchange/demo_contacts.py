"""Demo contact trees: the crisis staff down to unit managers and staff, and one tree per unit."""

from __future__ import annotations

import random
from collections.abc import Callable

from continuity_app.domain.models import ContactNode, Unit, UnitKind
from continuity_app.exchange.demo_common import phone, split
from continuity_app.exchange.demo_names import STAFF_ROLES
from continuity_app.exchange.demo_scales import Context
from continuity_app.exchange.demo_units import person_name

CRISIS_STAFF = (
    ("Kommunaldirektør", "Leder af krisestaben"),
    ("Beredskabschef", "Stedfortræder for lederen af krisestaben"),
    ("Direktør for Sundhed og Omsorg", "Ansvar for pleje, plejecentre og botilbud"),
    ("Kommunikationschef", "Information til borgere og presse"),
    ("Chef for Digitalisering & IT", "IT, telefoni og nødkopi"),
    ("Chef for Teknik og Miljø", "Veje, biler, brændstof, vand"),
    ("Chef for Børn og Unge", "Dagtilbud og nødpasning"),
    ("Sekretær for krisestaben", "Log og mødeindkaldelse"),
)
# Which crisis-staff member (index above) the managers of each kind report to.
REPORTS_TO = {
    UnitKind.HJEMMEPLEJE: 2,
    UnitKind.PLEJECENTER: 2,
    UnitKind.BOTILBUD: 2,
    UnitKind.DAGTILBUD: 6,
    UnitKind.ADMINISTRATION: 4,
    UnitKind.ANDET: 5,
}
AREA_SIZE = 10  # unit managers per område leader under the health director


def _radio(rng: random.Random, name: str, domain: str) -> str:
    if rng.random() < 0.5:
        return f"Beredskabsradio (SINE) kanal {rng.randint(1, 16)}"
    login = name.lower().split()[0].replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return f"e-mail: {login}{rng.randint(1, 99)}@{domain}"


def make_contacts(ctx: Context, units: list[Unit]) -> list[ContactNode]:
    rng = ctx.rng("contacts")
    nodes: list[ContactNode] = []
    tree, tree_name = "krisestab", f"Krisestab – {ctx.municipality}"
    town = ctx.towns[0]
    hall = f"Rådhuset i {town.city}, byrådssalen"

    def add(
        tree_id: str,
        name_: str,
        node_id: str,
        parent: str,
        position: int,
        person: str,
        role: str,
        unit_id: str = "",
        leader: bool = False,
        deputy: str = "",
        meeting: str = "",
        mobile: str = "",
        landline: str = "",
    ) -> None:
        nodes.append(
            ContactNode(
                tree_id=tree_id,
                tree_name=name_,
                node_id=node_id,
                name=person,
                parent_id=parent,
                position=position,
                role=role,
                unit_id=unit_id,
                mobile=mobile or phone(rng),
                landline=landline or (phone(rng, town.landline) if leader else ""),
                alt_channel=_radio(rng, person, ctx.mail_domain) if leader or rng.random() < 0.2 else "",
                meeting_point=meeting,
                deputy_node_id=deputy,
                escalate_after_min=rng.choice((10, 15, 15, 20, 30)) if leader else None,
                instructions=(
                    "Ring op til 3 gange; intet svar efter fristen → ring stedfortræderen" if leader else ""
                ),
            )
        )

    for i, (role, task) in enumerate(CRISIS_STAFF):
        deputy = "KS02" if i == 0 else ("KS01" if i == 1 else "")
        add(
            tree,
            tree_name,
            f"KS{i + 1:02d}",
            "" if i == 0 else "KS01",
            i + 1,
            person_name(rng),
            f"{role} – {task}",
            leader=True,
            deputy=deputy,
            meeting=hall,
        )
    care = [u for u in units if REPORTS_TO[u.kind] == 2]  # type: ignore[index]
    areas = max(1, -(-len(care) // AREA_SIZE)) if len(care) > AREA_SIZE else 0
    for a in range(areas):
        add(
            tree,
            tree_name,
            f"OMR{a + 1:02d}",
            "KS03",
            a + 1,
            person_name(rng),
            f"Områdeleder, område {a + 1}",
            leader=True,
            meeting=hall,
        )
    position: dict[str, int] = {}
    for unit in units:
        boss = REPORTS_TO[unit.kind]  # type: ignore[index]
        parent = f"KS{boss + 1:02d}"
        if boss == 2 and areas:
            parent = f"OMR{care.index(unit) // AREA_SIZE + 1:02d}"
        position[parent] = position.get(parent, 0) + 1
        node_id = f"L-{unit.unit_id}"
        add(
            tree,
            tree_name,
            node_id,
            parent,
            position[parent],
            unit.manager,
            f"Leder, {unit.name}",
            unit.unit_id,
            leader=True,
            meeting=f"{unit.name}, {unit.address}",
            mobile=unit.manager_phone,
            landline=unit.phone,
        )
        if boss == 2:  # the A-units' night-time contact: staff on duty
            add(
                tree,
                tree_name,
                f"V-{unit.unit_id}",
                node_id,
                1,
                person_name(rng),
                "Vagthavende sygeplejerske" if unit.kind is not UnitKind.BOTILBUD else "Vagthavende pædagog",
                unit.unit_id,
                meeting=f"{unit.name}, {unit.address}",
            )
    remaining = ctx.spec.contact_nodes - len(nodes)
    for unit, size in zip(units, split(max(0, remaining), [1.0] * len(units)), strict=True):
        ctx.unit_staff[unit.unit_id] = _unit_tree(rng, unit, size, add)
    return nodes


def _unit_tree(rng: random.Random, unit: Unit, size: int, put: Callable[..., None]) -> list[str]:
    """Leader → coordinators (each the next one's deputy) → staff under the coordinators.

    Returns the staff's names: the routes are driven by these people."""
    if size <= 0:
        return []
    tree, name = f"U-{unit.unit_id}", f"Kontakttræ – {unit.name}"
    meeting = f"{unit.name}, {unit.address}"
    roles = STAFF_ROLES[str(unit.kind)]
    coordinators = min(size - 1, max(1, (size - 1) // 8))
    put(
        tree,
        name,
        "N01",
        "",
        1,
        unit.manager,
        "Leder",
        unit.unit_id,
        leader=True,
        deputy="N02" if coordinators else "",
        meeting=meeting,
        mobile=unit.manager_phone,
        landline=unit.phone,
    )
    for c in range(coordinators):
        deputy = f"N{(c + 1) % coordinators + 2:02d}" if coordinators > 1 else "N01"
        put(
            tree,
            name,
            f"N{c + 2:02d}",
            "N01",
            c + 1,
            person_name(rng),
            "Koordinator" if c else "Stedfortræder",
            unit.unit_id,
            leader=True,
            deputy=deputy,
            meeting=meeting,
        )
    staff = []
    for s in range(size - 1 - coordinators):
        parent = f"N{s % coordinators + 2:02d}" if coordinators else "N01"
        person = person_name(rng)
        staff.append(person)
        put(
            tree,
            name,
            f"N{coordinators + s + 2:02d}",
            parent,
            s // max(1, coordinators) + 1,
            person,
            rng.choice(roles),
            unit.unit_id,
            meeting=meeting,
        )
    return staff
