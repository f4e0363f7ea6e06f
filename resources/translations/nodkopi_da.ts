<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="da_DK">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/about.py" line="21" />
        <source>Om Nødkopi</source>
        <translation>Om Nødkopi</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/about.py" line="27" />
        <source>En krypteret nødkopi af medicinlister, kørelister, kontakttræer, køretøjer og brændstof — til når netværk, strøm eller omsorgssystemerne er nede. Data hentes og kontrolleres automatisk og kan kun åbnes med enhedens adgangsfrase.</source>
        <translation>En krypteret nødkopi af medicinlister, kørelister, kontakttræer, køretøjer og brændstof — til når netværk, strøm eller omsorgssystemerne er nede. Data hentes og kontrolleres automatisk og kan kun åbnes med enhedens adgangsfrase.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/about.py" line="37" />
        <source>Tastaturgenveje</source>
        <translation>Tastaturgenveje</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="32" />
        <source>Kontrollerer adgangsudtrykket</source>
        <translation>Kontrollerer adgangsudtrykket</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="33" />
        <location filename="../../continuity_app/gui/backend.py" line="115" />
        <source>Kontrollerer underskriften</source>
        <translation>Kontrollerer underskriften</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="34" />
        <source>Dekrypterer</source>
        <translation>Dekrypterer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="35" />
        <source>Indlæser data</source>
        <translation>Indlæser data</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="36" />
        <location filename="../../continuity_app/gui/backend.py" line="117" />
        <source>Færdig</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="113" />
        <source>Forbinder</source>
        <translation>Forbinder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="114" />
        <source>Henter</source>
        <translation>Henter</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="116" />
        <source>Gemmer</source>
        <translation>Gemmer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="125" />
        <source>ulæselig</source>
        <translation>ulæselig</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="126" />
        <source>Løbenummer %1 – data fra %2</source>
        <translation>Løbenummer %1 – data fra %2</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="134" />
        <source>Nye data hentet (løbenummer %1).</source>
        <translation>Nye data hentet (løbenummer %1).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="136" />
        <source>Data er allerede de nyeste.</source>
        <translation>Data er allerede de nyeste.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="137" />
        <source>Synkroniseringen er færdig.</source>
        <translation>Synkroniseringen er færdig.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="142" />
        <source>Nye data (løbenummer %1)</source>
        <translation>Nye data (løbenummer %1)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="144" />
        <source>Allerede de nyeste data</source>
        <translation>Allerede de nyeste data</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../continuity_app/gui/widgets/banner.py" line="67" />
        <source>Dataalder og advarsler</source>
        <translation>Dataalder og advarsler</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/banner.py" line="74" />
        <source>Ingen data endnu</source>
        <translation>Ingen data endnu</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/banner.py" line="81" />
        <source>Data er forældede: de var kun gyldige til %1.</source>
        <translation>Data er forældede: de var kun gyldige til %1.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/banner.py" line="84" />
        <source>Computerens ur ser ud til at gå forkert.</source>
        <translation>Computerens ur ser ud til at gå forkert.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/banner.py" line="85" />
        <source>Omfang: %1</source>
        <translation>Omfang: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/banner.py" line="95" />
        <source>● Forbindelse til kilden</source>
        <translation>● Forbindelse til kilden</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/banner.py" line="97" />
        <source>○ Offline – viser gemte data</source>
        <translation>○ Offline – viser gemte data</translation>
    </message>
</context>
<context>
    <name>CitizenHitModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="28" />
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="28" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="28" />
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="29" />
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="29" />
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="30" />
        <source>Sårbar</source>
        <translation>Sårbar</translation>
    </message>
</context>
<context>
    <name>CitizenView</name>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="71" />
        <source>Allergier</source>
        <extracomment>Not stated in the source: as prominent as an allergy, in amber (ask before giving medicine). Fields (named as the kinds of store.coverage) that a scope may not carry, like the crisis staff's: shown as "not held", never as empty.</extracomment>
        <translation>Allergier</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="90" />
        <source>Medicinliste</source>
        <translation>Medicinliste</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="95" />
        <source>Kvittér med tastaturet: piletaster til feltet, G givet, I ikke givet, A afvist, H ikke hjemme, Enter vælg.</source>
        <translation>Kvittér med tastaturet: piletaster til feltet, G givet, I ikke givet, A afvist, H ikke hjemme, Enter vælg.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="99" />
        <source>Administrationsskema 72 timer</source>
        <translation>Administrationsskema 72 timer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="108" />
        <location filename="../../continuity_app/gui/views/citizen.py" line="131" />
        <source>Besøg de næste tre dage</source>
        <translation>Besøg de næste tre dage</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="111" />
        <source>Vælg en borger under Borgere (Ctrl+1) eller på en køreliste.</source>
        <translation>Vælg en borger under Borgere (Ctrl+1) eller på en køreliste.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="125" />
        <source>Medicin</source>
        <translation>Medicin</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="149" />
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="150" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="151" />
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="152" />
        <source>Nøgle og dør</source>
        <translation>Nøgle og dør</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="153" />
        <source>Behandlingsniveau</source>
        <translation>Behandlingsniveau</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="154" />
        <source>Sårbarhed</source>
        <translation>Sårbarhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="155" />
        <source>Pårørende</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="156" />
        <source>Egen læge</source>
        <translation>Egen læge</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="157" />
        <source>Apotek</source>
        <translation>Apotek</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="158" />
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="159" />
        <source>Mobilitet</source>
        <translation>Mobilitet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="160" />
        <source>Bemærkninger</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="164" />
        <source>Borger</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="190" />
        <source>Medicinliste for %1</source>
        <translation>Medicinliste for %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="206" />
        <source>Borgeren findes ikke i de data, der er på computeren.</source>
        <translation>Borgeren findes ikke i de data, der er på computeren.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="224" />
        <source>(primær)</source>
        <translation>(primær)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="234" />
        <source>besøges senest %1. døgn</source>
        <translation>besøges senest %1. døgn</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="236" />
        <source>Nej</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="252" />
        <source>Medicinlisten er ikke med i data på denne computer; den står i enhedens egne data.</source>
        <translation>Medicinlisten er ikke med i data på denne computer; den står i enhedens egne data.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="254" />
        <source>Ingen aktuel medicin i data.</source>
        <translation>Ingen aktuel medicin i data.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="257" />
        <source>Kørelister er ikke med i data på denne computer.</source>
        <translation>Kørelister er ikke med i data på denne computer.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="291" />
        <source>Effekt skal vurderes (Ctrl+E): %1</source>
        <translation>Effekt skal vurderes (Ctrl+E): %1</translation>
    </message>
</context>
<context>
    <name>CitizenVisitModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="132" />
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="132" />
        <source>Tid</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="132" />
        <source>Køreliste</source>
        <translation>Køreliste</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="133" />
        <source>Opgaver</source>
        <translation>Opgaver</translation>
    </message>
</context>
<context>
    <name>CitizensView</name>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="32" />
        <source>Søg på navn, adresse, CPR-nummer eller telefon</source>
        <translation>Søg på navn, adresse, CPR-nummer eller telefon</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="33" />
        <source>Søg efter borger</source>
        <translation>Søg efter borger</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="38" />
        <source>Søgeresultater</source>
        <translation>Søgeresultater</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="45" />
        <location filename="../../continuity_app/gui/views/citizens.py" line="58" />
        <source>Borgere</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="111" />
        <source>Ingen borgere passer til søgningen.</source>
        <translation>Ingen borgere passer til søgningen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="113" />
        <source>Viser de første %1 – skriv mere for at indsnævre.</source>
        <translation>Viser de første %1 – skriv mere for at indsnævre.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="116" />
        <source>%1 borgere fundet</source>
        <translation>%1 borgere fundet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="117" />
        <source>1 borger fundet</source>
        <translation>1 borger fundet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="108" />
        <source>Ingen sårbare borgere passer til søgningen. Data på denne computer rummer kun de sårbare borgere.</source>
        <translation>Ingen sårbare borgere passer til søgningen. Data på denne computer rummer kun de sårbare borgere.</translation>
    </message>
</context>
<context>
    <name>ContactTreeModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="33" />
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="33" />
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="34" />
        <source>Reservekanal</source>
        <translation>Reservekanal</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="34" />
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="35" />
        <source>Mødested</source>
        <translation>Mødested</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="35" />
        <source>Eskalér efter</source>
        <translation>Eskalér efter</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="36" />
        <source>Stedfortræder</source>
        <translation>Stedfortræder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="55" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="58" />
        <source>mobil %1</source>
        <translation>mobil %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="59" />
        <source>fastnet %1</source>
        <translation>fastnet %1</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../continuity_app/gui/views/contacts.py" line="23" />
        <location filename="../../continuity_app/gui/views/contacts.py" line="33" />
        <location filename="../../continuity_app/gui/views/contacts.py" line="38" />
        <location filename="../../continuity_app/gui/views/contacts.py" line="52" />
        <source>Kontakttræer</source>
        <translation>Kontakttræer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/contacts.py" line="28" />
        <source>Pil højre/venstre folder grene ud og ind; Enter viser hele personens kort. Kan en person ikke nås inden for eskaleringstiden, ring til stedfortræderen.</source>
        <translation>Pil højre/venstre folder grene ud og ind; Enter viser hele personens kort. Kan en person ikke nås inden for eskaleringstiden, ring til stedfortræderen.</translation>
    </message>
</context>
<context>
    <name>DoseGrid</name>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="118" />
        <source>Morgen</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="118" />
        <source>Middag</source>
        <translation>Middag</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="118" />
        <source>Aften</source>
        <translation>Aften</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="119" />
        <source>Nat</source>
        <translation>Nat</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="123" />
        <source>givet</source>
        <translation>givet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="123" />
        <source>ikke givet</source>
        <translation>ikke givet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="124" />
        <source>afvist</source>
        <translation>afvist</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="125" />
        <source>ikke hjemme</source>
        <translation>ikke hjemme</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="133" />
        <source>kvitteret %1 gange</source>
        <translation>kvitteret %1 gange</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="170" />
        <source>Administrationsskema 72 timer</source>
        <translation>Administrationsskema 72 timer</translation>
    </message>
</context>
<context>
    <name>DoseGridModel</name>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="65" />
        <source>Præparat</source>
        <translation>Præparat</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="65" />
        <source>Tid</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="65" />
        <source>Dosis</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="68" />
        <source>%1. døgn</source>
        <translation>%1. døgn</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="82" />
        <source>TIDSKRITISK</source>
        <translation>TIDSKRITISK</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="84" />
        <source>Se tekst</source>
        <translation>Se tekst</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="94" />
        <source>gives ikke denne dag</source>
        <translation>gives ikke denne dag</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="96" />
        <source>se doseringsteksten – kvittér dato og kl.</source>
        <translation>se doseringsteksten – kvittér dato og kl.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="112" />
        <source>ikke kvitteret</source>
        <translation>ikke kvitteret</translation>
    </message>
</context>
<context>
    <name>EffectDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="230" />
        <source>Effekt af PN – %1</source>
        <translation>Effekt af PN – %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="231" />
        <source>%1 %2 kl. %3 – årsag: %4</source>
        <translation>%1 %2 kl. %3 – årsag: %4</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="238" />
        <source>Effekt</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="242" />
        <source>Registrér</source>
        <translation>Registrér</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="21" />
        <source>Nødkopien er ikke sat op på denne computer endnu. Bed kommunens IT om at sætte den op.</source>
        <translation>Nødkopien er ikke sat op på denne computer endnu. Bed kommunens IT om at sætte den op.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="24" />
        <source>Forkert adgangsudtryk. Skriv det igen, præcis som det står på papiret i den forseglede kuvert.</source>
        <translation>Forkert adgangsudtryk. Skriv det igen, præcis som det står på papiret i den forseglede kuvert.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="27" />
        <source>For mange forkerte adgangsudtryk i træk. Vent lidt, og prøv så igen.</source>
        <translation>For mange forkerte adgangsudtryk i træk. Vent lidt, og prøv så igen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="29" />
        <source>Nye data kunne ikke hentes, fordi kilden ikke svarer. De gemte data kan stadig bruges; prøv igen senere.</source>
        <translation>Nye data kunne ikke hentes, fordi kilden ikke svarer. De gemte data kan stadig bruges; prøv igen senere.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="32" />
        <source>Den hentede fil er beskadiget eller ikke en Nødkopi-fil. De gemte data bruges stadig; prøv igen, eller bed IT om en ny fil.</source>
        <translation>Den hentede fil er beskadiget eller ikke en Nødkopi-fil. De gemte data bruges stadig; prøv igen, eller bed IT om en ny fil.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="35" />
        <source>Den hentede fil har ikke kommunens gyldige underskrift og er afvist. Kontakt kommunens IT.</source>
        <translation>Den hentede fil har ikke kommunens gyldige underskrift og er afvist. Kontakt kommunens IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="38" />
        <source>Den hentede fil er til en anden enhed og er afvist. Hent filen til denne enhed.</source>
        <translation>Den hentede fil er til en anden enhed og er afvist. Hent filen til denne enhed.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="41" />
        <source>Den hentede fil er ikke til denne computer. Kontakt kommunens IT.</source>
        <translation>Den hentede fil er ikke til denne computer. Kontakt kommunens IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="43" />
        <source>Den hentede fil er ikke nyere end de data, der allerede er her. De gemte data bruges stadig.</source>
        <translation>Den hentede fil er ikke nyere end de data, der allerede er her. De gemte data bruges stadig.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="46" />
        <source>Den hentede fil er for stor og er afvist. Kontakt kommunens IT.</source>
        <translation>Den hentede fil er for stor og er afvist. Kontakt kommunens IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="48" />
        <source>Der kunne ikke skrives til disken. Vælg et andet sted, eller frigør plads, og prøv igen.</source>
        <translation>Der kunne ikke skrives til disken. Vælg et andet sted, eller frigør plads, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="51" />
        <source>Filen er lavet af en nyere udgave af Nødkopi. Bed kommunens IT om at opdatere programmet.</source>
        <translation>Filen er lavet af en nyere udgave af Nødkopi. Bed kommunens IT om at opdatere programmet.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="54" />
        <source>Der er endnu ikke hentet nogen data. Synkronisér (F5), eller indlæs data fra en fil.</source>
        <translation>Der er endnu ikke hentet nogen data. Synkronisér (F5), eller indlæs data fra en fil.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="57" />
        <source>Adgangsloggen er blevet ændret. Kontakt kommunens IT.</source>
        <translation>Adgangsloggen er blevet ændret. Kontakt kommunens IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="59" />
        <source>Data er forældede. Brug dem med forsigtighed, og synkronisér, så snart det er muligt.</source>
        <translation>Data er forældede. Brug dem med forsigtighed, og synkronisér, så snart det er muligt.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="62" />
        <source>Afbrudt.</source>
        <translation>Afbrudt.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="63" />
        <source>Det, der blev bedt om, findes ikke i data på denne computer, eller filen kunne ikke læses.</source>
        <translation>Det, der blev bedt om, findes ikke i data på denne computer, eller filen kunne ikke læses.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="66" />
        <source>Filen findes allerede. Vælg et andet navn.</source>
        <translation>Filen findes allerede. Vælg et andet navn.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="71" />
        <source>Handlingen mislykkedes. Prøv igen; sker det igen, så kontakt kommunens IT.</source>
        <translation>Handlingen mislykkedes. Prøv igen; sker det igen, så kontakt kommunens IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="94" />
        <source>Nødkopi</source>
        <translation>Nødkopi</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="100" />
        <source>Detaljer</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="76" />
        <source>Der opstod en uventet fejl – beklager. Detaljerne står i programmets log; giv dem til kommunens IT.</source>
        <translation>Der opstod en uventet fejl – beklager. Detaljerne står i programmets log; giv dem til kommunens IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="68" />
        <source>Det kan ikke udskrives herfra: de data er ikke på denne computer.</source>
        <translation>Det kan ikke udskrives herfra: de data er ikke på denne computer.</translation>
    </message>
</context>
<context>
    <name>Fmt</name>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="41" />
        <source>%1 kl. %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="49" />
        <source>i dag kl. %1</source>
        <translation>i dag kl. %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="51" />
        <source>i går kl. %1</source>
        <translation>i går kl. %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="58" />
        <source>fra fremtiden – tjek computerens ur</source>
        <translation>fra fremtiden – tjek computerens ur</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="61" />
        <source>under 1 time gammel</source>
        <translation>under 1 time gammel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="63" />
        <source>1 time gammel</source>
        <translation>1 time gammel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="65" />
        <source>%1 timer gammel</source>
        <translation>%1 timer gammel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="66" />
        <source>%1 døgn gammel</source>
        <translation>%1 døgn gammel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="71" />
        <source>Data fra %1 · %2</source>
        <translation>Data fra %1 · %2</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="77" />
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="77" />
        <source>Nej</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>FuelStockModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="104" />
        <source>Sted</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="104" />
        <source>Brændstof</source>
        <translation>Brændstof</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="105" />
        <source>Liter</source>
        <translation>Liter</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="105" />
        <source>Kapacitet (liter)</source>
        <translation>Kapacitet (liter)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="106" />
        <source>Aflæst</source>
        <translation>Aflæst</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="106" />
        <source>Pumpe kræver strøm</source>
        <translation>Pumpe kræver strøm</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="107" />
        <source>Adgang</source>
        <translation>Adgang</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="107" />
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>GivenDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="308" />
        <source>Kvittér dosis – %1</source>
        <translation>Kvittér dosis – %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="309" />
        <source>kl. %1</source>
        <translation>kl. %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="311" />
        <source>%1 – %2 %3 den %4</source>
        <translation>%1 – %2 %3 den %4</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="317" />
        <source>Udfald</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="324" />
        <source>Årsag</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="325" />
        <source>fx sov, kvalme, ville ikke</source>
        <translation>fx sov, kvalme, ville ikke</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="328" />
        <source>Bemærkning</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="330" />
        <source>Udfald:</source>
        <translation>Udfald:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="331" />
        <source>Årsag (når ikke givet):</source>
        <translation>Årsag (når ikke givet):</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="332" />
        <source>Bemærkning:</source>
        <translation>Bemærkning:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="333" />
        <source>Kvittér</source>
        <translation>Kvittér</translation>
    </message>
</context>
<context>
    <name>InitialsDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="74" />
        <source>Hvem arbejder?</source>
        <translation>Hvem arbejder?</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="77" />
        <source>Initialer</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="82" />
        <source>Skriv dine initialer. Alt, du registrerer, bliver mærket med dem.</source>
        <translation>Skriv dine initialer. Alt, du registrerer, bliver mærket med dem.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="84" />
        <source>Fortsæt</source>
        <translation>Fortsæt</translation>
    </message>
</context>
<context>
    <name>JournalActions</name>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="51" />
        <source>Skift initialer…</source>
        <translation>Skift initialer…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="52" />
        <source>PN-dosis…</source>
        <translation>PN-dosis…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="53" />
        <source>Vurdér effekt…</source>
        <translation>Vurdér effekt…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="54" />
        <source>Notat om borgeren…</source>
        <translation>Notat om borgeren…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="56" />
        <source>Besøg udført</source>
        <translation>Besøg udført</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="57" />
        <source>Besøg ikke udført…</source>
        <translation>Besøg ikke udført…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="59" />
        <source>Besøg flyttet…</source>
        <translation>Besøg flyttet…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="61" />
        <location filename="../../continuity_app/gui/journal_actions.py" line="91" />
        <source>Start øvelse</source>
        <translation>Start øvelse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="62" />
        <source>Vagtoverlevering…</source>
        <translation>Vagtoverlevering…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="91" />
        <source>Afslut øvelse</source>
        <translation>Afslut øvelse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="131" />
        <source>Registreringen mislykkedes.</source>
        <translation>Registreringen mislykkedes.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="132" />
        <source>Ikke registreret</source>
        <translation>Ikke registreret</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="143" />
        <source>Registrér alligevel</source>
        <translation>Registrér alligevel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="146" />
        <source>Fortryd</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="152" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="202" />
        <source>Åbn en borger (Ctrl+1) eller vælg et besøg på kørelisten først.</source>
        <translation>Åbn en borger (Ctrl+1) eller vælg et besøg på kørelisten først.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="230" />
        <source>Over maksimum</source>
        <translation>Over maksimum</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="244" />
        <location filename="../../continuity_app/gui/journal_actions.py" line="356" />
        <source>denne computer</source>
        <translation>denne computer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="245" />
        <source>• %1 kl. %2 af %3 (%4)</source>
        <translation>• %1 kl. %2 af %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="254" />
        <source>Med denne dosis er der givet %1 på 24 timer. Højst pr. døgn er %2.</source>
        <translation>Med denne dosis er der givet %1 på 24 timer. Højst pr. døgn er %2.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="256" />
        <source>Givet før:</source>
        <translation>Givet før:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="257" />
        <source>Dosen er alene over maksimum.</source>
        <translation>Dosen er alene over maksimum.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="258" />
        <source>Tjek ordinationen, og kontakt evt. lægen. Registrér kun, hvis dosen faktisk er givet.</source>
        <translation>Tjek ordinationen, og kontakt evt. lægen. Registrér kun, hvis dosen faktisk er givet.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="261" />
        <source>Denne dosis er allerede registreret:</source>
        <translation>Denne dosis er allerede registreret:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="262" />
        <source>Spørg kollegaen, før der gives igen. Registrér kun, hvis det er en ny, rigtig registrering.</source>
        <translation>Spørg kollegaen, før der gives igen. Registrér kun, hvis det er en ny, rigtig registrering.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="269" />
        <source>tidspunktet %1 ligger mere end 10 minutter frem – tjek uret</source>
        <translation>tidspunktet %1 ligger mere end 10 minutter frem – tjek uret</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="272" />
        <source>tidspunktet %1 er før data blev udgivet – tjek tidspunktet</source>
        <translation>tidspunktet %1 er før data blev udgivet – tjek tidspunktet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="275" />
        <source>registreret igen, selv om dosen allerede var registreret</source>
        <translation>registreret igen, selv om dosen allerede var registreret</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="277" />
        <source>over maksimum pr. døgn – giv besked videre ved vagtskiftet</source>
        <translation>over maksimum pr. døgn – giv besked videre ved vagtskiftet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="395" />
        <source>Vagtoverlevering</source>
        <translation>Vagtoverlevering</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="397" />
        <source>Vagtoverlevering for %1</source>
        <translation>Vagtoverlevering for %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="282" />
        <source>Registreret kl. %1 af %2</source>
        <translation>Registreret kl. %1 af %2</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="291" />
        <source>Ingen effekt skal vurderes nu.</source>
        <translation>Ingen effekt skal vurderes nu.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="331" />
        <location filename="../../continuity_app/gui/journal_actions.py" line="342" />
        <source>Allerede kvitteret</source>
        <translation>Allerede kvitteret</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="333" />
        <location filename="../../continuity_app/gui/journal_actions.py" line="345" />
        <source>Kvittér igen</source>
        <translation>Kvittér igen</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="359" />
        <source>• %1 kl. %2 af %3 (%4): %5</source>
        <translation>• %1 kl. %2 af %3 (%4): %5</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="363" />
        <source>Denne dosis er allerede kvitteret:</source>
        <translation>Denne dosis er allerede kvitteret:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="364" />
        <source>Giv ikke igen uden at tale med den, der kvitterede. Kvittér kun igen, hvis det er en ny, rigtig registrering.</source>
        <translation>Giv ikke igen uden at tale med den, der kvitterede. Kvittér kun igen, hvis det er en ny, rigtig registrering.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="371" />
        <source>Vælg et besøg på kørelisten (Ctrl+3).</source>
        <translation>Vælg et besøg på kørelisten (Ctrl+3).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="380" />
        <source>Besøg %1 – hvorfor?</source>
        <translation>Besøg %1 – hvorfor?</translation>
    </message>
</context>
<context>
    <name>JournalBar</name>
    <message>
        <location filename="../../continuity_app/gui/widgets/journalbar.py" line="25" />
        <source>ØVELSE</source>
        <translation>ØVELSE</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/journalbar.py" line="29" />
        <source>Øvelse i gang</source>
        <translation>Øvelse i gang</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/journalbar.py" line="47" />
        <source>Initialer: %1 (Ctrl+I skifter)</source>
        <translation>Initialer: %1 (Ctrl+I skifter)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/journalbar.py" line="48" />
        <source>Ingen initialer – tryk Ctrl+I</source>
        <translation>Ingen initialer – tryk Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/journalbar.py" line="55" />
        <source>Effekt skal vurderes (Ctrl+E): %1</source>
        <translation>Effekt skal vurderes (Ctrl+E): %1</translation>
    </message>
</context>
<context>
    <name>JournalDialogs</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="61" />
        <source>Annullér</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>JournalKinds</name>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="40" />
        <source>PN-dosis</source>
        <translation>PN-dosis</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="40" />
        <source>Effekt</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="41" />
        <source>Fast dosis</source>
        <translation>Fast dosis</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="41" />
        <source>Besøg</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="42" />
        <source>Notat</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="42" />
        <source>Opkald</source>
        <translation>Opkald</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="43" />
        <source>Køretøj</source>
        <translation>Køretøj</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="43" />
        <source>Øvelse</source>
        <translation>Øvelse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="44" />
        <source>Rettelse</source>
        <translation>Rettelse</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="95" />
        <source>Tid</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="95" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="95" />
        <source>Borger</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="96" />
        <source>Registrering</source>
        <translation>Registrering</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="96" />
        <source>Initialer</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="97" />
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="97" />
        <source>Øvelse</source>
        <translation>Øvelse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="98" />
        <source>Rettelse</source>
        <translation>Rettelse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="116" />
        <source>ØVELSE</source>
        <translation>ØVELSE</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="119" />
        <source>Rettet %1 af %2: %3</source>
        <translation>Rettet %1 af %2: %3</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="123" />
        <source>Retter %1 kl. %2: %3</source>
        <translation>Retter %1 kl. %2: %3</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="177" />
        <location filename="../../continuity_app/gui/views/journal.py" line="253" />
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="182" />
        <source>Borger</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="183" />
        <source>Borger: navn eller id</source>
        <translation>Borger: navn eller id</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="188" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="189" />
        <source>Alle typer</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="194" />
        <source>Medarbejder</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="197" />
        <source>Øvelse eller rigtig</source>
        <translation>Øvelse eller rigtig</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="198" />
        <source>Rigtige og øvelse</source>
        <translation>Rigtige og øvelse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="199" />
        <source>Kun rigtige</source>
        <translation>Kun rigtige</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="200" />
        <source>Kun øvelse</source>
        <translation>Kun øvelse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="201" />
        <source>Importér fra kollega (USB)…</source>
        <translation>Importér fra kollega (USB)…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="203" />
        <source>Eksportér til aflevering…</source>
        <translation>Eksportér til aflevering…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="216" />
        <source>Borger:</source>
        <translation>Borger:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="217" />
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="218" />
        <source>Initialer:</source>
        <translation>Initialer:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="233" />
        <source>Journal under nedbrud</source>
        <translation>Journal under nedbrud</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="301" />
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="313" />
        <source>%1 af %2 registreringer</source>
        <translation>%1 af %2 registreringer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="322" />
        <source>Importér kollegas journal</source>
        <translation>Importér kollegas journal</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="323" />
        <source>Journalfil (*.nkj);;Alle filer (*)</source>
        <translation>Journalfil (*.nkj);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="328" />
        <source>Eksportér journal til aflevering</source>
        <translation>Eksportér journal til aflevering</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="329" />
        <source>Journalfil (*.nkj)</source>
        <translation>Journalfil (*.nkj)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="351" />
        <source>Ikke gennemført (%1): %2</source>
        <translation>Ikke gennemført (%1): %2</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="378" />
        <source>%1 nye registreringer fra %2.</source>
        <translation>%1 nye registreringer fra %2.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="380" />
        <source>ingen ny computer</source>
        <translation>ingen ny computer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="383" />
        <source>Importerer %1 …</source>
        <translation>Importerer %1 …</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="405" />
        <source>Journalen er gemt til aflevering: %1 (%2 registreringer, %3 kollegers journaler med). Filen er krypteret til IT.</source>
        <translation>Journalen er gemt til aflevering: %1 (%2 registreringer, %3 kollegers journaler med). Filen er krypteret til IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="410" />
        <source>Eksporterer …</source>
        <translation>Eksporterer …</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="17" />
        <source>Strømafhængig</source>
        <translation>Strømafhængig</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="18" />
        <source>Ingen nære pårørende</source>
        <translation>Ingen nære pårørende</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="19" />
        <source>Hjælp til mad/indkøb</source>
        <translation>Hjælp til mad/indkøb</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="20" />
        <source>Bor på døgninstitution</source>
        <translation>Bor på døgninstitution</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="21" />
        <source>Kan ikke kommunikere</source>
        <translation>Kan ikke kommunikere</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="37" />
        <source>El</source>
        <translation>El</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="38" />
        <source>Benzin</source>
        <translation>Benzin</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="39" />
        <source>Diesel</source>
        <translation>Diesel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="40" />
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="41" />
        <source>Plugin-hybrid</source>
        <translation>Plugin-hybrid</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="55" />
        <source>Dosisdispensering</source>
        <translation>Dosisdispensering</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="56" />
        <source>Doseret af personale</source>
        <translation>Doseret af personale</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="57" />
        <source>Selv</source>
        <translation>Selv</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="65" />
        <source>Dag</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="66" />
        <source>Aften</source>
        <translation>Aften</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="67" />
        <source>Nat</source>
        <translation>Nat</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="75" />
        <source>A – skal køre</source>
        <translation>A – skal køre</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="76" />
        <source>B – kan køre</source>
        <translation>B – kan køre</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="77" />
        <source>C – lukker</source>
        <translation>C – lukker</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="82" />
        <source>Dag %1</source>
        <translation>Dag %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="92" />
        <source>ikke oplyst</source>
        <translation>ikke oplyst</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="97" />
        <source>ikke med i data på denne computer</source>
        <translation>ikke med i data på denne computer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="103" />
        <source>Allergier: ikke med i data på denne computer</source>
        <translation>Allergier: ikke med i data på denne computer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="106" />
        <source>Allergier: %1</source>
        <translation>Allergier: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="108" />
        <source>Ingen kendte allergier</source>
        <translation>Ingen kendte allergier</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="109" />
        <source>Allergier: ikke oplyst</source>
        <translation>Allergier: ikke oplyst</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="118" />
        <source>Ingen kendte</source>
        <translation>Ingen kendte</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../continuity_app/gui/language.py" line="22" />
        <location filename="../../continuity_app/gui/language.py" line="39" />
        <source>Sprog</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/language.py" line="25" />
        <source>Dansk</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/language.py" line="25" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/language.py" line="26" />
        <source>Systemets sprog</source>
        <translation>Systemets sprog</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/language.py" line="40" />
        <source>Sproget skifter, næste gang Nødkopi startes.</source>
        <translation>Sproget skifter, næste gang Nødkopi startes.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="81" />
        <source>Nødkopi</source>
        <extracomment>Packs that are about one unit: in a multi-unit scope the unit picker must name it.</extracomment>
        <translation>Nødkopi</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="92" />
        <source>Visninger</source>
        <translation>Visninger</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="96" />
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="144" />
        <source>Handlinger</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="164" />
        <source>Søg</source>
        <translation>Søg</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="169" />
        <source>Udskriv…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="170" />
        <source>Nødpakke…</source>
        <translation>Nødpakke…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="172" />
        <source>Udskriv</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="180" />
        <source>Synkronisér nu</source>
        <translation>Synkronisér nu</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="181" />
        <source>Lås</source>
        <translation>Lås</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="182" />
        <source>Afslut</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="183" />
        <source>Om Nødkopi…</source>
        <translation>Om Nødkopi…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="185" />
        <source>Større tekst</source>
        <translation>Større tekst</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="188" />
        <source>Mindre tekst</source>
        <translation>Mindre tekst</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="190" />
        <source>Normal tekststørrelse</source>
        <translation>Normal tekststørrelse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="196" />
        <location filename="../../continuity_app/gui/mainwindow.py" line="197" />
        <source>Sprog</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="204" />
        <location filename="../../continuity_app/gui/mainwindow.py" line="374" />
        <source>Vælg enhed</source>
        <translation>Vælg enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="352" />
        <source>Her er intet at udskrive: åbn en borger, en køreliste eller en liste – eller udskriv Nødpakken (Ctrl+Shift+P).</source>
        <translation>Her er intet at udskrive: åbn en borger, en køreliste eller en liste – eller udskriv Nødpakken (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="359" />
        <source>Nødpakke</source>
        <translation>Nødpakke</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="361" />
        <source>Nødpakke for %1</source>
        <translation>Nødpakke for %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="375" />
        <source>Vælg først enheden i feltet Enhed øverst (Ctrl+U): skriv en del af navnet og tryk Enter. Udskriv derefter igen.</source>
        <translation>Vælg først enheden i feltet Enhed øverst (Ctrl+U): skriv en del af navnet og tryk Enter. Udskriv derefter igen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="395" />
        <source>Seneste synkronisering mislykkedes %1: %2</source>
        <translation>Seneste synkronisering mislykkedes %1: %2</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="404" />
        <source>Nyere data er hentet, men kunne ikke åbnes uden at låse op igen: tryk Ctrl+L og lås op.</source>
        <translation>Nyere data er hentet, men kunne ikke åbnes uden at låse op igen: tryk Ctrl+L og lås op.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="448" />
        <source>To forskellige udgaver med samme nummer – kontakt IT.</source>
        <translation>To forskellige udgaver med samme nummer – kontakt IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="450" />
        <source>Nyeste data kan ikke åbnes på denne computer – viser data fra %1.</source>
        <translation>Nyeste data kan ikke åbnes på denne computer – viser data fra %1.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="453" />
        <source>Den seneste synkronisering blev afbrudt; de seneste gode data vises.</source>
        <translation>Den seneste synkronisering blev afbrudt; de seneste gode data vises.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="455" />
        <source>Den nyeste hentede udgave kan ikke bruges; en ældre udgave vises.</source>
        <translation>Den nyeste hentede udgave kan ikke bruges; en ældre udgave vises.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="457" />
        <source>Synkroniseringens tilstand kunne ikke læses; den genskabes ved næste synkronisering.</source>
        <translation>Synkroniseringens tilstand kunne ikke læses; den genskabes ved næste synkronisering.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="472" />
        <source>De nyeste data (løbenummer %1) kunne ikke åbnes; viser en ældre udgave (løbenummer %2).</source>
        <translation>De nyeste data (løbenummer %1) kunne ikke åbnes; viser en ældre udgave (løbenummer %2).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="476" />
        <source>Data er ikke længere gyldige: de kan være forældede.</source>
        <translation>Data er ikke længere gyldige: de kan være forældede.</translation>
    </message>
</context>
<context>
    <name>MedicationModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="68" />
        <source>Præparat</source>
        <translation>Præparat</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="68" />
        <source>Dosering (FMK)</source>
        <translation>Dosering (FMK)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="69" />
        <source>Morgen</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="69" />
        <source>Middag</source>
        <translation>Middag</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="70" />
        <source>Aften</source>
        <translation>Aften</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="70" />
        <source>Nat</source>
        <translation>Nat</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="71" />
        <source>Efter behov</source>
        <translation>Efter behov</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="71" />
        <source>Dispensering</source>
        <translation>Dispensering</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="72" />
        <source>Indikation</source>
        <translation>Indikation</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="100" />
        <source>Ja, højst %1</source>
        <translation>Ja, højst %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="101" />
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="78" />
        <source>TIDSKRITISK</source>
        <translation>TIDSKRITISK</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="80" />
        <source>Dosering ikke angivet</source>
        <translation>Dosering ikke angivet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="82" />
        <source>Kl. %1</source>
        <translation>Kl. %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="84" />
        <source>tjek: tekst og skema er forskellige</source>
        <translation>tjek: tekst og skema er forskellige</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="86" />
        <source>Dannet ud fra struktureret dosering:</source>
        <translation>Dannet ud fra struktureret dosering:</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="267" />
        <source>Notat – %1</source>
        <translation>Notat – %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="270" />
        <source>Notat</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="272" />
        <source>Fx faldet i badeværelset; 1 iltflaske tilbage; nøglen virkede ikke</source>
        <translation>Fx faldet i badeværelset; 1 iltflaske tilbage; nøglen virkede ikke</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="274" />
        <source>Registrér</source>
        <translation>Registrér</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="277" />
        <source>Ctrl+Enter registrerer.</source>
        <translation>Ctrl+Enter registrerer.</translation>
    </message>
</context>
<context>
    <name>PnDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="111" />
        <source>PN-dosis – %1</source>
        <translation>PN-dosis – %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="114" />
        <source>Præparat</source>
        <translation>Præparat</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="118" />
        <source>Andet præparat (skriv navnet)</source>
        <translation>Andet præparat (skriv navnet)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="121" />
        <source>Præparat, der ikke er på listen</source>
        <translation>Præparat, der ikke er på listen</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="124" />
        <source>Dosis</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="125" />
        <source>fx 1 tablet</source>
        <translation>fx 1 tablet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="128" />
        <source>Årsag</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="135" />
        <source>Givet kl.</source>
        <translation>Givet kl.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="141" />
        <source>Præparat:</source>
        <translation>Præparat:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="142" />
        <source>Andet præparat:</source>
        <translation>Andet præparat:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="143" />
        <source>Dosis:</source>
        <translation>Dosis:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="144" />
        <source>Årsag:</source>
        <translation>Årsag:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="145" />
        <source>Givet kl.:</source>
        <translation>Givet kl.:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="146" />
        <source>Registrér</source>
        <translation>Registrér</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="179" />
        <source>Præparatet er ikke på medicinlisten: intet maksimum at tjekke.</source>
        <translation>Præparatet er ikke på medicinlisten: intet maksimum at tjekke.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="182" />
        <source>ikke oplyst</source>
        <translation>ikke oplyst</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="184" />
        <source>Givet de seneste 24 timer: %1 (kl. %2).</source>
        <translation>Givet de seneste 24 timer: %1 (kl. %2).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="185" />
        <source>Ikke givet de seneste 24 timer.</source>
        <translation>Ikke givet de seneste 24 timer.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="186" />
        <source>Højst pr. døgn: %1. %2</source>
        <translation>Højst pr. døgn: %1. %2</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="53" />
        <source>Vis udskrift – %1</source>
        <translation>Vis udskrift – %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="61" />
        <source>Forhåndsvisning</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="66" />
        <source>%1 sider</source>
        <translation>%1 sider</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="67" />
        <source>1 side</source>
        <translation>1 side</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="70" />
        <source>Fremdrift for udskrivning</source>
        <translation>Fremdrift for udskrivning</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="72" />
        <source>&amp;Udskriv…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="76" />
        <source>&amp;Gem som PDF…</source>
        <translation>&amp;Gem som PDF…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="79" />
        <source>&amp;Luk</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="104" />
        <source>Udskriv %1</source>
        <translation>Udskriv %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="120" />
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="128" />
        <source>Gem som PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="121" />
        <source>PDF-filen er IKKE krypteret og indeholder helbredsoplysninger. Gem den kun på et sted, hvor uvedkommende ikke kan læse den, og slet den, når den ikke skal bruges mere.

Vil du gemme filen?</source>
        <translation>PDF-filen er IKKE krypteret og indeholder helbredsoplysninger. Gem den kun på et sted, hvor uvedkommende ikke kan læse den, og slet den, når den ikke skal bruges mere.

Vil du gemme filen?</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="129" />
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../../continuity_app/gui/printing.py" line="42" />
        <source>Laver %1 …</source>
        <translation>Laver %1 …</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/printing.py" line="43" />
        <source>Annullér</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/printing.py" line="45" />
        <source>Udskrift</source>
        <translation>Udskrift</translation>
    </message>
</context>
<context>
    <name>RoutesView</name>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="28" />
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="31" />
        <source>Køreliste</source>
        <translation>Køreliste</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="35" />
        <source>&amp;Dato:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="37" />
        <source>&amp;Køreliste:</source>
        <translation>&amp;Køreliste:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="49" />
        <source>Besøg i rækkefølge</source>
        <translation>Besøg i rækkefølge</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="53" />
        <source>Enter eller dobbeltklik åbner borgeren.</source>
        <translation>Enter eller dobbeltklik åbner borgeren.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="55" />
        <location filename="../../continuity_app/gui/views/routes.py" line="65" />
        <source>Kørelister</source>
        <translation>Kørelister</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="90" />
        <source>Kørelister %1</source>
        <translation>Kørelister %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="100" />
        <source>I dag, %1</source>
        <translation>I dag, %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="151" />
        <source>Personale: %1</source>
        <translation>Personale: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="153" />
        <source>Bil: %1</source>
        <translation>Bil: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="107" />
        <source>Kørelister er ikke med i data på denne computer; de står i enhedens egne data.</source>
        <translation>Kørelister er ikke med i data på denne computer; de står i enhedens egne data.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../continuity_app/gui/syncing.py" line="123" />
        <source>Indlæs data fra fil</source>
        <translation>Indlæs data fra fil</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/syncing.py" line="124" />
        <source>Nødkopi-data (*.bundle);;Alle filer (*)</source>
        <translation>Nødkopi-data (*.bundle);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>SyncHistoryModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/sync.py" line="23" />
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/sync.py" line="23" />
        <source>Resultat</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/sync.py" line="24" />
        <source>Detaljer</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/sync.py" line="31" />
        <source>Lykkedes</source>
        <translation>Lykkedes</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/sync.py" line="31" />
        <source>Mislykkedes</source>
        <translation>Mislykkedes</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="34" />
        <source>Dataalder</source>
        <translation>Dataalder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="34" />
        <source>Løbenummer</source>
        <translation>Løbenummer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="35" />
        <source>Omfang</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="35" />
        <source>Gyldige til</source>
        <translation>Gyldige til</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="36" />
        <source>Seneste forsøg</source>
        <translation>Seneste forsøg</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="36" />
        <source>Næste planlagte</source>
        <translation>Næste planlagte</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="37" />
        <source>Kilde</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="44" />
        <location filename="../../continuity_app/gui/views/sync.py" line="46" />
        <source>Synkronisér nu</source>
        <translation>Synkronisér nu</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="48" />
        <source>Indlæs fra fil…</source>
        <translation>Indlæs fra fil…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="50" />
        <source>Indlæs data fra en fil, fx et USB-stik</source>
        <translation>Indlæs data fra en fil, fx et USB-stik</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="54" />
        <source>Fremdrift for synkronisering</source>
        <translation>Fremdrift for synkronisering</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="66" />
        <source>Historik</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="71" />
        <source>Gemte generationer</source>
        <translation>Gemte generationer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="74" />
        <location filename="../../continuity_app/gui/views/sync.py" line="85" />
        <source>Synkronisering</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="78" />
        <source>Historik:</source>
        <translation>Historik:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="80" />
        <source>Gemte generationer (krypterede):</source>
        <translation>Gemte generationer (krypterede):</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="105" />
        <source>Synkroniserer …</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="123" />
        <source>Ingen data endnu</source>
        <translation>Ingen data endnu</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="129" />
        <source>Ingen endnu</source>
        <translation>Ingen endnu</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="131" />
        <source>lykkedes</source>
        <translation>lykkedes</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="131" />
        <source>mislykkedes</source>
        <translation>mislykkedes</translation>
    </message>
</context>
<context>
    <name>UnitModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="148" />
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="148" />
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="148" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="149" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="149" />
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="150" />
        <source>Leder</source>
        <translation>Leder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="150" />
        <source>Generator</source>
        <translation>Generator</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="151" />
        <source>Forsyninger (dage)</source>
        <translation>Forsyninger (dage)</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../../continuity_app/gui/widgets/unitpicker.py" line="33" />
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unitpicker.py" line="34" />
        <source>Vælg enhed: skriv en del af navnet (Ctrl+U)</source>
        <translation>Vælg enhed: skriv en del af navnet (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unitpicker.py" line="45" />
        <source>&amp;Enhed:</source>
        <translation>&amp;Enhed:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unitpicker.py" line="58" />
        <source>Alle enheder</source>
        <translation>Alle enheder</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="133" />
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="134" />
        <source>Alle kategorier</source>
        <translation>Alle kategorier</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="138" />
        <source>Filtrér på navn, adresse …</source>
        <translation>Filtrér på navn, adresse …</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="138" />
        <source>Filtrér enheder</source>
        <translation>Filtrér enheder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="140" />
        <location filename="../../continuity_app/gui/views/lists.py" line="150" />
        <location filename="../../continuity_app/gui/views/lists.py" line="156" />
        <source>Enheder</source>
        <translation>Enheder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="142" />
        <source>A: skal køre · B: kan køre (fx pasning af børn af personale i A) · C: lukker ved langvarig forsyningssvigt</source>
        <translation>A: skal køre · B: kan køre (fx pasning af børn af personale i A) · C: lukker ved langvarig forsyningssvigt</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="146" />
        <source>Kategori:</source>
        <translation>Kategori:</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="46" />
        <source>Nødkopi</source>
        <translation>Nødkopi</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="51" />
        <source>Nødkopien er låst. Skriv enhedens adgangsudtryk for at åbne den. Adgangsudtrykket står på papiret i den forseglede kuvert.</source>
        <translation>Nødkopien er låst. Skriv enhedens adgangsudtryk for at åbne den. Adgangsudtrykket står på papiret i den forseglede kuvert.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="61" />
        <source>Adgangsudtryk</source>
        <translation>Adgangsudtryk</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="64" />
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="66" />
        <source>Lås op</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="72" />
        <source>Fremdrift for oplåsning</source>
        <translation>Fremdrift for oplåsning</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="78" />
        <source>Besked</source>
        <translation>Besked</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="80" />
        <source>&amp;Adgangsudtryk:</source>
        <translation>&amp;Adgangsudtryk:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="152" />
        <source>Skriv adgangsudtrykket først.</source>
        <translation>Skriv adgangsudtrykket først.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="162" />
        <source>Vent 1 sekund, før du prøver igen.</source>
        <translation>Vent 1 sekund, før du prøver igen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="164" />
        <source>Vent %1 sekunder, før du prøver igen.</source>
        <translation>Vent %1 sekunder, før du prøver igen.</translation>
    </message>
</context>
<context>
    <name>VehicleModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="35" />
        <source>Reg.nr.</source>
        <translation>Reg.nr.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="35" />
        <source>Drivmiddel</source>
        <translation>Drivmiddel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="37" />
        <source>Pladser</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="56" />
        <source>Kørestol</source>
        <translation>Kørestol</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="57" />
        <source>4×4</source>
        <translation>4×4</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="38" />
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="36" />
        <source>Rækkevidde og niveau</source>
        <translation>Rækkevidde og niveau</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="37" />
        <source>Udstyr</source>
        <translation>Udstyr</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="39" />
        <source>Nøgler</source>
        <translation>Nøgler</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="39" />
        <source>Reserveret / fri</source>
        <translation>Reserveret / fri</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="40" />
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="50" />
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="63" />
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="82" />
        <source>Reserveret: %1</source>
        <translation>Reserveret: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="78" />
        <source>Aflæst %1</source>
        <translation>Aflæst %1</translation>
    </message>
</context>
<context>
    <name>VehiclesView</name>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="26" />
        <source>Drivmiddel</source>
        <translation>Drivmiddel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="27" />
        <source>Alle drivmidler</source>
        <translation>Alle drivmidler</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="32" />
        <source>Fri eller reserveret</source>
        <translation>Fri eller reserveret</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="33" />
        <source>Fri og reserveret</source>
        <translation>Fri og reserveret</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="34" />
        <source>Kun fri</source>
        <translation>Kun fri</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="35" />
        <source>Kun reserveret</source>
        <translation>Kun reserveret</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="38" />
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="41" />
        <location filename="../../continuity_app/gui/views/vehicles.py" line="60" />
        <location filename="../../continuity_app/gui/views/vehicles.py" line="79" />
        <source>Køretøjer</source>
        <translation>Køretøjer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="45" />
        <location filename="../../continuity_app/gui/views/vehicles.py" line="67" />
        <source>Brændstoflagre</source>
        <translation>Brændstoflagre</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="50" />
        <source>&amp;Drivmiddel:</source>
        <translation>&amp;Drivmiddel:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="51" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="51" />
        <source>&amp;Enhed:</source>
        <translation>&amp;Enhed:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="99" />
        <source>Køretøjer og brændstof</source>
        <translation>Køretøjer og brændstof</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="112" />
        <source>Alle enheder</source>
        <translation>Alle enheder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="127" />
        <source>%1 af %2 køretøjer vist</source>
        <translation>%1 af %2 køretøjer vist</translation>
    </message>
</context>
<context>
    <name>VisitModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="33" />
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="33" />
        <source>Tid</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="33" />
        <source>Borger</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="34" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="34" />
        <source>Opgaver</source>
        <translation>Opgaver</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="35" />
        <source>To personer</source>
        <translation>To personer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="35" />
        <source>Bemærkning</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="36" />
        <source>Allergier</source>
        <translation>Allergier</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="54" />
        <source>Tidskritisk: %1</source>
        <translation>Tidskritisk: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="57" />
        <source>2 personer</source>
        <translation>2 personer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="71" />
        <source>Nøgle/dør: %1</source>
        <translation>Nøgle/dør: %1</translation>
    </message>
</context>
<context>
    <name>VulnerableModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="95" />
        <source>Prioritet</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="95" />
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="96" />
        <source>Hvorfor sårbar</source>
        <translation>Hvorfor sårbar</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="96" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="97" />
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="97" />
        <source>Pårørendes telefon</source>
        <translation>Pårørendes telefon</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="98" />
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
</context>
<context>
    <name>VulnerableView</name>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="34" />
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="38" />
        <source>Prioritet</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="39" />
        <source>Alle dage</source>
        <translation>Alle dage</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="43" />
        <source>Filtrér på navn, adresse, årsag …</source>
        <translation>Filtrér på navn, adresse, årsag …</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="44" />
        <source>Filtrér sårbare borgere</source>
        <translation>Filtrér sårbare borgere</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="47" />
        <location filename="../../continuity_app/gui/views/lists.py" line="60" />
        <location filename="../../continuity_app/gui/views/lists.py" line="70" />
        <location filename="../../continuity_app/gui/views/lists.py" line="90" />
        <source>Sårbare borgere</source>
        <translation>Sårbare borgere</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="54" />
        <source>Enhed:</source>
        <translation>Enhed:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="56" />
        <source>Prioritet:</source>
        <translation>Prioritet:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="98" />
        <source>Alle enheder</source>
        <translation>Alle enheder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="120" />
        <source>%1 af %2 sårbare borgere vist</source>
        <translation>%1 af %2 sårbare borgere vist</translation>
    </message>
</context>
</TS>
