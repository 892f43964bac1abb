<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/app/application.cpp" line="73"/>
        <location filename="../../ui/app/application.cpp" line="116"/>
        <source>Who Owns This</source>
        <translation>Wer ist zuständig?</translation>
    </message>
    <message>
        <location filename="../../ui/app/application.cpp" line="76"/>
        <source>Find who owns a request, fast.</source>
        <translation>Schnell finden, wer für ein Anliegen zuständig ist.</translation>
    </message>
    <message>
        <location filename="../../ui/app/application.cpp" line="79"/>
        <source>Directory database file.</source>
        <translation>Datenbankdatei des Verzeichnisses.</translation>
    </message>
    <message>
        <location filename="../../ui/app/application.cpp" line="81"/>
        <source>Start with this query.</source>
        <translation>Mit dieser Suche beginnen.</translation>
    </message>
    <message>
        <location filename="../../ui/app/application.cpp" line="85"/>
        <source>Print the milliseconds from process start to the first results, then quit.</source>
        <translation>Die Millisekunden vom Programmstart bis zu den ersten Ergebnissen ausgeben, dann beenden.</translation>
    </message>
    <message>
        <location filename="../../ui/app/application.cpp" line="90"/>
        <source>Save the window as a PNG once the first results are shown, then quit.</source>
        <translation>Das Fenster als PNG speichern, sobald die ersten Ergebnisse angezeigt werden, dann beenden.</translation>
    </message>
    <message>
        <location filename="../../ui/app/application.cpp" line="94"/>
        <source>With --screenshot: org, unanswered, import, editor or settings.</source>
        <translation>Mit --screenshot: org, unanswered, import, editor oder settings.</translation>
    </message>
    <message>
        <location filename="../../ui/app/application.cpp" line="97"/>
        <source>With --show import: the file to open.</source>
        <translation>Mit --show import: die zu öffnende Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/app/application.cpp" line="100"/>
        <source>Answer as if it were this instant (ISO 8601).</source>
        <translation>Antworten, als wäre es dieser Zeitpunkt (ISO 8601).</translation>
    </message>
</context>
<context>
    <name>whoowns::ui::Answer</name>
    <message>
        <location filename="../../ui/answer/answer.cpp" line="45"/>
        <source>%1 is on leave.</source>
        <translation>%1 ist beurlaubt.</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answer.cpp" line="47"/>
        <source>%1 is out of office until %2.</source>
        <translation>%1 ist abwesend bis %2.</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answer.cpp" line="50"/>
        <source>%1 is not available right now.</source>
        <translation>%1 ist gerade nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answer.cpp" line="52"/>
        <source>Delegate: %1.</source>
        <translation>Vertretung: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answer.cpp" line="70"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answer.cpp" line="72"/>
        <source>Transferring you to %1</source>
        <translation>Ich verbinde Sie mit %1</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answer.cpp" line="73"/>
        <source>Transferring you to %1 about %2</source>
        <translation>Ich verbinde Sie wegen %2 mit %1</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answer.cpp" line="76"/>
        <source>; if they are unavailable, %1 is the backup</source>
        <translation>; falls dort niemand erreichbar ist, übernimmt %1</translation>
    </message>
</context>
<context>
    <name>whoowns::ui::AnswerCard</name>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="36"/>
        <source>Answer card</source>
        <translation>Antwortkarte</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="43"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="49"/>
        <source>Copy &amp;number</source>
        <translation>&amp;Nummer kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="53"/>
        <source>Copy &amp;handoff note</source>
        <translation>&amp;Übergabetext kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="55"/>
        <source>&amp;Call</source>
        <translation>&amp;Anrufen</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="57"/>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="60"/>
        <source>Show in &amp;org chart</source>
        <translation>Im &amp;Organigramm zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="136"/>
        <source>● Available now</source>
        <translation>● Jetzt erreichbar</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="140"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="143"/>
        <source>○ Away</source>
        <translation>○ Nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="147"/>
        <source>— back %1</source>
        <translation>— wieder da %1</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="153"/>
        <source>☎ %1</source>
        <translation>☎ %1</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="155"/>
        <source>ext. %1</source>
        <translation>Durchwahl %1</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="159"/>
        <source>✉ %1</source>
        <translation>✉ %1</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="163"/>
        <source>their time %1 (%2)</source>
        <translation>Ortszeit %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="168"/>
        <source>— yours %1</source>
        <translation>— bei Ihnen %1</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="173"/>
        <source>hours %1</source>
        <translation>Arbeitszeit %1</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="188"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="190"/>
        <source>Redirect to now</source>
        <translation>Jetzt weiterleiten an</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="193"/>
        <source>Owner: %1 (taken by %2 now)</source>
        <translation>Zuständig: %1 (jetzt übernimmt %2)</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="197"/>
        <source>No one to redirect to: use the fallback contact.</source>
        <translation>Niemand zum Weiterleiten: bitte den Ausweichkontakt nutzen.</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="201"/>
        <source>Delegate</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="202"/>
        <source>Backup</source>
        <translation>Stellvertretung</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="205"/>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="208"/>
        <source>What to tell the customer</source>
        <translation>Was Sie der Kundin oder dem Kunden sagen</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="211"/>
        <source>Why this matched</source>
        <translation>Warum dieser Treffer</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="222"/>
        <source>Copied %1 (%2)</source>
        <translation>%1 kopiert (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="231"/>
        <source>Copied the handoff note</source>
        <translation>Übergabetext kopiert</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="244"/>
        <source>No program to call %1 is set up</source>
        <translation>Kein Programm zum Anrufen von %1 eingerichtet</translation>
    </message>
    <message>
        <location filename="../../ui/answer/answercard.cpp" line="260"/>
        <source>No e-mail program is set up</source>
        <translation>Kein E-Mail-Programm eingerichtet</translation>
    </message>
</context>
<context>
    <name>whoowns::ui::ImportFilePage</name>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="22"/>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="23"/>
        <source>An export from the HR system (CSV, organogram, vCard, LDIF, JSON) or a teams or responsibilities CSV.</source>
        <translation>Ein Export aus dem Personalsystem (CSV, Organigramm, vCard, LDIF, JSON) oder eine CSV-Datei mit Teams oder Zuständigkeiten.</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="29"/>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="30"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="32"/>
        <source>Browse for the file</source>
        <translation>Datei suchen</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="35"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="40"/>
        <source>What the file holds</source>
        <translation>Inhalt der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="41"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="42"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="43"/>
        <source>Responsibilities</source>
        <translation>Zuständigkeiten</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="44"/>
        <source>&amp;Contains:</source>
        <translation>&amp;Enthält:</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="46"/>
        <source>This is the full list: people missing from it have left</source>
        <translation>Vollständige Liste: Wer fehlt, hat das Unternehmen verlassen</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="55"/>
        <source>Detected:</source>
        <translation>Erkannt:</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="60"/>
        <source>&amp;Undo the last import</source>
        <translation>Letzten Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="62"/>
        <source>Undo the last import</source>
        <translation>Letzten Import rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="63"/>
        <source>Last import:</source>
        <translation>Letzter Import:</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="82"/>
        <source>Import from HR</source>
        <translation>Import aus dem Personalsystem</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="83"/>
        <source>Exports (*.csv *.tsv *.txt *.vcf *.ldif *.json);;All files (*)</source>
        <translation>Exporte (*.csv *.tsv *.txt *.vcf *.ldif *.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/importwizard/filepage.cpp" line="102"/>
        <source>%1 · encoding %2%3 · delimiter: %4 · %n column(s)</source>
        <translation>
            <numerusform>%1 · Kodierung %2%3 · Trennzeichen: %4 · %n Spalte</numerusform>
            <numerusform>%1 · Kodierung %2%3 · Trennzeichen: %4 · %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="104"/>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="106"/>
        <source> (guessed)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="132"/>
        <source>%1 from %2 at %3: %4 added, %5 changed, %6 left</source>
        <translation>%1 aus %2 am %3: %4 neu, %5 geändert, %6 ausgeschieden</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="137"/>
        <source>nothing to undo</source>
        <translation>nichts rückgängig zu machen</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="146"/>
        <source>Undid the import of %1 (%2)</source>
        <translation>Import von %1 (%2) rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/filepage.cpp" line="148"/>
        <source>Could not undo: %1</source>
        <translation>Rückgängig machen nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>whoowns::ui::ImportMappingPage</name>
    <message>
        <location filename="../../ui/importwizard/mappingpage.cpp" line="32"/>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/mappingpage.cpp" line="33"/>
        <source>Each column of the file feeds one field. The preview shows the first rows as they will be read.</source>
        <translation>Jede Spalte der Datei füllt ein Feld. Die Vorschau zeigt die ersten Zeilen so, wie sie gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/mappingpage.cpp" line="41"/>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/mappingpage.cpp" line="42"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/mappingpage.cpp" line="42"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/mappingpage.cpp" line="46"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/mappingpage.cpp" line="49"/>
        <source>Preview of the mapped rows</source>
        <translation>Vorschau der zugeordneten Zeilen</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/mappingpage.cpp" line="61"/>
        <source>Detected from the header; change any column that is wrong.</source>
        <translation>Aus der Kopfzeile erkannt; falsche Zuordnungen bitte ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/mappingpage.cpp" line="62"/>
        <source>Teams and responsibilities files use the canonical columns; they are shown for checking.</source>
        <translation>Team- und Zuständigkeitsdateien verwenden die Standardspalten; sie werden zur Kontrolle angezeigt.</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/mappingpage.cpp" line="74"/>
        <source>Field for column %1</source>
        <translation>Feld für Spalte %1</translation>
    </message>
</context>
<context>
    <name>whoowns::ui::ImportPlan</name>
    <message>
        <location filename="../../ui/importwizard/importplan.cpp" line="31"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/importplan.cpp" line="33"/>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/importplan.cpp" line="35"/>
        <source>pipe</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/importplan.cpp" line="36"/>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/importplan.cpp" line="47"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/importplan.cpp" line="71"/>
        <source>%1: no header row found (a column for the name is needed)</source>
        <translation>%1: keine Kopfzeile gefunden (eine Spalte für den Namen ist nötig)</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/importplan.cpp" line="83"/>
        <source>canonical %1 CSV</source>
        <translation>Standard-CSV (%1)</translation>
    </message>
</context>
<context>
    <name>whoowns::ui::ImportReviewPage</name>
    <message>
        <location filename="../../ui/importwizard/reviewpage.cpp" line="18"/>
        <source>Check the changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/reviewpage.cpp" line="19"/>
        <source>Nothing has been written yet. Commit applies all of it in one step; it can be undone afterwards.</source>
        <translation>Noch wurde nichts gespeichert. „Import übernehmen“ übernimmt alles in einem Schritt; das lässt sich danach rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/reviewpage.cpp" line="21"/>
        <source>&amp;Commit import</source>
        <translation>Import &amp;übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/reviewpage.cpp" line="30"/>
        <source>&amp;Errors and warnings</source>
        <translation>&amp;Fehler und Warnungen</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/reviewpage.cpp" line="33"/>
        <source>Errors and warnings</source>
        <translation>Fehler und Warnungen</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/reviewpage.cpp" line="37"/>
        <source>&amp;Changes</source>
        <translation>Ä&amp;nderungen</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/reviewpage.cpp" line="40"/>
        <source>Changes the import makes</source>
        <translation>Änderungen durch den Import</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/reviewpage.cpp" line="41"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/reviewpage.cpp" line="41"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/reviewpage.cpp" line="41"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/reviewpage.cpp" line="60"/>
        <source>Checking the file…</source>
        <translation>Datei wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/reviewpage.cpp" line="74"/>
        <source>✖ error: </source>
        <translation>✖ Fehler: </translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/reviewpage.cpp" line="74"/>
        <source>⚠ warning: </source>
        <translation>⚠ Warnung: </translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/reviewpage.cpp" line="78"/>
        <source>✔ no errors or warnings</source>
        <translation>✔ keine Fehler oder Warnungen</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/reviewpage.cpp" line="79"/>
        <source>Ready: %1</source>
        <translation>Bereit: %1</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/reviewpage.cpp" line="80"/>
        <source>This file cannot be imported as it is: fix the errors below and try again. Nothing was changed.</source>
        <translation>Diese Datei kann so nicht importiert werden: Bitte die Fehler unten beheben und erneut versuchen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/reviewpage.cpp" line="100"/>
        <source>Added (%1)</source>
        <translation>Neu (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/reviewpage.cpp" line="101"/>
        <source>Changed (%1)</source>
        <translation>Geändert (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/reviewpage.cpp" line="102"/>
        <source>Left (%1)</source>
        <translation>Ausgeschieden (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/reviewpage.cpp" line="104"/>
        <source>Ownership at risk (%1)</source>
        <translation>Zuständigkeit gefährdet (%1)</translation>
    </message>
</context>
<context>
    <name>whoowns::ui::ImportWizard</name>
    <message>
        <location filename="../../ui/importwizard/importwizard.cpp" line="17"/>
        <location filename="../../ui/importwizard/importwizard.cpp" line="18"/>
        <source>Import from HR</source>
        <translation>Import aus dem Personalsystem</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/importwizard.cpp" line="37"/>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/importwizard.cpp" line="52"/>
        <source>The import was refused and nothing was changed: %1</source>
        <translation>Der Import wurde abgelehnt, es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/importwizard/importwizard.cpp" line="58"/>
        <source>Imported %1</source>
        <translation>Importiert: %1</translation>
    </message>
</context>
<context>
    <name>whoowns::ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="32"/>
        <source>Who Owns This</source>
        <translation>Wer ist zuständig?</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="77"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="78"/>
        <source>&amp;Import from HR…</source>
        <translation>&amp;Import aus dem Personalsystem…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="81"/>
        <source>&amp;Undo last import…</source>
        <translation>Letzten Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="83"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="87"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="90"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="92"/>
        <source>&amp;Responsibilities…</source>
        <translation>&amp;Zuständigkeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="96"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="104"/>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="105"/>
        <source>&amp;Org chart</source>
        <translation>&amp;Organigramm</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="106"/>
        <source>&amp;Unanswered questions</source>
        <translation>&amp;Unbeantwortete Fragen</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="119"/>
        <source>&amp;Answer</source>
        <translation>A&amp;ntwort</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="162"/>
        <source>%1 topics · %2 people · %3 teams</source>
        <translation>%1 Themen · %2 Personen · %3 Teams</translation>
    </message>
</context>
<context>
    <name>whoowns::ui::NothingFound</name>
    <message>
        <location filename="../../ui/answer/nothingfound.cpp" line="12"/>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <location filename="../../ui/answer/nothingfound.cpp" line="29"/>
        <location filename="../../ui/answer/nothingfound.cpp" line="31"/>
        <source>Copy fallback number</source>
        <translation>Ausweichnummer kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/answer/nothingfound.cpp" line="34"/>
        <location filename="../../ui/answer/nothingfound.cpp" line="66"/>
        <source>Log this question for the map maintainers (Enter)</source>
        <translation>Frage für die Pflege der Zuständigkeiten vormerken (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../ui/answer/nothingfound.cpp" line="36"/>
        <source>Log this question</source>
        <translation>Frage vormerken</translation>
    </message>
    <message>
        <location filename="../../ui/answer/nothingfound.cpp" line="47"/>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/answer/nothingfound.cpp" line="55"/>
        <source>No fallback contact is set up (Settings).</source>
        <translation>Kein Ausweichkontakt eingerichtet (Einstellungen).</translation>
    </message>
    <message>
        <location filename="../../ui/answer/nothingfound.cpp" line="57"/>
        <source>Hand the caller to the fallback contact: %1 %2</source>
        <translation>Anrufende an den Ausweichkontakt weitergeben: %1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/answer/nothingfound.cpp" line="65"/>
        <source>Logged — thank you</source>
        <translation>Vorgemerkt — danke</translation>
    </message>
</context>
<context>
    <name>whoowns::ui::OrgBrowser</name>
    <message>
        <location filename="../../ui/org/orgbrowser.cpp" line="27"/>
        <source>Departments, teams and people</source>
        <translation>Abteilungen, Teams und Personen</translation>
    </message>
    <message>
        <location filename="../../ui/org/orgbrowser.cpp" line="39"/>
        <source>&amp;Chain of command (top first)</source>
        <translation>&amp;Vorgesetztenkette (von oben)</translation>
    </message>
    <message>
        <location filename="../../ui/org/orgbrowser.cpp" line="42"/>
        <source>Chain of command</source>
        <translation>Vorgesetztenkette</translation>
    </message>
    <message>
        <location filename="../../ui/org/orgbrowser.cpp" line="44"/>
        <source>&amp;Direct reports</source>
        <translation>&amp;Direkt unterstellt</translation>
    </message>
    <message>
        <location filename="../../ui/org/orgbrowser.cpp" line="47"/>
        <source>Direct reports</source>
        <translation>Direkt unterstellt</translation>
    </message>
    <message>
        <location filename="../../ui/org/orgbrowser.cpp" line="49"/>
        <source>Open &amp;answer card</source>
        <translation>&amp;Antwortkarte öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/org/orgbrowser.cpp" line="51"/>
        <source>Open answer card</source>
        <translation>Antwortkarte öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/org/orgtree.cpp" line="32"/>
        <source>(no department)</source>
        <translation>(keine Abteilung)</translation>
    </message>
    <message>
        <location filename="../../ui/org/orgtree.cpp" line="63"/>
        <source>(on leave)</source>
        <translation>(beurlaubt)</translation>
    </message>
    <message>
        <location filename="../../ui/org/orgbrowser.cpp" line="185"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Lead: %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Leitung: %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <location filename="../../ui/org/orgbrowser.cpp" line="187"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>whoowns::ui::PersonPicker</name>
    <message>
        <location filename="../../ui/editor/personpicker.cpp" line="10"/>
        <source>Type part of a name, title or id</source>
        <translation>Teil eines Namens, Titels oder einer ID eingeben</translation>
    </message>
</context>
<context>
    <name>whoowns::ui::ResponsibilityChange</name>
    <message>
        <location filename="../../ui/editor/responsibilitychange.cpp" line="58"/>
        <source>The id is empty.</source>
        <translation>Die ID ist leer.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilitychange.cpp" line="60"/>
        <source>The id %1 is taken by another topic.</source>
        <translation>Die ID %1 gehört bereits zu einem anderen Thema.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilitychange.cpp" line="62"/>
        <source>The topic is empty.</source>
        <translation>Das Thema ist leer.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilitychange.cpp" line="64"/>
        <source>Choose an owning team or an owner.</source>
        <translation>Bitte ein zuständiges Team oder eine zuständige Person wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilitychange.cpp" line="66"/>
        <source>The owning team is not a known team.</source>
        <translation>Das zuständige Team ist nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilitychange.cpp" line="71"/>
        <source>owner</source>
        <translation>zuständige Person</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilitychange.cpp" line="72"/>
        <source>backup</source>
        <translation>Stellvertretung</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilitychange.cpp" line="73"/>
        <source>escalation contact</source>
        <translation>Eskalationskontakt</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilitychange.cpp" line="79"/>
        <source>The %1 is not a known person.</source>
        <translation>%1: keine bekannte Person.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilitychange.cpp" line="81"/>
        <source>The %1, %2, has left.</source>
        <translation>%1 (%2) hat das Unternehmen verlassen.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilitychange.cpp" line="84"/>
        <source>The backup must be someone other than the owner.</source>
        <translation>Die Stellvertretung muss eine andere Person sein als die zuständige.</translation>
    </message>
</context>
<context>
    <name>whoowns::ui::ResponsibilityEditor</name>
    <message>
        <location filename="../../ui/editor/responsibilityeditor.cpp" line="22"/>
        <source>Responsibilities</source>
        <translation>Zuständigkeiten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityeditor.cpp" line="30"/>
        <location filename="../../ui/editor/responsibilityeditor.cpp" line="31"/>
        <source>Filter topics</source>
        <translation>Themen filtern</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityeditor.cpp" line="35"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityeditor.cpp" line="36"/>
        <source>&amp;New topic</source>
        <translation>&amp;Neues Thema</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityeditor.cpp" line="38"/>
        <source>New topic</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityeditor.cpp" line="39"/>
        <location filename="../../ui/editor/responsibilityeditor.cpp" line="125"/>
        <location filename="../../ui/editor/responsibilityeditor.cpp" line="201"/>
        <source>De&amp;lete topic</source>
        <translation>Thema &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityeditor.cpp" line="41"/>
        <source>Delete topic</source>
        <translation>Thema löschen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityeditor.cpp" line="56"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityeditor.cpp" line="66"/>
        <source>Save topic</source>
        <translation>Thema speichern</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityeditor.cpp" line="153"/>
        <source>New topic: fill in the topic and who owns it, then save.</source>
        <translation>Neues Thema: Thema und Zuständigkeit eintragen, dann speichern.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityeditor.cpp" line="165"/>
        <source>Not saved:</source>
        <translation>Nicht gespeichert:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityeditor.cpp" line="170"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityeditor.cpp" line="176"/>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityeditor.cpp" line="177"/>
        <source>Saved the topic “%1”</source>
        <translation>Thema „%1“ gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityeditor.cpp" line="190"/>
        <source>Press again to de&amp;lete</source>
        <translation>Zum &amp;Löschen erneut drücken</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityeditor.cpp" line="196"/>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityeditor.cpp" line="202"/>
        <source>Deleted the topic “%1”</source>
        <translation>Thema „%1“ gelöscht</translation>
    </message>
</context>
<context>
    <name>whoowns::ui::ResponsibilityForm</name>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="30"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="31"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="32"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="35"/>
        <source>Keywords</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="36"/>
        <source>The customer&apos;s words, separated by commas</source>
        <translation>Die Worte der Kundschaft, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="37"/>
        <source>Owning team</source>
        <translation>Zuständiges Team</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="42"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="43"/>
        <source>Backup</source>
        <translation>Stellvertretung</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="44"/>
        <source>Escalation contact</source>
        <translation>Eskalationskontakt</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="45"/>
        <source>Hours</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="46"/>
        <source>e.g. Mon-Fri 09:00-17:00 (empty: the owner&apos;s hours)</source>
        <translation>z. B. Mon-Fri 09:00-17:00 (leer: Zeiten der zuständigen Person)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="47"/>
        <source>What to tell the customer</source>
        <translation>Was Sie der Kundin oder dem Kunden sagen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="50"/>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="51"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="52"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="53"/>
        <source>&amp;Keywords:</source>
        <translation>&amp;Stichwörter:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="54"/>
        <source>Owning &amp;team:</source>
        <translation>Zuständiges T&amp;eam:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="55"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="56"/>
        <source>&amp;Backup:</source>
        <translation>Stell&amp;vertretung:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="57"/>
        <source>&amp;Escalation:</source>
        <translation>Es&amp;kalation:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="58"/>
        <source>&amp;Hours:</source>
        <translation>Ze&amp;iten:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="59"/>
        <source>What to tell the &amp;customer:</source>
        <translation>Was der &amp;Kundschaft sagen:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="117"/>
        <source>No team is called “%1”.</source>
        <translation>Kein Team heißt „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="123"/>
        <source>owner</source>
        <translation>zuständige Person</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="124"/>
        <source>backup</source>
        <translation>Stellvertretung</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="125"/>
        <source>escalation contact</source>
        <translation>Eskalationskontakt</translation>
    </message>
    <message>
        <location filename="../../ui/editor/responsibilityform.cpp" line="130"/>
        <source>The %1 “%2” is not one known person; pick from the list.</source>
        <translation>%1 „%2“ ist keine eindeutig bekannte Person; bitte aus der Liste wählen.</translation>
    </message>
</context>
<context>
    <name>whoowns::ui::ResultsModel</name>
    <message>
        <location filename="../../ui/search/resultsmodel.cpp" line="11"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../ui/search/resultsmodel.cpp" line="13"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/search/resultsmodel.cpp" line="15"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/search/resultsmodel.cpp" line="24"/>
        <source>? no contact</source>
        <translation>? kein Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/search/resultsmodel.cpp" line="26"/>
        <source>○ away</source>
        <translation>○ abwesend</translation>
    </message>
    <message>
        <location filename="../../ui/search/resultsmodel.cpp" line="28"/>
        <source>◐ via %1</source>
        <translation>◐ über %1</translation>
    </message>
    <message>
        <location filename="../../ui/search/resultsmodel.cpp" line="29"/>
        <source>● available</source>
        <translation>● erreichbar</translation>
    </message>
    <message>
        <location filename="../../ui/search/resultsmodel.cpp" line="49"/>
        <source>%1: %2, %3, %4</source>
        <translation>%1: %2, %3, %4</translation>
    </message>
</context>
<context>
    <name>whoowns::ui::SearchField</name>
    <message>
        <location filename="../../ui/search/searchfield.cpp" line="13"/>
        <source>Who owns this? Type the customer&apos;s words, a name or a number  (Ctrl+K)</source>
        <translation>Wer ist zuständig? Worte der Kundschaft, einen Namen oder eine Nummer eingeben  (Strg+K)</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchfield.cpp" line="14"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchfield.cpp" line="16"/>
        <source>Results update as you type. Up and Down choose a result, Enter copies its number.</source>
        <translation>Die Ergebnisse folgen der Eingabe. Pfeil hoch und runter wählen ein Ergebnis, die Eingabetaste kopiert seine Nummer.</translation>
    </message>
</context>
<context>
    <name>whoowns::ui::SearchPage</name>
    <message>
        <location filename="../../ui/search/searchpage.cpp" line="37"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpage.cpp" line="77"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpage.cpp" line="80"/>
        <location filename="../../ui/search/searchpage.cpp" line="85"/>
        <source>Type what the caller needs: a topic, a name, a team or a number.</source>
        <translation>Eingeben, was die anrufende Person braucht: ein Thema, einen Namen, ein Team oder eine Nummer.</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpage.cpp" line="86"/>
        <source>Loading the directory…</source>
        <translation>Verzeichnis wird geladen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search/searchpage.cpp" line="167"/>
        <source>%n result(s) in %1 ms</source>
        <translation>
            <numerusform>%n Ergebnis in %1 ms</numerusform>
            <numerusform>%n Ergebnisse in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpage.cpp" line="197"/>
        <source>Logged “%1” for the map maintainers</source>
        <translation>„%1“ für die Pflege der Zuständigkeiten vorgemerkt</translation>
    </message>
    <message>
        <location filename="../../ui/search/searchpage.cpp" line="199"/>
        <source>Could not log the question: %1</source>
        <translation>Frage konnte nicht vorgemerkt werden: %1</translation>
    </message>
</context>
<context>
    <name>whoowns::ui::SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="21"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="26"/>
        <source>Database location</source>
        <translation>Speicherort der Datenbank</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="28"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="30"/>
        <source>Now using %1. A new location is used from the next start.</source>
        <translation>Derzeit: %1. Ein neuer Speicherort gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="37"/>
        <source>Fallback contact name</source>
        <translation>Name des Ausweichkontakts</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="38"/>
        <source>e.g. Switchboard, IT help desk</source>
        <translation>z. B. Zentrale, IT-Helpdesk</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="39"/>
        <source>&amp;Fallback contact:</source>
        <translation>&amp;Ausweichkontakt:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="43"/>
        <source>Fallback contact number</source>
        <translation>Nummer des Ausweichkontakts</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="44"/>
        <source>Fallback &amp;number:</source>
        <translation>Ausweich&amp;nummer:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="48"/>
        <source>Your time zone</source>
        <translation>Ihre Zeitzone</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="56"/>
        <source>Your &amp;time zone:</source>
        <translation>Ihre &amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="60"/>
        <source>Call links</source>
        <translation>Anruf-Links</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="61"/>
        <source>Telephone (tel:)</source>
        <translation>Telefon (tel:)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="62"/>
        <source>Softphone (sip:)</source>
        <translation>Softphone (sip:)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settingsdialog.cpp" line="64"/>
        <source>&amp;Call with:</source>
        <translation>Anrufen &amp;mit:</translation>
    </message>
</context>
<context>
    <name>whoowns::ui::UnansweredView</name>
    <message>
        <location filename="../../ui/unanswered/unansweredview.cpp" line="22"/>
        <source>Questions that found no owner, most asked first. Add the missing topic or keyword, then dismiss the entry.</source>
        <translation>Fragen ohne Zuständigkeit, die häufigsten zuerst. Fehlendes Thema oder Stichwort ergänzen, dann den Eintrag verwerfen.</translation>
    </message>
    <message>
        <location filename="../../ui/unanswered/unansweredview.cpp" line="29"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../ui/unanswered/unansweredview.cpp" line="29"/>
        <source>Times asked</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../../ui/unanswered/unansweredview.cpp" line="29"/>
        <source>First asked</source>
        <translation>Zuerst gefragt</translation>
    </message>
    <message>
        <location filename="../../ui/unanswered/unansweredview.cpp" line="29"/>
        <source>Last asked</source>
        <translation>Zuletzt gefragt</translation>
    </message>
    <message>
        <location filename="../../ui/unanswered/unansweredview.cpp" line="32"/>
        <source>Unanswered questions</source>
        <translation>Unbeantwortete Fragen</translation>
    </message>
    <message>
        <location filename="../../ui/unanswered/unansweredview.cpp" line="42"/>
        <source>&amp;Add topic for this question…</source>
        <translation>Thema für diese Frage &amp;anlegen…</translation>
    </message>
    <message>
        <location filename="../../ui/unanswered/unansweredview.cpp" line="44"/>
        <source>Add topic for this question</source>
        <translation>Thema für diese Frage anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/unanswered/unansweredview.cpp" line="45"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/unanswered/unansweredview.cpp" line="47"/>
        <source>Dismiss question</source>
        <translation>Frage verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/unanswered/unansweredview.cpp" line="48"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/unanswered/unansweredview.cpp" line="50"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
</context>
</TS>
