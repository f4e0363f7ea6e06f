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
        <location filename="../../continuity_app/gui/dialogs/about.py" line="28" />
        <source>En krypteret nødkopi af medicinlister, kørelister, kontakttræer, køretøjer og brændstof — til når netværk, strøm eller omsorgssystemerne er nede. Data hentes og kontrolleres automatisk og kan kun åbnes med enhedens adgangsudtryk.</source>
        <translation>En krypteret nødkopi af medicinlister, kørelister, kontakttræer, køretøjer og brændstof — til når netværk, strøm eller omsorgssystemerne er nede. Data hentes og kontrolleres automatisk og kan kun åbnes med enhedens adgangsudtryk.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/about.py" line="40" />
        <source>Tastaturgenveje</source>
        <translation>Tastaturgenveje</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="146" />
        <source>ulæselig</source>
        <translation>ulæselig</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="147" />
        <source>Løbenummer %1 – data fra %2</source>
        <translation>Løbenummer %1 – data fra %2</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="155" />
        <source>Nye data hentet (løbenummer %1).</source>
        <translation>Nye data hentet (løbenummer %1).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="157" />
        <source>Data er allerede de nyeste.</source>
        <translation>Data er allerede de nyeste.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="158" />
        <source>Synkroniseringen er færdig.</source>
        <translation>Synkroniseringen er færdig.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="163" />
        <source>Nye data (løbenummer %1)</source>
        <translation>Nye data (løbenummer %1)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/backend.py" line="165" />
        <source>Allerede de nyeste data</source>
        <translation>Allerede de nyeste data</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../continuity_app/gui/widgets/banner.py" line="66" />
        <source>Dataalder og advarsler</source>
        <translation>Dataalder og advarsler</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/banner.py" line="80" />
        <source>Ingen data endnu</source>
        <translation>Ingen data endnu</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/banner.py" line="87" />
        <source>Data er forældede: de var kun gyldige til %1.</source>
        <translation>Data er forældede: de var kun gyldige til %1.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/banner.py" line="93" />
        <source>Computerens ur ser ud til at gå forkert.</source>
        <translation>Computerens ur ser ud til at gå forkert.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/banner.py" line="94" />
        <source>Omfang: %1</source>
        <translation>Omfang: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/banner.py" line="104" />
        <source>● Forbindelse til kilden</source>
        <translation>● Forbindelse til kilden</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/banner.py" line="106" />
        <source>○ Offline – viser gemte data</source>
        <translation>○ Offline – viser gemte data</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="65" />
        <source>Reg.nr.</source>
        <translation>Reg.nr.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="66" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="67" />
        <source>Opgave</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="68" />
        <source>Chauffør</source>
        <translation>Chauffør</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="69" />
        <source>Siden</source>
        <translation>Siden</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="70" />
        <source>Drivmiddel</source>
        <translation>Drivmiddel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="71" />
        <source>Rækkevidde</source>
        <translation>Rækkevidde</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="72" />
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="73" />
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="84" />
        <source>På opgave</source>
        <translation>På opgave</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="84" />
        <source> (øvelse)</source>
        <translation> (øvelse)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="86" />
        <source>LEDIG</source>
        <translation>LEDIG</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="88" />
        <source>Reserveret: %1</source>
        <translation>Reserveret: %1</translation>
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
        <translation>Kontakttræ</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="176" />
        <source>Start ny kørsel (Alt+S)</source>
        <translation>Start ny kørsel (Alt+S)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="182" />
        <source>Kanal</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="192" />
        <location filename="../../continuity_app/gui/views/callrun.py" line="225" />
        <source>Ring nu</source>
        <translation>Ring nu</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="196" />
        <location filename="../../continuity_app/gui/views/callrun.py" line="232" />
        <source>Hele træet</source>
        <translation>Hele træet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="209" />
        <source>&amp;Træ:</source>
        <translation>&amp;Træ:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="215" />
        <source>&amp;Kanal:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="239" />
        <location filename="../../continuity_app/gui/views/callrun.py" line="245" />
        <source>Kontaktkørsel</source>
        <translation>Kontaktkørsel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="271" />
        <source>Hvem mangler – %1</source>
        <translation>Hvem mangler – %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="309" />
        <source>Ingen kontakttræer i data på denne computer.</source>
        <translation>Ingen kontakttræer i data på denne computer.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="331" />
        <source>Ingen kørsel af dette træ endnu: tryk Alt+S for at starte.</source>
        <translation>Ingen kørsel af dette træ endnu: tryk Alt+S for at starte.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="333" />
        <source>Kørsel startet %1 · nået %2 af %3 · mangler %4 · for sent %5</source>
        <translation>Kørsel startet %1 · nået %2 af %3 · mangler %4 · for sent %5</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="340" />
        <source> · ØVELSE</source>
        <translation> · ØVELSE</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="349" />
        <source>Ny kørsel: det første opkald, der registreres, starter den.</source>
        <translation>Ny kørsel: det første opkald, der registreres, starter den.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="384" />
        <source>Vælg først, hvem der blev ringet til.</source>
        <translation>Vælg først, hvem der blev ringet til.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="398" />
        <source>%1: %2 registreret.</source>
        <translation>%1: %2 registreret.</translation>
    </message>
</context>
<context>
    <name>CitizenHitModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="29" />
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="30" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="31" />
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="32" />
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="33" />
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="34" />
        <source>Sårbar</source>
        <translation>Sårbar</translation>
    </message>
</context>
<context>
    <name>CitizenView</name>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="76" />
        <source>Allergier</source>
        <extracomment>Not stated in the source: as prominent as an allergy, in amber (ask before giving medicine). Fields (named as the kinds of store.coverage) that a scope may not carry, like the crisis staff's: shown as "not held", never as empty.</extracomment>
        <translation>Allergier</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="96" />
        <source>Medicinliste</source>
        <translation>Medicinliste</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="103" />
        <source>Kvittér med tastaturet: piletaster til feltet, G givet, I ikke givet, A afvist, H ikke hjemme, Enter vælg.</source>
        <translation>Kvittér med tastaturet: piletaster til feltet, G givet, I ikke givet, A afvist, H ikke hjemme, Enter vælg.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="109" />
        <source>Administrationsskema 72 timer</source>
        <translation>Administrationsskema 72 timer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="121" />
        <location filename="../../continuity_app/gui/views/citizen.py" line="144" />
        <source>Besøg de næste tre dage</source>
        <translation>Besøg de næste tre dage</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="124" />
        <source>Vælg en borger under Borgere (Ctrl+1) eller på en køreliste.</source>
        <translation>Vælg en borger under Borgere (Ctrl+1) eller på en køreliste.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="138" />
        <source>Medicin</source>
        <translation>Medicin</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="162" />
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="163" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="164" />
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="165" />
        <source>Nøgle og dør</source>
        <translation>Nøgle og dør</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="166" />
        <source>Behandlingsniveau</source>
        <translation>Behandlingsniveau</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="167" />
        <source>Sårbarhed</source>
        <translation>Sårbarhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="168" />
        <source>Pårørende</source>
        <translation>Pårørende</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="169" />
        <source>Egen læge</source>
        <translation>Egen læge</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="170" />
        <source>Apotek</source>
        <translation>Apotek</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="171" />
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="172" />
        <source>Mobilitet</source>
        <translation>Mobilitet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="173" />
        <source>Bemærkninger</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="177" />
        <source>Borger</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="205" />
        <source>Medicinliste for %1</source>
        <translation>Medicinliste for %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="220" />
        <source>Borgeren findes ikke i de data, der er på computeren.</source>
        <translation>Borgeren findes ikke i de data, der er på computeren.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="243" />
        <source>(primær)</source>
        <translation>(primær)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="255" />
        <source>besøges senest %1. døgn</source>
        <translation>besøges senest %1. døgn</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="257" />
        <source>Nej</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="275" />
        <source>Medicinlisten er ikke med i data på denne computer; den står i enhedens egne data.</source>
        <translation>Medicinlisten er ikke med i data på denne computer; den står i enhedens egne data.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="277" />
        <source>Ingen aktuel medicin i data.</source>
        <translation>Ingen aktuel medicin i data.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="281" />
        <source>Kørelister er ikke med i data på denne computer.</source>
        <translation>Kørelister er ikke med i data på denne computer.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizen.py" line="316" />
        <source>Effekt skal vurderes (Ctrl+E): %1</source>
        <translation>Effekt skal vurderes (Ctrl+E): %1</translation>
    </message>
</context>
<context>
    <name>CitizenVisitModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="144" />
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="145" />
        <source>Tid</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="146" />
        <source>Køreliste</source>
        <translation>Køreliste</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="147" />
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
        <location filename="../../continuity_app/gui/views/citizens.py" line="44" />
        <location filename="../../continuity_app/gui/views/citizens.py" line="58" />
        <source>Borgere</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="120" />
        <source>Ingen borgere passer til søgningen.</source>
        <translation>Ingen borgere passer til søgningen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="123" />
        <source>Viser de første %1 – skriv mere for at indsnævre.</source>
        <translation>Viser de første %1 – skriv mere for at indsnævre.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="127" />
        <source>%1 borgere fundet</source>
        <translation>%1 borgere fundet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="129" />
        <source>1 borger fundet</source>
        <translation>1 borger fundet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/citizens.py" line="115" />
        <source>Ingen sårbare borgere passer til søgningen. Data på denne computer rummer kun de sårbare borgere.</source>
        <translation>Ingen sårbare borgere passer til søgningen. Data på denne computer rummer kun de sårbare borgere.</translation>
    </message>
</context>
<context>
    <name>ContactTreeModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="110" />
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="111" />
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="113" />
        <source>Reservekanal</source>
        <translation>Reservekanal</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="112" />
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="114" />
        <source>Mødested</source>
        <translation>Mødested</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="115" />
        <source>Eskalér efter</source>
        <translation>Eskalér efter</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="116" />
        <source>Stedfortræder</source>
        <translation>Stedfortræder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="163" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="152" />
        <source>mobil %1</source>
        <translation>mobil %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/contacts.py" line="153" />
        <source>fastnet %1</source>
        <translation>fastnet %1</translation>
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
        <translation>Kontakttræer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/contacts.py" line="43" />
        <source>Den valgte person</source>
        <translation>Den valgte person</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/contacts.py" line="52" />
        <source>Vælg en person i træet: hele kortet står her.</source>
        <translation>Vælg en person i træet: hele kortet står her.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/contacts.py" line="67" />
        <source>Pil højre/venstre folder grene ud og ind; Enter viser hele personens kort. Kan en person ikke nås inden for eskaleringstiden, ring til stedfortræderen.</source>
        <translation>Pil højre/venstre folder grene ud og ind; Enter viser hele personens kort. Kan en person ikke nås inden for eskaleringstiden, ring til stedfortræderen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/contacts.py" line="126" />
        <source>Mobil: %1</source>
        <translation>Mobil: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/contacts.py" line="127" />
        <source>Fastnet: %1</source>
        <translation>Fastnet: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/contacts.py" line="128" />
        <source>Stedfortræder: %1</source>
        <translation>Stedfortræder: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/contacts.py" line="134" />
        <source>Eskalér efter: %1</source>
        <translation>Eskalér efter: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/contacts.py" line="138" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/contacts.py" line="140" />
        <source>Reservekanal: %1</source>
        <translation>Reservekanal: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/contacts.py" line="141" />
        <source>Mødested: %1</source>
        <translation>Mødested: %1</translation>
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
        <location filename="../../continuity_app/gui/views/crisis_common.py" line="59" />
        <source>Skriv først dine initialer (Ctrl+I); så kan det registreres.</source>
        <translation>Skriv først dine initialer (Ctrl+I); så kan det registreres.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/crisis_common.py" line="71" />
        <source>Registreringen mislykkedes.</source>
        <translation>Registreringen mislykkedes.</translation>
    </message>
</context>
<context>
    <name>DoseGrid</name>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="122" />
        <source>Morgen</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="123" />
        <source>Middag</source>
        <translation>Middag</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="124" />
        <source>Aften</source>
        <translation>Aften</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="125" />
        <source>Nat</source>
        <translation>Nat</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="131" />
        <source>givet</source>
        <translation>givet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="132" />
        <source>ikke givet</source>
        <translation>ikke givet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="133" />
        <source>afvist</source>
        <translation>afvist</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="134" />
        <source>ikke hjemme</source>
        <translation>ikke hjemme</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="143" />
        <source>kvitteret %1 gange</source>
        <translation>kvitteret %1 gange</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="179" />
        <source>Administrationsskema 72 timer</source>
        <translation>Administrationsskema 72 timer</translation>
    </message>
</context>
<context>
    <name>DoseGridModel</name>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="68" />
        <source>Præparat</source>
        <translation>Præparat</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="68" />
        <source>Tid</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="68" />
        <source>Dosis</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="71" />
        <source>%1. døgn</source>
        <translation>%1. døgn</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="84" />
        <source>TIDSKRITISK</source>
        <translation>TIDSKRITISK</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="87" />
        <source>Se tekst</source>
        <translation>Se tekst</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="97" />
        <source>gives ikke denne dag</source>
        <translation>gives ikke denne dag</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="99" />
        <source>se doseringsteksten – kvittér dato og kl.</source>
        <translation>se doseringsteksten – kvittér dato og kl.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/dosegrid.py" line="115" />
        <source>ikke kvitteret</source>
        <translation>ikke kvitteret</translation>
    </message>
</context>
<context>
    <name>EffectDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="248" />
        <source>Effekt af PN – %1</source>
        <translation>Effekt af PN – %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="250" />
        <source>%1 %2 kl. %3 – årsag: %4</source>
        <translation>%1 %2 kl. %3 – årsag: %4</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="259" />
        <source>Effekt</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="263" />
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
        <location filename="../../continuity_app/gui/errors.py" line="48" />
        <source>Data er låst. Lås op med enhedens adgangsudtryk.</source>
        <translation>Data er låst. Lås op med enhedens adgangsudtryk.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="49" />
        <source>Forkert adgangsudtryk. Skriv det igen, præcis som det står på papiret i den forseglede kuvert.</source>
        <translation>Forkert adgangsudtryk. Skriv det igen, præcis som det står på papiret i den forseglede kuvert.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="53" />
        <source>For mange forkerte adgangsudtryk i træk. Vent lidt, og prøv så igen.</source>
        <translation>For mange forkerte adgangsudtryk i træk. Vent lidt, og prøv så igen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="56" />
        <source>En anden handling er ikke færdig endnu. Vent et øjeblik, og prøv igen.</source>
        <translation>En anden handling er ikke færdig endnu. Vent et øjeblik, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="57" />
        <source>Nye data kunne ikke hentes, fordi kilden ikke svarer. De gemte data kan stadig bruges; prøv igen senere.</source>
        <translation>Nye data kunne ikke hentes, fordi kilden ikke svarer. De gemte data kan stadig bruges; prøv igen senere.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="62" />
        <source>En anden synkronisering er i gang. Vent, til den er færdig.</source>
        <translation>En anden synkronisering er i gang. Vent, til den er færdig.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="63" />
        <location filename="../../continuity_app/gui/errors.py" line="68" />
        <source>Den hentede fil er beskadiget eller ikke en Nødkopi-fil. De gemte data bruges stadig; prøv igen, eller bed IT om en ny fil.</source>
        <translation>Den hentede fil er beskadiget eller ikke en Nødkopi-fil. De gemte data bruges stadig; prøv igen, eller bed IT om en ny fil.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="73" />
        <source>En af Nødkopiens egne filer på denne computer er beskadiget. Kontakt kommunens IT.</source>
        <translation>En af Nødkopiens egne filer på denne computer er beskadiget. Kontakt kommunens IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="76" />
        <source>Journalfilen er afvist: den er beskadiget, ændret eller ikke til denne enhed. Kontakt kommunens IT.</source>
        <translation>Journalfilen er afvist: den er beskadiget, ændret eller ikke til denne enhed. Kontakt kommunens IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="81" />
        <source>Den hentede fil har ikke kommunens gyldige underskrift og er afvist. Kontakt kommunens IT.</source>
        <translation>Den hentede fil har ikke kommunens gyldige underskrift og er afvist. Kontakt kommunens IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="85" />
        <source>Den hentede fil er til en anden enhed og er afvist. Hent filen til denne enhed.</source>
        <translation>Den hentede fil er til en anden enhed og er afvist. Hent filen til denne enhed.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="88" />
        <source>Den hentede fil er ikke til denne computer. Kontakt kommunens IT.</source>
        <translation>Den hentede fil er ikke til denne computer. Kontakt kommunens IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="91" />
        <source>Den hentede fil er ikke nyere end de data, der allerede er her. De gemte data bruges stadig.</source>
        <translation>Den hentede fil er ikke nyere end de data, der allerede er her. De gemte data bruges stadig.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="95" />
        <source>To forskellige filer med samme løbenummer er modtaget og afvist. De gemte data bruges stadig. Kontakt straks kommunens IT.</source>
        <translation>To forskellige filer med samme løbenummer er modtaget og afvist. De gemte data bruges stadig. Kontakt straks kommunens IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="100" />
        <location filename="../../continuity_app/gui/errors.py" line="103" />
        <source>Den hentede fil er for stor og er afvist. Kontakt kommunens IT.</source>
        <translation>Den hentede fil er for stor og er afvist. Kontakt kommunens IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="106" />
        <source>Der kunne ikke skrives til disken. Vælg et andet sted, eller frigør plads, og prøv igen.</source>
        <translation>Der kunne ikke skrives til disken. Vælg et andet sted, eller frigør plads, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="110" />
        <source>Printeren kunne ikke bruges. Kontrollér, at den er tændt og har papir, eller vælg en anden printer.</source>
        <translation>Printeren kunne ikke bruges. Kontrollér, at den er tændt og har papir, eller vælg en anden printer.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="115" />
        <location filename="../../continuity_app/gui/errors.py" line="119" />
        <source>Filen er lavet af en nyere udgave af Nødkopi. Bed kommunens IT om at opdatere programmet.</source>
        <translation>Filen er lavet af en nyere udgave af Nødkopi. Bed kommunens IT om at opdatere programmet.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="123" />
        <source>Der er endnu ikke hentet nogen data. Synkronisér (F5), eller indlæs data fra en fil.</source>
        <translation>Der er endnu ikke hentet nogen data. Synkronisér (F5), eller indlæs data fra en fil.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="126" />
        <source>Afbrudt.</source>
        <translation>Afbrudt.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="127" />
        <source>Det, der blev bedt om, findes ikke i data på denne computer, eller filen kunne ikke læses.</source>
        <translation>Det, der blev bedt om, findes ikke i data på denne computer, eller filen kunne ikke læses.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="131" />
        <source>Adgangsudtrykket er for kort eller for enkelt. Brug flere almindelige ord.</source>
        <translation>Adgangsudtrykket er for kort eller for enkelt. Brug flere almindelige ord.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="134" />
        <source>Notatet kan ikke gemmes, som det er udfyldt. Ret det, og prøv igen.</source>
        <translation>Notatet kan ikke gemmes, som det er udfyldt. Ret det, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="137" />
        <source>Filen findes allerede. Vælg et andet navn.</source>
        <translation>Filen findes allerede. Vælg et andet navn.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="139" />
        <source>Det valgte kan ikke bruges. Vælg noget andet, og prøv igen.</source>
        <translation>Det valgte kan ikke bruges. Vælg noget andet, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="140" />
        <source>Udskriften kan ikke laves med de valg. Vælg en anden enhed, borger eller dato.</source>
        <translation>Udskriften kan ikke laves med de valg. Vælg en anden enhed, borger eller dato.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="143" />
        <source>Udgivelsen er stoppet, fordi data er skrumpet kraftigt. Kontrollér udtrækkene.</source>
        <translation>Udgivelsen er stoppet, fordi data er skrumpet kraftigt. Kontrollér udtrækkene.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="146" />
        <source>Notatet gentager en registreret dosis eller overskrider en PN-grænse. Gem det kun, hvis det er rigtigt.</source>
        <translation>Notatet gentager en registreret dosis eller overskrider en PN-grænse. Gem det kun, hvis det er rigtigt.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="175" />
        <source>Handlingen mislykkedes. Prøv igen; sker det igen, så kontakt kommunens IT.</source>
        <translation>Handlingen mislykkedes. Prøv igen; sker det igen, så kontakt kommunens IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="201" />
        <source>Nødkopi</source>
        <translation>Nødkopi</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="210" />
        <source>Detaljer</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="179" />
        <source>Der opstod en uventet fejl – beklager. Detaljerne står i programmets log; giv dem til kommunens IT.</source>
        <translation>Der opstod en uventet fejl – beklager. Detaljerne står i programmets log; giv dem til kommunens IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/errors.py" line="138" />
        <source>Det kan ikke udskrives herfra: de data er ikke på denne computer.</source>
        <translation>Det kan ikke udskrives herfra: de data er ikke på denne computer.</translation>
    </message>
</context>
<context>
    <name>Fmt</name>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="39" />
        <source>%1 kl. %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="47" />
        <source>i dag kl. %1</source>
        <translation>i dag kl. %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="49" />
        <source>i går kl. %1</source>
        <translation>i går kl. %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="56" />
        <source>fra fremtiden – tjek computerens ur</source>
        <translation>fra fremtiden – tjek computerens ur</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="59" />
        <source>under 1 time gammel</source>
        <translation>under 1 time gammel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="61" />
        <source>1 time gammel</source>
        <translation>1 time gammel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="63" />
        <source>%1 timer gammel</source>
        <translation>%1 timer gammel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="64" />
        <source>%1 døgn gammel</source>
        <translation>%1 døgn gammel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/fmt.py" line="70" />
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
        <location filename="../../continuity_app/gui/models/vehicles.py" line="140" />
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="132" />
        <source>Sted</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="133" />
        <source>Brændstof</source>
        <translation>Brændstof</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="134" />
        <source>Liter</source>
        <translation>Liter</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="135" />
        <source>Kapacitet (liter)</source>
        <translation>Kapacitet (liter)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="136" />
        <source>Aflæst</source>
        <translation>Aflæst</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="137" />
        <source>Pumpe kræver strøm</source>
        <translation>Pumpe kræver strøm</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="138" />
        <source>Adgang</source>
        <translation>Adgang</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="139" />
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>GivenDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="340" />
        <source>Kvittér dosis – %1</source>
        <translation>Kvittér dosis – %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="344" />
        <source>kl. %1</source>
        <translation>kl. %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="349" />
        <source>%1 – %2 %3 den %4</source>
        <translation>%1 – %2 %3 den %4</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="358" />
        <source>Udfald</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="366" />
        <source>Årsag</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="367" />
        <source>fx sov, kvalme, ville ikke</source>
        <translation>fx sov, kvalme, ville ikke</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="370" />
        <source>Bemærkning</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="372" />
        <source>Udfald:</source>
        <translation>Udfald:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="373" />
        <source>Årsag (når ikke givet):</source>
        <translation>Årsag (når ikke givet):</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="374" />
        <source>Bemærkning:</source>
        <translation>Bemærkning:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="375" />
        <source>Kvittér</source>
        <translation>Kvittér</translation>
    </message>
</context>
<context>
    <name>InitialsDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="75" />
        <source>Hvem arbejder?</source>
        <translation>Hvem arbejder?</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="78" />
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
        <location filename="../../continuity_app/gui/journal_actions.py" line="52" />
        <source>Skift initialer…</source>
        <translation>Skift initialer…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="53" />
        <source>PN-dosis…</source>
        <translation>PN-dosis…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="54" />
        <source>Vurdér effekt…</source>
        <translation>Vurdér effekt…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="55" />
        <source>Notat om borgeren…</source>
        <translation>Notat om borgeren…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="57" />
        <source>Besøg udført</source>
        <translation>Besøg udført</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="59" />
        <source>Besøg ikke udført…</source>
        <translation>Besøg ikke udført…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="61" />
        <source>Besøg flyttet…</source>
        <translation>Besøg flyttet…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="63" />
        <location filename="../../continuity_app/gui/journal_actions.py" line="92" />
        <source>Start øvelse</source>
        <translation>Start øvelse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="64" />
        <source>Vagtoverlevering…</source>
        <translation>Vagtoverlevering…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="92" />
        <source>Afslut øvelse</source>
        <translation>Afslut øvelse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="137" />
        <source>Registreringen mislykkedes.</source>
        <translation>Registreringen mislykkedes.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="138" />
        <source>Ikke registreret</source>
        <translation>Ikke registreret</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="155" />
        <source>Registrér alligevel</source>
        <translation>Registrér alligevel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="157" />
        <source>Fortryd</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="163" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="213" />
        <source>Åbn en borger (Ctrl+1) eller vælg et besøg på kørelisten først.</source>
        <translation>Åbn en borger (Ctrl+1) eller vælg et besøg på kørelisten først.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="244" />
        <source>Over maksimum</source>
        <translation>Over maksimum</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="260" />
        <location filename="../../continuity_app/gui/journal_actions.py" line="403" />
        <source>denne computer</source>
        <translation>denne computer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="262" />
        <source>• %1 kl. %2 af %3 (%4)</source>
        <translation>• %1 kl. %2 af %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="275" />
        <source>Med denne dosis er der givet %1 på 24 timer. Højst pr. døgn er %2.</source>
        <translation>Med denne dosis er der givet %1 på 24 timer. Højst pr. døgn er %2.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="280" />
        <source>Givet før:</source>
        <translation>Givet før:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="282" />
        <source>Dosen er alene over maksimum.</source>
        <translation>Dosen er alene over maksimum.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="285" />
        <source>Tjek ordinationen, og kontakt evt. lægen. Registrér kun, hvis dosen faktisk er givet.</source>
        <translation>Tjek ordinationen, og kontakt evt. lægen. Registrér kun, hvis dosen faktisk er givet.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="288" />
        <source>Denne dosis er allerede registreret:</source>
        <translation>Denne dosis er allerede registreret:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="290" />
        <source>Spørg kollegaen, før der gives igen. Registrér kun, hvis det er en ny, rigtig registrering.</source>
        <translation>Spørg kollegaen, før der gives igen. Registrér kun, hvis det er en ny, rigtig registrering.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="297" />
        <source>tidspunktet %1 ligger mere end 10 minutter frem – tjek uret</source>
        <translation>tidspunktet %1 ligger mere end 10 minutter frem – tjek uret</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="301" />
        <source>tidspunktet %1 er før data blev udgivet – tjek tidspunktet</source>
        <translation>tidspunktet %1 er før data blev udgivet – tjek tidspunktet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="305" />
        <source>registreret igen, selv om dosen allerede var registreret</source>
        <translation>registreret igen, selv om dosen allerede var registreret</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="307" />
        <source>over maksimum pr. døgn – giv besked videre ved vagtskiftet</source>
        <translation>over maksimum pr. døgn – giv besked videre ved vagtskiftet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="313" />
        <source>Registreret kl. %1 af %2</source>
        <translation>Registreret kl. %1 af %2</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="323" />
        <source>Ingen effekt skal vurderes nu.</source>
        <translation>Ingen effekt skal vurderes nu.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="372" />
        <location filename="../../continuity_app/gui/journal_actions.py" line="387" />
        <source>Allerede kvitteret</source>
        <translation>Allerede kvitteret</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="375" />
        <location filename="../../continuity_app/gui/journal_actions.py" line="390" />
        <source>Kvittér igen</source>
        <translation>Kvittér igen</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="407" />
        <source>• %1 kl. %2 af %3 (%4): %5</source>
        <translation>• %1 kl. %2 af %3 (%4): %5</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="416" />
        <source>Denne dosis er allerede kvitteret:</source>
        <translation>Denne dosis er allerede kvitteret:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="418" />
        <source>Giv ikke igen uden at tale med den, der kvitterede. Kvittér kun igen, hvis det er en ny, rigtig registrering.</source>
        <translation>Giv ikke igen uden at tale med den, der kvitterede. Kvittér kun igen, hvis det er en ny, rigtig registrering.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="428" />
        <source>Vælg et besøg på kørelisten (Ctrl+3).</source>
        <translation>Vælg et besøg på kørelisten (Ctrl+3).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="437" />
        <source>Besøg %1 – hvorfor?</source>
        <translation>Besøg %1 – hvorfor?</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="455" />
        <source>Vagtoverlevering</source>
        <translation>Vagtoverlevering</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="457" />
        <source>Vagtoverlevering for %1</source>
        <translation>Vagtoverlevering for %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/journal_actions.py" line="488" />
        <source>Øvelsesrapport</source>
        <translation>Øvelsesrapport</translation>
    </message>
</context>
<context>
    <name>JournalBar</name>
    <message>
        <location filename="../../continuity_app/gui/widgets/journalbar.py" line="28" />
        <source>ØVELSE</source>
        <translation>ØVELSE</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/journalbar.py" line="32" />
        <source>Øvelse i gang</source>
        <translation>Øvelse i gang</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/journalbar.py" line="50" />
        <source>Initialer: %1 (Ctrl+I skifter)</source>
        <translation>Initialer: %1 (Ctrl+I skifter)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/journalbar.py" line="52" />
        <source>Ingen initialer – tryk Ctrl+I</source>
        <translation>Ingen initialer – tryk Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/journalbar.py" line="62" />
        <source>Effekt skal vurderes (Ctrl+E): %1</source>
        <translation>Effekt skal vurderes (Ctrl+E): %1</translation>
    </message>
</context>
<context>
    <name>JournalDialogs</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="62" />
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
        <location filename="../../continuity_app/gui/views/journal.py" line="41" />
        <source>Effekt</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="42" />
        <source>Fast dosis</source>
        <translation>Fast dosis</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="43" />
        <source>Besøg</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="44" />
        <source>Notat</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="45" />
        <source>Opkald</source>
        <translation>Opkald</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="46" />
        <source>Køretøj</source>
        <translation>Køretøj</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="47" />
        <source>Øvelse</source>
        <translation>Øvelse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="48" />
        <source>Rettelse</source>
        <translation>Rettelse</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="102" />
        <source>Tid</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="103" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="104" />
        <source>Borger</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="105" />
        <source>Registrering</source>
        <translation>Registrering</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="106" />
        <source>Initialer</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="107" />
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="108" />
        <source>Øvelse</source>
        <translation>Øvelse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="109" />
        <source>Rettelse</source>
        <translation>Rettelse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="128" />
        <source>ØVELSE</source>
        <translation>ØVELSE</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="132" />
        <source>Rettet %1 af %2: %3</source>
        <translation>Rettet %1 af %2: %3</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="139" />
        <source>Retter %1 kl. %2: %3</source>
        <translation>Retter %1 kl. %2: %3</translation>
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
        <translation>Borger</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="202" />
        <source>Borger: navn eller id</source>
        <translation>Borger: navn eller id</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="208" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="209" />
        <source>Alle typer</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="214" />
        <source>Medarbejder</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="217" />
        <source>Øvelse eller rigtig</source>
        <translation>Øvelse eller rigtig</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="218" />
        <source>Rigtige og øvelse</source>
        <translation>Rigtige og øvelse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="219" />
        <source>Kun rigtige</source>
        <translation>Kun rigtige</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="220" />
        <source>Kun øvelse</source>
        <translation>Kun øvelse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="221" />
        <source>Importér fra kollega (USB)…</source>
        <translation>Importér fra kollega (USB)…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="223" />
        <source>Eksportér til aflevering…</source>
        <translation>Eksportér til aflevering…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="237" />
        <source>Borger:</source>
        <translation>Borger:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="238" />
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="239" />
        <source>Initialer:</source>
        <translation>Initialer:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="255" />
        <source>Journal under nedbrud</source>
        <translation>Journal under nedbrud</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="325" />
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="338" />
        <source>%1 af %2 registreringer</source>
        <translation>%1 af %2 registreringer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="350" />
        <source>Importér kollegas journal</source>
        <translation>Importér kollegas journal</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="350" />
        <source>Journalfil (*.nkj);;Alle filer (*)</source>
        <translation>Journalfil (*.nkj);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="357" />
        <source>Eksportér journal til aflevering</source>
        <translation>Eksportér journal til aflevering</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="357" />
        <source>Journalfil (*.nkj)</source>
        <translation>Journalfil (*.nkj)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="381" />
        <source>Ikke gennemført (%1): %2</source>
        <translation>Ikke gennemført (%1): %2</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="402" />
        <source>Ingen nye registreringer i filen: alt i den er her allerede.</source>
        <translation>Ingen nye registreringer i filen: alt i den er her allerede.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="404" />
        <source>1 ny registrering fra %1.</source>
        <translation>1 ny registrering fra %1.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="407" />
        <source>%1 nye registreringer fra %2.</source>
        <translation>%1 nye registreringer fra %2.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="414" />
        <source>Importerer %1 …</source>
        <translation>Importerer %1 …</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="432" />
        <source>Journalen er gemt til aflevering: %1 (%2 registreringer, %3 kollegers journaler med). Filen er krypteret til IT.</source>
        <translation>Journalen er gemt til aflevering: %1 (%2 registreringer, %3 kollegers journaler med). Filen er krypteret til IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/journal.py" line="440" />
        <source>Eksporterer …</source>
        <translation>Eksporterer …</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="15" />
        <source>Strømafhængig</source>
        <translation>Strømafhængig</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="16" />
        <source>Ingen nære pårørende</source>
        <translation>Ingen nære pårørende</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="17" />
        <source>Hjælp til mad/indkøb</source>
        <translation>Hjælp til mad/indkøb</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="18" />
        <source>Bor på døgninstitution</source>
        <translation>Bor på døgninstitution</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="19" />
        <source>Kan ikke kommunikere</source>
        <translation>Kan ikke kommunikere</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="35" />
        <source>El</source>
        <translation>El</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="36" />
        <source>Benzin</source>
        <translation>Benzin</translation>
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
        <translation>Plugin-hybrid</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="53" />
        <source>Dosisdispensering</source>
        <translation>Dosisdispensering</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="54" />
        <source>Doseret af personale</source>
        <translation>Doseret af personale</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="55" />
        <source>Selv</source>
        <translation>Selv</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="63" />
        <source>Dag</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="64" />
        <source>Aften</source>
        <translation>Aften</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="65" />
        <source>Nat</source>
        <translation>Nat</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="73" />
        <source>A – skal køre</source>
        <translation>A – skal køre</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="74" />
        <source>B – kan køre</source>
        <translation>B – kan køre</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="75" />
        <source>C – lukker</source>
        <translation>C – lukker</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="82" />
        <source>Kontakt %1. døgn</source>
        <translation>Kontakt %1. døgn</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="86" />
        <source>Kontakt 1. døgn: inden for nedbruddets første døgn (strømafhængige, uden nære pårørende, kan ikke kommunikere) · 2. døgn: andre sårbare · 3. døgn: alle andre.</source>
        <translation>Kontakt 1. døgn: inden for nedbruddets første døgn (strømafhængige, uden nære pårørende, kan ikke kommunikere) · 2. døgn: andre sårbare · 3. døgn: alle andre.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="97" />
        <source>Udført</source>
        <translation>Udført</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="98" />
        <source>Ikke udført</source>
        <translation>Ikke udført</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="99" />
        <source>Flyttet</source>
        <translation>Flyttet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="110" />
        <source>ikke oplyst</source>
        <translation>ikke oplyst</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="115" />
        <source>ikke med i data på denne computer</source>
        <translation>ikke med i data på denne computer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="121" />
        <source>Allergier: ikke med i data på denne computer</source>
        <translation>Allergier: ikke med i data på denne computer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="124" />
        <source>Allergier: %1</source>
        <translation>Allergier: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="126" />
        <source>Ingen kendte allergier</source>
        <translation>Ingen kendte allergier</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="127" />
        <source>Allergier: ikke oplyst</source>
        <translation>Allergier: ikke oplyst</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/labels.py" line="136" />
        <source>Ingen kendte</source>
        <translation>Ingen kendte</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../continuity_app/gui/language.py" line="29" />
        <source>Sprog</source>
        <translation>Sprog</translation>
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
        <translation>Systemets sprog</translation>
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
        <translation>Visninger</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="98" />
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="145" />
        <source>Handlinger</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="166" />
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
        <location filename="../../continuity_app/gui/mainwindow.py" line="171" />
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
        <location filename="../../continuity_app/gui/mainwindow.py" line="188" />
        <source>Større tekst</source>
        <translation>Større tekst</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="192" />
        <source>Mindre tekst</source>
        <translation>Mindre tekst</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="194" />
        <source>Normal tekststørrelse</source>
        <translation>Normal tekststørrelse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="199" />
        <location filename="../../continuity_app/gui/mainwindow.py" line="200" />
        <source>Sprog</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="207" />
        <location filename="../../continuity_app/gui/mainwindow.py" line="396" />
        <source>Vælg enhed</source>
        <translation>Vælg enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="368" />
        <source>Her er intet at udskrive: åbn en borger, en køreliste eller en liste – eller udskriv Nødpakken (Ctrl+Shift+P).</source>
        <translation>Her er intet at udskrive: åbn en borger, en køreliste eller en liste – eller udskriv Nødpakken (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="378" />
        <source>Nødpakke</source>
        <translation>Nødpakke</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="380" />
        <source>Nødpakke for %1</source>
        <translation>Nødpakke for %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="398" />
        <source>Vælg først enheden i feltet Enhed øverst (Ctrl+U): skriv en del af navnet og tryk Enter. Udskriv derefter igen.</source>
        <translation>Vælg først enheden i feltet Enhed øverst (Ctrl+U): skriv en del af navnet og tryk Enter. Udskriv derefter igen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="419" />
        <source>%1: seneste synkronisering mislykkedes %2: %3</source>
        <translation>%1: seneste synkronisering mislykkedes %2: %3</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="426" />
        <source>%1: data er ikke længere gyldige (til %2). Synkronisér.</source>
        <translation>%1: data er ikke længere gyldige (til %2). Synkronisér.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="449" />
        <source>Seneste synkronisering mislykkedes %1: %2</source>
        <translation>Seneste synkronisering mislykkedes %1: %2</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="463" />
        <source>Nyere data er hentet, men kunne ikke åbnes uden at låse op igen: tryk Ctrl+L og lås op.</source>
        <translation>Nyere data er hentet, men kunne ikke åbnes uden at låse op igen: tryk Ctrl+L og lås op.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="516" />
        <source>To forskellige udgaver med samme nummer – kontakt IT.</source>
        <extracomment>the ``sync.status`` warnings the banner shows (the others are the sync view's)</extracomment>
        <translation>To forskellige udgaver med samme nummer – kontakt IT.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="519" />
        <source>Nyeste data kan ikke åbnes på denne computer – viser data fra %1.</source>
        <translation>Nyeste data kan ikke åbnes på denne computer – viser data fra %1.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="522" />
        <source>Den seneste synkronisering blev afbrudt; de seneste gode data vises.</source>
        <translation>Den seneste synkronisering blev afbrudt; de seneste gode data vises.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="525" />
        <source>Den nyeste hentede udgave kan ikke bruges; en ældre udgave vises.</source>
        <translation>Den nyeste hentede udgave kan ikke bruges; en ældre udgave vises.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="528" />
        <source>Synkroniseringens tilstand kunne ikke læses; den genskabes ved næste synkronisering.</source>
        <translation>Synkroniseringens tilstand kunne ikke læses; den genskabes ved næste synkronisering.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="545" />
        <source>De nyeste data (løbenummer %1) kunne ikke åbnes; viser en ældre udgave (løbenummer %2).</source>
        <translation>De nyeste data (løbenummer %1) kunne ikke åbnes; viser en ældre udgave (løbenummer %2).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/mainwindow.py" line="553" />
        <source>Data er ikke længere gyldige: de kan være forældede.</source>
        <translation>Data er ikke længere gyldige: de kan være forældede.</translation>
    </message>
</context>
<context>
    <name>MedicationModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="74" />
        <source>Præparat</source>
        <translation>Præparat</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="75" />
        <source>Dosering (FMK)</source>
        <translation>Dosering (FMK)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="76" />
        <source>Morgen</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="77" />
        <source>Middag</source>
        <translation>Middag</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="78" />
        <source>Aften</source>
        <translation>Aften</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="79" />
        <source>Nat</source>
        <translation>Nat</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="80" />
        <source>Efter behov</source>
        <translation>Efter behov</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="81" />
        <source>Dispensering</source>
        <translation>Dispensering</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="82" />
        <source>Indikation</source>
        <translation>Indikation</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="111" />
        <source>Ja, højst %1</source>
        <translation>Ja, højst %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="112" />
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="89" />
        <source>TIDSKRITISK</source>
        <translation>TIDSKRITISK</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="91" />
        <source>Dosering ikke angivet</source>
        <translation>Dosering ikke angivet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="93" />
        <source>Kl. %1</source>
        <translation>Kl. %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="95" />
        <source>tjek: tekst og skema er forskellige</source>
        <translation>tjek: tekst og skema er forskellige</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/citizens.py" line="97" />
        <source>Dannet ud fra struktureret dosering:</source>
        <translation>Dannet ud fra struktureret dosering:</translation>
    </message>
</context>
<context>
    <name>NearModel</name>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="56" />
        <source>Afstand</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="57" />
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="58" />
        <source>Kat.</source>
        <translation>Kat.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="59" />
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="60" />
        <source>Leder</source>
        <translation>Leder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="61" />
        <source>Nødstrøm</source>
        <translation>Nødstrøm</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="62" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="70" />
        <source>ukendt</source>
        <translation>ukendt</translation>
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
        <translation>Punkt: enhed eller koordinater</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="104" />
        <source>Radius i km</source>
        <translation>Radius i km</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="110" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="119" />
        <source>Enheder inden for radius</source>
        <translation>Enheder inden for radius</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="122" />
        <source>Enheder uden koordinater</source>
        <translation>Enheder uden koordinater</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="130" />
        <source>&amp;Punkt:</source>
        <translation>&amp;Punkt:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="130" />
        <source>&amp;Radius:</source>
        <translation>&amp;Radius:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="157" />
        <source>Skriv en enheds navn eller koordinater (breddegrad, længdegrad – fx 56,53 8,20), vælg radius og tryk Enter. Ctrl+P udskriver listen.</source>
        <translation>Skriv en enheds navn eller koordinater (breddegrad, længdegrad – fx 56,53 8,20), vælg radius og tryk Enter. Ctrl+P udskriver listen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="164" />
        <location filename="../../continuity_app/gui/views/nearby.py" line="191" />
        <source>Enheder i nærheden</source>
        <translation>Enheder i nærheden</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="170" />
        <source>I nærheden</source>
        <translation>I nærheden</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="225" />
        <source>Punktet kan ikke bruges: skriv en enhed med koordinater eller breddegrad og længdegrad i decimalgrader, fx 56,53 8,20.</source>
        <translation>Punktet kan ikke bruges: skriv en enhed med koordinater eller breddegrad og længdegrad i decimalgrader, fx 56,53 8,20.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="236" />
        <source>%1 enheder inden for %2 km af %3, nærmeste først (%4 længere væk).</source>
        <translation>%1 enheder inden for %2 km af %3, nærmeste først (%4 længere væk).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/nearby.py" line="243" />
        <source>Uden koordinater – kan ikke placeres, tjek dem selv: %1</source>
        <translation>Uden koordinater – kan ikke placeres, tjek dem selv: %1</translation>
    </message>
</context>
<context>
    <name>NextModel</name>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="72" />
        <source>Ring til</source>
        <translation>Ring til</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="73" />
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="74" />
        <source>Kanal</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="75" />
        <source>Nummer / hvordan</source>
        <translation>Nummer / hvordan</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="76" />
        <source>Hvorfor</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="77" />
        <source>Eskaleres kl.</source>
        <translation>Eskaleres kl.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="93" />
        <source>Stedfortræder for %1 (%2), ikke nået i tide</source>
        <translation>Stedfortræder for %1 (%2), ikke nået i tide</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="97" />
        <source>Nr. %1 i træet</source>
        <translation>Nr. %1 i træet</translation>
    </message>
</context>
<context>
    <name>NodeModel</name>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="120" />
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="121" />
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="122" />
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="123" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="124" />
        <source>Forsøg</source>
        <translation>Forsøg</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="125" />
        <source>Nået kl.</source>
        <translation>Nået kl.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="131" />
        <source>Nået – for sent</source>
        <translation>Nået – for sent</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="131" />
        <source>Nået</source>
        <translation>Nået</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="133" />
        <source>Mangler – dækket af %1</source>
        <translation>Mangler – dækket af %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="135" />
        <source>Venter</source>
        <translation>Venter</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="136" />
        <source>Skal ringes op</source>
        <translation>Skal ringes op</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="137" />
        <source>Eskaleret – ring til stedfortræder</source>
        <translation>Eskaleret – ring til stedfortræder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/callrun.py" line="138" />
        <source>Mangler – dækket</source>
        <translation>Mangler – dækket</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="287" />
        <source>Notat – %1</source>
        <translation>Notat – %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="290" />
        <source>Notat</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="293" />
        <source>Fx faldet i badeværelset; 1 iltflaske tilbage; nøglen virkede ikke</source>
        <translation>Fx faldet i badeværelset; 1 iltflaske tilbage; nøglen virkede ikke</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="295" />
        <source>Registrér</source>
        <translation>Registrér</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="298" />
        <source>Ctrl+Enter registrerer.</source>
        <translation>Ctrl+Enter registrerer.</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="75" />
        <source>Kat.</source>
        <translation>Kat.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="76" />
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="77" />
        <source>Borgere</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="78" />
        <source>Beboere</source>
        <translation>Beboere</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="79" />
        <source>Sårbare</source>
        <translation>Sårbare</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="80" />
        <source>Kontakt 1. døgn</source>
        <translation>Kontakt 1. døgn</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="81" />
        <source>Kontakt 2. døgn</source>
        <translation>Kontakt 2. døgn</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="82" />
        <source>Kontakt 3. døgn</source>
        <translation>Kontakt 3. døgn</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="83" />
        <source>Sårbare efter årsag</source>
        <translation>Sårbare efter årsag</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="84" />
        <source>Nødstrøm</source>
        <translation>Nødstrøm</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="85" />
        <source>Forsyning (døgn)</source>
        <translation>Forsyning (døgn)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="86" />
        <source>Vand 3 døgn</source>
        <translation>Vand 3 døgn</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="87" />
        <source>Ledige køretøjer</source>
        <translation>Ledige køretøjer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="115" />
        <location filename="../../continuity_app/gui/views/overview.py" line="119" />
        <source>ikke kendt</source>
        <translation>ikke kendt</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="116" />
        <source>%1 liter</source>
        <translation>%1 liter</translation>
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
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="159" />
        <source>Overblik pr. enhed</source>
        <translation>Overblik pr. enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="169" />
        <source>Klik på en kolonneoverskrift for at sortere. Ctrl+P udskriver Overblikket.</source>
        <translation>Klik på en kolonneoverskrift for at sortere. Ctrl+P udskriver Overblikket.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="172" />
        <location filename="../../continuity_app/gui/views/overview.py" line="179" />
        <location filename="../../continuity_app/gui/views/overview.py" line="211" />
        <source>Overblik</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="219" />
        <source>Dataalder ukendt</source>
        <translation>Dataalder ukendt</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="224" />
        <source> (kun de enheder, der kendes her)</source>
        <translation> (kun de enheder, der kendes her)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="230" />
        <source>Borgere %1 · beboere %2 · sårbare %3 (kontakt 1. døgn: %4, 2. døgn: %5, 3. døgn: %6)%7</source>
        <translation>Borgere %1 · beboere %2 · sårbare %3 (kontakt 1. døgn: %4, 2. døgn: %5, 3. døgn: %6)%7</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="238" />
        <source>Vand til 3 døgn: %1 liter · enheder %2 · med nødstrøm %3</source>
        <translation>Vand til 3 døgn: %1 liter · enheder %2 · med nødstrøm %3</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="242" />
        <source>Ledige køretøjer: %1 · på opgave %2 · reserveret %3</source>
        <translation>Ledige køretøjer: %1 · på opgave %2 · reserveret %3</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="246" />
        <source>Brændstof på lager: %1</source>
        <translation>Brændstof på lager: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="249" />
        <source>%1 %2 liter (heraf %3 bag pumpe der kræver strøm)</source>
        <translation>%1 %2 liter (heraf %3 bag pumpe der kræver strøm)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/overview.py" line="255" />
        <source>intet</source>
        <translation>intet</translation>
    </message>
</context>
<context>
    <name>PnDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="118" />
        <source>PN-dosis – %1</source>
        <translation>PN-dosis – %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="121" />
        <source>Præparat</source>
        <translation>Præparat</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="125" />
        <source>Andet præparat (skriv navnet)</source>
        <translation>Andet præparat (skriv navnet)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="128" />
        <source>Præparat, der ikke er på listen</source>
        <translation>Præparat, der ikke er på listen</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="131" />
        <source>Dosis</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="132" />
        <source>fx 1 tablet</source>
        <translation>fx 1 tablet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="135" />
        <source>Årsag</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="142" />
        <source>Givet kl.</source>
        <translation>Givet kl.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="148" />
        <source>Præparat:</source>
        <translation>Præparat:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="149" />
        <source>Andet præparat:</source>
        <translation>Andet præparat:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="150" />
        <source>Dosis:</source>
        <translation>Dosis:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="151" />
        <source>Årsag:</source>
        <translation>Årsag:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="152" />
        <source>Givet kl.:</source>
        <translation>Givet kl.:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="153" />
        <source>Registrér</source>
        <translation>Registrér</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="189" />
        <source>Præparatet er ikke på medicinlisten: intet maksimum at tjekke.</source>
        <translation>Præparatet er ikke på medicinlisten: intet maksimum at tjekke.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="192" />
        <source>ikke oplyst</source>
        <translation>ikke oplyst</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="195" />
        <source>Givet de seneste 24 timer: %1 (kl. %2).</source>
        <translation>Givet de seneste 24 timer: %1 (kl. %2).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="199" />
        <source>Ikke givet de seneste 24 timer.</source>
        <translation>Ikke givet de seneste 24 timer.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/journal_entry.py" line="201" />
        <source>Højst pr. døgn: %1. %2</source>
        <translation>Højst pr. døgn: %1. %2</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="76" />
        <source>Vis udskrift – %1</source>
        <translation>Vis udskrift – %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="86" />
        <source>Forhåndsvisning</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="91" />
        <source>%1 sider</source>
        <translation>%1 sider</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="91" />
        <source>1 side</source>
        <translation>1 side</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="94" />
        <source>Fremdrift for udskrivning</source>
        <translation>Fremdrift for udskrivning</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="96" />
        <source>&amp;Udskriv…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="100" />
        <source>&amp;Gem som PDF…</source>
        <translation>&amp;Gem som PDF…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="103" />
        <source>&amp;Luk</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="128" />
        <source>Udskriv %1</source>
        <translation>Udskriv %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="152" />
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="170" />
        <source>Gem som PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="154" />
        <source>PDF-filen er IKKE krypteret og indeholder helbredsoplysninger. Gem den kun på et sted, hvor uvedkommende ikke kan læse den, og slet den, når den ikke skal bruges mere.

Vil du gemme filen?</source>
        <translation>PDF-filen er IKKE krypteret og indeholder helbredsoplysninger. Gem den kun på et sted, hvor uvedkommende ikke kan læse den, og slet den, når den ikke skal bruges mere.

Vil du gemme filen?</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/dialogs/preview.py" line="170" />
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../../continuity_app/gui/printing.py" line="44" />
        <source>Laver %1 …</source>
        <translation>Laver %1 …</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/printing.py" line="44" />
        <source>Annullér</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/printing.py" line="47" />
        <source>Udskrift</source>
        <translation>Udskrift</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../continuity_app/gui/progress.py" line="18" />
        <source>Kontrollerer adgangsudtrykket</source>
        <translation>Kontrollerer adgangsudtrykket</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/progress.py" line="19" />
        <source>Kontrollerer underskriften</source>
        <translation>Kontrollerer underskriften</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/progress.py" line="20" />
        <source>Dekrypterer</source>
        <translation>Dekrypterer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/progress.py" line="21" />
        <source>Indlæser data</source>
        <translation>Indlæser data</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/progress.py" line="22" />
        <source>Forbinder</source>
        <translation>Forbinder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/progress.py" line="23" />
        <source>Henter</source>
        <translation>Henter</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/progress.py" line="24" />
        <source>Gemmer</source>
        <translation>Gemmer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/progress.py" line="25" />
        <source>Færdig</source>
        <translation>Færdig</translation>
    </message>
</context>
<context>
    <name>RoutesView</name>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="43" />
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="48" />
        <source>Køreliste</source>
        <translation>Køreliste</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="52" />
        <source>&amp;Dato:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="54" />
        <source>&amp;Køreliste:</source>
        <translation>&amp;Køreliste:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="75" />
        <source>Udført (Ctrl+Shift+U)</source>
        <translation>Udført (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="76" />
        <source>Ikke udført… (Ctrl+Shift+I)</source>
        <translation>Ikke udført… (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="77" />
        <source>Flyttet… (Ctrl+Shift+F)</source>
        <translation>Flyttet… (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="88" />
        <source>Besøg i rækkefølge</source>
        <translation>Besøg i rækkefølge</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="94" />
        <source>Enter eller dobbeltklik åbner borgeren.</source>
        <translation>Enter eller dobbeltklik åbner borgeren.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="100" />
        <location filename="../../continuity_app/gui/views/routes.py" line="118" />
        <source>Kørelister</source>
        <translation>Kørelister</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="169" />
        <source>Kørelister %1</source>
        <translation>Kørelister %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="186" />
        <source>I dag, %1</source>
        <translation>I dag, %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="237" />
        <source>Personale: %1</source>
        <translation>Personale: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="238" />
        <source>Bil: %1</source>
        <translation>Bil: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="266" />
        <source>Ingen køreliste for i dag (%1) i data på denne computer.</source>
        <translation>Ingen køreliste for i dag (%1) i data på denne computer.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="271" />
        <source>Viser kørelisten for %1, ikke i dag (%2).</source>
        <translation>Viser kørelisten for %1, ikke i dag (%2).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="278" />
        <source>Ingen køreliste for i dag (%1) i data på denne computer. Viser kørelisten for %2 – tjek, at det er den dag, du skal bruge.</source>
        <translation>Ingen køreliste for i dag (%1) i data på denne computer. Viser kørelisten for %2 – tjek, at det er den dag, du skal bruge.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="306" />
        <source>%1 af %2 udført</source>
        <translation>%1 af %2 udført</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="311" />
        <source>%1 ikke udført</source>
        <translation>%1 ikke udført</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="314" />
        <source>%1 flyttet</source>
        <translation>%1 flyttet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/routes.py" line="199" />
        <source>Kørelister er ikke med i data på denne computer; de står i enhedens egne data.</source>
        <translation>Kørelister er ikke med i data på denne computer; de står i enhedens egne data.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../continuity_app/gui/syncing.py" line="137" />
        <source>Indlæs data fra fil</source>
        <translation>Indlæs data fra fil</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/syncing.py" line="139" />
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
        <location filename="../../continuity_app/gui/models/sync.py" line="23" />
        <source>Detaljer</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/sync.py" line="30" />
        <source>Lykkedes</source>
        <translation>Lykkedes</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/sync.py" line="30" />
        <source>Mislykkedes</source>
        <translation>Mislykkedes</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="36" />
        <source>Dataalder</source>
        <translation>Dataalder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="37" />
        <source>Løbenummer</source>
        <translation>Løbenummer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="38" />
        <source>Omfang</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="39" />
        <source>Gyldige til</source>
        <translation>Gyldige til</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="40" />
        <source>Seneste forsøg</source>
        <translation>Seneste forsøg</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="41" />
        <source>Næste planlagte</source>
        <translation>Næste planlagte</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="42" />
        <source>Kilde</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="50" />
        <location filename="../../continuity_app/gui/views/sync.py" line="52" />
        <source>Synkronisér nu</source>
        <translation>Synkronisér nu</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="54" />
        <source>Indlæs fra fil…</source>
        <translation>Indlæs fra fil…</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="56" />
        <source>Indlæs data fra en fil, fx et USB-stik</source>
        <translation>Indlæs data fra en fil, fx et USB-stik</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="60" />
        <source>Fremdrift for synkronisering</source>
        <translation>Fremdrift for synkronisering</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="73" />
        <source>Historik</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="78" />
        <source>Gemte generationer</source>
        <translation>Gemte generationer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="81" />
        <source>De andre kommuner på denne computer:</source>
        <translation>De andre kommuner på denne computer:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="84" />
        <source>De andre kommuner på denne computer</source>
        <translation>De andre kommuner på denne computer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="87" />
        <location filename="../../continuity_app/gui/views/sync.py" line="102" />
        <source>Synkronisering</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="91" />
        <source>Historik:</source>
        <translation>Historik:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="93" />
        <source>Gemte generationer (krypterede):</source>
        <translation>Gemte generationer (krypterede):</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="123" />
        <source>Synkroniserer …</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="145" />
        <location filename="../../continuity_app/gui/views/sync.py" line="169" />
        <source>Ingen data endnu</source>
        <translation>Ingen data endnu</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="153" />
        <source>Ingen endnu</source>
        <translation>Ingen endnu</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="155" />
        <location filename="../../continuity_app/gui/views/sync.py" line="177" />
        <source>lykkedes</source>
        <translation>lykkedes</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="155" />
        <source>mislykkedes</source>
        <translation>mislykkedes</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="173" />
        <source>løbenummer %1</source>
        <translation>løbenummer %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="177" />
        <source>mislykkedes: %1</source>
        <translation>mislykkedes: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/sync.py" line="180" />
        <source>seneste forsøg %1 %2</source>
        <translation>seneste forsøg %1 %2</translation>
    </message>
</context>
<context>
    <name>UnitModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="189" />
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="190" />
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="191" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="192" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="193" />
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="194" />
        <source>Leder</source>
        <translation>Leder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="195" />
        <source>Generator</source>
        <translation>Generator</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="196" />
        <source>Forsyninger (dage)</source>
        <translation>Forsyninger (dage)</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../../continuity_app/gui/widgets/unitpicker.py" line="34" />
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unitpicker.py" line="35" />
        <source>Vælg enhed: skriv en del af navnet (Ctrl+U)</source>
        <translation>Vælg enhed: skriv en del af navnet (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unitpicker.py" line="46" />
        <source>&amp;Enhed:</source>
        <translation>&amp;Enhed:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unitpicker.py" line="59" />
        <source>Alle enheder</source>
        <translation>Alle enheder</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="158" />
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="159" />
        <source>Alle kategorier</source>
        <translation>Alle kategorier</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="163" />
        <source>Filtrér på navn, adresse …</source>
        <translation>Filtrér på navn, adresse …</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="163" />
        <source>Filtrér enheder</source>
        <translation>Filtrér enheder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="165" />
        <location filename="../../continuity_app/gui/views/lists.py" line="179" />
        <location filename="../../continuity_app/gui/views/lists.py" line="185" />
        <source>Enheder</source>
        <translation>Enheder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="169" />
        <source>A: skal køre · B: kan køre (fx pasning af børn af personale i A) · C: lukker ved langvarigt forsyningssvigt</source>
        <translation>A: skal køre · B: kan køre (fx pasning af børn af personale i A) · C: lukker ved langvarigt forsyningssvigt</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="175" />
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
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="52" />
        <source>Nødkopien er låst. Skriv enhedens adgangsudtryk for at åbne den. Adgangsudtrykket står på papiret i den forseglede kuvert.</source>
        <translation>Nødkopien er låst. Skriv enhedens adgangsudtryk for at åbne den. Adgangsudtrykket står på papiret i den forseglede kuvert.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="64" />
        <source>Adgangsudtryk</source>
        <translation>Adgangsudtryk</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="67" />
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="69" />
        <source>Lås op</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="75" />
        <source>Fremdrift for oplåsning</source>
        <translation>Fremdrift for oplåsning</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="81" />
        <source>Besked</source>
        <translation>Besked</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="83" />
        <source>&amp;Adgangsudtryk:</source>
        <translation>&amp;Adgangsudtryk:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="158" />
        <source>Skriv adgangsudtrykket først.</source>
        <translation>Skriv adgangsudtrykket først.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="168" />
        <source>Vent 1 sekund, før du prøver igen.</source>
        <translation>Vent 1 sekund, før du prøver igen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/widgets/unlock.py" line="170" />
        <source>Vent %1 sekunder, før du prøver igen.</source>
        <translation>Vent %1 sekunder, før du prøver igen.</translation>
    </message>
</context>
<context>
    <name>VehicleBoardView</name>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="126" />
        <source>Vis</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="128" />
        <source>Alle køretøjer</source>
        <translation>Alle køretøjer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="129" />
        <source>Kun ledige</source>
        <translation>Kun ledige</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="130" />
        <source>Kun på opgave</source>
        <translation>Kun på opgave</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="131" />
        <source>Kun reserverede</source>
        <translation>Kun reserverede</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="135" />
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="187" />
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="194" />
        <source>Køretøjstavle</source>
        <translation>Køretøjstavle</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="140" />
        <source>Opgave</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="141" />
        <source>fx Vand til Solgården</source>
        <translation>fx Vand til Solgården</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="144" />
        <source>Chauffør</source>
        <translation>Chauffør</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="149" />
        <source>Km kørt</source>
        <translation>Km kørt</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="150" />
        <source>ved frigivelse</source>
        <translation>ved frigivelse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="152" />
        <source>Tildel (Alt+T)</source>
        <translation>Tildel (Alt+T)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="156" />
        <source>Frigiv (Alt+F)</source>
        <translation>Frigiv (Alt+F)</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="168" />
        <source>&amp;Opgave:</source>
        <translation>&amp;Opgave:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="169" />
        <source>&amp;Chauffør:</source>
        <translation>&amp;Chauffør:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="170" />
        <source>&amp;Km kørt:</source>
        <translation>&amp;Km kørt:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="179" />
        <source>&amp;Vis:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="213" />
        <source>Køretøjer og brændstof</source>
        <translation>Køretøjer og brændstof</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="236" />
        <source>%1 ledige · %2 på opgave · %3 reserveret</source>
        <translation>%1 ledige · %2 på opgave · %3 reserveret</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="267" />
        <source>Vælg først køretøjet i tavlen.</source>
        <translation>Vælg først køretøjet i tavlen.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="271" />
        <source>Skriv både opgaven og chaufføren.</source>
        <translation>Skriv både opgaven og chaufføren.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="276" />
        <source>%1 er allerede på opgave: frigiv det først (Alt+F).</source>
        <translation>%1 er allerede på opgave: frigiv det først (Alt+F).</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicleboard.py" line="292" />
        <source>Vælg et køretøj, der er på opgave.</source>
        <translation>Vælg et køretøj, der er på opgave.</translation>
    </message>
</context>
<context>
    <name>VehicleModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="52" />
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="43" />
        <source>Reg.nr.</source>
        <translation>Reg.nr.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="44" />
        <source>Drivmiddel</source>
        <translation>Drivmiddel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="46" />
        <source>Pladser</source>
        <translation>Pladser</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="73" />
        <source>Kørestol</source>
        <translation>Kørestol</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="74" />
        <source>4×4</source>
        <translation>4×4</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="48" />
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="45" />
        <source>Rækkevidde og niveau</source>
        <translation>Rækkevidde og niveau</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="47" />
        <source>Udstyr</source>
        <translation>Udstyr</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="49" />
        <source>Nøgler</source>
        <translation>Nøgler</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="50" />
        <source>Reserveret / fri</source>
        <translation>Reserveret / fri</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="51" />
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="63" />
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="83" />
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="104" />
        <source>Reserveret: %1</source>
        <translation>Reserveret: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/vehicles.py" line="100" />
        <source>Aflæst %1</source>
        <translation>Aflæst %1</translation>
    </message>
</context>
<context>
    <name>VehiclesView</name>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="37" />
        <source>Drivmiddel</source>
        <translation>Drivmiddel</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="38" />
        <source>Alle drivmidler</source>
        <translation>Alle drivmidler</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="43" />
        <source>Fri eller reserveret</source>
        <translation>Fri eller reserveret</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="44" />
        <source>Fri og reserveret</source>
        <translation>Fri og reserveret</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="45" />
        <source>Kun fri</source>
        <translation>Kun fri</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="46" />
        <source>Kun reserveret</source>
        <translation>Kun reserveret</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="49" />
        <source>Enhed</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="52" />
        <source>&amp;Kørestol</source>
        <translation>&amp;Kørestol</translation>
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
        <translation>Køretøjer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="62" />
        <source>Det valgte køretøj</source>
        <translation>Det valgte køretøj</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="74" />
        <location filename="../../continuity_app/gui/views/vehicles.py" line="106" />
        <source>Brændstoflagre</source>
        <translation>Brændstoflagre</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="80" />
        <source>&amp;Drivmiddel:</source>
        <translation>&amp;Drivmiddel:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="81" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="82" />
        <source>E&amp;nhed:</source>
        <translation>E&amp;nhed:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="90" />
        <source>Skal have:</source>
        <translation>Skal have:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="235" />
        <source>Holder: %1</source>
        <translation>Holder: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="236" />
        <source>Nøgler: %1</source>
        <translation>Nøgler: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="237" />
        <source>Reserveret / fri: %1</source>
        <translation>Reserveret / fri: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="241" />
        <source>Kontakt: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="166" />
        <source>Køretøjer og brændstof</source>
        <translation>Køretøjer og brændstof</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="187" />
        <source>Alle enheder</source>
        <translation>Alle enheder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/vehicles.py" line="211" />
        <source>%1 af %2 køretøjer vist</source>
        <translation>%1 af %2 køretøjer vist</translation>
    </message>
</context>
<context>
    <name>VisitModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="51" />
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="52" />
        <source>Tid</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="53" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="54" />
        <source>Borger</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="55" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="56" />
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="57" />
        <source>Nøgle/dør</source>
        <translation>Nøgle/dør</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="58" />
        <source>Opgaver</source>
        <translation>Opgaver</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="59" />
        <source>To personer</source>
        <translation>To personer</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="60" />
        <source>Bemærkning</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="61" />
        <source>Allergier</source>
        <translation>Allergier</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="89" />
        <source>Tidskritisk: %1</source>
        <translation>Tidskritisk: %1</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="92" />
        <source>2 personer</source>
        <translation>2 personer</translation>
    </message>
</context>
<context>
    <name>VulnerableModel</name>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="128" />
        <source>Prioritet</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="129" />
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="130" />
        <source>Hvorfor sårbar</source>
        <translation>Hvorfor sårbar</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="131" />
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="132" />
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="133" />
        <source>Pårørendes telefon</source>
        <translation>Pårørendes telefon</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/models/lists.py" line="134" />
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
        <location filename="../../continuity_app/gui/views/lists.py" line="44" />
        <source>Filtrér på navn, adresse, årsag …</source>
        <translation>Filtrér på navn, adresse, årsag …</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="44" />
        <source>Filtrér sårbare borgere</source>
        <translation>Filtrér sårbare borgere</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="49" />
        <location filename="../../continuity_app/gui/views/lists.py" line="67" />
        <location filename="../../continuity_app/gui/views/lists.py" line="78" />
        <location filename="../../continuity_app/gui/views/lists.py" line="106" />
        <source>Sårbare borgere</source>
        <translation>Sårbare borgere</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="60" />
        <source>E&amp;nhed:</source>
        <translation>E&amp;nhed:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="60" />
        <source>&amp;Prioritet:</source>
        <translation>&amp;Prioritet:</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="115" />
        <source>Alle enheder</source>
        <translation>Alle enheder</translation>
    </message>
    <message>
        <location filename="../../continuity_app/gui/views/lists.py" line="144" />
        <source>%1 af %2 sårbare borgere vist</source>
        <translation>%1 af %2 sårbare borgere vist</translation>
    </message>
</context>
</TS>
