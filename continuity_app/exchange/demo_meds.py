"""Demo medication lists: 0 to 25+ lines per citizen (mean about 8), FMK-style dosages."""

from __future__ import annotations

import datetime as dt
import random

from continuity_app.domain.models import Citizen, Dispensing, Medication, Residence
from continuity_app.exchange.demo_common import Picker, at_time
from continuity_app.exchange.demo_drugs import BY_NAME, DRUGS, EDGE_DRUGS, Drug
from continuity_app.exchange.demo_scales import Context
from continuity_app.exchange.medcheck import csv_schedule  # the reader's rule, so the demo reads back equal

DRUG = Picker([(d, float(d.weight)) for d in DRUGS])
DISPENSING_HOME = Picker(
    [(Dispensing.DOSISDISPENSERING, 45), (Dispensing.DOSERET_AF_PERSONALE, 35), (Dispensing.SELV, 20)]
)
DISPENSING_INST = Picker([(Dispensing.DOSISDISPENSERING, 50), (Dispensing.DOSERET_AF_PERSONALE, 50)])
MED_NOTES = Picker(
    [
        ("", 88),
        ("Må ikke knuses", 2),
        ("Tages med mad", 3),
        ("Opbevares i køleskab indtil åbning", 1),
        ("Skift placering af plaster – notér i skema", 1),
        ("Pausér ved opkastning – kontakt læge", 1),
        ('Ordineret af sygehuset – "revurderes ved næste kontrol"', 1),
        ("Udleveres fra dosisrulle", 3),
    ]
)
COURSE_DRUGS = frozenset({'Prednisolon "DAK"', 'Ciprofloxacin "Krka"'})
MAX_ORDINARY = 27
EDGE_FULL = 30  # the citizen with a very long medication list


def _counts(ctx: Context, rng: random.Random, citizens: list[Citizen]) -> list[int]:
    """Lines per citizen summing exactly to the scale's total, with one 0 and one 30."""
    mean = ctx.spec.medications / max(1, len(citizens))
    factor = {Residence.PLEJECENTER: 1.15, Residence.BOTILBUD: 0.7}
    counts = [
        min(MAX_ORDINARY, int(rng.gammavariate(2.4, mean / 2.4) * factor.get(c.residence, 1.0) + 0.5))  # type: ignore[arg-type]
        for c in citizens
    ]
    edge = {3: 0, 4: EDGE_FULL}  # positions in the first unit (see demo_people._edge_case)
    for pos, n in edge.items():
        if pos < len(counts):
            counts[pos] = n
    free = [i for i in range(len(counts)) if i not in edge]
    diff = ctx.spec.medications - sum(counts)
    while diff and free:
        i = rng.choice(free)
        if diff > 0 and counts[i] < MAX_ORDINARY:
            counts[i] += 1
            diff -= 1
        elif diff < 0 and counts[i] > 1:  # keep "no medication" the exception it is
            counts[i] -= 1
            diff += 1
    return counts


def _choose(rng: random.Random, n: int, forced: tuple[str, ...] = ()) -> list[Drug]:
    chosen: list[Drug] = [BY_NAME[name] for name in forced][:n]
    names = {d.drug for d in chosen}
    groups = {d.group for d in chosen if d.group}
    tries = 0
    while len(chosen) < n and tries < 20:
        tries += 1
        for drug in DRUG.many(rng, 2 * (n - len(chosen)) + 4):
            if drug.drug in names or (drug.group and drug.group in groups):
                continue
            chosen.append(drug)
            names.add(drug.drug)
            if drug.group:
                groups.add(drug.group)
            if len(chosen) == n:
                break
    for drug in DRUGS:  # a list longer than the groups allow: fill with the rest
        if len(chosen) == n:
            break
        if drug.drug not in names:
            chosen.append(drug)
            names.add(drug.drug)
    return chosen


def make_medications(ctx: Context, citizens: list[Citizen]) -> list[Medication]:
    rng = ctx.rng("medications")
    today = ctx.today
    counts = _counts(ctx, rng, citizens)
    meds: list[Medication] = []
    ended_past = max(2, len(citizens) // 200)
    for index, (citizen, n) in enumerate(zip(citizens, counts, strict=True)):
        if n == 0:
            continue
        forced = EDGE_DRUGS if index == 4 else ()
        main = (DISPENSING_HOME if citizen.residence is Residence.EGET_HJEM else DISPENSING_INST).pick(rng)
        for j, drug in enumerate(_choose(rng, n, forced)):
            dose = drug.doses[0] if forced else drug.doses[rng.randrange(len(drug.doses))]
            if drug.drug in COURSE_DRUGS:
                start = today - dt.timedelta(days=rng.randint(1, 4))
                end: dt.date | None = start + dt.timedelta(days=7) if drug.atc.startswith("J") else None
            else:
                start = today - dt.timedelta(days=rng.randint(14, 3650))
                end = None
            if (ended_past and index % 97 == 11 and j == 0) or (index == 4 and j == n - 1):
                end = today - dt.timedelta(days=rng.randint(2, 60))  # forgotten on the list: a warning
                start = min(start, end - dt.timedelta(days=30))
                ended_past -= 1
            if drug.by_staff or dose.as_needed:
                dispensing = Dispensing.DOSERET_AF_PERSONALE
            elif citizen.residence is Residence.EGET_HJEM and main is Dispensing.SELV:
                dispensing = Dispensing.SELV
            else:
                dispensing = main
            changed_day = start + dt.timedelta(days=rng.randint(0, max(0, (today - start).days - 1)))
            if end is not None and changed_day > end:
                changed_day = end
            grid = dose.grid or (None, None, None, None)
            meds.append(
                csv_schedule(
                    Medication(
                        medication_id=f"M{len(meds) + 1:07d}",
                        citizen_id=citizen.citizen_id,
                        drug=drug.drug,
                        dose_text=dose.text,
                        active_ingredient=drug.ingredient,
                        atc=drug.atc,
                        strength=drug.strength,
                        form=drug.form,
                        route=drug.route,
                        morning=grid[0],
                        noon=grid[1],
                        evening=grid[2],
                        night=grid[3],
                        dose_unit=dose.unit,
                        as_needed=dose.as_needed,
                        as_needed_max=dose.as_needed_max,
                        indication=drug.indication,
                        start_date=start,
                        end_date=end,
                        dispensing=dispensing,
                        time_critical=drug.time_critical,
                        notes=MED_NOTES.pick(rng),
                        changed_at=at_time(changed_day, rng.randint(7 * 60, 16 * 60)),
                        clock_times=dose.clock_times,
                    )
                )
            )
            if drug.time_critical:
                ctx.time_critical_citizens.add(citizen.citizen_id)
    return meds
