"""The print packs, in one place: name, title, what each needs and who draws it.

The command line's choices, ``render_pack`` and the app's print requests all read
this table, so a new pack is one line here and one renderer function. It imports
nothing heavy (no reportlab, no store): ``continuity-app --help`` stays instant. A
renderer is named ``"module:function"`` inside ``continuity_app.printing`` and
imported when a pack is made, as the command line names its command modules;
renderers never import :mod:`continuity_app.printing.api` (import-linter holds
that), so the two do not import each other.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Pack:
    name: str  # as typed: ``continuity-app print NAME``
    title: str  # Danish, on the paper and in the app
    renderer: str  # "module:function" in continuity_app.printing: (job, out) -> (pages, ids)
    #: The kind of data the pack shows (a ``store.coverage`` kind): refused where not held.
    needs: str | None = None
    #: About the whole municipality: the command line picks no default unit.
    wide: bool = False
    #: About one unit: a laptop holding several units must name it first.
    one_unit: bool = False
    #: Shows what the outage journal holds (vehicle board, call runs, drills, handover).
    journal: bool = False
    #: ``--citizen`` narrows it to one citizen.
    per_citizen: bool = False
    #: On a laptop with several enrolments (municipalities), shows them all together.
    together: bool = False

    @property
    def module(self) -> str:
        """The renderer's module, dotted (the packaged app lists it: it is imported by name)."""
        return f"continuity_app.printing.{self.renderer.partition(':')[0]}"

    @property
    def function(self) -> str:
        return self.renderer.partition(":")[2]


PACKS: dict[str, Pack] = {
    p.name: p
    for p in (
        Pack("route", "Køreliste", "packs:route_pack", needs="routes", one_unit=True),
        Pack("medication", "Medicinliste", "medpack:medication_pack", needs="medications", per_citizen=True),
        Pack("vulnerable", "Sårbare borgere", "packs:vulnerable_pack", needs="vulnerable"),
        Pack(
            "vehicles",
            "Køretøjer og brændstof",
            "packs:vehicles_pack",
            wide=True,
            journal=True,
            together=True,
        ),
        Pack("contacts", "Kontakttræer", "packs:contacts_pack", wide=True, together=True),
        Pack("emergency", "Nødpakke", "packs:emergency_pack", needs="vulnerable", one_unit=True),
        Pack("overview", "Overblik", "crisis_packs:overview_pack", wide=True, journal=True),
        Pack("nearby", "Enheder i nærheden", "crisis_packs:nearby_pack", wide=True),
        Pack("callrun", "Kontakttræ – hvem mangler", "crisis_packs:callrun_pack", wide=True, journal=True),
        Pack("drill", "Øvelsesrapport", "crisis_packs:drill_pack", wide=True, journal=True),
        Pack("handover", "Vagtoverlevering", "crisis_packs:handover_pack", journal=True, per_citizen=True),
    )
}

NAMES: tuple[str, ...] = tuple(PACKS)


def title(name: str) -> str:
    return PACKS[name].title
