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
    <name>BoardModel</name>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="64" />
        <source>Reg.nr.</source>
        <translation>Reg.nr.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="64" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="65" />
        <source>Opgave</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="65" />
        <source>Chauffør</source>
        <translation>Chauffør</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="66" />
        <source>Siden</source>
        <translation>Siden</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="66" />
        <source>Drivmiddel</source>
        <translation>Drivmiddel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="67" />
        <source>Rækkevidde</source>
        <translation>Rækkevidde</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="67" />
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="68" />
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="78" />
        <source>På opgave</source>
        <translation>På opgave</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="78" />
        <source> (øvelse)</source>
        <translation> (øvelse)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="79" />
        <source>LEDIG</source>
        <translation>LEDIG</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="79" />
        <source>Reserveret: %1</source>
        <translation>Reserveret: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="90" />
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>CallRunView</name>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="158" />
        <source>Kontakttræ</source>
        <extracomment>tree id -&gt; (when, drill) of a run started here whose first call is not logged yet</extracomment>
        <translation>Kontakttræ</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="160" />
        <source>Start ny kørsel (Alt+S)</source>
        <translation>Start ny kørsel (Alt+S)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="166" />
        <source>Kanal</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="176" />
        <location filename="../../continuity_app/gui/views/callrun.py" line="210" />
        <source>Ring nu</source>
        <translation>Ring nu</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="180" />
        <location filename="../../continuity_app/gui/views/callrun.py" line="217" />
        <source>Hele træet</source>
        <translation>Hele træet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="194" />
        <source>&amp;Træ:</source>
        <translation>&amp;Træ:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="200" />
        <source>&amp;Kanal:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="224" />
        <location filename="../../continuity_app/gui/views/callrun.py" line="230" />
        <source>Kontaktkørsel</source>
        <translation>Kontaktkørsel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="254" />
        <source>Hvem mangler – %1</source>
        <translation>Hvem mangler – %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="291" />
        <source>Ingen kontakttræer i data på denne computer.</source>
        <translation>Ingen kontakttræer i data på denne computer.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="308" />
        <source>Ingen kørsel af dette træ endnu: tryk Alt+S for at starte.</source>
        <translation>Ingen kørsel af dette træ endnu: tryk Alt+S for at starte.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="309" />
        <source>Kørsel startet %1 · nået %2 af %3 · mangler %4 · for sent %5</source>
        <translation>Kørsel startet %1 · nået %2 af %3 · mangler %4 · for sent %5</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="313" />
        <source> · ØVELSE</source>
        <translation> · ØVELSE</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="322" />
        <source>Ny kørsel: det første opkald, der registreres, starter den.</source>
        <translation>Ny kørsel: det første opkald, der registreres, starter den.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="355" />
        <source>Vælg først, hvem der blev ringet til.</source>
        <translation>Vælg først, hvem der blev ringet til.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="364" />
        <source>%1: %2 registreret.</source>
        <translation>%1: %2 registreret.</translation>
    </message>
</context>
<context>
    <name>CitizenHitModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="27" />
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="27" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="27" />
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="28" />
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="28" />
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="29" />
        <source>Sårbar</source>
        <translation>Sårbar</translation>
    </message>
</context>
<context>
    <name>CitizenView</name>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="68" />
        <source>Allergier</source>
        <extracomment>Not stated in the source: as prominent as an allergy, in amber (ask before giving medicine). Fields (named as the kinds of store.coverage) that a scope may not carry, like the crisis staff's: shown as "not held", never as empty.</extracomment>
        <translation>Allergier</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="87" />
        <source>Medicinliste</source>
        <translation>Medicinliste</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="91" />
        <location filename="../../continuity_app/gui/views/citizen.py" line="110" />
        <source>Besøg de næste tre dage</source>
        <translation>Besøg de næste tre dage</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="94" />
        <source>Vælg en borger under Borgere (Ctrl+1) eller på en køreliste.</source>
        <translation>Vælg en borger under Borgere (Ctrl+1) eller på en køreliste.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="107" />
        <source>Medicin</source>
        <translation>Medicin</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="128" />
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="129" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="130" />
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="131" />
        <source>Nøgle og dør</source>
        <translation>Nøgle og dør</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="132" />
        <source>Behandlingsniveau</source>
        <translation>Behandlingsniveau</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="133" />
        <source>Sårbarhed</source>
        <translation>Sårbarhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="134" />
        <source>Pårørende</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="135" />
        <source>Egen læge</source>
        <translation>Egen læge</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="136" />
        <source>Apotek</source>
        <translation>Apotek</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="137" />
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="138" />
        <source>Mobilitet</source>
        <translation>Mobilitet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="139" />
        <source>Bemærkninger</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="143" />
        <source>Borger</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="167" />
        <source>Medicinliste for %1</source>
        <translation>Medicinliste for %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="183" />
        <source>Borgeren findes ikke i de data, der er på computeren.</source>
        <translation>Borgeren findes ikke i de data, der er på computeren.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="201" />
        <source>(primær)</source>
        <translation>(primær)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="212" />
        <source>Nej</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="228" />
        <source>Medicinlisten er ikke med i data på denne computer; den står i enhedens egne data.</source>
        <translation>Medicinlisten er ikke med i data på denne computer; den står i enhedens egne data.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="230" />
        <source>Ingen aktuel medicin i data.</source>
        <translation>Ingen aktuel medicin i data.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="233" />
        <source>Kørelister er ikke med i data på denne computer.</source>
        <translation>Kørelister er ikke med i data på denne computer.</translation>
    </message>
</context>
<context>
    <name>CitizenVisitModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="129" />
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="129" />
        <source>Tid</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="129" />
        <source>Køreliste</source>
        <translation>Køreliste</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="130" />
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
        <location filename="../../continuity_app/gui/views/citizens.py" line="59" />
        <source>Borgere</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="115" />
        <source>Ingen borgere passer til søgningen.</source>
        <translation>Ingen borgere passer til søgningen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="117" />
        <source>Viser de første %1 – skriv mere for at indsnævre.</source>
        <translation>Viser de første %1 – skriv mere for at indsnævre.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="120" />
        <source>%1 borgere fundet</source>
        <translation>%1 borgere fundet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="121" />
        <source>1 borger fundet</source>
        <translation>1 borger fundet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="112" />
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
    <name>CrisisViews</name>
    <message>
        <location filename="../../continuity_app/gui/views/crisis_common.py" line="55" />
        <source>Journalen er ikke åben: lås op først.</source>
        <translation>Journalen er ikke åben: lås op først.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/crisis_common.py" line="58" />
        <source>Skriv først dine initialer (Ctrl+I); så kan det registreres.</source>
        <translation>Skriv først dine initialer (Ctrl+I); så kan det registreres.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/crisis_common.py" line="65" />
        <source>Registreringen mislykkedes.</source>
        <translation>Registreringen mislykkedes.</translation>
    </message>
</context>
<context>
    <name>EffectDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="229" />
        <source>Effekt af PN – %1</source>
        <translation>Effekt af PN – %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="230" />
        <source>%1 %2 kl. %3 – årsag: %4</source>
        <translation>%1 %2 kl. %3 – årsag: %4</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="237" />
        <source>Effekt</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="241" />
        <source>Registrér</source>
        <translation>Registrér</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="41" />
        <source>Nødkopien er ikke sat op på denne computer endnu. Bed kommunens IT om at sætte den op.</source>
        <translation>Nødkopien er ikke sat op på denne computer endnu. Bed kommunens IT om at sætte den op.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="44" />
        <source>Nødkopiens indstillinger på denne computer kan ikke bruges. Bed kommunens IT om at rette dem.</source>
        <translation>Nødkopiens indstillinger på denne computer kan ikke bruges. Bed kommunens IT om at rette dem.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="47" />
        <source>Data er låst. Lås op med enhedens adgangsudtryk.</source>
        <translation>Data er låst. Lås op med enhedens adgangsudtryk.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="49" />
        <source>Forkert adgangsudtryk. Skriv det igen, præcis som det står på papiret i den forseglede kuvert.</source>
        <translation>Forkert adgangsudtryk. Skriv det igen, præcis som det står på papiret i den forseglede kuvert.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="52" />
        <source>For mange forkerte adgangsudtryk i træk. Vent lidt, og prøv så igen.</source>
        <translation>For mange forkerte adgangsudtryk i træk. Vent lidt, og prøv så igen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="54" />
        <source>En anden handling er ikke færdig endnu. Vent et øjeblik, og prøv igen.</source>
        <translation>En anden handling er ikke færdig endnu. Vent et øjeblik, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="56" />
        <source>Nye data kunne ikke hentes, fordi kilden ikke svarer. De gemte data kan stadig bruges; prøv igen senere.</source>
        <translation>Nye data kunne ikke hentes, fordi kilden ikke svarer. De gemte data kan stadig bruges; prøv igen senere.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="59" />
        <source>En anden synkronisering er i gang. Vent, til den er færdig.</source>
        <translation>En anden synkronisering er i gang. Vent, til den er færdig.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="61" />
        <location filename="../../continuity_app/gui/errors.py" line="64" />
        <source>Den hentede fil er beskadiget eller ikke en Nødkopi-fil. De gemte data bruges stadig; prøv igen, eller bed IT om en ny fil.</source>
        <translation>Den hentede fil er beskadiget eller ikke en Nødkopi-fil. De gemte data bruges stadig; prøv igen, eller bed IT om en ny fil.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="67" />
        <source>En af Nødkopiens egne filer på denne computer er beskadiget. Kontakt kommunens IT.</source>
        <translation>En af Nødkopiens egne filer på denne computer er beskadiget. Kontakt kommunens IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="70" />
        <source>Journalfilen er afvist: den er beskadiget, ændret eller ikke til denne enhed. Kontakt kommunens IT.</source>
        <translation>Journalfilen er afvist: den er beskadiget, ændret eller ikke til denne enhed. Kontakt kommunens IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="73" />
        <source>Den hentede fil har ikke kommunens gyldige underskrift og er afvist. Kontakt kommunens IT.</source>
        <translation>Den hentede fil har ikke kommunens gyldige underskrift og er afvist. Kontakt kommunens IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="76" />
        <source>Den hentede fil er til en anden enhed og er afvist. Hent filen til denne enhed.</source>
        <translation>Den hentede fil er til en anden enhed og er afvist. Hent filen til denne enhed.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="79" />
        <source>Den hentede fil er ikke til denne computer. Kontakt kommunens IT.</source>
        <translation>Den hentede fil er ikke til denne computer. Kontakt kommunens IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="81" />
        <source>Den hentede fil er ikke nyere end de data, der allerede er her. De gemte data bruges stadig.</source>
        <translation>Den hentede fil er ikke nyere end de data, der allerede er her. De gemte data bruges stadig.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="84" />
        <source>To forskellige filer med samme løbenummer er modtaget og afvist. De gemte data bruges stadig. Kontakt straks kommunens IT.</source>
        <translation>To forskellige filer med samme løbenummer er modtaget og afvist. De gemte data bruges stadig. Kontakt straks kommunens IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="87" />
        <location filename="../../continuity_app/gui/errors.py" line="89" />
        <source>Den hentede fil er for stor og er afvist. Kontakt kommunens IT.</source>
        <translation>Den hentede fil er for stor og er afvist. Kontakt kommunens IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="91" />
        <source>Der kunne ikke skrives til disken. Vælg et andet sted, eller frigør plads, og prøv igen.</source>
        <translation>Der kunne ikke skrives til disken. Vælg et andet sted, eller frigør plads, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="94" />
        <source>Printeren kunne ikke bruges. Kontrollér, at den er tændt og har papir, eller vælg en anden printer.</source>
        <translation>Printeren kunne ikke bruges. Kontrollér, at den er tændt og har papir, eller vælg en anden printer.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="97" />
        <location filename="../../continuity_app/gui/errors.py" line="100" />
        <source>Filen er lavet af en nyere udgave af Nødkopi. Bed kommunens IT om at opdatere programmet.</source>
        <translation>Filen er lavet af en nyere udgave af Nødkopi. Bed kommunens IT om at opdatere programmet.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="103" />
        <source>Der er endnu ikke hentet nogen data. Synkronisér (F5), eller indlæs data fra en fil.</source>
        <translation>Der er endnu ikke hentet nogen data. Synkronisér (F5), eller indlæs data fra en fil.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="106" />
        <source>Afbrudt.</source>
        <translation>Afbrudt.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="107" />
        <source>Det, der blev bedt om, findes ikke i data på denne computer, eller filen kunne ikke læses.</source>
        <translation>Det, der blev bedt om, findes ikke i data på denne computer, eller filen kunne ikke læses.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="110" />
        <source>Adgangsudtrykket er for kort eller for enkelt. Brug flere almindelige ord.</source>
        <translation>Adgangsudtrykket er for kort eller for enkelt. Brug flere almindelige ord.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="113" />
        <source>Notatet kan ikke gemmes, som det er udfyldt. Ret det, og prøv igen.</source>
        <translation>Notatet kan ikke gemmes, som det er udfyldt. Ret det, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="115" />
        <source>Filen findes allerede. Vælg et andet navn.</source>
        <translation>Filen findes allerede. Vælg et andet navn.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="119" />
        <source>Det valgte kan ikke bruges. Vælg noget andet, og prøv igen.</source>
        <translation>Det valgte kan ikke bruges. Vælg noget andet, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="121" />
        <source>Udskriften kan ikke laves med de valg. Vælg en anden enhed, borger eller dato.</source>
        <translation>Udskriften kan ikke laves med de valg. Vælg en anden enhed, borger eller dato.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="124" />
        <source>Udgivelsen er stoppet, fordi data er skrumpet kraftigt. Kontrollér udtrækkene.</source>
        <translation>Udgivelsen er stoppet, fordi data er skrumpet kraftigt. Kontrollér udtrækkene.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="127" />
        <source>Notatet gentager en registreret dosis eller overskrider en PN-grænse. Gem det kun, hvis det er rigtigt.</source>
        <translation>Notatet gentager en registreret dosis eller overskrider en PN-grænse. Gem det kun, hvis det er rigtigt.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="154" />
        <source>Handlingen mislykkedes. Prøv igen; sker det igen, så kontakt kommunens IT.</source>
        <translation>Handlingen mislykkedes. Prøv igen; sker det igen, så kontakt kommunens IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="177" />
        <source>Nødkopi</source>
        <translation>Nødkopi</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="183" />
        <source>Detaljer</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="159" />
        <source>Der opstod en uventet fejl – beklager. Detaljerne står i programmets log; giv dem til kommunens IT.</source>
        <translation>Der opstod en uventet fejl – beklager. Detaljerne står i programmets log; giv dem til kommunens IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="117" />
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
        <location filename="../../continuity_app/gui/models/vehicles.py" line="120" />
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
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
    <name>InitialsDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="73" />
        <source>Hvem arbejder?</source>
        <translation>Hvem arbejder?</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="76" />
        <source>Initialer</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="81" />
        <source>Skriv dine initialer. Alt, du registrerer, bliver mærket med dem.</source>
        <translation>Skriv dine initialer. Alt, du registrerer, bliver mærket med dem.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="83" />
        <source>Fortsæt</source>
        <translation>Fortsæt</translation>
    </message>
</context>
<context>
    <name>JournalActions</name>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="36" />
        <source>Skift initialer…</source>
        <translation>Skift initialer…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="37" />
        <source>PN-dosis…</source>
        <translation>PN-dosis…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="38" />
        <source>Vurdér effekt…</source>
        <translation>Vurdér effekt…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="39" />
        <source>Notat om borgeren…</source>
        <translation>Notat om borgeren…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="41" />
        <source>Besøg udført</source>
        <translation>Besøg udført</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="42" />
        <source>Besøg ikke udført…</source>
        <translation>Besøg ikke udført…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="44" />
        <source>Besøg flyttet…</source>
        <translation>Besøg flyttet…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="46" />
        <location filename="../../continuity_app/gui/journal_actions.py" line="68" />
        <source>Start øvelse</source>
        <translation>Start øvelse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="68" />
        <source>Afslut øvelse</source>
        <translation>Afslut øvelse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="94" />
        <source>Registreringen mislykkedes.</source>
        <translation>Registreringen mislykkedes.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="95" />
        <source>Ikke registreret</source>
        <translation>Ikke registreret</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="150" />
        <source>Åbn en borger (Ctrl+1) eller vælg et besøg på kørelisten først.</source>
        <translation>Åbn en borger (Ctrl+1) eller vælg et besøg på kørelisten først.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="179" />
        <source>Over maksimum</source>
        <translation>Over maksimum</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="180" />
        <source>Denne PN-dosis er over maksimum for 24 timer:
%1

Registrér alligevel?</source>
        <translation>Denne PN-dosis er over maksimum for 24 timer:
%1

Registrér alligevel?</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="191" />
        <source>Registreret kl. %1 af %2</source>
        <translation>Registreret kl. %1 af %2</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="200" />
        <source>Ingen effekt skal vurderes nu.</source>
        <translation>Ingen effekt skal vurderes nu.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="223" />
        <source>Vælg et besøg på kørelisten (Ctrl+3).</source>
        <translation>Vælg et besøg på kørelisten (Ctrl+3).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="232" />
        <source>Besøg %1 – hvorfor?</source>
        <translation>Besøg %1 – hvorfor?</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="261" />
        <source>Øvelsesrapport</source>
        <translation>Øvelsesrapport</translation>
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
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="60" />
        <source>Annullér</source>
        <translation>Annullér</translation>
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
        <location filename="../../continuity_app/gui/mainwindow.py" line="75" />
        <source>Nødkopi</source>
        <translation>Nødkopi</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="86" />
        <source>Visninger</source>
        <translation>Visninger</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="90" />
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="143" />
        <source>Handlinger</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="163" />
        <source>Søg</source>
        <translation>Søg</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="168" />
        <source>Udskriv…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="169" />
        <source>Nødpakke…</source>
        <translation>Nødpakke…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="171" />
        <source>Synkronisér nu</source>
        <translation>Synkronisér nu</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="172" />
        <source>Lås</source>
        <translation>Lås</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="173" />
        <source>Afslut</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="174" />
        <source>Om Nødkopi…</source>
        <translation>Om Nødkopi…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="176" />
        <source>Større tekst</source>
        <translation>Større tekst</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="179" />
        <source>Mindre tekst</source>
        <translation>Mindre tekst</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="181" />
        <source>Normal tekststørrelse</source>
        <translation>Normal tekststørrelse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="187" />
        <location filename="../../continuity_app/gui/mainwindow.py" line="188" />
        <source>Sprog</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="195" />
        <location filename="../../continuity_app/gui/mainwindow.py" line="367" />
        <source>Vælg enhed</source>
        <translation>Vælg enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="343" />
        <source>Her er intet at udskrive: åbn en borger, en køreliste eller en liste – eller udskriv Nødpakken (Ctrl+Shift+P).</source>
        <translation>Her er intet at udskrive: åbn en borger, en køreliste eller en liste – eller udskriv Nødpakken (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="350" />
        <source>Nødpakke</source>
        <translation>Nødpakke</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="352" />
        <source>Nødpakke for %1</source>
        <translation>Nødpakke for %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="368" />
        <source>Vælg først enheden i feltet Enhed øverst (Ctrl+U): skriv en del af navnet og tryk Enter. Udskriv derefter igen.</source>
        <translation>Vælg først enheden i feltet Enhed øverst (Ctrl+U): skriv en del af navnet og tryk Enter. Udskriv derefter igen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="388" />
        <source>Seneste synkronisering mislykkedes %1: %2</source>
        <translation>Seneste synkronisering mislykkedes %1: %2</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="397" />
        <source>Nyere data er hentet, men kunne ikke åbnes uden at låse op igen: tryk Ctrl+L og lås op.</source>
        <translation>Nyere data er hentet, men kunne ikke åbnes uden at låse op igen: tryk Ctrl+L og lås op.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="441" />
        <source>To forskellige udgaver med samme nummer – kontakt IT.</source>
        <translation>To forskellige udgaver med samme nummer – kontakt IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="443" />
        <source>Nyeste data kan ikke åbnes på denne computer – viser data fra %1.</source>
        <translation>Nyeste data kan ikke åbnes på denne computer – viser data fra %1.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="446" />
        <source>Den seneste synkronisering blev afbrudt; de seneste gode data vises.</source>
        <translation>Den seneste synkronisering blev afbrudt; de seneste gode data vises.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="448" />
        <source>Den nyeste hentede udgave kan ikke bruges; en ældre udgave vises.</source>
        <translation>Den nyeste hentede udgave kan ikke bruges; en ældre udgave vises.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="450" />
        <source>Synkroniseringens tilstand kunne ikke læses; den genskabes ved næste synkronisering.</source>
        <translation>Synkroniseringens tilstand kunne ikke læses; den genskabes ved næste synkronisering.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="465" />
        <source>De nyeste data (løbenummer %1) kunne ikke åbnes; viser en ældre udgave (løbenummer %2).</source>
        <translation>De nyeste data (løbenummer %1) kunne ikke åbnes; viser en ældre udgave (løbenummer %2).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="469" />
        <source>Data er ikke længere gyldige: de kan være forældede.</source>
        <translation>Data er ikke længere gyldige: de kan være forældede.</translation>
    </message>
</context>
<context>
    <name>MedicationModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="67" />
        <source>Præparat</source>
        <translation>Præparat</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="67" />
        <source>Dosering (FMK)</source>
        <translation>Dosering (FMK)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="68" />
        <source>Morgen</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="68" />
        <source>Middag</source>
        <translation>Middag</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="69" />
        <source>Aften</source>
        <translation>Aften</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="69" />
        <source>Nat</source>
        <translation>Nat</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="70" />
        <source>Efter behov</source>
        <translation>Efter behov</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="70" />
        <source>Dispensering</source>
        <translation>Dispensering</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="71" />
        <source>Indikation</source>
        <translation>Indikation</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="97" />
        <source>Ja, højst %1</source>
        <translation>Ja, højst %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="98" />
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="77" />
        <source>TIDSKRITISK</source>
        <translation>TIDSKRITISK</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="79" />
        <source>Dosering ikke angivet</source>
        <translation>Dosering ikke angivet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="81" />
        <source>Kl. %1</source>
        <translation>Kl. %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="83" />
        <source>tjek: tekst og skema er forskellige</source>
        <translation>tjek: tekst og skema er forskellige</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="85" />
        <source>Dannet ud fra struktureret dosering:</source>
        <translation>Dannet ud fra struktureret dosering:</translation>
    </message>
</context>
<context>
    <name>NearModel</name>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="55" />
        <source>Afstand</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="55" />
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="56" />
        <source>Kat.</source>
        <translation>Kat.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="56" />
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="57" />
        <source>Leder</source>
        <translation>Leder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="57" />
        <source>Nødstrøm</source>
        <translation>Nødstrøm</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="58" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="65" />
        <source>ukendt</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="66" />
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>NearbyView</name>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="95" />
        <source>Punkt: enhed eller koordinater</source>
        <translation>Punkt: enhed eller koordinater</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="99" />
        <source>Radius i km</source>
        <translation>Radius i km</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="105" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="114" />
        <source>Enheder inden for radius</source>
        <translation>Enheder inden for radius</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="117" />
        <source>Enheder uden koordinater</source>
        <translation>Enheder uden koordinater</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="125" />
        <source>&amp;Punkt:</source>
        <translation>&amp;Punkt:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="125" />
        <source>&amp;Radius:</source>
        <translation>&amp;Radius:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="150" />
        <source>Skriv en enheds navn eller koordinater (breddegrad, længdegrad – fx 56,53 8,20), vælg radius og tryk Enter. Ctrl+P udskriver listen.</source>
        <translation>Skriv en enheds navn eller koordinater (breddegrad, længdegrad – fx 56,53 8,20), vælg radius og tryk Enter. Ctrl+P udskriver listen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="155" />
        <location filename="../../continuity_app/gui/views/nearby.py" line="181" />
        <source>Enheder i nærheden</source>
        <translation>Enheder i nærheden</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="161" />
        <source>I nærheden</source>
        <translation>I nærheden</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="214" />
        <source>Punktet kan ikke bruges: skriv en enhed med koordinater eller breddegrad og længdegrad i decimalgrader, fx 56,53 8,20.</source>
        <translation>Punktet kan ikke bruges: skriv en enhed med koordinater eller breddegrad og længdegrad i decimalgrader, fx 56,53 8,20.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="223" />
        <source>%1 enheder inden for %2 km af %3, nærmeste først (%4 længere væk).</source>
        <translation>%1 enheder inden for %2 km af %3, nærmeste først (%4 længere væk).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="227" />
        <source>Uden koordinater – kan ikke placeres, tjek dem selv: %1</source>
        <translation>Uden koordinater – kan ikke placeres, tjek dem selv: %1</translation>
    </message>
</context>
<context>
    <name>NextModel</name>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="71" />
        <source>Ring til</source>
        <translation>Ring til</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="71" />
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="71" />
        <source>Kanal</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="72" />
        <source>Nummer / hvordan</source>
        <translation>Nummer / hvordan</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="72" />
        <source>Hvorfor</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="73" />
        <source>Eskaleres kl.</source>
        <translation>Eskaleres kl.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="87" />
        <source>Stedfortræder for %1 (%2), ikke nået i tide</source>
        <translation>Stedfortræder for %1 (%2), ikke nået i tide</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="89" />
        <source>Nr. %1 i træet</source>
        <translation>Nr. %1 i træet</translation>
    </message>
</context>
<context>
    <name>NodeModel</name>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="111" />
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="111" />
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="111" />
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="112" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="112" />
        <source>Forsøg</source>
        <translation>Forsøg</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="113" />
        <source>Nået kl.</source>
        <translation>Nået kl.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="118" />
        <source>Nået – for sent</source>
        <translation>Nået – for sent</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="118" />
        <source>Nået</source>
        <translation>Nået</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="120" />
        <source>Mangler – dækket af %1</source>
        <translation>Mangler – dækket af %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="121" />
        <source>Venter</source>
        <translation>Venter</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="121" />
        <source>Skal ringes op</source>
        <translation>Skal ringes op</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="122" />
        <source>Eskaleret – ring til stedfortræder</source>
        <translation>Eskaleret – ring til stedfortræder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="123" />
        <source>Mangler – dækket</source>
        <translation>Mangler – dækket</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="266" />
        <source>Notat – %1</source>
        <translation>Notat – %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="269" />
        <source>Notat</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="271" />
        <source>Fx faldet i badeværelset; 1 iltflaske tilbage; nøglen virkede ikke</source>
        <translation>Fx faldet i badeværelset; 1 iltflaske tilbage; nøglen virkede ikke</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="273" />
        <source>Registrér</source>
        <translation>Registrér</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="276" />
        <source>Ctrl+Enter registrerer.</source>
        <translation>Ctrl+Enter registrerer.</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="63" />
        <source>Kat.</source>
        <translation>Kat.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="63" />
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="64" />
        <source>Borgere</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="64" />
        <source>Beboere</source>
        <translation>Beboere</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="65" />
        <source>Sårbare</source>
        <translation>Sårbare</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="65" />
        <source>Dag 1</source>
        <translation>Dag 1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="66" />
        <source>Dag 2</source>
        <translation>Dag 2</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="66" />
        <source>Dag 3</source>
        <translation>Dag 3</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="67" />
        <source>Sårbare efter årsag</source>
        <translation>Sårbare efter årsag</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="67" />
        <source>Nødstrøm</source>
        <translation>Nødstrøm</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="68" />
        <source>Forsyning (døgn)</source>
        <translation>Forsyning (døgn)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="68" />
        <source>Vand 3 døgn</source>
        <translation>Vand 3 døgn</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="69" />
        <source>Ledige køretøjer</source>
        <translation>Ledige køretøjer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="91" />
        <location filename="../../continuity_app/gui/views/overview.py" line="95" />
        <source>ikke kendt</source>
        <translation>ikke kendt</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="92" />
        <source>%1 liter</source>
        <translation>%1 liter</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="34" />
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="37" />
        <source>ingen</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="130" />
        <source>Overblik pr. enhed</source>
        <translation>Overblik pr. enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="140" />
        <source>Klik på en kolonneoverskrift for at sortere. Ctrl+P udskriver Overblikket.</source>
        <translation>Klik på en kolonneoverskrift for at sortere. Ctrl+P udskriver Overblikket.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="144" />
        <location filename="../../continuity_app/gui/views/overview.py" line="151" />
        <location filename="../../continuity_app/gui/views/overview.py" line="176" />
        <source>Overblik</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="184" />
        <source>Dataalder ukendt</source>
        <translation>Dataalder ukendt</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="189" />
        <source> (kun de enheder, der kendes her)</source>
        <translation> (kun de enheder, der kendes her)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="193" />
        <source>Borgere %1 · beboere %2 · sårbare %3 (dag 1: %4, dag 2: %5, dag 3: %6)%7</source>
        <translation>Borgere %1 · beboere %2 · sårbare %3 (dag 1: %4, dag 2: %5, dag 3: %6)%7</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="198" />
        <source>Vand til 3 døgn: %1 liter · enheder %2 · med nødstrøm %3</source>
        <translation>Vand til 3 døgn: %1 liter · enheder %2 · med nødstrøm %3</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="201" />
        <source>Ledige køretøjer: %1 · på opgave %2 · reserveret %3</source>
        <translation>Ledige køretøjer: %1 · på opgave %2 · reserveret %3</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="204" />
        <source>Brændstof på lager: %1</source>
        <translation>Brændstof på lager: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="205" />
        <source>%1 %2 liter (heraf %3 bag pumpe der kræver strøm)</source>
        <translation>%1 %2 liter (heraf %3 bag pumpe der kræver strøm)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="208" />
        <source>intet</source>
        <translation>intet</translation>
    </message>
</context>
<context>
    <name>PnDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="110" />
        <source>PN-dosis – %1</source>
        <translation>PN-dosis – %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="113" />
        <source>Præparat</source>
        <translation>Præparat</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="117" />
        <source>Andet præparat (skriv navnet)</source>
        <translation>Andet præparat (skriv navnet)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="120" />
        <source>Præparat, der ikke er på listen</source>
        <translation>Præparat, der ikke er på listen</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="123" />
        <source>Dosis</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="124" />
        <source>fx 1 tablet</source>
        <translation>fx 1 tablet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="127" />
        <source>Årsag</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="134" />
        <source>Givet kl.</source>
        <translation>Givet kl.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="140" />
        <source>Præparat:</source>
        <translation>Præparat:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="141" />
        <source>Andet præparat:</source>
        <translation>Andet præparat:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="142" />
        <source>Dosis:</source>
        <translation>Dosis:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="143" />
        <source>Årsag:</source>
        <translation>Årsag:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="144" />
        <source>Givet kl.:</source>
        <translation>Givet kl.:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="145" />
        <source>Registrér</source>
        <translation>Registrér</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="178" />
        <source>Præparatet er ikke på medicinlisten: intet maksimum at tjekke.</source>
        <translation>Præparatet er ikke på medicinlisten: intet maksimum at tjekke.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="181" />
        <source>ikke oplyst</source>
        <translation>ikke oplyst</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="183" />
        <source>Givet de seneste 24 timer: %1 (kl. %2).</source>
        <translation>Givet de seneste 24 timer: %1 (kl. %2).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="184" />
        <source>Ikke givet de seneste 24 timer.</source>
        <translation>Ikke givet de seneste 24 timer.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="185" />
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
        <location filename="../../continuity_app/gui/printing.py" line="43" />
        <source>Laver %1 …</source>
        <translation>Laver %1 …</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/printing.py" line="44" />
        <source>Annullér</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/printing.py" line="46" />
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
    <name>VehicleBoardView</name>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="117" />
        <source>Vis</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="118" />
        <source>Alle køretøjer</source>
        <translation>Alle køretøjer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="118" />
        <source>Kun ledige</source>
        <translation>Kun ledige</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="119" />
        <source>Kun på opgave</source>
        <translation>Kun på opgave</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="119" />
        <source>Kun reserverede</source>
        <translation>Kun reserverede</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="122" />
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="171" />
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="178" />
        <source>Køretøjstavle</source>
        <translation>Køretøjstavle</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="128" />
        <source>Opgave</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="129" />
        <source>fx Vand til Solgården</source>
        <translation>fx Vand til Solgården</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="132" />
        <source>Chauffør</source>
        <translation>Chauffør</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="137" />
        <source>Km kørt</source>
        <translation>Km kørt</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="138" />
        <source>ved frigivelse</source>
        <translation>ved frigivelse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="140" />
        <source>Tildel (Alt+T)</source>
        <translation>Tildel (Alt+T)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="144" />
        <source>Frigiv (Alt+F)</source>
        <translation>Frigiv (Alt+F)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="154" />
        <source>&amp;Opgave:</source>
        <translation>&amp;Opgave:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="155" />
        <source>&amp;Chauffør:</source>
        <translation>&amp;Chauffør:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="156" />
        <source>&amp;Km kørt:</source>
        <translation>&amp;Km kørt:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="163" />
        <source>&amp;Vis:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="197" />
        <source>Køretøjer og brændstof</source>
        <translation>Køretøjer og brændstof</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="219" />
        <source>%1 ledige · %2 på opgave · %3 reserveret</source>
        <translation>%1 ledige · %2 på opgave · %3 reserveret</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="249" />
        <source>Vælg først køretøjet i tavlen.</source>
        <translation>Vælg først køretøjet i tavlen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="253" />
        <source>Skriv både opgaven og chaufføren.</source>
        <translation>Skriv både opgaven og chaufføren.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="257" />
        <source>%1 er allerede på opgave: frigiv det først (Alt+F).</source>
        <translation>%1 er allerede på opgave: frigiv det først (Alt+F).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="272" />
        <source>Vælg et køretøj, der er på opgave.</source>
        <translation>Vælg et køretøj, der er på opgave.</translation>
    </message>
</context>
<context>
    <name>VehicleModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="42" />
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
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
