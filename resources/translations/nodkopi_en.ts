<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/about.py" line="21" />
        <source>Om Nødkopi</source>
        <translation>About Nødkopi</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/about.py" line="28" />
        <source>En krypteret nødkopi af medicinlister, kørelister, kontakttræer, køretøjer og brændstof — til når netværk, strøm eller omsorgssystemerne er nede. Data hentes og kontrolleres automatisk og kan kun åbnes med enhedens adgangsudtryk.</source>
        <translation>An encrypted emergency copy of medication lists, routes, contact trees, vehicles and fuel — for when the network, the power or the care systems are down. The data is fetched and checked automatically and opens only with the unit's passphrase.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/about.py" line="40" />
        <source>Tastaturgenveje</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="146" />
        <source>ulæselig</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="147" />
        <source>Løbenummer %1 – data fra %2</source>
        <translation>Sequence %1 – data from %2</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="155" />
        <source>Nye data hentet (løbenummer %1).</source>
        <translation>New data fetched (sequence %1).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="157" />
        <source>Data er allerede de nyeste.</source>
        <translation>The data is already the newest.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="158" />
        <source>Synkroniseringen er færdig.</source>
        <translation>The sync has finished.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="163" />
        <source>Nye data (løbenummer %1)</source>
        <translation>New data (sequence %1)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="165" />
        <source>Allerede de nyeste data</source>
        <translation>Already the newest data</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../continuity_app/gui/widgets/banner.py" line="66" />
        <source>Dataalder og advarsler</source>
        <translation>Data age and warnings</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/banner.py" line="80" />
        <source>Ingen data endnu</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/banner.py" line="87" />
        <source>Data er forældede: de var kun gyldige til %1.</source>
        <translation>The data is out of date: it was only valid until %1.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/banner.py" line="93" />
        <source>Computerens ur ser ud til at gå forkert.</source>
        <translation>The computer's clock seems to be wrong.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/banner.py" line="94" />
        <source>Omfang: %1</source>
        <translation>Scope: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/banner.py" line="104" />
        <source>● Forbindelse til kilden</source>
        <translation>● Connected to the source</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/banner.py" line="106" />
        <source>○ Offline – viser gemte data</source>
        <translation>○ Offline – showing stored data</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="65" />
        <source>Reg.nr.</source>
        <translation>Reg. no.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="66" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="67" />
        <source>Opgave</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="68" />
        <source>Chauffør</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="69" />
        <source>Siden</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="70" />
        <source>Drivmiddel</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="71" />
        <source>Rækkevidde</source>
        <translation>Range</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="72" />
        <source>Enhed</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="73" />
        <source>Holder</source>
        <translation>Parked at</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="84" />
        <source>På opgave</source>
        <translation>On a task</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="84" />
        <source> (øvelse)</source>
        <translation> (drill)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="86" />
        <source>LEDIG</source>
        <translation>FREE</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="88" />
        <source>Reserveret: %1</source>
        <translation>Reserved: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="99" />
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>CallRunView</name>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="174" />
        <source>Kontakttræ</source>
        <extracomment>tree id -&gt; (when, drill) of a run started here whose first call is not logged yet</extracomment>
        <translation>Contact tree</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="176" />
        <source>Start ny kørsel (Alt+S)</source>
        <translation>Start a new run (Alt+S)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="182" />
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="192" />
        <location filename="../../continuity_app/gui/views/callrun.py" line="225" />
        <source>Ring nu</source>
        <translation>Call now</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="196" />
        <location filename="../../continuity_app/gui/views/callrun.py" line="232" />
        <source>Hele træet</source>
        <translation>The whole tree</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="209" />
        <source>&amp;Træ:</source>
        <translation>&amp;Tree:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="215" />
        <source>&amp;Kanal:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="239" />
        <location filename="../../continuity_app/gui/views/callrun.py" line="245" />
        <source>Kontaktkørsel</source>
        <translation>Call-tree run</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="271" />
        <source>Hvem mangler – %1</source>
        <translation>Who is missing – %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="309" />
        <source>Ingen kontakttræer i data på denne computer.</source>
        <translation>No contact trees in the data on this computer.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="331" />
        <source>Ingen kørsel af dette træ endnu: tryk Alt+S for at starte.</source>
        <translation>No run of this tree yet: press Alt+S to start one.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="333" />
        <source>Kørsel startet %1 · nået %2 af %3 · mangler %4 · for sent %5</source>
        <translation>Run started %1 · reached %2 of %3 · missing %4 · late %5</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="340" />
        <source> · ØVELSE</source>
        <translation> · DRILL</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="349" />
        <source>Ny kørsel: det første opkald, der registreres, starter den.</source>
        <translation>New run: the first call recorded starts it.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="384" />
        <source>Vælg først, hvem der blev ringet til.</source>
        <translation>First select who was called.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="398" />
        <source>%1: %2 registreret.</source>
        <translation>%1: %2 recorded.</translation>
    </message>
</context>
<context>
    <name>CitizenHitModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="29" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="30" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="31" />
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="32" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="33" />
        <source>Enhed</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="34" />
        <source>Sårbar</source>
        <translation>Vulnerable</translation>
    </message>
</context>
<context>
    <name>CitizenView</name>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="76" />
        <source>Allergier</source>
        <extracomment>Not stated in the source: as prominent as an allergy, in amber (ask before giving medicine). Fields (named as the kinds of store.coverage) that a scope may not carry, like the crisis staff's: shown as "not held", never as empty.</extracomment>
        <translation>Allergies</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="96" />
        <source>Medicinliste</source>
        <translation>Medication list</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="103" />
        <source>Kvittér med tastaturet: piletaster til feltet, G givet, I ikke givet, A afvist, H ikke hjemme, Enter vælg.</source>
        <translation>Sign with the keyboard: arrow keys to the cell, G given, I not given, A refused, H not at home, Enter to choose.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="109" />
        <source>Administrationsskema 72 timer</source>
        <translation>72-hour administration grid</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="121" />
        <location filename="../../continuity_app/gui/views/citizen.py" line="144" />
        <source>Besøg de næste tre dage</source>
        <translation>Visits in the next three days</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="124" />
        <source>Vælg en borger under Borgere (Ctrl+1) eller på en køreliste.</source>
        <translation>Choose a citizen under Citizens (Ctrl+1) or on a route.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="138" />
        <source>Medicin</source>
        <translation>Medication</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="162" />
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="163" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="164" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="165" />
        <source>Nøgle og dør</source>
        <translation>Key and door</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="166" />
        <source>Behandlingsniveau</source>
        <translation>Treatment level</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="167" />
        <source>Sårbarhed</source>
        <translation>Vulnerability</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="168" />
        <source>Pårørende</source>
        <translation>Relatives</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="169" />
        <source>Egen læge</source>
        <translation>GP</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="170" />
        <source>Apotek</source>
        <translation>Pharmacy</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="171" />
        <source>Enhed</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="172" />
        <source>Mobilitet</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="173" />
        <source>Bemærkninger</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="177" />
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="205" />
        <source>Medicinliste for %1</source>
        <translation>Medication list for %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="220" />
        <source>Borgeren findes ikke i de data, der er på computeren.</source>
        <translation>The citizen is not in the data on this computer.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="243" />
        <source>(primær)</source>
        <translation>(primary)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="255" />
        <source>besøges senest %1. døgn</source>
        <translation>to be visited by day %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="257" />
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="275" />
        <source>Medicinlisten er ikke med i data på denne computer; den står i enhedens egne data.</source>
        <translation>The medication list is not in the data on this computer; it is in the unit's own data.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="277" />
        <source>Ingen aktuel medicin i data.</source>
        <translation>No current medication in the data.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="281" />
        <source>Kørelister er ikke med i data på denne computer.</source>
        <translation>Routes are not in the data on this computer.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="316" />
        <source>Effekt skal vurderes (Ctrl+E): %1</source>
        <translation>Effect to assess (Ctrl+E): %1</translation>
    </message>
</context>
<context>
    <name>CitizenVisitModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="144" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="145" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="146" />
        <source>Køreliste</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="147" />
        <source>Opgaver</source>
        <translation>Tasks</translation>
    </message>
</context>
<context>
    <name>CitizensView</name>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="32" />
        <source>Søg på navn, adresse, CPR-nummer eller telefon</source>
        <translation>Search by name, address, CPR number or phone</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="33" />
        <source>Søg efter borger</source>
        <translation>Search for a citizen</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="38" />
        <source>Søgeresultater</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="44" />
        <location filename="../../continuity_app/gui/views/citizens.py" line="58" />
        <source>Borgere</source>
        <translation>Citizens</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="120" />
        <source>Ingen borgere passer til søgningen.</source>
        <translation>No citizens match the search.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="123" />
        <source>Viser de første %1 – skriv mere for at indsnævre.</source>
        <translation>Showing the first %1 – type more to narrow it down.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="127" />
        <source>%1 borgere fundet</source>
        <translation>%1 citizens found</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="129" />
        <source>1 borger fundet</source>
        <translation>1 citizen found</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="115" />
        <source>Ingen sårbare borgere passer til søgningen. Data på denne computer rummer kun de sårbare borgere.</source>
        <translation>No vulnerable citizen matches the search. The data on this computer holds only the vulnerable citizens.</translation>
    </message>
</context>
<context>
    <name>ContactTreeModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="110" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="111" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="113" />
        <source>Reservekanal</source>
        <translation>Fallback channel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="112" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="114" />
        <source>Mødested</source>
        <translation>Meeting point</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="115" />
        <source>Eskalér efter</source>
        <translation>Escalate after</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="116" />
        <source>Stedfortræder</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="163" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="152" />
        <source>mobil %1</source>
        <translation>mobile %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="153" />
        <source>fastnet %1</source>
        <translation>landline %1</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../continuity_app/gui/views/contacts.py" line="36" />
        <location filename="../../continuity_app/gui/views/contacts.py" line="74" />
        <location filename="../../continuity_app/gui/views/contacts.py" line="79" />
        <location filename="../../continuity_app/gui/views/contacts.py" line="108" />
        <source>Kontakttræer</source>
        <translation>Contact trees</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/contacts.py" line="43" />
        <source>Den valgte person</source>
        <translation>The selected person</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/contacts.py" line="52" />
        <source>Vælg en person i træet: hele kortet står her.</source>
        <translation>Select a person in the tree: the whole card is shown here.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/contacts.py" line="67" />
        <source>Pil højre/venstre folder grene ud og ind; Enter viser hele personens kort. Kan en person ikke nås inden for eskaleringstiden, ring til stedfortræderen.</source>
        <translation>Arrow right/left expands and collapses branches; Enter shows the whole person. If a person cannot be reached within the escalation time, call the deputy.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/contacts.py" line="126" />
        <source>Mobil: %1</source>
        <translation>Mobile: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/contacts.py" line="127" />
        <source>Fastnet: %1</source>
        <translation>Landline: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/contacts.py" line="128" />
        <source>Stedfortræder: %1</source>
        <translation>Deputy: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/contacts.py" line="134" />
        <source>Eskalér efter: %1</source>
        <translation>Escalate after: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/contacts.py" line="138" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/contacts.py" line="140" />
        <source>Reservekanal: %1</source>
        <translation>Fallback channel: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/contacts.py" line="141" />
        <source>Mødested: %1</source>
        <translation>Meeting point: %1</translation>
    </message>
</context>
<context>
    <name>CrisisViews</name>
    <message>
        <location filename="../../continuity_app/gui/views/crisis_common.py" line="55" />
        <source>Journalen er ikke åben: lås op først.</source>
        <translation>The journal is not open: unlock first.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/crisis_common.py" line="59" />
        <source>Skriv først dine initialer (Ctrl+I); så kan det registreres.</source>
        <translation>Enter your initials first (Ctrl+I); then it can be recorded.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/crisis_common.py" line="71" />
        <source>Registreringen mislykkedes.</source>
        <translation>The entry could not be recorded.</translation>
    </message>
</context>
<context>
    <name>DoseGrid</name>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="122" />
        <source>Morgen</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="123" />
        <source>Middag</source>
        <translation>Midday</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="124" />
        <source>Aften</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="125" />
        <source>Nat</source>
        <translation>Night</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="131" />
        <source>givet</source>
        <translation>given</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="132" />
        <source>ikke givet</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="133" />
        <source>afvist</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="134" />
        <source>ikke hjemme</source>
        <translation>not at home</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="143" />
        <source>kvitteret %1 gange</source>
        <translation>signed %1 times</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="179" />
        <source>Administrationsskema 72 timer</source>
        <translation>72-hour administration grid</translation>
    </message>
</context>
<context>
    <name>DoseGridModel</name>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="68" />
        <source>Præparat</source>
        <translation>Drug</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="68" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="68" />
        <source>Dosis</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="71" />
        <source>%1. døgn</source>
        <translation>day %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="84" />
        <source>TIDSKRITISK</source>
        <translation>TIME-CRITICAL</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="87" />
        <source>Se tekst</source>
        <translation>See text</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="97" />
        <source>gives ikke denne dag</source>
        <translation>not given this day</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="99" />
        <source>se doseringsteksten – kvittér dato og kl.</source>
        <translation>see the dosage text – sign date and time</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="115" />
        <source>ikke kvitteret</source>
        <translation>not signed</translation>
    </message>
</context>
<context>
    <name>EffectDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="248" />
        <source>Effekt af PN – %1</source>
        <translation>Effect of PN – %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="250" />
        <source>%1 %2 kl. %3 – årsag: %4</source>
        <translation>%1 %2 at %3 – reason: %4</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="259" />
        <source>Effekt</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="263" />
        <source>Registrér</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="41" />
        <source>Nødkopien er ikke sat op på denne computer endnu. Bed kommunens IT om at sætte den op.</source>
        <translation>The emergency copy is not set up on this computer yet. Ask the municipality's IT to set it up.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="44" />
        <source>Nødkopiens indstillinger på denne computer kan ikke bruges. Bed kommunens IT om at rette dem.</source>
        <translation>Nødkopi's settings on this computer cannot be used. Ask the municipality's IT to correct them.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="48" />
        <source>Data er låst. Lås op med enhedens adgangsudtryk.</source>
        <translation>The data is locked. Unlock it with the unit's passphrase.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="49" />
        <source>Forkert adgangsudtryk. Skriv det igen, præcis som det står på papiret i den forseglede kuvert.</source>
        <translation>Wrong passphrase. Type it again, exactly as written on the paper in the sealed envelope.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="53" />
        <source>For mange forkerte adgangsudtryk i træk. Vent lidt, og prøv så igen.</source>
        <translation>Too many wrong passphrases in a row. Wait a little, then try again.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="56" />
        <source>En anden handling er ikke færdig endnu. Vent et øjeblik, og prøv igen.</source>
        <translation>Another action has not finished yet. Wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="57" />
        <source>Nye data kunne ikke hentes, fordi kilden ikke svarer. De gemte data kan stadig bruges; prøv igen senere.</source>
        <translation>New data could not be fetched because the source does not answer. The stored data can still be used; try again later.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="62" />
        <source>En anden synkronisering er i gang. Vent, til den er færdig.</source>
        <translation>Another sync is running. Wait until it has finished.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="63" />
        <location filename="../../continuity_app/gui/errors.py" line="68" />
        <source>Den hentede fil er beskadiget eller ikke en Nødkopi-fil. De gemte data bruges stadig; prøv igen, eller bed IT om en ny fil.</source>
        <translation>The fetched file is damaged or not a Nødkopi file. The stored data is still used; try again, or ask IT for a new file.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="73" />
        <source>En af Nødkopiens egne filer på denne computer er beskadiget. Kontakt kommunens IT.</source>
        <translation>One of Nødkopi's own files on this computer is damaged. Contact the municipality's IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="76" />
        <source>Journalfilen er afvist: den er beskadiget, ændret eller ikke til denne enhed. Kontakt kommunens IT.</source>
        <translation>The journal file is refused: it is damaged, altered or not for this unit. Contact the municipality's IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="81" />
        <source>Den hentede fil har ikke kommunens gyldige underskrift og er afvist. Kontakt kommunens IT.</source>
        <translation>The fetched file does not carry the municipality's valid signature and was refused. Contact the municipality's IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="85" />
        <source>Den hentede fil er til en anden enhed og er afvist. Hent filen til denne enhed.</source>
        <translation>The fetched file is for another unit and was refused. Fetch the file for this unit.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="88" />
        <source>Den hentede fil er ikke til denne computer. Kontakt kommunens IT.</source>
        <translation>The fetched file is not for this computer. Contact the municipality's IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="91" />
        <source>Den hentede fil er ikke nyere end de data, der allerede er her. De gemte data bruges stadig.</source>
        <translation>The fetched file is not newer than the data already here. The stored data is still used.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="95" />
        <source>To forskellige filer med samme løbenummer er modtaget og afvist. De gemte data bruges stadig. Kontakt straks kommunens IT.</source>
        <translation>Two different files with the same sequence number were received and refused. The stored data is still used. Contact the municipality's IT at once.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="100" />
        <location filename="../../continuity_app/gui/errors.py" line="103" />
        <source>Den hentede fil er for stor og er afvist. Kontakt kommunens IT.</source>
        <translation>The fetched file is too large and was refused. Contact the municipality's IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="106" />
        <source>Der kunne ikke skrives til disken. Vælg et andet sted, eller frigør plads, og prøv igen.</source>
        <translation>The disk could not be written to. Choose another place, or free some space, and try again.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="110" />
        <source>Printeren kunne ikke bruges. Kontrollér, at den er tændt og har papir, eller vælg en anden printer.</source>
        <translation>The printer could not be used. Check that it is on and has paper, or choose another printer.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="115" />
        <location filename="../../continuity_app/gui/errors.py" line="119" />
        <source>Filen er lavet af en nyere udgave af Nødkopi. Bed kommunens IT om at opdatere programmet.</source>
        <translation>The file was made by a newer version of Nødkopi. Ask the municipality's IT to update the program.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="123" />
        <source>Der er endnu ikke hentet nogen data. Synkronisér (F5), eller indlæs data fra en fil.</source>
        <translation>No data has been fetched yet. Synchronise (F5), or load data from a file.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="126" />
        <source>Afbrudt.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="127" />
        <source>Det, der blev bedt om, findes ikke i data på denne computer, eller filen kunne ikke læses.</source>
        <translation>What was asked for is not in the data on this computer, or the file could not be read.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="131" />
        <source>Adgangsudtrykket er for kort eller for enkelt. Brug flere almindelige ord.</source>
        <translation>The passphrase is too short or too simple. Use more ordinary words.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="134" />
        <source>Notatet kan ikke gemmes, som det er udfyldt. Ret det, og prøv igen.</source>
        <translation>The entry cannot be saved as it is filled in. Correct it and try again.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="137" />
        <source>Filen findes allerede. Vælg et andet navn.</source>
        <translation>The file already exists. Choose another name.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="139" />
        <source>Det valgte kan ikke bruges. Vælg noget andet, og prøv igen.</source>
        <translation>What was chosen cannot be used. Choose something else and try again.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="140" />
        <source>Udskriften kan ikke laves med de valg. Vælg en anden enhed, borger eller dato.</source>
        <translation>The print cannot be made with these choices. Choose another unit, citizen or date.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="143" />
        <source>Udgivelsen er stoppet, fordi data er skrumpet kraftigt. Kontrollér udtrækkene.</source>
        <translation>Publishing has stopped because the data shrank sharply. Check the exports.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="146" />
        <source>Notatet gentager en registreret dosis eller overskrider en PN-grænse. Gem det kun, hvis det er rigtigt.</source>
        <translation>The entry repeats a recorded dose or passes a PRN limit. Save it only if it is right.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="175" />
        <source>Handlingen mislykkedes. Prøv igen; sker det igen, så kontakt kommunens IT.</source>
        <translation>The action failed. Try again; if it happens again, contact the municipality's IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="201" />
        <source>Nødkopi</source>
        <translation>Nødkopi</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="210" />
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="179" />
        <source>Der opstod en uventet fejl – beklager. Detaljerne står i programmets log; giv dem til kommunens IT.</source>
        <translation>An unexpected error occurred – sorry. The details are in the program's log; please give them to municipal IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="138" />
        <source>Det kan ikke udskrives herfra: de data er ikke på denne computer.</source>
        <translation>This cannot be printed here: that data is not on this computer.</translation>
    </message>
</context>
<context>
    <name>Fmt</name>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="39" />
        <source>%1 kl. %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="47" />
        <source>i dag kl. %1</source>
        <translation>today at %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="49" />
        <source>i går kl. %1</source>
        <translation>yesterday at %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="56" />
        <source>fra fremtiden – tjek computerens ur</source>
        <translation>from the future – check the computer's clock</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="59" />
        <source>under 1 time gammel</source>
        <translation>less than 1 hour old</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="61" />
        <source>1 time gammel</source>
        <translation>1 hour old</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="63" />
        <source>%1 timer gammel</source>
        <translation>%1 hours old</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="64" />
        <source>%1 døgn gammel</source>
        <translation>%1 days old</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="70" />
        <source>Data fra %1 · %2</source>
        <translation>Data from %1 · %2</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="77" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="77" />
        <source>Nej</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>FuelStockModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="132" />
        <source>Sted</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="133" />
        <source>Brændstof</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="134" />
        <source>Liter</source>
        <translation>Litres</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="135" />
        <source>Kapacitet (liter)</source>
        <translation>Capacity (litres)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="136" />
        <source>Aflæst</source>
        <translation>Read at</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="137" />
        <source>Pumpe kræver strøm</source>
        <translation>Pump needs power</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="138" />
        <source>Adgang</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="139" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="140" />
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
</context>
<context>
    <name>GivenDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="340" />
        <source>Kvittér dosis – %1</source>
        <translation>Sign dose – %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="344" />
        <source>kl. %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="349" />
        <source>%1 – %2 %3 den %4</source>
        <translation>%1 – %2 %3 on %4</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="358" />
        <source>Udfald</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="366" />
        <source>Årsag</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="367" />
        <source>fx sov, kvalme, ville ikke</source>
        <translation>e.g. asleep, nausea, declined</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="370" />
        <source>Bemærkning</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="372" />
        <source>Udfald:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="373" />
        <source>Årsag (når ikke givet):</source>
        <translation>Reason (when not given):</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="374" />
        <source>Bemærkning:</source>
        <translation>Remark:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="375" />
        <source>Kvittér</source>
        <translation>Sign</translation>
    </message>
</context>
<context>
    <name>InitialsDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="75" />
        <source>Hvem arbejder?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="78" />
        <source>Initialer</source>
        <translation>Initials</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="82" />
        <source>Skriv dine initialer. Alt, du registrerer, bliver mærket med dem.</source>
        <translation>Type your initials. Everything you record is marked with them.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="84" />
        <source>Fortsæt</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>JournalActions</name>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="52" />
        <source>Skift initialer…</source>
        <translation>Change initials…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="53" />
        <source>PN-dosis…</source>
        <translation>PN dose…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="54" />
        <source>Vurdér effekt…</source>
        <translation>Assess effect…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="55" />
        <source>Notat om borgeren…</source>
        <translation>Note about the citizen…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="57" />
        <source>Besøg udført</source>
        <translation>Visit done</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="59" />
        <source>Besøg ikke udført…</source>
        <translation>Visit not done…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="61" />
        <source>Besøg flyttet…</source>
        <translation>Visit moved…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="63" />
        <location filename="../../continuity_app/gui/journal_actions.py" line="92" />
        <source>Start øvelse</source>
        <translation>Start drill</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="64" />
        <source>Vagtoverlevering…</source>
        <translation>Shift handover…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="92" />
        <source>Afslut øvelse</source>
        <translation>End drill</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="137" />
        <source>Registreringen mislykkedes.</source>
        <translation>The entry could not be recorded.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="138" />
        <source>Ikke registreret</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="155" />
        <source>Registrér alligevel</source>
        <translation>Record anyway</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="157" />
        <source>Fortryd</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="163" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="213" />
        <source>Åbn en borger (Ctrl+1) eller vælg et besøg på kørelisten først.</source>
        <translation>Open a citizen (Ctrl+1) or select a visit on the route first.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="244" />
        <source>Over maksimum</source>
        <translation>Over the maximum</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="260" />
        <location filename="../../continuity_app/gui/journal_actions.py" line="403" />
        <source>denne computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="262" />
        <source>• %1 kl. %2 af %3 (%4)</source>
        <translation>• %1 at %2 by %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="275" />
        <source>Med denne dosis er der givet %1 på 24 timer. Højst pr. døgn er %2.</source>
        <translation>With this dose, %1 has been given in 24 hours. The maximum per 24 hours is %2.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="280" />
        <source>Givet før:</source>
        <translation>Given before:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="282" />
        <source>Dosen er alene over maksimum.</source>
        <translation>This dose alone is over the maximum.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="285" />
        <source>Tjek ordinationen, og kontakt evt. lægen. Registrér kun, hvis dosen faktisk er givet.</source>
        <translation>Check the prescription and contact the doctor if needed. Record it only if the dose was actually given.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="288" />
        <source>Denne dosis er allerede registreret:</source>
        <translation>This dose is already recorded:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="290" />
        <source>Spørg kollegaen, før der gives igen. Registrér kun, hvis det er en ny, rigtig registrering.</source>
        <translation>Ask your colleague before giving it again. Record it only if this is a new, real record.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="297" />
        <source>tidspunktet %1 ligger mere end 10 minutter frem – tjek uret</source>
        <translation>the time %1 is more than 10 minutes ahead – check the clock</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="301" />
        <source>tidspunktet %1 er før data blev udgivet – tjek tidspunktet</source>
        <translation>the time %1 is before the data was published – check the time</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="305" />
        <source>registreret igen, selv om dosen allerede var registreret</source>
        <translation>recorded again, although the dose was already recorded</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="307" />
        <source>over maksimum pr. døgn – giv besked videre ved vagtskiftet</source>
        <translation>over the maximum per 24 hours – pass it on at the shift change</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="313" />
        <source>Registreret kl. %1 af %2</source>
        <translation>Recorded at %1 by %2</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="323" />
        <source>Ingen effekt skal vurderes nu.</source>
        <translation>No effect needs assessing now.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="372" />
        <location filename="../../continuity_app/gui/journal_actions.py" line="387" />
        <source>Allerede kvitteret</source>
        <translation>Already signed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="375" />
        <location filename="../../continuity_app/gui/journal_actions.py" line="390" />
        <source>Kvittér igen</source>
        <translation>Sign again</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="407" />
        <source>• %1 kl. %2 af %3 (%4): %5</source>
        <translation>• %1 at %2 by %3 (%4): %5</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="416" />
        <source>Denne dosis er allerede kvitteret:</source>
        <translation>This dose is already signed:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="418" />
        <source>Giv ikke igen uden at tale med den, der kvitterede. Kvittér kun igen, hvis det er en ny, rigtig registrering.</source>
        <translation>Do not give it again without talking to whoever signed it. Sign again only if this is a new, real record.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="428" />
        <source>Vælg et besøg på kørelisten (Ctrl+3).</source>
        <translation>Select a visit on the route (Ctrl+3).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="437" />
        <source>Besøg %1 – hvorfor?</source>
        <translation>Visit %1 – why?</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="455" />
        <source>Vagtoverlevering</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="457" />
        <source>Vagtoverlevering for %1</source>
        <translation>Shift handover for %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="488" />
        <source>Øvelsesrapport</source>
        <translation>Drill report</translation>
    </message>
</context>
<context>
    <name>JournalBar</name>
    <message>
        <location filename="../../continuity_app/gui/widgets/journalbar.py" line="28" />
        <source>ØVELSE</source>
        <translation>DRILL</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/journalbar.py" line="32" />
        <source>Øvelse i gang</source>
        <translation>Drill in progress</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/journalbar.py" line="50" />
        <source>Initialer: %1 (Ctrl+I skifter)</source>
        <translation>Initials: %1 (Ctrl+I changes)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/journalbar.py" line="52" />
        <source>Ingen initialer – tryk Ctrl+I</source>
        <translation>No initials – press Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/journalbar.py" line="62" />
        <source>Effekt skal vurderes (Ctrl+E): %1</source>
        <translation>Effect to assess (Ctrl+E): %1</translation>
    </message>
</context>
<context>
    <name>JournalDialogs</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="62" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>JournalKinds</name>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="40" />
        <source>PN-dosis</source>
        <translation>PRN dose</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="41" />
        <source>Effekt</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="42" />
        <source>Fast dosis</source>
        <translation>Scheduled dose</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="43" />
        <source>Besøg</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="44" />
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="45" />
        <source>Opkald</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="46" />
        <source>Køretøj</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="47" />
        <source>Øvelse</source>
        <translation>Drill</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="48" />
        <source>Rettelse</source>
        <translation>Correction</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="102" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="103" />
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="104" />
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="105" />
        <source>Registrering</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="106" />
        <source>Initialer</source>
        <translation>Initials</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="107" />
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="108" />
        <source>Øvelse</source>
        <translation>Drill</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="109" />
        <source>Rettelse</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="128" />
        <source>ØVELSE</source>
        <translation>DRILL</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="132" />
        <source>Rettet %1 af %2: %3</source>
        <translation>Corrected %1 by %2: %3</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="139" />
        <source>Retter %1 kl. %2: %3</source>
        <translation>Corrects %1 at %2: %3</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="196" />
        <location filename="../../continuity_app/gui/views/journal.py" line="276" />
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="201" />
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="202" />
        <source>Borger: navn eller id</source>
        <translation>Citizen: name or id</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="208" />
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="209" />
        <source>Alle typer</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="214" />
        <source>Medarbejder</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="217" />
        <source>Øvelse eller rigtig</source>
        <translation>Drill or real</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="218" />
        <source>Rigtige og øvelse</source>
        <translation>Real and drill</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="219" />
        <source>Kun rigtige</source>
        <translation>Real only</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="220" />
        <source>Kun øvelse</source>
        <translation>Drill only</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="221" />
        <source>Importér fra kollega (USB)…</source>
        <translation>Import from a colleague (USB)…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="223" />
        <source>Eksportér til aflevering…</source>
        <translation>Export for hand-back…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="237" />
        <source>Borger:</source>
        <translation>Citizen:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="238" />
        <source>Type:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="239" />
        <source>Initialer:</source>
        <translation>Initials:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="255" />
        <source>Journal under nedbrud</source>
        <translation>Outage journal</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="325" />
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="338" />
        <source>%1 af %2 registreringer</source>
        <translation>%1 of %2 records</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="350" />
        <source>Importér kollegas journal</source>
        <translation>Import a colleague's journal</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="350" />
        <source>Journalfil (*.nkj);;Alle filer (*)</source>
        <translation>Journal file (*.nkj);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="357" />
        <source>Eksportér journal til aflevering</source>
        <translation>Export the journal for hand-back</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="357" />
        <source>Journalfil (*.nkj)</source>
        <translation>Journal file (*.nkj)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="381" />
        <source>Ikke gennemført (%1): %2</source>
        <translation>Not done (%1): %2</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="402" />
        <source>Ingen nye registreringer i filen: alt i den er her allerede.</source>
        <translation>No new entries in the file: everything in it is already here.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="404" />
        <source>1 ny registrering fra %1.</source>
        <translation>1 new entry from %1.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="407" />
        <source>%1 nye registreringer fra %2.</source>
        <translation>%1 new records from %2.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="414" />
        <source>Importerer %1 …</source>
        <translation>Importing %1 …</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="432" />
        <source>Journalen er gemt til aflevering: %1 (%2 registreringer, %3 kollegers journaler med). Filen er krypteret til IT.</source>
        <translation>The journal is saved for hand-back: %1 (%2 records, %3 colleagues' journals included). The file is encrypted to IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="440" />
        <source>Eksporterer …</source>
        <translation>Exporting …</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="15" />
        <source>Strømafhængig</source>
        <translation>Power-dependent</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="16" />
        <source>Ingen nære pårørende</source>
        <translation>No close relatives</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="17" />
        <source>Hjælp til mad/indkøb</source>
        <translation>Help with meals/shopping</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="18" />
        <source>Bor på døgninstitution</source>
        <translation>Lives in a 24-hour institution</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="19" />
        <source>Kan ikke kommunikere</source>
        <translation>Cannot communicate</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="35" />
        <source>El</source>
        <translation>Electric</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="36" />
        <source>Benzin</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="37" />
        <source>Diesel</source>
        <translation>Diesel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="38" />
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="39" />
        <source>Plugin-hybrid</source>
        <translation>Plug-in hybrid</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="53" />
        <source>Dosisdispensering</source>
        <translation>Dose dispensing</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="54" />
        <source>Doseret af personale</source>
        <translation>Dosed by staff</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="55" />
        <source>Selv</source>
        <translation>Self</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="63" />
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="64" />
        <source>Aften</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="65" />
        <source>Nat</source>
        <translation>Night</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="73" />
        <source>A – skal køre</source>
        <translation>A – must run</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="74" />
        <source>B – kan køre</source>
        <translation>B – may run</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="75" />
        <source>C – lukker</source>
        <translation>C – closes</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="82" />
        <source>Kontakt %1. døgn</source>
        <translation>Contact within day %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="86" />
        <source>Kontakt 1. døgn: inden for nedbruddets første døgn (strømafhængige, uden nære pårørende, kan ikke kommunikere) · 2. døgn: andre sårbare · 3. døgn: alle andre.</source>
        <translation>Contact within day 1: within the first 24 hours of the outage (power-dependent, no close relatives, cannot communicate) · day 2: other vulnerable citizens · day 3: everyone else.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="97" />
        <source>Udført</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="98" />
        <source>Ikke udført</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="99" />
        <source>Flyttet</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="110" />
        <source>ikke oplyst</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="115" />
        <source>ikke med i data på denne computer</source>
        <translation>not in the data on this computer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="121" />
        <source>Allergier: ikke med i data på denne computer</source>
        <translation>Allergies: not in the data on this computer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="124" />
        <source>Allergier: %1</source>
        <translation>Allergies: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="126" />
        <source>Ingen kendte allergier</source>
        <translation>No known allergies</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="127" />
        <source>Allergier: ikke oplyst</source>
        <translation>Allergies: not stated</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="136" />
        <source>Ingen kendte</source>
        <translation>None known</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../continuity_app/gui/language.py" line="29" />
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/language.py" line="33" />
        <source>Dansk</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/language.py" line="34" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/language.py" line="35" />
        <source>Systemets sprog</source>
        <translation>The system's language</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="83" />
        <source>Nødkopi</source>
        <translation>Nødkopi</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="94" />
        <source>Visninger</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="98" />
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="145" />
        <source>Handlinger</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="166" />
        <source>Søg</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="169" />
        <source>Udskriv…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="170" />
        <source>Nødpakke…</source>
        <translation>Emergency pack…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="171" />
        <source>Udskriv</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="180" />
        <source>Synkronisér nu</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="181" />
        <source>Lås</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="182" />
        <source>Afslut</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="183" />
        <source>Om Nødkopi…</source>
        <translation>About Nødkopi…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="188" />
        <source>Større tekst</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="192" />
        <source>Mindre tekst</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="194" />
        <source>Normal tekststørrelse</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="199" />
        <location filename="../../continuity_app/gui/mainwindow.py" line="200" />
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="207" />
        <location filename="../../continuity_app/gui/mainwindow.py" line="396" />
        <source>Vælg enhed</source>
        <translation>Choose unit</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="368" />
        <source>Her er intet at udskrive: åbn en borger, en køreliste eller en liste – eller udskriv Nødpakken (Ctrl+Shift+P).</source>
        <translation>Nothing to print here: open a citizen, a route or a list – or print the emergency pack (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="378" />
        <source>Nødpakke</source>
        <translation>Emergency pack</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="380" />
        <source>Nødpakke for %1</source>
        <translation>Emergency pack for %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="398" />
        <source>Vælg først enheden i feltet Enhed øverst (Ctrl+U): skriv en del af navnet og tryk Enter. Udskriv derefter igen.</source>
        <translation>First choose the unit in the Unit field at the top (Ctrl+U): type part of its name and press Enter. Then print again.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="419" />
        <source>%1: seneste synkronisering mislykkedes %2: %3</source>
        <translation>%1: the last sync failed %2: %3</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="426" />
        <source>%1: data er ikke længere gyldige (til %2). Synkronisér.</source>
        <translation>%1: the data are no longer valid (until %2). Sync.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="449" />
        <source>Seneste synkronisering mislykkedes %1: %2</source>
        <translation>The latest sync failed %1: %2</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="463" />
        <source>Nyere data er hentet, men kunne ikke åbnes uden at låse op igen: tryk Ctrl+L og lås op.</source>
        <translation>Newer data has been fetched but could not be opened without unlocking again: press Ctrl+L and unlock.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="516" />
        <source>To forskellige udgaver med samme nummer – kontakt IT.</source>
        <extracomment>the ``sync.status`` warnings the banner shows (the others are the sync view's)</extracomment>
        <translation>Two different versions with the same number – contact IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="519" />
        <source>Nyeste data kan ikke åbnes på denne computer – viser data fra %1.</source>
        <translation>The newest data cannot be opened on this computer – showing data from %1.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="522" />
        <source>Den seneste synkronisering blev afbrudt; de seneste gode data vises.</source>
        <translation>The latest sync was interrupted; the latest good data is shown.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="525" />
        <source>Den nyeste hentede udgave kan ikke bruges; en ældre udgave vises.</source>
        <translation>The newest fetched version cannot be used; an older version is shown.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="528" />
        <source>Synkroniseringens tilstand kunne ikke læses; den genskabes ved næste synkronisering.</source>
        <translation>The sync state could not be read; it is rebuilt at the next sync.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="545" />
        <source>De nyeste data (løbenummer %1) kunne ikke åbnes; viser en ældre udgave (løbenummer %2).</source>
        <translation>The newest data (sequence %1) could not be opened; showing an older version (sequence %2).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="553" />
        <source>Data er ikke længere gyldige: de kan være forældede.</source>
        <translation>The data is no longer valid: it may be out of date.</translation>
    </message>
</context>
<context>
    <name>MedicationModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="74" />
        <source>Præparat</source>
        <translation>Drug</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="75" />
        <source>Dosering (FMK)</source>
        <translation>Dosage (FMK)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="76" />
        <source>Morgen</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="77" />
        <source>Middag</source>
        <translation>Noon</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="78" />
        <source>Aften</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="79" />
        <source>Nat</source>
        <translation>Night</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="80" />
        <source>Efter behov</source>
        <translation>As needed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="81" />
        <source>Dispensering</source>
        <translation>Dispensing</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="82" />
        <source>Indikation</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="111" />
        <source>Ja, højst %1</source>
        <translation>Yes, at most %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="112" />
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="89" />
        <source>TIDSKRITISK</source>
        <translation>TIME-CRITICAL</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="91" />
        <source>Dosering ikke angivet</source>
        <translation>Dosage not given</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="93" />
        <source>Kl. %1</source>
        <translation>At %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="95" />
        <source>tjek: tekst og skema er forskellige</source>
        <translation>check: text and schedule differ</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="97" />
        <source>Dannet ud fra struktureret dosering:</source>
        <translation>Built from the structured dosage:</translation>
    </message>
</context>
<context>
    <name>NearModel</name>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="56" />
        <source>Afstand</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="57" />
        <source>Enhed</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="58" />
        <source>Kat.</source>
        <translation>Cat.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="59" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="60" />
        <source>Leder</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="61" />
        <source>Nødstrøm</source>
        <translation>Generator</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="62" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="70" />
        <source>ukendt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="71" />
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>NearbyView</name>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="100" />
        <source>Punkt: enhed eller koordinater</source>
        <translation>Point: unit or coordinates</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="104" />
        <source>Radius i km</source>
        <translation>Radius in km</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="110" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="119" />
        <source>Enheder inden for radius</source>
        <translation>Units within the radius</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="122" />
        <source>Enheder uden koordinater</source>
        <translation>Units without coordinates</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="130" />
        <source>&amp;Punkt:</source>
        <translation>&amp;Point:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="130" />
        <source>&amp;Radius:</source>
        <translation>&amp;Radius:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="157" />
        <source>Skriv en enheds navn eller koordinater (breddegrad, længdegrad – fx 56,53 8,20), vælg radius og tryk Enter. Ctrl+P udskriver listen.</source>
        <translation>Type a unit's name or coordinates (latitude, longitude – e.g. 56.53 8.20), choose the radius and press Enter. Ctrl+P prints the list.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="164" />
        <location filename="../../continuity_app/gui/views/nearby.py" line="191" />
        <source>Enheder i nærheden</source>
        <translation>Units nearby</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="170" />
        <source>I nærheden</source>
        <translation>Nearby</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="225" />
        <source>Punktet kan ikke bruges: skriv en enhed med koordinater eller breddegrad og længdegrad i decimalgrader, fx 56,53 8,20.</source>
        <translation>The point cannot be used: type a unit that has coordinates, or latitude and longitude in decimal degrees, e.g. 56.53 8.20.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="236" />
        <source>%1 enheder inden for %2 km af %3, nærmeste først (%4 længere væk).</source>
        <translation>%1 units within %2 km of %3, nearest first (%4 farther away).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="243" />
        <source>Uden koordinater – kan ikke placeres, tjek dem selv: %1</source>
        <translation>Without coordinates – cannot be placed, check them yourself: %1</translation>
    </message>
</context>
<context>
    <name>NextModel</name>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="72" />
        <source>Ring til</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="73" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="74" />
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="75" />
        <source>Nummer / hvordan</source>
        <translation>Number / how</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="76" />
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="77" />
        <source>Eskaleres kl.</source>
        <translation>Escalates at</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="93" />
        <source>Stedfortræder for %1 (%2), ikke nået i tide</source>
        <translation>Deputy for %1 (%2), not reached in time</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="97" />
        <source>Nr. %1 i træet</source>
        <translation>No. %1 in the tree</translation>
    </message>
</context>
<context>
    <name>NodeModel</name>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="120" />
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="121" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="122" />
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="123" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="124" />
        <source>Forsøg</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="125" />
        <source>Nået kl.</source>
        <translation>Reached at</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="131" />
        <source>Nået – for sent</source>
        <translation>Reached – late</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="131" />
        <source>Nået</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="133" />
        <source>Mangler – dækket af %1</source>
        <translation>Missing – covered by %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="135" />
        <source>Venter</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="136" />
        <source>Skal ringes op</source>
        <translation>To call</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="137" />
        <source>Eskaleret – ring til stedfortræder</source>
        <translation>Escalated – call the deputy</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="138" />
        <source>Mangler – dækket</source>
        <translation>Missing – covered</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="287" />
        <source>Notat – %1</source>
        <translation>Note – %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="290" />
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="293" />
        <source>Fx faldet i badeværelset; 1 iltflaske tilbage; nøglen virkede ikke</source>
        <translation>E.g. fell in the bathroom; 1 oxygen cylinder left; the key did not work</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="295" />
        <source>Registrér</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="298" />
        <source>Ctrl+Enter registrerer.</source>
        <translation>Ctrl+Enter records.</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="75" />
        <source>Kat.</source>
        <translation>Cat.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="76" />
        <source>Enhed</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="77" />
        <source>Borgere</source>
        <translation>Citizens</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="78" />
        <source>Beboere</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="79" />
        <source>Sårbare</source>
        <translation>Vulnerable</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="80" />
        <source>Kontakt 1. døgn</source>
        <translation>Contact, day 1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="81" />
        <source>Kontakt 2. døgn</source>
        <translation>Contact, day 2</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="82" />
        <source>Kontakt 3. døgn</source>
        <translation>Contact, day 3</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="83" />
        <source>Sårbare efter årsag</source>
        <translation>Vulnerable by reason</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="84" />
        <source>Nødstrøm</source>
        <translation>Generator</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="85" />
        <source>Forsyning (døgn)</source>
        <translation>Supplies (days)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="86" />
        <source>Vand 3 døgn</source>
        <translation>Water 3 days</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="87" />
        <source>Ledige køretøjer</source>
        <translation>Free vehicles</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="115" />
        <location filename="../../continuity_app/gui/views/overview.py" line="119" />
        <source>ikke kendt</source>
        <translation>not known</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="116" />
        <source>%1 liter</source>
        <translation>%1 litres</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="35" />
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="40" />
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="159" />
        <source>Overblik pr. enhed</source>
        <translation>Overview per unit</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="169" />
        <source>Klik på en kolonneoverskrift for at sortere. Ctrl+P udskriver Overblikket.</source>
        <translation>Click a column header to sort. Ctrl+P prints the overview.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="172" />
        <location filename="../../continuity_app/gui/views/overview.py" line="179" />
        <location filename="../../continuity_app/gui/views/overview.py" line="211" />
        <source>Overblik</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="219" />
        <source>Dataalder ukendt</source>
        <translation>Data age unknown</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="224" />
        <source> (kun de enheder, der kendes her)</source>
        <translation> (only the units known here)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="230" />
        <source>Borgere %1 · beboere %2 · sårbare %3 (kontakt 1. døgn: %4, 2. døgn: %5, 3. døgn: %6)%7</source>
        <translation>Citizens %1 · residents %2 · vulnerable %3 (contact day 1: %4, day 2: %5, day 3: %6)%7</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="238" />
        <source>Vand til 3 døgn: %1 liter · enheder %2 · med nødstrøm %3</source>
        <translation>Water for 3 days: %1 litres · units %2 · with a generator %3</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="242" />
        <source>Ledige køretøjer: %1 · på opgave %2 · reserveret %3</source>
        <translation>Free vehicles: %1 · on a task %2 · reserved %3</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="246" />
        <source>Brændstof på lager: %1</source>
        <translation>Fuel in stock: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="249" />
        <source>%1 %2 liter (heraf %3 bag pumpe der kræver strøm)</source>
        <translation>%1 %2 litres (%3 of them behind a pump that needs power)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="255" />
        <source>intet</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>PnDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="118" />
        <source>PN-dosis – %1</source>
        <translation>PN dose – %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="121" />
        <source>Præparat</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="125" />
        <source>Andet præparat (skriv navnet)</source>
        <translation>Other medicine (type the name)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="128" />
        <source>Præparat, der ikke er på listen</source>
        <translation>Medicine not on the list</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="131" />
        <source>Dosis</source>
        <translation>Dose</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="132" />
        <source>fx 1 tablet</source>
        <translation>e.g. 1 tablet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="135" />
        <source>Årsag</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="142" />
        <source>Givet kl.</source>
        <translation>Given at</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="148" />
        <source>Præparat:</source>
        <translation>Medicine:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="149" />
        <source>Andet præparat:</source>
        <translation>Other medicine:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="150" />
        <source>Dosis:</source>
        <translation>Dose:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="151" />
        <source>Årsag:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="152" />
        <source>Givet kl.:</source>
        <translation>Given at:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="153" />
        <source>Registrér</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="189" />
        <source>Præparatet er ikke på medicinlisten: intet maksimum at tjekke.</source>
        <translation>The medicine is not on the medication list: no maximum to check.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="192" />
        <source>ikke oplyst</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="195" />
        <source>Givet de seneste 24 timer: %1 (kl. %2).</source>
        <translation>Given in the last 24 hours: %1 (at %2).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="199" />
        <source>Ikke givet de seneste 24 timer.</source>
        <translation>Not given in the last 24 hours.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="201" />
        <source>Højst pr. døgn: %1. %2</source>
        <translation>At most per 24 hours: %1. %2</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="76" />
        <source>Vis udskrift – %1</source>
        <translation>Print preview – %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="86" />
        <source>Forhåndsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="91" />
        <source>%1 sider</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="91" />
        <source>1 side</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="94" />
        <source>Fremdrift for udskrivning</source>
        <translation>Printing progress</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="96" />
        <source>&amp;Udskriv…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="100" />
        <source>&amp;Gem som PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="103" />
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="128" />
        <source>Udskriv %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="152" />
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="170" />
        <source>Gem som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="154" />
        <source>PDF-filen er IKKE krypteret og indeholder helbredsoplysninger. Gem den kun på et sted, hvor uvedkommende ikke kan læse den, og slet den, når den ikke skal bruges mere.

Vil du gemme filen?</source>
        <translation>The PDF file is NOT encrypted and contains health data. Save it only where unauthorised people cannot read it, and delete it when it is no longer needed.

Do you want to save the file?</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="170" />
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../../continuity_app/gui/printing.py" line="44" />
        <source>Laver %1 …</source>
        <translation>Making %1 …</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/printing.py" line="44" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/printing.py" line="47" />
        <source>Udskrift</source>
        <translation>Printing</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../continuity_app/gui/progress.py" line="18" />
        <source>Kontrollerer adgangsudtrykket</source>
        <translation>Checking the passphrase</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/progress.py" line="19" />
        <source>Kontrollerer underskriften</source>
        <translation>Checking the signature</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/progress.py" line="20" />
        <source>Dekrypterer</source>
        <translation>Decrypting</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/progress.py" line="21" />
        <source>Indlæser data</source>
        <translation>Loading data</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/progress.py" line="22" />
        <source>Forbinder</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/progress.py" line="23" />
        <source>Henter</source>
        <translation>Downloading</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/progress.py" line="24" />
        <source>Gemmer</source>
        <translation>Saving</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/progress.py" line="25" />
        <source>Færdig</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>RoutesView</name>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="43" />
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="48" />
        <source>Køreliste</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="52" />
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="54" />
        <source>&amp;Køreliste:</source>
        <translation>&amp;Route:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="75" />
        <source>Udført (Ctrl+Shift+U)</source>
        <translation>Done (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="76" />
        <source>Ikke udført… (Ctrl+Shift+I)</source>
        <translation>Not done… (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="77" />
        <source>Flyttet… (Ctrl+Shift+F)</source>
        <translation>Moved… (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="88" />
        <source>Besøg i rækkefølge</source>
        <translation>Visits in order</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="94" />
        <source>Enter eller dobbeltklik åbner borgeren.</source>
        <translation>Enter or double-click opens the citizen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="100" />
        <location filename="../../continuity_app/gui/views/routes.py" line="118" />
        <source>Kørelister</source>
        <translation>Routes</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="169" />
        <source>Kørelister %1</source>
        <translation>Routes %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="186" />
        <source>I dag, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="237" />
        <source>Personale: %1</source>
        <translation>Staff: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="238" />
        <source>Bil: %1</source>
        <translation>Car: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="266" />
        <source>Ingen køreliste for i dag (%1) i data på denne computer.</source>
        <translation>No route for today (%1) in the data on this computer.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="271" />
        <source>Viser kørelisten for %1, ikke i dag (%2).</source>
        <translation>Showing the route for %1, not today (%2).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="278" />
        <source>Ingen køreliste for i dag (%1) i data på denne computer. Viser kørelisten for %2 – tjek, at det er den dag, du skal bruge.</source>
        <translation>No route for today (%1) in the data on this computer. Showing the route for %2 – check that this is the day you need.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="306" />
        <source>%1 af %2 udført</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="311" />
        <source>%1 ikke udført</source>
        <translation>%1 not done</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="314" />
        <source>%1 flyttet</source>
        <translation>%1 moved</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="199" />
        <source>Kørelister er ikke med i data på denne computer; de står i enhedens egne data.</source>
        <translation>Routes are not in the data on this computer; they are in the unit's own data.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../continuity_app/gui/syncing.py" line="137" />
        <source>Indlæs data fra fil</source>
        <translation>Load data from a file</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/syncing.py" line="139" />
        <source>Nødkopi-data (*.bundle);;Alle filer (*)</source>
        <translation>Nødkopi data (*.bundle);;All files (*)</translation>
    </message>
</context>
<context>
    <name>SyncHistoryModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/sync.py" line="23" />
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/sync.py" line="23" />
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/sync.py" line="23" />
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/sync.py" line="30" />
        <source>Lykkedes</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/sync.py" line="30" />
        <source>Mislykkedes</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="36" />
        <source>Dataalder</source>
        <translation>Data age</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="37" />
        <source>Løbenummer</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="38" />
        <source>Omfang</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="39" />
        <source>Gyldige til</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="40" />
        <source>Seneste forsøg</source>
        <translation>Latest attempt</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="41" />
        <source>Næste planlagte</source>
        <translation>Next scheduled</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="42" />
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="50" />
        <location filename="../../continuity_app/gui/views/sync.py" line="52" />
        <source>Synkronisér nu</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="54" />
        <source>Indlæs fra fil…</source>
        <translation>Load from file…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="56" />
        <source>Indlæs data fra en fil, fx et USB-stik</source>
        <translation>Load data from a file, e.g. a USB stick</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="60" />
        <source>Fremdrift for synkronisering</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="73" />
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="78" />
        <source>Gemte generationer</source>
        <translation>Stored generations</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="81" />
        <source>De andre kommuner på denne computer:</source>
        <translation>The other municipalities on this computer:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="84" />
        <source>De andre kommuner på denne computer</source>
        <translation>The other municipalities on this computer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="87" />
        <location filename="../../continuity_app/gui/views/sync.py" line="102" />
        <source>Synkronisering</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="91" />
        <source>Historik:</source>
        <translation>History:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="93" />
        <source>Gemte generationer (krypterede):</source>
        <translation>Stored generations (encrypted):</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="123" />
        <source>Synkroniserer …</source>
        <translation>Syncing …</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="145" />
        <location filename="../../continuity_app/gui/views/sync.py" line="169" />
        <source>Ingen data endnu</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="153" />
        <source>Ingen endnu</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="155" />
        <location filename="../../continuity_app/gui/views/sync.py" line="177" />
        <source>lykkedes</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="155" />
        <source>mislykkedes</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="173" />
        <source>løbenummer %1</source>
        <translation>sequence %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="177" />
        <source>mislykkedes: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="180" />
        <source>seneste forsøg %1 %2</source>
        <translation>last attempt %1 %2</translation>
    </message>
</context>
<context>
    <name>UnitModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="189" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="190" />
        <source>Enhed</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="191" />
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="192" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="193" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="194" />
        <source>Leder</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="195" />
        <source>Generator</source>
        <translation>Generator</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="196" />
        <source>Forsyninger (dage)</source>
        <translation>Supplies (days)</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../../continuity_app/gui/widgets/unitpicker.py" line="34" />
        <source>Enhed</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unitpicker.py" line="35" />
        <source>Vælg enhed: skriv en del af navnet (Ctrl+U)</source>
        <translation>Choose unit: type part of the name (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unitpicker.py" line="46" />
        <source>&amp;Enhed:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unitpicker.py" line="59" />
        <source>Alle enheder</source>
        <translation>All units</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="158" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="159" />
        <source>Alle kategorier</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="163" />
        <source>Filtrér på navn, adresse …</source>
        <translation>Filter by name, address …</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="163" />
        <source>Filtrér enheder</source>
        <translation>Filter units</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="165" />
        <location filename="../../continuity_app/gui/views/lists.py" line="179" />
        <location filename="../../continuity_app/gui/views/lists.py" line="185" />
        <source>Enheder</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="169" />
        <source>A: skal køre · B: kan køre (fx pasning af børn af personale i A) · C: lukker ved langvarigt forsyningssvigt</source>
        <translation>A: must run · B: can run (e.g. childcare for staff in A) · C: closes in a prolonged supply failure</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="175" />
        <source>Kategori:</source>
        <translation>Category:</translation>
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
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="52" />
        <source>Nødkopien er låst. Skriv enhedens adgangsudtryk for at åbne den. Adgangsudtrykket står på papiret i den forseglede kuvert.</source>
        <translation>The emergency copy is locked. Type the unit's passphrase to open it. The passphrase is on the paper in the sealed envelope.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="64" />
        <source>Adgangsudtryk</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="67" />
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="69" />
        <source>Lås op</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="75" />
        <source>Fremdrift for oplåsning</source>
        <translation>Unlock progress</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="81" />
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="83" />
        <source>&amp;Adgangsudtryk:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="158" />
        <source>Skriv adgangsudtrykket først.</source>
        <translation>Type the passphrase first.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="168" />
        <source>Vent 1 sekund, før du prøver igen.</source>
        <translation>Wait 1 second before you try again.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="170" />
        <source>Vent %1 sekunder, før du prøver igen.</source>
        <translation>Wait %1 seconds before you try again.</translation>
    </message>
</context>
<context>
    <name>VehicleBoardView</name>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="126" />
        <source>Vis</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="128" />
        <source>Alle køretøjer</source>
        <translation>All vehicles</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="129" />
        <source>Kun ledige</source>
        <translation>Free only</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="130" />
        <source>Kun på opgave</source>
        <translation>On a task only</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="131" />
        <source>Kun reserverede</source>
        <translation>Reserved only</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="135" />
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="187" />
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="194" />
        <source>Køretøjstavle</source>
        <translation>Vehicle board</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="140" />
        <source>Opgave</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="141" />
        <source>fx Vand til Solgården</source>
        <translation>e.g. Water to Solgården</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="144" />
        <source>Chauffør</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="149" />
        <source>Km kørt</source>
        <translation>Km driven</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="150" />
        <source>ved frigivelse</source>
        <translation>when released</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="152" />
        <source>Tildel (Alt+T)</source>
        <translation>Assign (Alt+T)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="156" />
        <source>Frigiv (Alt+F)</source>
        <translation>Release (Alt+F)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="168" />
        <source>&amp;Opgave:</source>
        <translation>T&amp;ask:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="169" />
        <source>&amp;Chauffør:</source>
        <translation>&amp;Driver:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="170" />
        <source>&amp;Km kørt:</source>
        <translation>&amp;Km driven:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="179" />
        <source>&amp;Vis:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="213" />
        <source>Køretøjer og brændstof</source>
        <translation>Vehicles and fuel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="236" />
        <source>%1 ledige · %2 på opgave · %3 reserveret</source>
        <translation>%1 free · %2 on a task · %3 reserved</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="267" />
        <source>Vælg først køretøjet i tavlen.</source>
        <translation>First select the vehicle on the board.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="271" />
        <source>Skriv både opgaven og chaufføren.</source>
        <translation>Type both the task and the driver.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="276" />
        <source>%1 er allerede på opgave: frigiv det først (Alt+F).</source>
        <translation>%1 is already on a task: release it first (Alt+F).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="292" />
        <source>Vælg et køretøj, der er på opgave.</source>
        <translation>Select a vehicle that is on a task.</translation>
    </message>
</context>
<context>
    <name>VehicleModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="43" />
        <source>Reg.nr.</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="44" />
        <source>Drivmiddel</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="46" />
        <source>Pladser</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="73" />
        <source>Kørestol</source>
        <translation>Wheelchair</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="74" />
        <source>4×4</source>
        <translation>4×4</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="48" />
        <source>Holder</source>
        <translation>Parked at</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="45" />
        <source>Rækkevidde og niveau</source>
        <translation>Range and level</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="47" />
        <source>Udstyr</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="49" />
        <source>Nøgler</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="50" />
        <source>Reserveret / fri</source>
        <translation>Reserved / free</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="51" />
        <source>Enhed</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="52" />
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="63" />
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="83" />
        <source>Fri</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="104" />
        <source>Reserveret: %1</source>
        <translation>Reserved: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="100" />
        <source>Aflæst %1</source>
        <translation>Read %1</translation>
    </message>
</context>
<context>
    <name>VehiclesView</name>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="37" />
        <source>Drivmiddel</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="38" />
        <source>Alle drivmidler</source>
        <translation>All fuels</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="43" />
        <source>Fri eller reserveret</source>
        <translation>Free or reserved</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="44" />
        <source>Fri og reserveret</source>
        <translation>Free and reserved</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="45" />
        <source>Kun fri</source>
        <translation>Free only</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="46" />
        <source>Kun reserveret</source>
        <translation>Reserved only</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="49" />
        <source>Enhed</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="52" />
        <source>&amp;Kørestol</source>
        <translation>&amp;Wheelchair</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="54" />
        <source>&amp;4×4</source>
        <translation>&amp;4×4</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="58" />
        <location filename="../../continuity_app/gui/views/vehicles.py" line="97" />
        <location filename="../../continuity_app/gui/views/vehicles.py" line="131" />
        <source>Køretøjer</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="62" />
        <source>Det valgte køretøj</source>
        <translation>The selected vehicle</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="74" />
        <location filename="../../continuity_app/gui/views/vehicles.py" line="106" />
        <source>Brændstoflagre</source>
        <translation>Fuel stocks</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="80" />
        <source>&amp;Drivmiddel:</source>
        <translation>&amp;Fuel:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="81" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="82" />
        <source>E&amp;nhed:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="90" />
        <source>Skal have:</source>
        <translation>Must have:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="235" />
        <source>Holder: %1</source>
        <translation>Parked at: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="236" />
        <source>Nøgler: %1</source>
        <translation>Keys: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="237" />
        <source>Reserveret / fri: %1</source>
        <translation>Reserved / free: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="241" />
        <source>Kontakt: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="166" />
        <source>Køretøjer og brændstof</source>
        <translation>Vehicles and fuel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="187" />
        <source>Alle enheder</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="211" />
        <source>%1 af %2 køretøjer vist</source>
        <translation>%1 of %2 vehicles shown</translation>
    </message>
</context>
<context>
    <name>VisitModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="51" />
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="52" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="53" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="54" />
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="55" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="56" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="57" />
        <source>Nøgle/dør</source>
        <translation>Key/door</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="58" />
        <source>Opgaver</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="59" />
        <source>To personer</source>
        <translation>Two staff</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="60" />
        <source>Bemærkning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="61" />
        <source>Allergier</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="89" />
        <source>Tidskritisk: %1</source>
        <translation>Time-critical: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="92" />
        <source>2 personer</source>
        <translation>2 staff</translation>
    </message>
</context>
<context>
    <name>VulnerableModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="128" />
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="129" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="130" />
        <source>Hvorfor sårbar</source>
        <translation>Why vulnerable</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="131" />
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="132" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="133" />
        <source>Pårørendes telefon</source>
        <translation>Relative's phone</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="134" />
        <source>Enhed</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>VulnerableView</name>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="34" />
        <source>Enhed</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="38" />
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="39" />
        <source>Alle dage</source>
        <translation>All days</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="44" />
        <source>Filtrér på navn, adresse, årsag …</source>
        <translation>Filter by name, address, reason …</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="44" />
        <source>Filtrér sårbare borgere</source>
        <translation>Filter vulnerable citizens</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="49" />
        <location filename="../../continuity_app/gui/views/lists.py" line="67" />
        <location filename="../../continuity_app/gui/views/lists.py" line="78" />
        <location filename="../../continuity_app/gui/views/lists.py" line="106" />
        <source>Sårbare borgere</source>
        <translation>Vulnerable citizens</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="60" />
        <source>E&amp;nhed:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="60" />
        <source>&amp;Prioritet:</source>
        <translation>&amp;Priority:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="115" />
        <source>Alle enheder</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="144" />
        <source>%1 af %2 sårbare borgere vist</source>
        <translation>%1 of %2 vulnerable citizens shown</translation>
    </message>
</context>
</TS>
