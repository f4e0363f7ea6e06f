# ruff: noqa: E501  (a table: one drug per line reads better than wrapped rows)
"""Common Danish medicines with real-looking FMK dosage texts, for the demo data.

Each drug carries a few dosages. ``grid`` is the daily grid (morning, noon,
evening, night); ``None`` when the dosage is not daily (weekly, every third day,
tapering): then the text alone says what to give, as in FMK.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

Grid = tuple[float | None, float | None, float | None, float | None]


@dataclass(frozen=True, slots=True)
class Dose:
    text: str
    grid: Grid | None
    unit: str = "stk"
    as_needed: bool = False
    as_needed_max: str = ""
    clock_times: tuple[str, ...] = ()  # exact times, for doses given at a time (Parkinson)


@dataclass(frozen=True, slots=True)
class Drug:
    drug: str
    ingredient: str
    atc: str
    strength: str
    form: str
    route: str
    indication: str
    weight: int  # how often citizens get it
    doses: tuple[Dose, ...]
    time_critical: bool = False
    group: str = ""  # at most one drug per group per citizen (e.g. one anticoagulant)
    by_staff: bool = False  # given by staff whatever the dispensing (insulin, patches, drops)


N = None


def _d(text: str, m: float | None, n: float | None, e: float | None, nt: float | None,
       unit: str = "stk") -> Dose:  # fmt: skip
    return Dose(text, (m, n, e, nt), unit)


def _at(dose: Dose, *times: str) -> Dose:
    return replace(dose, clock_times=times)


def _pn(text: str, maximum: str, unit: str = "stk") -> Dose:
    return Dose(text, None, unit, as_needed=True, as_needed_max=maximum)


def _free(text: str, unit: str = "stk") -> Dose:
    return Dose(text, None, unit)


DRUGS: tuple[Drug, ...] = (
    Drug("Pinex", "Paracetamol", "N02BE01", "500 mg", "tabletter", "oral", "Smerter", 30, (
        _d("2 tabletter 3 gange daglig", 2, 2, 2, N),
        _d("2 tabletter morgen, middag, aften og nat", 2, 2, 2, 2),
    ), group="paracetamol"),
    Drug("Panodil", "Paracetamol", "N02BE01", "500 mg", "filmovertrukne tabletter", "oral", "Smerter", 12, (
        _pn("1-2 tabletter ved smerter, højst 4 gange i døgnet", "8 tabletter pr. døgn"),
        _d("2 tabletter morgen og aften", 2, N, 2, N),
    ), group="paracetamol"),
    Drug("Furix", "Furosemid", "C03CA01", "40 mg", "tabletter", "oral", "Væske i kroppen", 20, (
        _d("1 tablet morgen", 1, N, N, N),
        _d("1 tablet morgen og ½ tablet middag", 1, 0.5, N, N),
    ), group="diuretic"),
    Drug("Burinex", "Bumetanid", "C03CA02", "1 mg", "tabletter", "oral", "Væske i kroppen", 6, (
        _d("1 tablet morgen", 1, N, N, N),
    ), group="diuretic"),
    Drug("Metformin \"Teva\"", "Metformin", "A10BA02", "500 mg", "filmovertrukne tabletter", "oral", "Type 2-diabetes", 14, (
        _d("2 tabletter morgen og 2 tabletter aften – tages med mad", 2, N, 2, N),
        _d("1 tablet 2 gange daglig", 1, N, 1, N),
    )),
    Drug("Eliquis", "Apixaban", "B01AF02", "5 mg", "filmovertrukne tabletter", "oral", "Blodfortyndende", 12, (
        _at(_d("1 tablet morgen og aften, kl. 8 og kl. 20", 1, N, 1, N), "08:00", "20:00"),
        _d("1 tablet 2 gange daglig med 12 timers mellemrum", 1, N, 1, N),
    ), time_critical=True, group="anticoagulant"),
    Drug("Marevan", "Warfarin", "B01AA03", "2,5 mg", "tabletter", "oral", "Blodfortyndende", 5, (
        _free("Dosering efter INR – se doseringskort. Denne uge: mandag og torsdag 2 tabletter, øvrige dage 1½ tablet kl. 18"),
        _free("Efter INR-skema: 1 tablet mandag–fredag, 1½ tablet lørdag og søndag, kl. 18"),
    ), time_critical=True, group="anticoagulant"),
    Drug("Xarelto", "Rivaroxaban", "B01AF01", "20 mg", "filmovertrukne tabletter", "oral", "Blodfortyndende", 6, (
        _d("1 tablet aften til maden", N, N, 1, N),
    ), time_critical=True, group="anticoagulant"),
    Drug("Clexane", "Enoxaparin", "B01AB05", "40 mg/0,4 ml", "injektionsvæske", "subkutan", "Forebyggelse af blodprop", 2, (
        _d("1 injektion dagligt kl. 18", N, N, 1, N, "injektion"),
    ), time_critical=True, group="anticoagulant", by_staff=True),
    Drug("NovoRapid FlexPen", "Insulin aspart", "A10AB05", "100 IE/ml", "injektionsvæske", "subkutan", "Diabetes", 6, (
        _d("12 IE morgen, 8 IE aften", 12, N, 8, N, "IE"),
        _d("6 IE til hvert hovedmåltid + korrektion efter skema", 6, 6, 6, N, "IE"),
    ), time_critical=True, by_staff=True),
    Drug("Lantus SoloStar", "Insulin glargin", "A10AE04", "100 IE/ml", "injektionsvæske", "subkutan", "Diabetes", 6, (
        _d("20 IE kl. 22", N, N, N, 20, "IE"),
        _d("16 IE morgen – måling af blodsukker før", 16, N, N, N, "IE"),
    ), time_critical=True, by_staff=True, group="basal-insulin"),
    Drug("Mixtard 30", "Insulin human, biphasisk", "A10AD01", "100 IE/ml", "injektionsvæske", "subkutan", "Diabetes", 3, (
        _d("18 IE morgen og 10 IE aften – ½ time før måltid", 18, N, 10, N, "IE"),
    ), time_critical=True, by_staff=True, group="basal-insulin"),
    Drug("Ozempic", "Semaglutid", "A10BJ06", "1 mg", "injektionsvæske", "subkutan", "Type 2-diabetes", 3, (
        _free("1 injektion 1 gang ugentligt, søndag", "injektion"),
    ), by_staff=True),
    Drug("Madopar", "Levodopa + benserazid", "N04BA02", "125 mg", "kapsler", "oral", "Parkinsons sygdom", 3, (
        _at(_d("1 kapsel kl. 7, 12 og 18 samt ½ kapsel kl. 22 – præcist på klokkeslæt", 1, 1, 1, 0.5),
            "07:00", "12:00", "18:00", "22:00"),
        _at(_d("1 kapsel kl. 8, 13 og 18 – gives præcist, ½ time før mad", 1, 1, 1, N), "08:00", "13:00", "18:00"),
    ), time_critical=True),
    Drug("Keppra", "Levetiracetam", "N03AX14", "500 mg", "filmovertrukne tabletter", "oral", "Epilepsi", 3, (
        _d("1 tablet morgen og aften kl. 8 og 20", 1, N, 1, N),
        _d("2 tabletter morgen og 1 tablet aften", 2, N, 1, N),
    ), time_critical=True),
    Drug("Lamictal", "Lamotrigin", "N03AX09", "100 mg", "tabletter", "oral", "Epilepsi", 2, (
        _d("1 tablet morgen og aften", 1, N, 1, N),
    ), time_critical=True),
    Drug("Alendronat \"Teva\"", "Alendronsyre", "M05BA04", "70 mg", "tabletter", "oral", "Knogleskørhed", 8, (
        _free("1 tablet 1 gang ugentligt, mandag – fastende med et stort glas vand, sid oprejst i 30 min."),
        _free("1 tablet 1 gang ugentligt, torsdag, fastende"),
    )),
    Drug("Methotrexat \"Accord\"", "Methotrexat", "L04AX03", "2,5 mg", "tabletter", "oral", "Leddegigt", 3, (
        _free("4 tabletter 1 gang ugentligt, fredag. OBS: ugentlig dosis – IKKE dagligt"),
    )),
    Drug("Folsyre \"Orifarm\"", "Folsyre", "B03BB01", "5 mg", "tabletter", "oral", "Forebyggelse af bivirkninger", 3, (
        _free("1 tablet 1 gang ugentligt, lørdag (dagen efter methotrexat)"),
        _d("1 tablet dagligt", 1, N, N, N),
    )),
    Drug("Prednisolon \"DAK\"", "Prednisolon", "H02AB06", "5 mg", "tabletter", "oral", "KOL-forværring", 5, (
        _free("40 mg dagligt i 3 dage, derefter 30 mg dagligt i 3 dage, derefter 20 mg dagligt i 3 dage, derefter 10 mg dagligt indtil videre"),
        _free("8 tabletter morgen i 5 dage, derefter aftrapning efter aftale med egen læge"),
    )),
    Drug("Fentanyl \"Sandoz\"", "Fentanyl", "N02AB03", "25 mikrog/time", "depotplaster", "transdermal", "Smerter", 4, (
        _free("1 plaster hver 3. dag", "plaster"),
    ), by_staff=True, group="patch"),
    Drug("Norspan", "Buprenorphin", "N02AE01", "5 mikrog/time", "depotplaster", "transdermal", "Smerter", 4, (
        _free("1 plaster hver 7. dag (skiftes om onsdagen)", "plaster"),
    ), by_staff=True, group="patch"),
    Drug("Xalatan", "Latanoprost", "S01EE01", "50 mikrog/ml", "øjendråber", "i øjnene", "Grøn stær", 6, (
        _d("1 dråbe i begge øjne aften", N, N, 1, N, "dråbe"),
    ), by_staff=True),
    Drug("Cosopt", "Dorzolamid + timolol", "S01ED51", "20 mg/ml + 5 mg/ml", "øjendråber", "i øjnene", "Grøn stær", 2, (
        _d("1 dråbe i højre øje morgen og aften", 1, N, 1, N, "dråbe"),
    ), by_staff=True),
    Drug("Spiriva Respimat", "Tiotropium", "R03BB04", "2,5 mikrog/dosis", "inhalationsspray", "inhalation", "KOL", 6, (
        _d("2 pust 1 gang daglig", 2, N, N, N, "pust"),
    )),
    Drug("Ventoline Diskus", "Salbutamol", "R03AC02", "0,2 mg/dosis", "inhalationspulver", "inhalation", "Åndenød", 6, (
        _pn("1-2 pust ved åndenød, højst 8 pust i døgnet", "8 pust pr. døgn", "pust"),
    )),
    Drug("Seretide Diskus", "Salmeterol + fluticason", "R03AK06", "50/500 mikrog", "inhalationspulver", "inhalation", "KOL", 4, (
        _d("1 inhalation morgen og aften – skyl munden efter brug", 1, N, 1, N, "inhalation"),
    )),
    Drug("OxyNorm", "Oxycodon", "N02AA05", "5 mg", "kapsler", "oral", "Gennembrudssmerter", 5, (
        _pn("1 kapsel ved gennembrudssmerter, højst hver 2. time, højst 6 kapsler i døgnet", "6 kapsler pr. døgn"),
    )),
    Drug("Contalgin", "Morfin", "N02AA01", "10 mg", "depottabletter", "oral", "Smerter", 4, (
        _d("1 depottablet morgen og aften – må ikke knuses", 1, N, 1, N),
    )),
    Drug("Zopiclon \"Krka\"", "Zopiclon", "N05CF01", "7,5 mg", "filmovertrukne tabletter", "oral", "Søvnbesvær", 8, (
        _pn("1 tablet til natten \"efter behov\"", "1 tablet pr. døgn"),
    )),
    Drug("Lactulose \"Medic\"", "Laktulose", "A06AD11", "667 mg/ml", "oral opløsning", "oral", "Forstoppelse", 8, (
        _d("15 ml morgen", 15, N, N, N, "ml"),
        _pn("15-30 ml ved forstoppelse, højst 2 gange i døgnet", "60 ml pr. døgn", "ml"),
    ), group="laxative"),
    Drug("Movicol", "Macrogol, kombinationer", "A06AD65", "13,7 g", "pulver til oral opløsning", "oral", "Forstoppelse", 10, (
        _d("1 brev dagligt, opløses i 125 ml vand", 1, N, N, N, "brev"),
        _d("1 brev morgen og aften", 1, N, 1, N, "brev"),
    ), group="laxative"),
    Drug("Hjertemagnyl", "Acetylsalicylsyre", "B01AC06", "75 mg", "enterotabletter", "oral", "Forebyggelse af blodprop", 18, (
        _d("1 tablet dagligt", 1, N, N, N),
    ), group="anticoagulant"),
    Drug("Simvastatin \"Actavis\"", "Simvastatin", "C10AA01", "40 mg", "filmovertrukne tabletter", "oral", "Forhøjet kolesterol", 16, (
        _d("1 tablet aften", N, N, 1, N),
    ), group="statin"),
    Drug("Atorvastatin \"Krka\"", "Atorvastatin", "C10AA05", "20 mg", "filmovertrukne tabletter", "oral", "Forhøjet kolesterol", 10, (
        _d("1 tablet dagligt", 1, N, N, N),
    ), group="statin"),
    Drug("Amlodipin \"Krka\"", "Amlodipin", "C08CA01", "5 mg", "tabletter", "oral", "Forhøjet blodtryk", 14, (
        _d("1 tablet morgen", 1, N, N, N),
    )),
    Drug("Losartan \"Teva\"", "Losartan", "C09CA01", "50 mg", "filmovertrukne tabletter", "oral", "Forhøjet blodtryk", 10, (
        _d("1 tablet morgen", 1, N, N, N),
    ), group="raas"),
    Drug("Ramipril \"Actavis\"", "Ramipril", "C09AA05", "5 mg", "kapsler", "oral", "Forhøjet blodtryk", 8, (
        _d("1 kapsel morgen", 1, N, N, N),
    ), group="raas"),
    Drug("Selo-Zok", "Metoprolol", "C07AB02", "50 mg", "depottabletter", "oral", "Hjerterytme", 12, (
        _d("1 depottablet morgen", 1, N, N, N),
        _d("½ depottablet morgen og aften", 0.5, N, 0.5, N),
    ), group="betablocker"),
    Drug("Bisoprolol \"Sandoz\"", "Bisoprolol", "C07AB07", "5 mg", "filmovertrukne tabletter", "oral", "Hjertesvigt", 6, (
        _d("1 tablet morgen", 1, N, N, N),
    ), group="betablocker"),
    Drug("Spirix", "Spironolacton", "C03DA01", "25 mg", "tabletter", "oral", "Hjertesvigt", 5, (
        _d("1 tablet morgen", 1, N, N, N),
    )),
    Drug("Pantoprazol \"Teva\"", "Pantoprazol", "A02BC02", "40 mg", "enterotabletter", "oral", "Mavesår, forebyggelse", 16, (
        _d("1 tablet morgen ½ time før morgenmad", 1, N, N, N),
    )),
    Drug("Calcichew-D3 Forte", "Calcium + colecalciferol", "A12AX", "500 mg/10 mikrog", "tyggetabletter", "oral", "Knogleskørhed", 18, (
        _d("1 tablet 2 gange daglig", 1, N, 1, N),
    )),
    Drug("Eltroxin", "Levothyroxin", "H03AA01", "50 mikrog", "tabletter", "oral", "For lavt stofskifte", 8, (
        _d("1 tablet morgen, fastende ½ time før morgenmad", 1, N, N, N),
        _d("1½ tablet morgen, fastende", 1.5, N, N, N),
    )),
    Drug("Digoxin \"DAK\"", "Digoxin", "C01AA05", "62,5 mikrog", "tabletter", "oral", "Atrieflimren", 3, (
        _d("1 tablet dagligt", 1, N, N, N),
    )),
    Drug("Sertralin \"Accord\"", "Sertralin", "N06AB06", "50 mg", "filmovertrukne tabletter", "oral", "Depression", 8, (
        _d("1 tablet morgen", 1, N, N, N),
    ), group="ssri"),
    Drug("Cipramil", "Citalopram", "N06AB04", "20 mg", "filmovertrukne tabletter", "oral", "Depression", 6, (
        _d("1 tablet morgen", 1, N, N, N),
    ), group="ssri"),
    Drug("Mirtazapin \"Krka\"", "Mirtazapin", "N06AX11", "15 mg", "smeltetabletter", "oral", "Depression og søvnbesvær", 8, (
        _d("1 tablet til natten", N, N, N, 1),
    )),
    Drug("Donepezil \"Teva\"", "Donepezil", "N06DA02", "10 mg", "filmovertrukne tabletter", "oral", "Demens", 6, (
        _d("1 tablet aften", N, N, 1, N),
    )),
    Drug("Quetiapin \"Accord\"", "Quetiapin", "N05AH04", "25 mg", "filmovertrukne tabletter", "oral", "Uro", 4, (
        _d("1 tablet aften", N, N, 1, N),
        _pn("1 tablet ved uro, højst 2 gange i døgnet", "2 tabletter pr. døgn"),
    )),
    Drug("Risperdal", "Risperidon", "N05AX08", "1 mg", "filmovertrukne tabletter", "oral", "Psykose", 3, (
        _d("1 tablet morgen og 1 tablet aften", 1, N, 1, N),
    )),
    Drug("Serenase", "Haloperidol", "N05AD01", "1 mg", "tabletter", "oral", "Uro", 2, (
        _pn("½–1 tablet ved svær uro, højst 3 mg i døgnet", "3 tabletter pr. døgn"),
    )),
    Drug("Stesolid", "Diazepam", "N05BA01", "5 mg", "tabletter", "oral", "Angst", 2, (
        _pn("1 tablet ved angst, højst 2 gange i døgnet", "2 tabletter pr. døgn"),
    )),
    Drug("Gabapentin \"Teva\"", "Gabapentin", "N03AX12", "300 mg", "kapsler", "oral", "Nervesmerter", 5, (
        _d("1 kapsel 3 gange daglig", 1, 1, 1, N),
    )),
    Drug("Tramadol \"Actavis\"", "Tramadol", "N02AX02", "50 mg", "kapsler", "oral", "Smerter", 4, (
        _pn("1 kapsel ved smerter, højst 4 gange i døgnet", "4 kapsler pr. døgn"),
    )),
    Drug("Ibumetin", "Ibuprofen", "M01AE01", "400 mg", "filmovertrukne tabletter", "oral", "Smerter", 3, (
        _pn("1 tablet ved smerter, højst 3 gange i døgnet – tages med mad", "3 tabletter pr. døgn"),
    )),
    Drug("Kaleorid", "Kaliumklorid", "A12BA01", "750 mg", "depottabletter", "oral", "Kaliummangel", 8, (
        _d("1 tablet 2 gange daglig", 1, N, 1, N),
    )),
    Drug("Ciprofloxacin \"Krka\"", "Ciprofloxacin", "J01MA02", "500 mg", "filmovertrukne tabletter", "oral", "Urinvejsinfektion", 2, (
        _d("1 tablet morgen og aften i 7 dage", 1, N, 1, N),
    )),
    Drug("Betolvex", "Cyanocobalamin", "B03BA01", "1 mg/ml", "injektionsvæske", "intramuskulær", "B12-mangel", 3, (
        _free("1 ml hver 3. måned (næste gang ifølge kalender)", "ml"),
    ), by_staff=True),
    Drug("Nitroglycerin \"DAK\"", "Glyceryltrinitrat", "C01DA02", "0,5 mg", "resoribletter", "sublingual", "Brystsmerter", 4, (
        _pn("1 tablet under tungen ved brystsmerter, kan gentages efter 5 min., højst 3 tabletter", "3 tabletter pr. anfald"),
    )),
    Drug("Cetirizin \"Sandoz\"", "Cetirizin", "R06AE07", "10 mg", "filmovertrukne tabletter", "oral", "Kløe", 2, (
        _pn("1 tablet ved kløe, højst 1 gang i døgnet", "1 tablet pr. døgn"),
    )),
    Drug("D-vitamin \"Alternova\"", "Colecalciferol", "A11CC05", "20 mikrog", "tabletter", "oral", "D-vitaminmangel", 6, (
        _d("1 tablet dagligt", 1, N, N, N),
    )),
    Drug("Locoid", "Hydrocortisonbutyrat", "D07AB02", "0,1 %", "creme", "på huden", "Eksem", 2, (
        _free("Smøres tyndt på udslæt 1-2 gange daglig i højst 14 dage", "påsmøring"),
    ), by_staff=True),
)  # fmt: skip

#: Drugs whose dosage text must appear in every scale (the edge cases of the issue).
EDGE_DRUGS = (
    "NovoRapid FlexPen", "Lantus SoloStar", "Marevan", "Madopar", "Keppra",
    "Alendronat \"Teva\"", "Methotrexat \"Accord\"", "Prednisolon \"DAK\"", "Fentanyl \"Sandoz\"",
    "Xalatan", "Spiriva Respimat", "Ventoline Diskus", "Zopiclon \"Krka\"", "Panodil", "OxyNorm",
)  # fmt: skip

BY_NAME = {d.drug: d for d in DRUGS}
