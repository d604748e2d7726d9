<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ImportFileState</name>
    <message>
        <source>Column %1: </source>
        <translation>Spalte %1: </translation>
    </message>
    <message>
        <source>%1 (imported, flagged as invalid)</source>
        <translation>%1 (importiert, als ungültig markiert)</translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) with impossible values will be imported flagged as invalid (marked in the parsed rows).</source>
        <translation>
            <numerusform>%n weitere Zeile mit unmöglichen Werten wird als ungültig markiert importiert (in den geparsten Zeilen gekennzeichnet).</numerusform>
            <numerusform>%n weitere Zeilen mit unmöglichen Werten werden als ungültig markiert importiert (in den geparsten Zeilen gekennzeichnet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) with impossible values (marked in the parsed rows).</source>
        <translation>
            <numerusform>%n weitere Zeile mit unmöglichen Werten (in den geparsten Zeilen gekennzeichnet).</numerusform>
            <numerusform>%n weitere Zeilen mit unmöglichen Werten (in den geparsten Zeilen gekennzeichnet).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with impossible values make the import fail: correct the file, or set Invalid rows to “Import them flagged as invalid”.</source>
        <translation>Zeilen mit unmöglichen Werten lassen den Import fehlschlagen: Korrigieren Sie die Datei oder setzen Sie „Ungültige Zeilen“ auf „Als ungültig markiert importieren“.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with empty or null values will be skipped.</source>
        <translation>
            <numerusform>%n Zeile mit leeren oder Null-Werten wird übersprungen.</numerusform>
            <numerusform>%n Zeilen mit leeren oder Null-Werten werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat an earlier timestamp; the later row is kept.</source>
        <translation>
            <numerusform>%n Zeile wiederholt einen früheren Zeitstempel; die spätere Zeile wird behalten.</numerusform>
            <numerusform>%n Zeilen wiederholen einen früheren Zeitstempel; die spätere Zeile wird jeweils behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n row(s) are shown; the whole file is checked when importing, and nothing is written if any row is wrong.</source>
        <translation>
            <numerusform>Nur %n Zeile wird angezeigt (die erste); beim Import wird die ganze Datei geprüft, und nichts wird geschrieben, wenn eine Zeile fehlerhaft ist.</numerusform>
            <numerusform>Nur die ersten %n Zeilen werden angezeigt; beim Import wird die ganze Datei geprüft, und nichts wird geschrieben, wenn eine Zeile fehlerhaft ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Train, track and use forecasting models.</source>
        <translation>Prognosemodelle trainieren, verfolgen und nutzen.</translation>
    </message>
    <message>
        <source>Open this workspace folder.</source>
        <translation>Diesen Arbeitsbereichsordner öffnen.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Open the demo workspace with sample data.</source>
        <translation>Den Demo-Arbeitsbereich mit Beispieldaten öffnen.</translation>
    </message>
    <message>
        <source>%1 is already open in another ModelDeck window; that window was brought to the front.</source>
        <translation>%1 ist bereits in einem anderen ModelDeck-Fenster geöffnet; dieses Fenster wurde in den Vordergrund geholt.</translation>
    </message>
</context>
<context>
    <name>modeldeck::AbTest</name>
    <message>
        <source>“%1” v%2</source>
        <translation>„%1“ v%2</translation>
    </message>
    <message>
        <source>p &lt; 0.001</source>
        <translation>p &lt; 0.001</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>%1 and %2 forecast different symbols (%3 and %4); an A/B test scores two models on the same series.</source>
        <translation>%1 und %2 prognostizieren verschiedene Symbole (%3 und %4); ein A/B-Test bewertet zwei Modelle auf derselben Reihe.</translation>
    </message>
    <message>
        <source>%1 and %2 forecast different timeframes of %3 (%4 and %5); an A/B test scores two models on the same series.</source>
        <translation>%1 und %2 prognostizieren verschiedene Zeitrahmen von %3 (%4 und %5); ein A/B-Test bewertet zwei Modelle auf derselben Reihe.</translation>
    </message>
    <message>
        <source>The horizons differ: %1 does not predict %2 bars ahead (it predicts %3), so it cannot be compared with %4 at that horizon.</source>
        <translation>Die Horizonte unterscheiden sich: %1 sagt nicht %2 Kerzen voraus (sondern %3) und kann daher bei diesem Horizont nicht mit %4 verglichen werden.</translation>
    </message>
    <message>
        <source>No forecast of either model had an actual value to compare.</source>
        <translation>Keine Prognose der beiden Modelle hatte einen tatsächlichen Wert zum Vergleich.</translation>
    </message>
    <message>
        <source>No significant difference: RMSE %1 (%2) vs %3 (%4), %5.</source>
        <translation>Kein signifikanter Unterschied: RMSE %1 (%2) ggü. %3 (%4), %5.</translation>
    </message>
    <message>
        <source>%1 is better: RMSE %2 vs %3, %4.</source>
        <translation>%1 ist besser: RMSE %2 ggü. %3, %4.</translation>
    </message>
</context>
<context>
    <name>modeldeck::AbTestPanel</name>
    <message>
        <source>“%1” v%2</source>
        <translation>„%1“ v%2</translation>
    </message>
    <message>
        <source> forecasts</source>
        <translation> Prognosen</translation>
    </message>
    <message>
        <source>A/B test window</source>
        <translation>A/B-Testfenster</translation>
    </message>
    <message>
        <source>How many of the newest bars each model forecasts, each from the bars before it only</source>
        <translation>Wie viele der neuesten Kerzen jedes Modell prognostiziert, jeweils nur aus den Kerzen davor</translation>
    </message>
    <message>
        <source>&amp;Run A/B Test</source>
        <translation>A/B-Test &amp;ausführen</translation>
    </message>
    <message>
        <source>Score both models on the same recent bars and test the difference (Ctrl+R)</source>
        <translation>Beide Modelle auf denselben aktuellen Kerzen bewerten und den Unterschied testen (Strg+R)</translation>
    </message>
    <message>
        <source>Cancel Test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>A/B test progress</source>
        <translation>Fortschritt des A/B-Tests</translation>
    </message>
    <message>
        <source>Acti&amp;vate Winner</source>
        <translation>Gewinner akti&amp;vieren</translation>
    </message>
    <message>
        <source>Make the winning version the active model of its series (asks first)</source>
        <translation>Die Gewinnerversion zum aktiven Modell ihrer Reihe machen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>RMSE A</source>
        <translation>RMSE A</translation>
    </message>
    <message>
        <source>RMSE B</source>
        <translation>RMSE B</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Gewinner</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Past A/B tests of these two models</source>
        <translation>Frühere A/B-Tests dieser beiden Modelle</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenster:</translation>
    </message>
    <message>
        <source>Past A/B tests of this pair:</source>
        <translation>Frühere A/B-Tests dieses Paars:</translation>
    </message>
    <message>
        <source>No A/B test: %1</source>
        <translation>Kein A/B-Test: %1</translation>
    </message>
    <message>
        <source>The A/B test was cancelled; nothing was stored.</source>
        <translation>Der A/B-Test wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Scoring both models on the newest %1 bars…</source>
        <translation>Beide Modelle werden auf den neuesten %1 Kerzen bewertet…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>A (%1)</source>
        <translation>A (%1)</translation>
    </message>
    <message>
        <source>B (%1)</source>
        <translation>B (%1)</translation>
    </message>
    <message>
        <source>The winner is already the active model.</source>
        <translation>Der Gewinner ist bereits das aktive Modell.</translation>
    </message>
    <message>
        <source>Error: the past A/B tests could not be read: %1</source>
        <translation>Fehler: Die früheren A/B-Tests konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no significant difference</source>
        <translation>kein signifikanter Unterschied</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>modeldeck::AbTestRepository</name>
    <message>
        <source>Recording the A/B test of “%1” and “%2”</source>
        <translation>A/B-Test von „%1“ und „%2“ wird gespeichert</translation>
    </message>
    <message>
        <source>Reading A/B test %1</source>
        <translation>A/B-Test %1 wird gelesen</translation>
    </message>
    <message>
        <source>Listing A/B tests</source>
        <translation>A/B-Tests werden aufgelistet</translation>
    </message>
    <message>
        <source>Marking A/B test %1 as activated</source>
        <translation>A/B-Test %1 wird als aktiviert markiert</translation>
    </message>
    <message>
        <source>There is no A/B test %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen A/B-Test %1.</translation>
    </message>
</context>
<context>
    <name>modeldeck::AbTestService</name>
    <message>
        <source>“%1” v%2</source>
        <translation>„%1“ v%2</translation>
    </message>
    <message>
        <source>There is no symbol “%1” in this workspace; import its price history to score %2.</source>
        <translation>In diesem Arbeitsbereich gibt es kein Symbol „%1“; importieren Sie seine Kurshistorie, um %2 zu bewerten.</translation>
    </message>
    <message>
        <source>An A/B test needs a window of at least %1 forecasts (asked: %2).</source>
        <translation>Ein A/B-Test braucht ein Fenster von mindestens %1 Prognosen (angefragt: %2).</translation>
    </message>
    <message>
        <source>An A/B test needs two different models or versions; both sides are %1.</source>
        <translation>Ein A/B-Test braucht zwei verschiedene Modelle oder Versionen; beide Seiten sind %1.</translation>
    </message>
    <message>
        <source>%1 and %2 made no forecasts of the same bars to compare.</source>
        <translation>%1 und %2 haben keine Prognosen derselben Kerzen zum Vergleich erstellt.</translation>
    </message>
    <message>
        <source>There is no A/B test %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen A/B-Test %1.</translation>
    </message>
    <message>
        <source>A/B test %1 (“%2” v%3 vs “%4” v%5) found no significant difference: there is no winner to activate.</source>
        <translation>A/B-Test %1 („%2“ v%3 ggü. „%4“ v%5) ergab keinen signifikanten Unterschied: Es gibt keinen Gewinner zum Aktivieren.</translation>
    </message>
    <message>
        <source>A comparison needs a window of at least %1 forecasts (asked: %2).</source>
        <translation>Ein Vergleich braucht ein Fenster von mindestens %1 Prognosen (angefragt: %2).</translation>
    </message>
</context>
<context>
    <name>modeldeck::AboutDialog</name>
    <message>
        <source>Sample data (RELIANCE.NS, 5 min)</source>
        <translation>Beispieldaten (RELIANCE.NS, 5 min)</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>gemeinfrei</translation>
    </message>
    <message>
        <source>About ModelDeck</source>
        <translation>Über ModelDeck</translation>
    </message>
    <message>
        <source>ModelDeck %1</source>
        <translation>ModelDeck %1</translation>
    </message>
    <message>
        <source>Train, track and use forecasting models on market data, offline.</source>
        <translation>Prognosemodelle auf Marktdaten trainieren, verfolgen und nutzen – offline.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2) · LibTorch %3 · XGBoost %4 · SQLite %5</source>
        <translation>Qt %1 (erstellt mit %2) · LibTorch %3 · XGBoost %4 · SQLite %5</translation>
    </message>
    <message>
        <source>ModelDeck&apos;s own licence: not stated — its source repository contains no licence file. The components below keep their own licences.</source>
        <translation>Eigene Lizenz von ModelDeck: nicht angegeben – das Quell-Repository enthält keine Lizenzdatei. Die unten aufgeführten Komponenten behalten ihre eigenen Lizenzen.</translation>
    </message>
    <message>
        <source>%1%2 — %3</source>
        <translation>%1%2 — %3</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Komponenten und ihre Lizenzen</translation>
    </message>
    <message>
        <source>Licence notice</source>
        <translation>Lizenzhinweis</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>Versionsinfo &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the versions of ModelDeck and its libraries, for a bug report</source>
        <translation>Die Versionen von ModelDeck und seinen Bibliotheken für einen Fehlerbericht kopieren</translation>
    </message>
    <message>
        <source>&amp;Licences:</source>
        <translation>&amp;Lizenzen:</translation>
    </message>
    <message>
        <source>(The notice %1 is missing from this build.)</source>
        <translation>(Der Hinweis %1 fehlt in diesem Build.)</translation>
    </message>
    <message>
        <source>Full licence text: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Vollständiger Lizenztext: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>modeldeck::AlertListModel</name>
    <message>
        <source>Error drift</source>
        <translation>Fehlerdrift</translation>
    </message>
    <message>
        <source>Interval misses</source>
        <translation>Intervall-Fehltreffer</translation>
    </message>
    <message>
        <source>Input drift</source>
        <translation>Eingabedrift</translation>
    </message>
    <message>
        <source>Repeated failures</source>
        <translation>Wiederholte Fehlschläge</translation>
    </message>
    <message>
        <source>Stale model</source>
        <translation>Veraltetes Modell</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
</context>
<context>
    <name>modeldeck::AlertRepository</name>
    <message>
        <source>Recording a drift check of “%1”</source>
        <translation>Drift-Prüfung von „%1“ wird gespeichert</translation>
    </message>
    <message>
        <source>Reading the drift checks of “%1”</source>
        <translation>Drift-Prüfungen von „%1“ werden gelesen</translation>
    </message>
    <message>
        <source>Looking for open alerts</source>
        <translation>Offene Alarme werden gesucht</translation>
    </message>
    <message>
        <source>Raising an alert</source>
        <translation>Alarm wird ausgelöst</translation>
    </message>
    <message>
        <source>Reading the recent jobs like job %1</source>
        <translation>Die letzten Aufträge wie Auftrag %1 werden gelesen</translation>
    </message>
    <message numerus="yes">
        <source>Training %1 failed %n time(s) in a row. Last error: %2</source>
        <translation>
            <numerusform>Das Training von %1 ist %n-mal in Folge fehlgeschlagen. Letzter Fehler: %2</numerusform>
            <numerusform>Das Training von %1 ist %n-mal in Folge fehlgeschlagen. Letzter Fehler: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nichts aufgezeichnet</translation>
    </message>
    <message>
        <source>Listing alerts</source>
        <translation>Alarme werden aufgelistet</translation>
    </message>
    <message>
        <source>Counting open alerts</source>
        <translation>Offene Alarme werden gezählt</translation>
    </message>
    <message>
        <source>Acknowledging alert %1</source>
        <translation>Alarm %1 wird bestätigt</translation>
    </message>
</context>
<context>
    <name>modeldeck::AlertsDock</name>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
</context>
<context>
    <name>modeldeck::AlertsFacade</name>
    <message>
        <source>The stale threshold must be a positive number of hours, not %1.</source>
        <translation>Der Schwellenwert für „veraltet“ muss eine positive Anzahl Stunden sein, nicht %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” v%2, the active model of %3 %4, was saved %5 ago, beyond the stale threshold of %6 hours. Retrain it, or raise the threshold in Settings.</source>
        <translation>„%1“ v%2, das aktive Modell von %3 %4, wurde vor %5 gespeichert, jenseits des Veraltet-Schwellenwerts von %6 Stunden. Trainieren Sie es neu oder erhöhen Sie den Schwellenwert in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>modeldeck::AlertsPanel</name>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Filter by model or message</source>
        <translation>Nach Modell oder Meldung filtern</translation>
    </message>
    <message>
        <source>Show ac&amp;knowledged</source>
        <translation>&amp;Bestätigte anzeigen</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>Bes&amp;tätigen</translation>
    </message>
    <message>
        <source>Mark the selected alerts as seen (Ctrl+Return)</source>
        <translation>Die ausgewählten Alarme als gesehen markieren (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Acknowledge A&amp;ll Shown</source>
        <translation>A&amp;lle angezeigten bestätigen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Alerts could not be read: %1</source>
        <translation>Alarme konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Alerts could not be acknowledged: %1</source>
        <translation>Alarme konnten nicht bestätigt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alert(s).</source>
        <translation>
            <numerusform>%n Alarm bestätigt.</numerusform>
            <numerusform>%n Alarme bestätigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s) shown</source>
        <translation>
            <numerusform>%n offener Alarm angezeigt</numerusform>
            <numerusform>%n offene Alarme angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>No alerts have been raised in this workspace.</source>
        <translation>In diesem Arbeitsbereich wurden keine Alarme ausgelöst.</translation>
    </message>
    <message>
        <source>No open alerts. An alert is raised when a saved model&apos;s live accuracy drifts from what it promised, when a series fails to train several times in a row, or when an active model goes stale.</source>
        <translation>Keine offenen Alarme. Ein Alarm wird ausgelöst, wenn die Live-Genauigkeit eines gespeicherten Modells von der zugesagten abweicht, wenn das Training einer Reihe mehrmals hintereinander fehlschlägt oder wenn ein aktives Modell veraltet.</translation>
    </message>
    <message>
        <source>No alert matches the filter.</source>
        <translation>Kein Alarm entspricht dem Filter.</translation>
    </message>
</context>
<context>
    <name>modeldeck::AppearanceSettingsGroup</name>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow system uses the desktop&apos;s style and its light or dark colours; Light and Dark use ModelDeck&apos;s own. Applies at once.</source>
        <translation>„System folgen“ verwendet den Stil des Desktops und seine hellen oder dunklen Farben; „Hell“ und „Dunkel“ verwenden die eigenen Farben von ModelDeck. Gilt sofort.</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Desi&amp;gn:</translation>
    </message>
</context>
<context>
    <name>modeldeck::AuditLog</name>
    <message>
        <source>Cannot write the audit log to %1: %2</source>
        <translation>Das Prüfprotokoll kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the audit log as %1: %2</source>
        <translation>Das Prüfprotokoll kann nicht als %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>modeldeck::AuditLogDialog</name>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Show one kind of action only</source>
        <translation>Nur eine Art von Aktion anzeigen</translation>
    </message>
    <message>
        <source>Subject contains… (Ctrl+F)</source>
        <translation>Betreff enthält… (Strg+F)</translation>
    </message>
    <message>
        <source>First day shown (local time); “Any” for no limit</source>
        <translation>Erster angezeigter Tag (Ortszeit); „Beliebig“ für keine Grenze</translation>
    </message>
    <message>
        <source>Last day shown (local time); “Any” for no limit</source>
        <translation>Letzter angezeigter Tag (Ortszeit); „Beliebig“ für keine Grenze</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Read the log again (F5)</source>
        <translation>Protokoll neu lesen (F5)</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file (Ctrl+E)</source>
        <translation>Die angezeigten Einträge als CSV-Datei speichern (Strg+E)</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Das Prüfprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Newest %n event(s)</source>
        <translation>
            <numerusform>Neuestes Ereignis (%n)</numerusform>
            <numerusform>Neueste %n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::AuditLogModel</name>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>CLI</source>
        <translation>CLI</translation>
    </message>
    <message>
        <source>GUI</source>
        <translation>GUI</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>modeldeck::AuditRepository</name>
    <message>
        <source>Recording “%1” in the audit log</source>
        <translation>„%1“ wird im Prüfprotokoll erfasst</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Prüfprotokoll wird gelesen</translation>
    </message>
</context>
<context>
    <name>modeldeck::AutoTrainDialog</name>
    <message>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Timeframes</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>Bots</translation>
    </message>
    <message>
        <source>Start the &amp;queue when the jobs are queued</source>
        <translation>&amp;Warteschlange starten, wenn die Aufträge eingereiht sind</translation>
    </message>
    <message>
        <source>Re&amp;fresh price data first (downloaded series only)</source>
        <translation>Kursdaten zuerst a&amp;ktualisieren (nur heruntergeladene Reihen)</translation>
    </message>
    <message>
        <source>Auto-train</source>
        <translation>Auto-Training</translation>
    </message>
    <message>
        <source>Filter symbols</source>
        <translation>Symbole filtern</translation>
    </message>
    <message>
        <source>&amp;Symbols</source>
        <translation>&amp;Symbole</translation>
    </message>
    <message>
        <source>&amp;Timeframes</source>
        <translation>&amp;Zeitrahmen</translation>
    </message>
    <message>
        <source>&amp;Bots</source>
        <translation>&amp;Bots</translation>
    </message>
    <message>
        <source>Jobs this makes</source>
        <translation>Erzeugte Aufträge</translation>
    </message>
    <message>
        <source>Combinations skipped for too few bars</source>
        <translation>Wegen zu weniger Kerzen übersprungene Kombinationen</translation>
    </message>
    <message>
        <source>Start training right away, as Training ▸ Start would</source>
        <translation>Training sofort starten, wie mit Training ▸ Starten</translation>
    </message>
    <message>
        <source>Before queueing, download the newest bars of the chosen series from the provider each was downloaded from (series resampled from a downloaded one are rebuilt). Series imported from CSV files are trained as they are.</source>
        <translation>Vor dem Einreihen die neuesten Kerzen der gewählten Reihen vom jeweiligen Anbieter herunterladen (aus einer heruntergeladenen Reihe resampelte Reihen werden neu erstellt). Aus CSV-Dateien importierte Reihen werden unverändert trainiert.</translation>
    </message>
    <message>
        <source>Auto-train result</source>
        <translation>Ergebnis des Auto-Trainings</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Check every item in %1</source>
        <translation>Alle Einträge in %1 auswählen</translation>
    </message>
    <message>
        <source>Check all %1</source>
        <translation>Alle %1 auswählen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Uncheck every item in %1</source>
        <translation>Alle Einträge in %1 abwählen</translation>
    </message>
    <message>
        <source>Uncheck all %1</source>
        <translation>Alle %1 abwählen</translation>
    </message>
    <message>
        <source>%1 (no bars)</source>
        <translation>%1 (keine Kerzen)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2 bars</source>
        <translation>%1: %2 Kerzen</translation>
    </message>
    <message>
        <source>No price history</source>
        <translation>Keine Kurshistorie</translation>
    </message>
    <message>
        <source>Needs at least %1 bars per series</source>
        <translation>Braucht mindestens %1 Kerzen pro Reihe</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 symbols)</source>
        <translation>%1 (%2 von %3 Symbolen)</translation>
    </message>
    <message>
        <source>(Counted on the bars stored now: the refresh may add enough.)</source>
        <translation>(Gezählt auf den jetzt gespeicherten Kerzen: Die Aktualisierung kann genug hinzufügen.)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Queue %n job(s)</source>
        <translation>
            <numerusform>%n Auftrag &amp;einreihen</numerusform>
            <numerusform>%n Aufträge &amp;einreihen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Refresh and Queue %n job(s)</source>
        <translation>
            <numerusform>&amp;Aktualisieren und %n Auftrag einreihen</numerusform>
            <numerusform>&amp;Aktualisieren und %n Aufträge einreihen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh and Queue</source>
        <translation>&amp;Aktualisieren und einreihen</translation>
    </message>
    <message>
        <source>Choose at least one symbol, timeframe and bot.</source>
        <translation>Wählen Sie mindestens ein Symbol, einen Zeitrahmen und einen Bot.</translation>
    </message>
    <message numerus="yes">
        <source>%n combination(s): </source>
        <translation>
            <numerusform>%n Kombination: </numerusform>
            <numerusform>%n Kombinationen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) to queue</source>
        <translation>
            <numerusform>%n Auftrag einzureihen</numerusform>
            <numerusform>%n Aufträge einzureihen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped for too few bars:</source>
        <translation>
            <numerusform>, %n wegen zu weniger Kerzen übersprungen:</numerusform>
            <numerusform>, %n wegen zu weniger Kerzen übersprungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Close without queueing anything; series refreshed so far keep their new bars</source>
        <translation>Schließen, ohne etwas einzureihen; bereits aktualisierte Reihen behalten ihre neuen Kerzen</translation>
    </message>
    <message>
        <source>the training queue is not available.</source>
        <translation>die Trainingswarteschlange ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Nothing was queued: %1</source>
        <translation>Nichts wurde eingereiht: %1</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n new job(s).</source>
        <translation>
            <numerusform>%n neuer Auftrag eingereiht.</numerusform>
            <numerusform>%n neue Aufträge eingereiht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) were already queued or running.</source>
        <translation>
            <numerusform>%n Auftrag war bereits eingereiht oder lief.</numerusform>
            <numerusform>%n Aufträge waren bereits eingereiht oder liefen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n combination(s) skipped for too few bars:</source>
        <translation>
            <numerusform>%n Kombination wegen zu weniger Kerzen übersprungen:</numerusform>
            <numerusform>%n Kombinationen wegen zu weniger Kerzen übersprungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Training started.</source>
        <translation>Training gestartet.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n new training job(s)</source>
        <translation>
            <numerusform>%n neuer Trainingsauftrag eingereiht</numerusform>
            <numerusform>%n neue Trainingsaufträge eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already queued</source>
        <translation>
            <numerusform>, %n bereits eingereiht</numerusform>
            <numerusform>, %n bereits eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped for too few bars</source>
        <translation>
            <numerusform>, %n wegen zu weniger Kerzen übersprungen</numerusform>
            <numerusform>, %n wegen zu weniger Kerzen übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::AutoTrainPlan</name>
    <message>
        <source>%1 %2 %3: %4 bars, needs %5</source>
        <translation>%1 %2 %3: %4 Kerzen, braucht %5</translation>
    </message>
</context>
<context>
    <name>modeldeck::BacktestObjective</name>
    <message>
        <source>Unknown objective “%1”; use one of: %2.</source>
        <translation>Unbekanntes Ziel „%1“; verwenden Sie eines von: %2.</translation>
    </message>
</context>
<context>
    <name>modeldeck::BarBulkWriter</name>
    <message>
        <source>Preparing the bar insert</source>
        <translation>Einfügen der Kerzen wird vorbereitet</translation>
    </message>
    <message>
        <source>Writing bars</source>
        <translation>Kerzen werden geschrieben</translation>
    </message>
    <message>
        <source>Preparing the bar insert failed: %1</source>
        <translation>Vorbereiten des Einfügens der Kerzen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Writing bars failed: %1</source>
        <translation>Schreiben der Kerzen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>modeldeck::BestSoFarChart</name>
    <message>
        <source>Best skill so far</source>
        <translation>Bester Skill bisher</translation>
    </message>
    <message>
        <source>Each completed trial</source>
        <translation>Jeder abgeschlossene Versuch</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Validation skill</source>
        <translation>Validierungs-Skill</translation>
    </message>
    <message>
        <source>Best validation skill so far by trial</source>
        <translation>Bester Validierungs-Skill bisher je Versuch</translation>
    </message>
</context>
<context>
    <name>modeldeck::BinanceKlineParser</name>
    <message>
        <source>%1 does not list the symbol “%2” (%3). Binance symbols are pairs written without a separator, such as BTCUSDT or ETHBTC.</source>
        <translation>%1 führt das Symbol „%2“ nicht (%3). Binance-Symbole sind Paare ohne Trennzeichen, etwa BTCUSDT oder ETHBTC.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 for %3.</source>
        <translation>%1 antwortete mit HTTP %2 für %3.</translation>
    </message>
    <message>
        <source>%1 refused the request for %2 (HTTP %3, code %4): %5</source>
        <translation>%1 hat die Anfrage für %2 abgelehnt (HTTP %3, Code %4): %5</translation>
    </message>
    <message>
        <source>The answer from %1 for %2 is incomplete or malformed: %3.</source>
        <translation>Die Antwort von %1 für %2 ist unvollständig oder fehlerhaft: %3.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>it is not a list of klines</source>
        <translation>es ist keine Liste von Klines</translation>
    </message>
    <message>
        <source>kline %1 has %2 fields instead of at least 6</source>
        <translation>Kline %1 hat %2 Felder statt mindestens 6</translation>
    </message>
</context>
<context>
    <name>modeldeck::BinanceProvider</name>
    <message>
        <source>“%1” is not a %2 symbol; write pairs such as BTCUSDT (letters and digits only).</source>
        <translation>„%1“ ist kein %2-Symbol; schreiben Sie Paare wie BTCUSDT (nur Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <source>%1 kept sending pages for %2 past the requested range; stopped after %3.</source>
        <translation>%1 sendete für %2 weiter Seiten über den angefragten Bereich hinaus; nach %3 abgebrochen.</translation>
    </message>
    <message>
        <source>%1 answered bars from before the requested start for %2; it does not look like the Binance klines API.</source>
        <translation>%1 lieferte für %2 Kerzen vor dem angefragten Start; das sieht nicht nach der Binance-Klines-API aus.</translation>
    </message>
</context>
<context>
    <name>modeldeck::BusyBackoff</name>
    <message>
        <source>Writing to the workspace database</source>
        <translation>Schreiben in die Arbeitsbereichsdatenbank</translation>
    </message>
    <message>
        <source>%1 failed: the workspace database stayed locked by another program for %2 s (%3 tries). Close the program that holds it (for example sqlite3) and try again.</source>
        <translation>%1 fehlgeschlagen: Die Arbeitsbereichsdatenbank blieb %2 s lang von einem anderen Programm gesperrt (%3 Versuche). Schließen Sie das Programm, das sie hält (zum Beispiel sqlite3), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 failed: the workspace database stayed locked by %2 for %3 s (%4 tries). Let it finish or close it, and try again.</source>
        <translation>%1 fehlgeschlagen: Die Arbeitsbereichsdatenbank blieb %3 s lang von %2 gesperrt (%4 Versuche). Lassen Sie es fertig werden oder schließen Sie es, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>modeldeck::BusyWait</name>
    <message>
        <source>The workspace database is locked by another program (for example sqlite3 or another ModelDeck)</source>
        <translation>Die Arbeitsbereichsdatenbank ist von einem anderen Programm gesperrt (zum Beispiel sqlite3 oder einem anderen ModelDeck)</translation>
    </message>
    <message>
        <source>The workspace database is locked by another process: %1</source>
        <translation>Die Arbeitsbereichsdatenbank ist von einem anderen Prozess gesperrt: %1</translation>
    </message>
    <message>
        <source>%1 could write to the workspace database again after %2 s.</source>
        <translation>%1 konnte nach %2 s wieder in die Arbeitsbereichsdatenbank schreiben.</translation>
    </message>
    <message>
        <source>%1; ModelDeck keeps retrying (%2, %3 s so far).</source>
        <translation>%1; ModelDeck versucht es weiter (%2, bisher %3 s).</translation>
    </message>
</context>
<context>
    <name>modeldeck::CompareDialog</name>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>Compare / A/B Test</source>
        <translation>Vergleich / A/B-Test</translation>
    </message>
    <message>
        <source>Compare Models</source>
        <translation>Modelle vergleichen</translation>
    </message>
    <message>
        <source>Comparison progress</source>
        <translation>Fortschritt des Vergleichs</translation>
    </message>
    <message>
        <source>Cancel Loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Skill vs naive</source>
        <translation>Skill ggü. naiv</translation>
    </message>
    <message>
        <source>95 % coverage</source>
        <translation>95-%-Abdeckung</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>Prognosen</translation>
    </message>
    <message>
        <source>Trained at (UTC)</source>
        <translation>Trainiert am (UTC)</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>Metrics of each model on the newest bars</source>
        <translation>Metriken jedes Modells auf den neuesten Kerzen</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Metriken</translation>
    </message>
    <message>
        <source>&amp;Forecasts</source>
        <translation>&amp;Prognosen</translation>
    </message>
    <message>
        <source>&amp;Loss Curves</source>
        <translation>&amp;Verlustkurven</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B-Test</translation>
    </message>
    <message>
        <source>Loading the comparison was cancelled.</source>
        <translation>Das Laden des Vergleichs wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Scoring %n model(s) on the newest %1 bars of their series…</source>
        <translation>
            <numerusform>%n Modell wird auf den neuesten %1 Kerzen seiner Reihe bewertet…</numerusform>
            <numerusform>%n Modelle werden auf den neuesten %1 Kerzen ihrer Reihen bewertet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No model could be scored.</source>
        <translation>Kein Modell konnte bewertet werden.</translation>
    </message>
    <message>
        <source>Each model forecast the newest bars of its series, each from the bars before it; the chart shows %1 %2.</source>
        <translation>Jedes Modell hat die neuesten Kerzen seiner Reihe prognostiziert, jeweils aus den Kerzen davor; das Diagramm zeigt %1 %2.</translation>
    </message>
</context>
<context>
    <name>modeldeck::CompareForecastChart</name>
    <message>
        <source>Actual close</source>
        <translation>Tatsächlicher Schlusskurs</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Actual closes and each model&apos;s forecasts</source>
        <translation>Tatsächliche Schlusskurse und die Prognosen jedes Modells</translation>
    </message>
    <message>
        <source>No forecasts to show.</source>
        <translation>Keine Prognosen anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>modeldeck::CompareLossChart</name>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>Validation loss per epoch of each model</source>
        <translation>Validierungsverlust pro Epoche jedes Modells</translation>
    </message>
    <message>
        <source>No training epochs recorded for these models.</source>
        <translation>Für diese Modelle wurden keine Trainingsepochen aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>modeldeck::CsvFormat</name>
    <message>
        <source>line %1 (%2)</source>
        <translation>Zeile %1 (%2)</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported but flagged as invalid: %1.</source>
        <translation>
            <numerusform>%n Zeile importiert, aber als ungültig markiert: %1.</numerusform>
            <numerusform>%n Zeilen importiert, aber als ungültig markiert: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::CsvImporter</name>
    <message>
        <source>Unknown time zone “%1”; use an IANA name such as Asia/Kolkata or America/New_York.</source>
        <translation>Unbekannte Zeitzone „%1“; verwenden Sie einen IANA-Namen wie Asia/Kolkata oder America/New_York.</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Reading failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot tell the symbol from the file name; give it explicitly (for example --symbol TCS.NS).</source>
        <translation>Das Symbol lässt sich nicht aus dem Dateinamen ableiten; geben Sie es ausdrücklich an (zum Beispiel --symbol TCS.NS).</translation>
    </message>
    <message>
        <source>The file has no usable rows (%1 rows skipped for missing values).</source>
        <translation>Die Datei hat keine verwendbaren Zeilen (%1 Zeilen wegen fehlender Werte übersprungen).</translation>
    </message>
    <message>
        <source>No files to import.</source>
        <translation>Keine Dateien zu importieren.</translation>
    </message>
</context>
<context>
    <name>modeldeck::CsvLayout</name>
    <message>
        <source>Yahoo Finance download</source>
        <translation>Yahoo-Finance-Download</translation>
    </message>
    <message>
        <source>yfinance multi-row header</source>
        <translation>yfinance-Kopfzeile über mehrere Zeilen</translation>
    </message>
    <message>
        <source>Broker export (separate date and time)</source>
        <translation>Broker-Export (Datum und Uhrzeit getrennt)</translation>
    </message>
    <message>
        <source>Timestamped OHLCV</source>
        <translation>OHLCV mit Zeitstempel</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>modeldeck::CsvParser</name>
    <message>
        <source>The CSV parser was already finished.</source>
        <translation>Der CSV-Parser war bereits fertig.</translation>
    </message>
    <message>
        <source>A quoted field is not closed on this line.</source>
        <translation>Ein Feld in Anführungszeichen ist in dieser Zeile nicht geschlossen.</translation>
    </message>
    <message>
        <source>Date or Datetime</source>
        <translation>Date oder Datetime</translation>
    </message>
    <message>
        <source>A price file needs a header row with the columns Date (or Datetime), Open, High, Low and Close; Adj Close and Volume are optional.</source>
        <translation>Eine Kursdatei braucht eine Kopfzeile mit den Spalten Date (oder Datetime), Open, High, Low und Close; Adj Close und Volume sind optional.</translation>
    </message>
    <message>
        <source>The first line looks like data, not a header. %1</source>
        <translation>Die erste Zeile sieht nach Daten aus, nicht nach einer Kopfzeile. %1</translation>
    </message>
    <message>
        <source>No header row was recognised (the first line is “%1”). %2</source>
        <translation>Keine Kopfzeile erkannt (die erste Zeile ist „%1“). %2</translation>
    </message>
    <message>
        <source>The header has no column for %1. %2</source>
        <translation>Die Kopfzeile hat keine Spalte für %1. %2</translation>
    </message>
    <message>
        <source>The file holds several tickers (%1 and %2); download one ticker per file.</source>
        <translation>Die Datei enthält mehrere Ticker (%1 und %2); laden Sie einen Ticker pro Datei herunter.</translation>
    </message>
    <message>
        <source>The file is encoded as UTF-16; save it as a UTF-8 CSV file and import it again.</source>
        <translation>Die Datei ist UTF-16-kodiert; speichern Sie sie als UTF-8-CSV-Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The file contains binary data (a NUL byte), so it is not a CSV file.</source>
        <translation>Die Datei enthält Binärdaten (ein NUL-Byte) und ist daher keine CSV-Datei.</translation>
    </message>
    <message>
        <source>The line is longer than %1 KiB; the file does not look like a price CSV.</source>
        <translation>Die Zeile ist länger als %1 KiB; die Datei sieht nicht nach einer Kurs-CSV aus.</translation>
    </message>
    <message>
        <source>Expected %1 columns, as in the header, but found %2.</source>
        <translation>%1 Spalten erwartet, wie in der Kopfzeile, aber %2 gefunden.</translation>
    </message>
    <message>
        <source>Column “%1” has “%2”, which is not a number.</source>
        <translation>Spalte „%1“ enthält „%2“, was keine Zahl ist.</translation>
    </message>
    <message>
        <source>Column “%1” has “%2”, which is not a date this importer understands (for example 2024-01-31, 2024-01-31 09:15:00+05:30, 31-01-2024 or 20240131).</source>
        <translation>Spalte „%1“ enthält „%2“, was kein Datum ist, das dieser Importer versteht (zum Beispiel 2024-01-31, 2024-01-31 09:15:00+05:30, 31-01-2024 oder 20240131).</translation>
    </message>
    <message>
        <source>Column “%1” has “%2”, which is not a time of day (for example 09:15 or 09:15:00).</source>
        <translation>Spalte „%1“ enthält „%2“, was keine Uhrzeit ist (zum Beispiel 09:15 oder 09:15:00).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file has a header but no data rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message numerus="yes">
        <source>All %n data row(s) have empty or null values; there is nothing to import.</source>
        <translation>
            <numerusform>Die %n Datenzeile hat leere oder Null-Werte; es gibt nichts zu importieren.</numerusform>
            <numerusform>Alle %n Datenzeilen haben leere oder Null-Werte; es gibt nichts zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The dates mix day-first and month-first order: “%1” (line %2) can only be day-first, but “%3” (line %4) can only be month-first.</source>
        <translation>Die Datumsangaben mischen Tag-zuerst- und Monat-zuerst-Reihenfolge: „%1“ (Zeile %2) kann nur Tag-zuerst sein, „%3“ (Zeile %4) nur Monat-zuerst.</translation>
    </message>
    <message>
        <source>Column “%1” has “%2”, which is not a valid day-first (DD-MM-YYYY) date.</source>
        <translation>Spalte „%1“ enthält „%2“, was kein gültiges Tag-zuerst-Datum (DD-MM-YYYY) ist.</translation>
    </message>
    <message>
        <source>Column “%1” has “%2”, which is not a valid month-first (MM-DD-YYYY) date.</source>
        <translation>Spalte „%1“ enthält „%2“, was kein gültiges Monat-zuerst-Datum (MM-DD-YYYY) ist.</translation>
    </message>
    <message>
        <source>The dates could be day-first or month-first (for example “%1”); choose the date order (day-first or month-first) and import again.</source>
        <translation>Die Datumsangaben können Tag-zuerst oder Monat-zuerst sein (zum Beispiel „%1“); wählen Sie die Datumsreihenfolge (Tag zuerst oder Monat zuerst) und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>a price is negative</source>
        <translation>ein Preis ist negativ</translation>
    </message>
    <message>
        <source>high %1 is below low %2</source>
        <translation>High %1 liegt unter Low %2</translation>
    </message>
    <message>
        <source>open %1 is outside the low–high range %2–%3</source>
        <translation>Open %1 liegt außerhalb der Low–High-Spanne %2–%3</translation>
    </message>
    <message>
        <source>close %1 is outside the low–high range %2–%3</source>
        <translation>Close %1 liegt außerhalb der Low–High-Spanne %2–%3</translation>
    </message>
    <message>
        <source>volume %1 is negative</source>
        <translation>Volumen %1 ist negativ</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…und %n weitere.</numerusform>
            <numerusform>…und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have impossible prices or volumes:</source>
        <translation>
            <numerusform>%n Zeile hat unmögliche Preise oder Volumina:</numerusform>
            <numerusform>%n Zeilen haben unmögliche Preise oder Volumina:</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the file, or choose “keep invalid rows” to import them flagged as invalid.</source>
        <translation>Korrigieren Sie die Datei oder wählen Sie „ungültige Zeilen behalten“, um sie als ungültig markiert zu importieren.</translation>
    </message>
    <message>
        <source>%1 UTC is before 1900</source>
        <translation>%1 UTC liegt vor 1900</translation>
    </message>
    <message>
        <source>%1 UTC is in the future (more than a day from now)</source>
        <translation>%1 UTC liegt in der Zukunft (mehr als einen Tag ab jetzt)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are dated outside 1900-01-01 to tomorrow:</source>
        <translation>
            <numerusform>%n Zeile ist außerhalb von 1900-01-01 bis morgen datiert:</numerusform>
            <numerusform>%n Zeilen sind außerhalb von 1900-01-01 bis morgen datiert:</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the dates; a row dated in the future would become the series’ newest bar.</source>
        <translation>Korrigieren Sie die Datumsangaben; eine in der Zukunft datierte Zeile würde zur neuesten Kerze der Reihe.</translation>
    </message>
</context>
<context>
    <name>modeldeck::Database</name>
    <message>
        <source>No workspace folder was given.</source>
        <translation>Kein Arbeitsbereichsordner angegeben.</translation>
    </message>
    <message>
        <source>The workspace “%1” is a file, not a folder. Choose a folder for the workspace.</source>
        <translation>Der Arbeitsbereich „%1“ ist eine Datei, kein Ordner. Wählen Sie einen Ordner für den Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Cannot create the workspace folder “%1”. Check that its parent exists and is writable.</source>
        <translation>Der Arbeitsbereichsordner „%1“ kann nicht erstellt werden. Prüfen Sie, ob der übergeordnete Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The workspace folder “%1” is read-only. ModelDeck needs to write its database and models there; choose a writable folder or fix its permissions.</source>
        <translation>Der Arbeitsbereichsordner „%1“ ist schreibgeschützt. ModelDeck muss dort seine Datenbank und Modelle schreiben; wählen Sie einen beschreibbaren Ordner oder korrigieren Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>The workspace database “%1” is read-only or not a regular file; ModelDeck needs to write to it.</source>
        <translation>Die Arbeitsbereichsdatenbank „%1“ ist schreibgeschützt oder keine reguläre Datei; ModelDeck muss in sie schreiben.</translation>
    </message>
    <message>
        <source>“%1” is not a ModelDeck workspace database (it is not an SQLite file). Move it away or choose another workspace folder.</source>
        <translation>„%1“ ist keine ModelDeck-Arbeitsbereichsdatenbank (keine SQLite-Datei). Verschieben Sie sie oder wählen Sie einen anderen Arbeitsbereichsordner.</translation>
    </message>
    <message>
        <source>Cannot create the models folder in “%1”.</source>
        <translation>Der Modellordner in „%1“ kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available. Install the Qt 6 SQLite plugin (Debian: libqt6sql6-sqlite).</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht verfügbar. Installieren Sie das Qt-6-SQLite-Plugin (Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Opening the workspace database</source>
        <translation>Arbeitsbereichsdatenbank wird geöffnet</translation>
    </message>
    <message>
        <source>This file is not a ModelDeck workspace database (%1).</source>
        <translation>Diese Datei ist keine ModelDeck-Arbeitsbereichsdatenbank (%1).</translation>
    </message>
    <message>
        <source>Configuring the workspace database (%1)</source>
        <translation>Arbeitsbereichsdatenbank wird konfiguriert (%1)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <source>Starting a write transaction</source>
        <translation>Schreibtransaktion wird gestartet</translation>
    </message>
    <message>
        <source>Committing the transaction</source>
        <translation>Transaktion wird festgeschrieben</translation>
    </message>
</context>
<context>
    <name>modeldeck::DesktopNotifier</name>
    <message>
        <source>ModelDeck</source>
        <translation>ModelDeck</translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n neuer Alarm</numerusform>
            <numerusform>%n neue Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the Alerts panel</source>
        <translation>
            <numerusform>… und %n weiterer im Bereich „Alarme“</numerusform>
            <numerusform>… und %n weitere im Bereich „Alarme“</numerusform>
        </translation>
    </message>
    <message>
        <source>Training finished</source>
        <translation>Training abgeschlossen</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (job %2): %3</source>
        <translation>%1 (Auftrag %2): %3</translation>
    </message>
    <message>
        <source>%1 (job %2)</source>
        <translation>%1 (Auftrag %2)</translation>
    </message>
</context>
<context>
    <name>modeldeck::DownloadDialog</name>
    <message>
        <source>Download Price History</source>
        <translation>Kurshistorie herunterladen</translation>
    </message>
    <message>
        <source>Every series this workspace downloaded before is brought up to date from its provider, starting at its newest stored bar. Series that only came from CSV files are skipped.</source>
        <translation>Jede Reihe, die dieser Arbeitsbereich zuvor heruntergeladen hat, wird ab ihrer neuesten gespeicherten Kerze vom Anbieter aktualisiert. Reihen, die nur aus CSV-Dateien stammen, werden übersprungen.</translation>
    </message>
    <message>
        <source>Download progress per symbol</source>
        <translation>Download-Fortschritt pro Symbol</translation>
    </message>
    <message>
        <source>One row per symbol: hover over a row for the whole message and the provider&apos;s notes</source>
        <translation>Eine Zeile pro Symbol: Zeigen Sie auf eine Zeile für die ganze Meldung und die Hinweise des Anbieters</translation>
    </message>
    <message>
        <source>Overall download progress</source>
        <translation>Gesamtfortschritt des Downloads</translation>
    </message>
    <message>
        <source>%v of %m series</source>
        <translation>%v von %m Reihen</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>the download window was closed</source>
        <translation>das Download-Fenster wurde geschlossen</translation>
    </message>
    <message>
        <source>Refresh All Price History</source>
        <translation>Gesamte Kurshistorie aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>Download %n symbol(s) (Enter)</source>
        <translation>
            <numerusform>%n Symbol herunterladen (Eingabe)</numerusform>
            <numerusform>%n Symbole herunterladen (Eingabe)</numerusform>
        </translation>
    </message>
    <message>
        <source>A download is running</source>
        <translation>Ein Download läuft</translation>
    </message>
    <message>
        <source>Cancel Download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop: series already written stay, the others write nothing (Esc)</source>
        <translation>Stopp: Bereits geschriebene Reihen bleiben, die übrigen schreiben nichts (Esc)</translation>
    </message>
    <message>
        <source>Cancel was pressed</source>
        <translation>Abbrechen wurde gedrückt</translation>
    </message>
    <message>
        <source>Cancelling… A series being written is completed or rolled back; nothing partial is kept.</source>
        <translation>Wird abgebrochen… Eine Reihe, die gerade geschrieben wird, wird abgeschlossen oder zurückgerollt; nichts Unvollständiges bleibt.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Cancelled before it started; nothing was written.</source>
        <translation>Vor dem Start abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Nothing to refresh: no series in this workspace was downloaded from a provider.</source>
        <translation>Nichts zu aktualisieren: Keine Reihe in diesem Arbeitsbereich wurde von einem Anbieter heruntergeladen.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n series completed; nothing was written for the others.</source>
        <translation>
            <numerusform>Abgebrochen: %1 von %n Reihe abgeschlossen; für die übrigen wurde nichts geschrieben.</numerusform>
            <numerusform>Abgebrochen: %1 von %n Reihen abgeschlossen; für die übrigen wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was downloaded: %1</source>
        <translation>Nichts wurde heruntergeladen: %1</translation>
    </message>
    <message>
        <source>Nothing was downloaded; each row says why.</source>
        <translation>Nichts wurde heruntergeladen; jede Zeile nennt den Grund.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n series downloaded.</source>
        <translation>
            <numerusform>%1 von %n Reihe heruntergeladen.</numerusform>
            <numerusform>%1 von %n Reihen heruntergeladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated and %3 unchanged bars.</source>
        <translation>%1 neue, %2 aktualisierte und %3 unveränderte Kerzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n series failed:</source>
        <translation>
            <numerusform>%n Reihe fehlgeschlagen:</numerusform>
            <numerusform>%n Reihen fehlgeschlagen:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 %2: %3</source>
        <translation>  %1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more (see the rows marked Failed)</source>
        <translation>
            <numerusform>  … und %n weitere (siehe die als Fehlgeschlagen markierte Zeile)</numerusform>
            <numerusform>  … und %n weitere (siehe die als Fehlgeschlagen markierten Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series skipped: never downloaded from a provider (see the rows).</source>
        <translation>
            <numerusform>%n Reihe übersprungen: nie von einem Anbieter heruntergeladen (siehe die Zeilen).</numerusform>
            <numerusform>%n Reihen übersprungen: nie von einem Anbieter heruntergeladen (siehe die Zeilen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>modeldeck::DownloadOptionsWidget</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Continue from the last stored bar</source>
        <translation>Ab der letzten gespeicherten Kerze &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Between dates (UTC):</source>
        <translation>Zwischen den &amp;Daten (UTC):</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Where the prices come from</source>
        <translation>Woher die Kurse stammen</translation>
    </message>
    <message>
        <source>Symbols as the provider spells them, separated by commas or spaces; symbols this workspace already downloads from the provider are filled in</source>
        <translation>Symbole in der Schreibweise des Anbieters, getrennt durch Kommas oder Leerzeichen; Symbole, die dieser Arbeitsbereich bereits vom Anbieter herunterlädt, sind eingetragen</translation>
    </message>
    <message>
        <source>Bar length; only those the provider offers are listed</source>
        <translation>Kerzenlänge; nur die vom Anbieter angebotenen werden aufgelistet</translation>
    </message>
    <message>
        <source>Fetch each series from its newest stored bar (fetched again, as it may have been incomplete): only what is missing is downloaded</source>
        <translation>Jede Reihe ab ihrer neuesten gespeicherten Kerze abrufen (diese wird erneut abgerufen, da sie unvollständig sein kann): Nur Fehlendes wird heruntergeladen</translation>
    </message>
    <message>
        <source>Fetch the bars from the first day through the last (or up to now); stored bars in the range are replaced by the provider&apos;s</source>
        <translation>Die Kerzen vom ersten bis zum letzten Tag (oder bis jetzt) abrufen; gespeicherte Kerzen im Bereich werden durch die des Anbieters ersetzt</translation>
    </message>
    <message>
        <source>Stop at the last day instead of now</source>
        <translation>Am letzten Tag statt jetzt enden</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Symbols:</source>
        <translation>&amp;Symbole:</translation>
    </message>
    <message>
        <source>&amp;Timeframe:</source>
        <translation>&amp;Zeitrahmen:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>e.g. AAPL, MSFT, RELIANCE.NS</source>
        <translation>z. B. AAPL, MSFT, RELIANCE.NS</translation>
    </message>
    <message>
        <source>e.g. BTCUSDT, ETHUSDT</source>
        <translation>z. B. BTCUSDT, ETHUSDT</translation>
    </message>
    <message>
        <source>Series not stored yet get the last %1.</source>
        <translation>Noch nicht gespeicherte Reihen erhalten die letzten %1.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Enter at least one symbol.</source>
        <translation>Geben Sie mindestens ein Symbol ein.</translation>
    </message>
    <message>
        <source>Choose a timeframe.</source>
        <translation>Wählen Sie einen Zeitrahmen.</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2).</source>
        <translation>Der erste Tag (%1) liegt nach dem letzten Tag (%2).</translation>
    </message>
</context>
<context>
    <name>modeldeck::DownloadProgressModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>%1 neu, %2 aktualisiert, %3 unverändert</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source>%1 %2 from %3: %4</source>
        <translation>%1 %2 von %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1 bars received</source>
        <translation>
            <numerusform>%n Seite, %1 Kerzen empfangen</numerusform>
            <numerusform>%n Seiten, %1 Kerzen empfangen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged bars</source>
        <translation>%1 neue, %2 aktualisierte, %3 unveränderte Kerzen</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Kerzen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>modeldeck::DownloadService</name>
    <message>
        <source>Cancelled before %1 was saved; nothing was written.</source>
        <translation>Abgebrochen, bevor %1 gespeichert wurde; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>%1 %2 rebuilt from %3: %4 new, %5 updated bars.</source>
        <translation>%1 %2 aus %3 neu erstellt: %4 neue, %5 aktualisierte Kerzen.</translation>
    </message>
    <message>
        <source>Series of %1 resampled from %2 were not rebuilt: %3</source>
        <translation>Aus %2 resampelte Reihen von %1 wurden nicht neu erstellt: %3</translation>
    </message>
    <message>
        <source>%1 %2 (resampled from %3) was not rebuilt: %4</source>
        <translation>%1 %2 (aus %3 resampelt) wurde nicht neu erstellt: %4</translation>
    </message>
    <message>
        <source>No timeframe given; %1 needs one such as 5m, 1h or 1d.</source>
        <translation>Kein Zeitrahmen angegeben; %1 braucht einen, etwa 5m, 1h oder 1d.</translation>
    </message>
    <message>
        <source>No symbols to download.</source>
        <translation>Keine Symbole zum Herunterladen.</translation>
    </message>
    <message>
        <source>The start %1 is not before the end %2.</source>
        <translation>Der Start %1 liegt nicht vor dem Ende %2.</translation>
    </message>
    <message>
        <source>Cancelled before %1 was fetched; nothing was written.</source>
        <translation>Abgebrochen, bevor %1 abgerufen wurde; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Nothing to fetch: the stored bars already reach %1.</source>
        <translation>Nichts abzurufen: Die gespeicherten Kerzen reichen bereits bis %1.</translation>
    </message>
    <message>
        <source>%1 Nothing was written for %2.</source>
        <translation>%1 Für %2 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 has no %2 bars of %3 from %4 to %5.</source>
        <translation>%1 hat keine %2-Kerzen von %3 zwischen %4 und %5.</translation>
    </message>
</context>
<context>
    <name>modeldeck::DriftMonitor</name>
    <message>
        <source>There is no model named “%1” in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es kein Modell namens „%1“.</translation>
    </message>
</context>
<context>
    <name>modeldeck::FeatureConfig</name>
    <message>
        <source>Feature settings: unknown key &quot;%1&quot;.</source>
        <translation>Merkmalseinstellungen: unbekannter Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>Feature settings: &quot;%1&quot; + &quot;%2&quot; must be less than 1 so that bars remain for the test split (got %3 + %4).</source>
        <translation>Merkmalseinstellungen: „%1“ + „%2“ muss kleiner als 1 sein, damit Kerzen für den Testteil bleiben (erhalten: %3 + %4).</translation>
    </message>
    <message>
        <source>Feature settings: &quot;%1&quot; must be &quot;%2&quot; (the log return over the horizon) or &quot;%3&quot; (the close itself).</source>
        <translation>Merkmalseinstellungen: „%1“ muss „%2“ (die Log-Rendite über den Horizont) oder „%3“ (der Schlusskurs selbst) sein.</translation>
    </message>
    <message>
        <source>Feature settings: &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>Merkmalseinstellungen: „%1“ muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>Feature settings: &quot;%1&quot; must be true or false.</source>
        <translation>Merkmalseinstellungen: „%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>Feature settings: &quot;%1&quot; must be a number greater than 0 and less than 1.</source>
        <translation>Merkmalseinstellungen: „%1“ muss eine Zahl größer als 0 und kleiner als 1 sein.</translation>
    </message>
</context>
<context>
    <name>modeldeck::FeatureSet</name>
    <message>
        <source>bar %1 (%2)</source>
        <translation>Kerze %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot build features: the bars are not in strictly increasing time order (%1 follows %2).</source>
        <translation>Merkmale können nicht berechnet werden: Die Kerzen sind nicht streng zeitlich aufsteigend sortiert (%1 folgt auf %2).</translation>
    </message>
    <message>
        <source>Cannot build features: %1 has a close of %2; prices must be positive.</source>
        <translation>Merkmale können nicht berechnet werden: %1 hat einen Schlusskurs von %2; Preise müssen positiv sein.</translation>
    </message>
    <message>
        <source>Cannot build features: %1 has a volume of %2; volumes must be zero or positive (or turn volume features off).</source>
        <translation>Merkmale können nicht berechnet werden: %1 hat ein Volumen von %2; Volumina müssen null oder positiv sein (oder schalten Sie die Volumenmerkmale aus).</translation>
    </message>
    <message>
        <source>Cannot build features: %1 has an invalid open, high or low; range features need a positive open and finite high and low.</source>
        <translation>Merkmale können nicht berechnet werden: %1 hat ein ungültiges Open, High oder Low; Spannenmerkmale brauchen ein positives Open sowie endliche High- und Low-Werte.</translation>
    </message>
    <message>
        <source>Cannot build features: the series has more bars than can be indexed.</source>
        <translation>Merkmale können nicht berechnet werden: Die Reihe hat mehr Kerzen, als indiziert werden können.</translation>
    </message>
    <message>
        <source>Internal error: the feature &quot;%1&quot; cannot be computed.</source>
        <translation>Interner Fehler: Das Merkmal „%1“ kann nicht berechnet werden.</translation>
    </message>
    <message>
        <source>The saved feature scaler has %1 columns but the feature settings give %2 features.</source>
        <translation>Der gespeicherte Merkmals-Skalierer hat %1 Spalten, aber die Merkmalseinstellungen ergeben %2 Merkmale.</translation>
    </message>
    <message>
        <source>The saved target scaler has no columns.</source>
        <translation>Der gespeicherte Ziel-Skalierer hat keine Spalten.</translation>
    </message>
    <message>
        <source>The series has %1 bars; windows of %2 bars with horizon %3 need at least %4 bars (history %5 + lookback + horizon, for each of the three splits, with at least %6 training, %7 validation and %8 test samples).</source>
        <translation>Die Reihe hat %1 Kerzen; Fenster von %2 Kerzen mit Horizont %3 brauchen mindestens %4 Kerzen (Historie %5 + Rückblick + Horizont, für jeden der drei Teile, mit mindestens %6 Trainings-, %7 Validierungs- und %8 Testbeispielen).</translation>
    </message>
    <message>
        <source>Predicting needs the latest %1 bars (%2 bars of feature history + a window of %3 − 1); the series has %4.</source>
        <translation>Die Vorhersage braucht die letzten %1 Kerzen (%2 Kerzen Merkmalshistorie + ein Fenster von %3 − 1); die Reihe hat %4.</translation>
    </message>
</context>
<context>
    <name>modeldeck::FileSet</name>
    <message>
        <source>This exists and is not a regular file, so it is not replaced.</source>
        <translation>Dies existiert und ist keine reguläre Datei; es wird daher nicht ersetzt.</translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>Schreiben der Datei fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The existing file could not be set aside to replace it.</source>
        <translation>Die vorhandene Datei konnte nicht beiseitegelegt werden, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>The new file could not be moved into place.</source>
        <translation>Die neue Datei konnte nicht an ihren Platz verschoben werden.</translation>
    </message>
</context>
<context>
    <name>modeldeck::FilterSidebar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search symbol, bot, error…</source>
        <translation>Symbol, Bot, Fehler suchen…</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Modelle suchen</translation>
    </message>
    <message>
        <source>Find models whose symbol, timeframe, bot, period or error contains this text</source>
        <translation>Modelle finden, deren Symbol, Zeitrahmen, Bot, Zeitraum oder Fehler diesen Text enthält</translation>
    </message>
    <message>
        <source>Symbol filter</source>
        <translation>Symbolfilter</translation>
    </message>
    <message>
        <source>Timeframe filter</source>
        <translation>Zeitrahmenfilter</translation>
    </message>
    <message>
        <source>Bot filter</source>
        <translation>Bot-Filter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Sortierreihenfolge</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Lowest RMSE</source>
        <translation>Niedrigster RMSE</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation>Filter zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Show all models again</source>
        <translation>Wieder alle Modelle anzeigen</translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>S&amp;ymbol</source>
        <translation>S&amp;ymbol</translation>
    </message>
    <message>
        <source>&amp;Timeframe</source>
        <translation>&amp;Zeitrahmen</translation>
    </message>
    <message>
        <source>&amp;Bot</source>
        <translation>&amp;Bot</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>S&amp;ort by</source>
        <translation>S&amp;ortieren nach</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>modeldeck::Forecaster</name>
    <message>
        <source>The naive baseline has no network: it repeats the last value and is evaluated without training.</source>
        <translation>Die naive Baseline hat kein Netz: Sie wiederholt den letzten Wert und wird ohne Training bewertet.</translation>
    </message>
    <message>
        <source>%1 is a tree ensemble (XGBoost), not a network.</source>
        <translation>%1 ist ein Baum-Ensemble (XGBoost), kein Netz.</translation>
    </message>
    <message>
        <source>A model needs at least one input feature; got %1.</source>
        <translation>Ein Modell braucht mindestens ein Eingabemerkmal; erhalten: %1.</translation>
    </message>
    <message>
        <source>Cannot build the %1 network: %2</source>
        <translation>Das %1-Netz kann nicht erstellt werden: %2</translation>
    </message>
</context>
<context>
    <name>modeldeck::HistoryModel</name>
    <message>
        <source>Job %1 · %2
%3</source>
        <translation>Auftrag %1 · %2
%3</translation>
    </message>
    <message>
        <source>Job %1 · %2</source>
        <translation>Auftrag %1 · %2</translation>
    </message>
    <message>
        <source>On the test split of the training record this job produced, in price units</source>
        <translation>Auf den Testdaten des von diesem Auftrag erzeugten Trainingsprotokolls, in Preiseinheiten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Test RMSE</source>
        <translation>Test-RMSE</translation>
    </message>
    <message>
        <source>Test MAE</source>
        <translation>Test-MAE</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>modeldeck::HistoryPage</name>
    <message>
        <source>&amp;Re-run with same config</source>
        <translation>&amp;Erneut mit gleicher Konfiguration</translation>
    </message>
    <message>
        <source>Search tr&amp;ials…</source>
        <translation>&amp;Versuche der Suche…</translation>
    </message>
    <message>
        <source>Train &amp;best config</source>
        <translation>&amp;Beste Konfiguration trainieren</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Finished training jobs</source>
        <translation>Abgeschlossene Trainingsaufträge</translation>
    </message>
    <message>
        <source>Show jobs with status</source>
        <translation>Aufträge mit Status anzeigen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Queue this job again with the same symbol, timeframe, bot and settings (a failed, cancelled or interrupted job is retried)</source>
        <translation>Diesen Auftrag mit gleichem Symbol, Zeitrahmen, Bot und gleichen Einstellungen erneut einreihen (ein fehlgeschlagener, abgebrochener oder unterbrochener Auftrag wird wiederholt)</translation>
    </message>
    <message>
        <source>Read the job history again</source>
        <translation>Auftragsverlauf neu lesen</translation>
    </message>
    <message numerus="yes">
        <source>%n finished job(s)</source>
        <translation>
            <numerusform>%n abgeschlossener Auftrag</numerusform>
            <numerusform>%n abgeschlossene Aufträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n finished job(s)</source>
        <translation>
            <numerusform>%1 von %n abgeschlossenen Auftrag</numerusform>
            <numerusform>%1 von %n abgeschlossenen Aufträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>No training job has finished yet.</source>
        <translation>Noch kein Trainingsauftrag ist abgeschlossen.</translation>
    </message>
    <message>
        <source>No finished job has this status.</source>
        <translation>Kein abgeschlossener Auftrag hat diesen Status.</translation>
    </message>
    <message>
        <source>Show this search&apos;s trials, best skill so far and skill by parameter (Enter)</source>
        <translation>Versuche dieser Suche, besten Skill bisher und Skill je Parameter anzeigen (Eingabe)</translation>
    </message>
    <message>
        <source>Only a hyperparameter search has trials</source>
        <translation>Nur eine Hyperparameter-Suche hat Versuche</translation>
    </message>
    <message>
        <source>Only a hyperparameter search has a best configuration</source>
        <translation>Nur eine Hyperparameter-Suche hat eine beste Konfiguration</translation>
    </message>
    <message>
        <source>Reading the search&apos;s trials…</source>
        <translation>Versuche der Suche werden gelesen…</translation>
    </message>
    <message>
        <source>No trial of this search completed</source>
        <translation>Kein Versuch dieser Suche wurde abgeschlossen</translation>
    </message>
    <message>
        <source>Queue a training job with trial %1&apos;s parameters: %2</source>
        <translation>Einen Trainingsauftrag mit den Parametern von Versuch %1 einreihen: %2</translation>
    </message>
    <message>
        <source>Search trials — %1 (job %2)</source>
        <translation>Versuche der Suche — %1 (Auftrag %2)</translation>
    </message>
    <message>
        <source>%1 was not queued: %2</source>
        <translation>%1 wurde nicht eingereiht: %2</translation>
    </message>
    <message>
        <source>%1 with the best configuration is already queued (job %2).</source>
        <translation>%1 mit der besten Konfiguration ist bereits eingereiht (Auftrag %2).</translation>
    </message>
    <message>
        <source>Queued %1 with trial %2&apos;s configuration as job %3.</source>
        <translation>%1 mit der Konfiguration von Versuch %2 als Auftrag %3 eingereiht.</translation>
    </message>
    <message>
        <source>%1 is already queued (job %2).</source>
        <translation>%1 ist bereits eingereiht (Auftrag %2).</translation>
    </message>
    <message>
        <source>Queued %1 again as job %2.</source>
        <translation>%1 erneut als Auftrag %2 eingereiht.</translation>
    </message>
    <message>
        <source>Queued %1 again (job %2, retried).</source>
        <translation>%1 erneut eingereiht (Auftrag %2, wiederholt).</translation>
    </message>
    <message>
        <source>A strategy training keeps no trials here; its result is in the Strategy Studio</source>
        <translation>Ein Strategietraining hat hier keine Versuche; sein Ergebnis steht im Strategy Studio</translation>
    </message>
    <message>
        <source>A strategy training finds strategy parameters, not a model configuration to train</source>
        <translation>Ein Strategietraining findet Strategieparameter, keine Modellkonfiguration zum Trainieren</translation>
    </message>
</context>
<context>
    <name>modeldeck::HttpFetcher</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled (%1).</source>
        <translation>Abgebrochen (%1).</translation>
    </message>
    <message>
        <source>%1 asks to wait %2 s before the next request; try again later.</source>
        <translation>%1 bittet, %2 s bis zur nächsten Anfrage zu warten; versuchen Sie es später erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 Nach %n Versuch aufgegeben.</numerusform>
            <numerusform>%1 Nach %n Versuchen aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent more than %2 MiB; that is not a price history.</source>
        <translation>%1 hat mehr als %2 MiB gesendet; das ist keine Kurshistorie.</translation>
    </message>
    <message>
        <source>%1 was still sending its answer after %2 s, the most one request may take (setting download/totalTimeoutSeconds); try a shorter date range or try again later.</source>
        <translation>%1 sendete seine Antwort nach %2 s noch immer, der Höchstdauer einer Anfrage (Einstellung download/totalTimeoutSeconds); versuchen Sie einen kürzeren Datumsbereich oder später erneut.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2). The workstation appears to be offline, or the server is down.</source>
        <translation>%1 ist nicht erreichbar (%2). Der Arbeitsplatzrechner scheint offline oder der Server nicht verfügbar zu sein.</translation>
    </message>
    <message>
        <source>%1 closed the connection early.</source>
        <translation>%1 hat die Verbindung vorzeitig geschlossen.</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 antwortete mit HTTP %2 %3.</translation>
    </message>
    <message>
        <source>The answer from %1 broke off: %2</source>
        <translation>Die Antwort von %1 brach ab: %2</translation>
    </message>
</context>
<context>
    <name>modeldeck::ImportDialog</name>
    <message>
        <source>Import Price History</source>
        <translation>Kurshistorie importieren</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>Files to import; select one to preview it. Drop more files here.</source>
        <translation>Zu importierende Dateien; wählen Sie eine für die Vorschau aus. Ziehen Sie weitere Dateien hierher.</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Choose CSV files to import (Ctrl+O)</source>
        <translation>Zu importierende CSV-Dateien auswählen (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Leave the selected files out of the import (Del)</source>
        <translation>Die ausgewählten Dateien vom Import ausschließen (Entf)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>error on line %1</source>
        <translation>Fehler in Zeile %1</translation>
    </message>
    <message>
        <source>cannot be imported</source>
        <translation>kann nicht importiert werden</translation>
    </message>
    <message>
        <source>ready as %1 %2</source>
        <translation>bereit als %1 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Choose CSV files with Add Files… (Ctrl+O) or drop them here.</source>
        <translation>Wählen Sie CSV-Dateien mit „Dateien hinzufügen…“ (Strg+O) aus oder ziehen Sie sie hierher.</translation>
    </message>
    <message>
        <source>Correct the symbol to see the preview.</source>
        <translation>Korrigieren Sie das Symbol, um die Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>The file cannot be read as price history: see the problem below and the File text tab.</source>
        <translation>Die Datei kann nicht als Kurshistorie gelesen werden: siehe das Problem unten und den Reiter „Dateitext“.</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s) (Enter)</source>
        <translation>
            <numerusform>%n Datei importieren (Eingabe)</numerusform>
            <numerusform>%n Dateien importieren (Eingabe)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add files to import first</source>
        <translation>Fügen Sie zuerst zu importierende Dateien hinzu</translation>
    </message>
    <message>
        <source>Another import is running</source>
        <translation>Ein anderer Import läuft</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>Correct the errors listed first</source>
        <translation>Korrigieren Sie zuerst die aufgeführten Fehler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird importiert…</numerusform>
            <numerusform>%n Dateien werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written to the workspace.</source>
        <translation>Import abgebrochen; nichts wurde in den Arbeitsbereich geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was written to the workspace.</source>
        <translation>Nichts wurde in den Arbeitsbereich geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s):</source>
        <translation>
            <numerusform>%n Datei importiert:</numerusform>
            <numerusform>%n Dateien importiert:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 %3: %4 new, %5 updated, %6 unchanged bars</source>
        <translation>%1 → %2 %3: %4 neue, %5 aktualisierte, %6 unveränderte Kerzen</translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) with missing values skipped</source>
        <translation>
            <numerusform>; %n Zeile mit fehlenden Werten übersprungen</numerusform>
            <numerusform>; %n Zeilen mit fehlenden Werten übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>modeldeck::ImportFileTypes</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>modeldeck::ImportOptionsWidget</name>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>Erkennen (%1)</translation>
    </message>
    <message>
        <source>day-first</source>
        <translation>Tag zuerst</translation>
    </message>
    <message>
        <source>month-first</source>
        <translation>Monat zuerst</translation>
    </message>
    <message>
        <source>year-first</source>
        <translation>Jahr zuerst</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>Aus der Datei</translation>
    </message>
    <message>
        <source>Store the bars under this symbol, e.g. TCS.NS or AAPL; leave empty to take it from the file (yfinance Ticker row or file name)</source>
        <translation>Die Kerzen unter diesem Symbol speichern, z. B. TCS.NS oder AAPL; leer lassen, um es aus der Datei zu übernehmen (yfinance-Zeile „Ticker“ oder Dateiname)</translation>
    </message>
    <message>
        <source>Bar length; Detect takes the most common spacing of the timestamps</source>
        <translation>Kerzenlänge; „Erkennen“ nimmt den häufigsten Abstand der Zeitstempel</translation>
    </message>
    <message>
        <source>Zone of timestamps without a UTC offset (the exchange&apos;s); Detect uses the symbol&apos;s stored zone or its suffix (.NS → Asia/Kolkata). Type to search.</source>
        <translation>Zeitzone von Zeitstempeln ohne UTC-Versatz (die der Börse); „Erkennen“ nutzt die gespeicherte Zone des Symbols oder sein Suffix (.NS → Asia/Kolkata). Tippen zum Suchen.</translation>
    </message>
    <message>
        <source>Day first (DD-MM-YYYY)</source>
        <translation>Tag zuerst (DD-MM-YYYY)</translation>
    </message>
    <message>
        <source>Month first (MM-DD-YYYY)</source>
        <translation>Monat zuerst (MM-DD-YYYY)</translation>
    </message>
    <message>
        <source>Order of day and month in dates such as 03/04/2024</source>
        <translation>Reihenfolge von Tag und Monat in Datumsangaben wie 03/04/2024</translation>
    </message>
    <message>
        <source>Refuse the file</source>
        <translation>Datei ablehnen</translation>
    </message>
    <message>
        <source>Import them flagged as invalid</source>
        <translation>Als ungültig markiert importieren</translation>
    </message>
    <message>
        <source>What to do with rows whose prices are impossible (high below low, negative values, open or close outside the range, as in the oldest rows of many Yahoo downloads); flagged rows are counted in the import summary</source>
        <translation>Was mit Zeilen mit unmöglichen Preisen geschehen soll (High unter Low, negative Werte, Open oder Close außerhalb der Spanne, wie in den ältesten Zeilen vieler Yahoo-Downloads); markierte Zeilen werden in der Importzusammenfassung gezählt</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Symbol:</translation>
    </message>
    <message>
        <source>&amp;Timeframe:</source>
        <translation>&amp;Zeitrahmen:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Zei&amp;tzone:</translation>
    </message>
    <message>
        <source>&amp;Date order:</source>
        <translation>&amp;Datumsreihenfolge:</translation>
    </message>
    <message>
        <source>I&amp;nvalid rows:</source>
        <translation>&amp;Ungültige Zeilen:</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 (from the file)</source>
        <translation>%1 (aus der Datei)</translation>
    </message>
</context>
<context>
    <name>modeldeck::ImportPreviewModel</name>
    <message>
        <source>Invalid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Adj Close</source>
        <translation>Adj Close</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
</context>
<context>
    <name>modeldeck::ImportPreviewPane</name>
    <message>
        <source>Parsed rows</source>
        <translation>Geparste Zeilen</translation>
    </message>
    <message>
        <source>File text</source>
        <translation>Dateitext</translation>
    </message>
    <message>
        <source>&amp;Parsed rows</source>
        <translation>&amp;Geparste Zeilen</translation>
    </message>
    <message>
        <source>File &amp;text</source>
        <translation>Datei&amp;text</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>Select a problem to show its line</source>
        <translation>Wählen Sie ein Problem aus, um seine Zeile anzuzeigen</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Format: %1, separated by “%2”. Imports as %3, %4 bars, naive times read in %5.</source>
        <translation>Format: %1, getrennt durch „%2“. Import als %3, %4-Kerzen, naive Zeiten gelesen in %5.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>modeldeck::ImportanceChart</name>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Share of the gain (%)</source>
        <translation>Anteil am Gain (%)</translation>
    </message>
    <message>
        <source>Feature importance</source>
        <translation>Merkmalswichtigkeit</translation>
    </message>
    <message>
        <source>No feature importance: only tree models have one</source>
        <translation>Keine Merkmalswichtigkeit: Nur Baummodelle haben eine</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
</context>
<context>
    <name>modeldeck::InferenceModel</name>
    <message>
        <source>Internal error: %1 input values do not form %2 windows of %3 × %4.</source>
        <translation>Interner Fehler: %1 Eingabewerte ergeben keine %2 Fenster von %3 × %4.</translation>
    </message>
    <message>
        <source>Prediction failed: %1</source>
        <translation>Vorhersage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Internal error: a model needs a lookback, features and outputs.</source>
        <translation>Interner Fehler: Ein Modell braucht einen Rückblick, Merkmale und Ausgaben.</translation>
    </message>
    <message>
        <source>This is not a TorchScript model LibTorch can load: %1</source>
        <translation>Dies ist kein TorchScript-Modell, das LibTorch laden kann: %1</translation>
    </message>
    <message>
        <source>The model does not accept one window of %1 bars × %2 features (shape [1, %1, %2]) as its feature settings say: %3</source>
        <translation>Das Modell akzeptiert kein Fenster von %1 Kerzen × %2 Merkmalen (Form [1, %1, %2]), wie es seine Merkmalseinstellungen angeben: %3</translation>
    </message>
    <message>
        <source>The model returns NaN or infinity for an all-zero window; it will not be used.</source>
        <translation>Das Modell liefert für ein Fenster aus Nullen NaN oder Unendlich; es wird nicht verwendet.</translation>
    </message>
    <message>
        <source>The tree model reads %1 columns, but %2 bars × %3 features make %4.</source>
        <translation>Das Baummodell liest %1 Spalten, aber %2 Kerzen × %3 Merkmale ergeben %4.</translation>
    </message>
</context>
<context>
    <name>modeldeck::InlineMessage</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>modeldeck::InputDrift</name>
    <message>
        <source>%1 (PSI %2, KS p %3)</source>
        <translation>%1 (PSI %2, KS p %3)</translation>
    </message>
    <message numerus="yes">
        <source>The inputs of “%1” have moved away from its training data: %n of its features drift over the newest %2 bars against %3 training bars, most %4.</source>
        <translation>
            <numerusform>Die Eingaben von „%1“ haben sich von seinen Trainingsdaten entfernt: %n Merkmal driftet über die neuesten %2 Kerzen ggü. %3 Trainingskerzen, am stärksten %4.</numerusform>
            <numerusform>Die Eingaben von „%1“ haben sich von seinen Trainingsdaten entfernt: %n Merkmale driften über die neuesten %2 Kerzen ggü. %3 Trainingskerzen, am stärksten %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>The inputs of “%1” look like its training data (largest PSI %2 over the newest %3 bars).</source>
        <translation>Die Eingaben von „%1“ ähneln seinen Trainingsdaten (größter PSI %2 über die neuesten %3 Kerzen).</translation>
    </message>
</context>
<context>
    <name>modeldeck::InputDriftCheck</name>
    <message>
        <source>The saved features of “%1” v%2 are damaged: %3</source>
        <translation>Die gespeicherten Merkmale von „%1“ v%2 sind beschädigt: %3</translation>
    </message>
</context>
<context>
    <name>modeldeck::InstanceGuard</name>
    <message>
        <source>Could not watch for other ModelDeck windows on %1: %2</source>
        <translation>Andere ModelDeck-Fenster auf %1 können nicht überwacht werden: %2</translation>
    </message>
</context>
<context>
    <name>modeldeck::JobLiveness</name>
    <message>
        <source>No heartbeat for more than %1 minutes and its process is gone; the job was given up.</source>
        <translation>Seit mehr als %1 Minuten kein Lebenszeichen und sein Prozess existiert nicht mehr; der Auftrag wurde aufgegeben.</translation>
    </message>
</context>
<context>
    <name>modeldeck::JobRecovery</name>
    <message>
        <source>Queueing again the jobs an earlier run left unfinished</source>
        <translation>Von einem früheren Lauf unvollendete Aufträge werden erneut eingereiht</translation>
    </message>
    <message>
        <source>ModelDeck stopped while this job was running, %1 times in a row; it is not started again automatically. Retry it once the cause is found.</source>
        <translation>ModelDeck wurde %1-mal in Folge beendet, während dieser Auftrag lief; er wird nicht automatisch neu gestartet. Wiederholen Sie ihn, sobald die Ursache gefunden ist.</translation>
    </message>
    <message>
        <source>ModelDeck stopped while this job was running; it was queued again.</source>
        <translation>ModelDeck wurde beendet, während dieser Auftrag lief; er wurde erneut eingereiht.</translation>
    </message>
    <message>
        <source>Failing stuck training jobs</source>
        <translation>Hängende Trainingsaufträge werden als fehlgeschlagen markiert</translation>
    </message>
</context>
<context>
    <name>modeldeck::JobRepository</name>
    <message>
        <source>Saving the progress of training job %1</source>
        <translation>Fortschritt von Trainingsauftrag %1 wird gespeichert</translation>
    </message>
    <message>
        <source>Recording the heartbeat of training job %1</source>
        <translation>Lebenszeichen von Trainingsauftrag %1 wird erfasst</translation>
    </message>
    <message>
        <source>Reading the progress of training job %1</source>
        <translation>Fortschritt von Trainingsauftrag %1 wird gelesen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>There is no training job %1.</source>
        <translation>Es gibt keinen Trainingsauftrag %1.</translation>
    </message>
    <message>
        <source>Reading training job %1</source>
        <translation>Trainingsauftrag %1 wird gelesen</translation>
    </message>
    <message>
        <source>Looking for an identical training job</source>
        <translation>Identischer Trainingsauftrag wird gesucht</translation>
    </message>
    <message>
        <source>Finding the end of the training queue</source>
        <translation>Ende der Trainingswarteschlange wird ermittelt</translation>
    </message>
    <message>
        <source>Queueing a training job for %1</source>
        <translation>Trainingsauftrag für %1 wird eingereiht</translation>
    </message>
    <message>
        <source>Listing the training queue</source>
        <translation>Trainingswarteschlange wird aufgelistet</translation>
    </message>
    <message>
        <source>Listing finished training jobs</source>
        <translation>Abgeschlossene Trainingsaufträge werden aufgelistet</translation>
    </message>
    <message>
        <source>Counting training jobs</source>
        <translation>Trainingsaufträge werden gezählt</translation>
    </message>
    <message>
        <source>Taking the next training job</source>
        <translation>Nächster Trainingsauftrag wird übernommen</translation>
    </message>
    <message>
        <source>Taking training job %1</source>
        <translation>Trainingsauftrag %1 wird übernommen</translation>
    </message>
    <message>
        <source>Linking training job %1 to its record</source>
        <translation>Trainingsauftrag %1 wird mit seinem Protokoll verknüpft</translation>
    </message>
    <message>
        <source>Returning training job %1 to the queue</source>
        <translation>Trainingsauftrag %1 wird in die Warteschlange zurückgegeben</translation>
    </message>
    <message>
        <source>Training job %1 is not running; it cannot go back to the queue.</source>
        <translation>Trainingsauftrag %1 läuft nicht; er kann nicht in die Warteschlange zurück.</translation>
    </message>
    <message>
        <source>Training job %1 is not running; its heartbeat was not recorded.</source>
        <translation>Trainingsauftrag %1 läuft nicht; sein Lebenszeichen wurde nicht erfasst.</translation>
    </message>
    <message>
        <source>Training job %1 cannot finish as “%2”: that is not a final state.</source>
        <translation>Trainingsauftrag %1 kann nicht als „%2“ enden: Das ist kein Endzustand.</translation>
    </message>
    <message>
        <source>Recording the end of training job %1</source>
        <translation>Ende von Trainingsauftrag %1 wird erfasst</translation>
    </message>
    <message>
        <source>Finishing training job %1</source>
        <translation>Trainingsauftrag %1 wird abgeschlossen</translation>
    </message>
    <message>
        <source>Training job %1 is %2, not running; only a running job can finish.</source>
        <translation>Trainingsauftrag %1 ist %2, läuft nicht; nur ein laufender Auftrag kann enden.</translation>
    </message>
    <message>
        <source>Training job %1 is %2; only pending jobs can be removed from the queue.</source>
        <translation>Trainingsauftrag %1 ist %2; nur wartende Aufträge können aus der Warteschlange entfernt werden.</translation>
    </message>
    <message>
        <source>Removing training job %1</source>
        <translation>Trainingsauftrag %1 wird entfernt</translation>
    </message>
    <message>
        <source>Clearing the training queue</source>
        <translation>Trainingswarteschlange wird geleert</translation>
    </message>
    <message>
        <source>Reading the training queue</source>
        <translation>Trainingswarteschlange wird gelesen</translation>
    </message>
    <message>
        <source>Training job %1 is %2; only pending jobs can be moved.</source>
        <translation>Trainingsauftrag %1 ist %2; nur wartende Aufträge können verschoben werden.</translation>
    </message>
    <message>
        <source>Moving training job %1</source>
        <translation>Trainingsauftrag %1 wird verschoben</translation>
    </message>
    <message>
        <source>Renumbering the training queue</source>
        <translation>Trainingswarteschlange wird neu nummeriert</translation>
    </message>
    <message>
        <source>Changing the priority of training job %1</source>
        <translation>Priorität von Trainingsauftrag %1 wird geändert</translation>
    </message>
    <message>
        <source>Training job %1 is already waiting in the queue.</source>
        <translation>Trainingsauftrag %1 wartet bereits in der Warteschlange.</translation>
    </message>
    <message>
        <source>Training job %1 is running; it can be retried after it ends.</source>
        <translation>Trainingsauftrag %1 läuft; er kann nach seinem Ende wiederholt werden.</translation>
    </message>
    <message>
        <source>Training job %1 completed; queue a new job to train the model again.</source>
        <translation>Trainingsauftrag %1 ist abgeschlossen; reihen Sie einen neuen Auftrag ein, um das Modell erneut zu trainieren.</translation>
    </message>
    <message>
        <source>Training job %1 cannot be retried: an identical job (%2) is already queued or running.</source>
        <translation>Trainingsauftrag %1 kann nicht wiederholt werden: Ein identischer Auftrag (%2) ist bereits eingereiht oder läuft.</translation>
    </message>
    <message>
        <source>Queueing training job %1 again</source>
        <translation>Trainingsauftrag %1 wird erneut eingereiht</translation>
    </message>
    <message>
        <source>The queue command is empty.</source>
        <translation>Der Warteschlangenbefehl ist leer.</translation>
    </message>
    <message>
        <source>Sending the queue command “%1”</source>
        <translation>Warteschlangenbefehl „%1“ wird gesendet</translation>
    </message>
    <message>
        <source>Reading queue commands</source>
        <translation>Warteschlangenbefehle werden gelesen</translation>
    </message>
    <message>
        <source>Taking the queue command “%1”</source>
        <translation>Warteschlangenbefehl „%1“ wird übernommen</translation>
    </message>
    <message>
        <source>Cannot queue the training job: the symbol is empty.</source>
        <translation>Der Trainingsauftrag kann nicht eingereiht werden: Das Symbol ist leer.</translation>
    </message>
    <message>
        <source>Cannot queue the training job: the timeframe is empty.</source>
        <translation>Der Trainingsauftrag kann nicht eingereiht werden: Der Zeitrahmen ist leer.</translation>
    </message>
    <message>
        <source>Cannot queue the training job: the bot (model type) is empty.</source>
        <translation>Der Trainingsauftrag kann nicht eingereiht werden: Der Bot (Modelltyp) ist leer.</translation>
    </message>
    <message>
        <source>Cannot queue the training job: the horizon must be at least 1 bar (it is %1).</source>
        <translation>Der Trainingsauftrag kann nicht eingereiht werden: Der Horizont muss mindestens 1 Kerze sein (er ist %1).</translation>
    </message>
    <message>
        <source>Cannot queue the training job: max retries cannot be negative (it is %1).</source>
        <translation>Der Trainingsauftrag kann nicht eingereiht werden: Die maximale Zahl der Wiederholungen kann nicht negativ sein (sie ist %1).</translation>
    </message>
    <message>
        <source>Storing the result of strategy job %1</source>
        <translation>Speichern des Ergebnisses von Strategieauftrag %1</translation>
    </message>
    <message>
        <source>Strategy job %1 is not running; its result was not stored.</source>
        <translation>Strategieauftrag %1 läuft nicht; sein Ergebnis wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Reading the result of strategy job %1</source>
        <translation>Lesen des Ergebnisses von Strategieauftrag %1</translation>
    </message>
    <message>
        <source>Listing strategy training jobs</source>
        <translation>Auflisten der Strategietrainingsaufträge</translation>
    </message>
</context>
<context>
    <name>modeldeck::JobText</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · manual</source>
        <translation>%1 · manuell</translation>
    </message>
    <message>
        <source>%1 · search</source>
        <translation>%1 · Suche</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>wird geschätzt…</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>weniger als eine Minute übrig</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n min</numerusform>
            <numerusform>noch etwa %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>noch etwa %1 h %2 min</translation>
    </message>
    <message>
        <source>drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>Retrain (%1)</source>
        <translation>Neutraining (%1)</translation>
    </message>
    <message>
        <source>Retrain (%1): %2</source>
        <translation>Neutraining (%1): %2</translation>
    </message>
    <message>
        <source>%1 · strategy</source>
        <translation>%1 · Strategie</translation>
    </message>
</context>
<context>
    <name>modeldeck::LiveAccuracyChart</name>
    <message>
        <source>Skill vs naive %</source>
        <translation>Skill ggü. naiv %</translation>
    </message>
    <message>
        <source>95 % coverage %</source>
        <translation>95-%-Abdeckung %</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>Recorded (local time)</source>
        <translation>Aufgezeichnet (Ortszeit)</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Live accuracy of the model at each fill of actual values</source>
        <translation>Live-Genauigkeit des Modells bei jedem Nachtragen tatsächlicher Werte</translation>
    </message>
    <message>
        <source>Choose a saved model to see its live accuracy.</source>
        <translation>Wählen Sie ein gespeichertes Modell, um seine Live-Genauigkeit zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Latest (%1, %n prediction(s)): RMSE %2, skill vs naive %3 %, 95 % coverage %4</source>
        <translation>
            <numerusform>Zuletzt (%1, %n Vorhersage): RMSE %2, Skill ggü. naiv %3 %, 95-%-Abdeckung %4</numerusform>
            <numerusform>Zuletzt (%1, %n Vorhersagen): RMSE %2, Skill ggü. naiv %3 %, 95-%-Abdeckung %4</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>modeldeck::LockHolder</name>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (Prozess %2)</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>ein Programm</translation>
    </message>
    <message>
        <source>%1 (process %2, it runs the training queue)</source>
        <translation>%1 (Prozess %2, führt die Trainings-Warteschlange aus)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>modeldeck::LossChart</name>
    <message>
        <source>Waiting for the first epoch…</source>
        <translation>Warten auf die erste Epoche…</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Loss per epoch</source>
        <translation>Verlust pro Epoche</translation>
    </message>
    <message>
        <source>Epoch %1: train loss %2, validation loss %3</source>
        <translation>Epoche %1: Trainingsverlust %2, Validierungsverlust %3</translation>
    </message>
</context>
<context>
    <name>modeldeck::MainStatusBar</name>
    <message>
        <source>Show the Alerts panel</source>
        <translation>Bereich „Alarme“ anzeigen</translation>
    </message>
    <message>
        <source>Model files were not checked at start-up: %1</source>
        <translation>Modelldateien wurden beim Start nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Queue: owned by another process</source>
        <translation>Warteschlange: gehört einem anderen Prozess</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n offener Alarm</numerusform>
            <numerusform>%n offene Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symbol(s)</source>
        <translation>
            <numerusform>%n Symbol</numerusform>
            <numerusform>%n Symbole</numerusform>
        </translation>
    </message>
    <message>
        <source>No price history yet: Data ▸ Import CSV… or Data ▸ Download…</source>
        <translation>Noch keine Kurshistorie: Daten ▸ CSV importieren… oder Daten ▸ Herunterladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n unreferenced model file(s) removed</source>
        <translation>
            <numerusform>%n nicht referenzierte Modelldatei entfernt</numerusform>
            <numerusform>%n nicht referenzierte Modelldateien entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) marked failed: model file missing</source>
        <translation>
            <numerusform>%n Modell als fehlgeschlagen markiert: Modelldatei fehlt</numerusform>
            <numerusform>%n Modelle als fehlgeschlagen markiert: Modelldatei fehlt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) saved just before ModelDeck stopped marked completed</source>
        <translation>
            <numerusform>%n kurz vor dem Beenden von ModelDeck gespeicherter Auftrag als abgeschlossen markiert</numerusform>
            <numerusform>%n kurz vor dem Beenden von ModelDeck gespeicherte Aufträge als abgeschlossen markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) interrupted when ModelDeck stopped are queued again</source>
        <translation>
            <numerusform>%n beim Beenden von ModelDeck unterbrochener Auftrag wurde erneut eingereiht</numerusform>
            <numerusform>%n beim Beenden von ModelDeck unterbrochene Aufträge wurden erneut eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) failed after %1 interruptions in a row</source>
        <translation>
            <numerusform>%n Auftrag nach %1 Unterbrechungen in Folge fehlgeschlagen</numerusform>
            <numerusform>%n Aufträge nach %1 Unterbrechungen in Folge fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <source>Queue %1: %2 running · %3 pending · %4 done · %5 failed</source>
        <translation>Warteschlange %1: %2 laufend · %3 wartend · %4 fertig · %5 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Training %n demo model(s) on the sample data…</source>
        <translation>
            <numerusform>%n Demo-Modell wird auf den Beispieldaten trainiert…</numerusform>
            <numerusform>%n Demo-Modelle werden auf den Beispieldaten trainiert…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::MainWindow</name>
    <message>
        <source>ModelDeck</source>
        <translation>ModelDeck</translation>
    </message>
    <message>
        <source>%1 — ModelDeck</source>
        <translation>%1 — ModelDeck</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open or create a workspace folder (Ctrl+O)</source>
        <translation>Arbeitsbereichsordner öffnen oder erstellen (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Import OHLCV price history from CSV files (Ctrl+I)</source>
        <translation>OHLCV-Kurshistorie aus CSV-Dateien importieren (Strg+I)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird importiert…</numerusform>
            <numerusform>%n Dateien werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was written to the workspace.</source>
        <translation>Nichts wurde in den Arbeitsbereich geschrieben.</translation>
    </message>
    <message>
        <source>%1 → %2 %3: %4 new, %5 updated, %6 unchanged bars</source>
        <translation>%1 → %2 %3: %4 neue, %5 aktualisierte, %6 unveränderte Kerzen</translation>
    </message>
    <message numerus="yes">
        <source>   %n row(s) with missing values skipped</source>
        <translation>
            <numerusform>   %n Zeile mit fehlenden Werten übersprungen</numerusform>
            <numerusform>   %n Zeilen mit fehlenden Werten übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s)</source>
        <translation>
            <numerusform>%n Datei importiert</numerusform>
            <numerusform>%n Dateien importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Import Price History</source>
        <translation>Kurshistorie importieren</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <source>Sav&amp;ed Models</source>
        <translation>&amp;Gespeicherte Modelle</translation>
    </message>
    <message>
        <source>&amp;Predictions</source>
        <translation>&amp;Vorhersagen</translation>
    </message>
    <message>
        <source>&amp;Symbols</source>
        <translation>&amp;Symbole</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>V&amp;erlauf</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <source>Training Queue</source>
        <translation>Trainingswarteschlange</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Da&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <source>Download price history from Yahoo Finance or Binance (Ctrl+D)</source>
        <translation>Kurshistorie von Yahoo Finance oder Binance herunterladen (Strg+D)</translation>
    </message>
    <message>
        <source>Refresh &amp;All</source>
        <translation>&amp;Alle aktualisieren</translation>
    </message>
    <message>
        <source>Fetch new bars for every downloaded symbol (Ctrl+Shift+D)</source>
        <translation>Neue Kerzen für jedes heruntergeladene Symbol abrufen (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Train Model…</source>
        <translation>Modell &amp;trainieren…</translation>
    </message>
    <message>
        <source>Train one model by hand, then choose whether to save it (Ctrl+Shift+M)</source>
        <translation>Ein Modell von Hand trainieren und dann entscheiden, ob es gespeichert wird (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>Retrain &amp;Stale Models…</source>
        <translation>&amp;Veraltete Modelle neu trainieren…</translation>
    </message>
    <message>
        <source>Queue a new version of every active model older than the stale threshold</source>
        <translation>Eine neue Version jedes aktiven Modells einreihen, das älter als der Veraltet-Schwellenwert ist</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <source>Who trained, saved, cleared, deleted, imported or exported what, and when (Ctrl+Shift+L)</source>
        <translation>Wer hat was wann trainiert, gespeichert, geleert, gelöscht, importiert oder exportiert (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>Downloaded %1 series, %2 failed</source>
        <translation>%1 Reihen heruntergeladen, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>The settings were saved, but not recorded in the audit log: %1</source>
        <translation>Die Einstellungen wurden gespeichert, aber nicht im Prüfprotokoll erfasst: %1</translation>
    </message>
    <message>
        <source>Quit ModelDeck</source>
        <translation>ModelDeck beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n training job(s) are running. Quitting cancels them; they stay in the history as cancelled and can be run again.

Quit anyway?</source>
        <translation>
            <numerusform>%n Trainingsauftrag läuft. Beenden bricht ihn ab; er bleibt als abgebrochen im Verlauf und kann erneut ausgeführt werden.

Trotzdem beenden?</numerusform>
            <numerusform>%n Trainingsaufträge laufen. Beenden bricht sie ab; sie bleiben als abgebrochen im Verlauf und können erneut ausgeführt werden.

Trotzdem beenden?</numerusform>
        </translation>
    </message>
    <message>
        <source>ModelDeck was started again on this workspace; this window has it.</source>
        <translation>ModelDeck wurde erneut für diesen Arbeitsbereich gestartet; dieses Fenster hat ihn geöffnet.</translation>
    </message>
    <message>
        <source>He&amp;lp</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ModelDeck</source>
        <translation>Ü&amp;ber ModelDeck</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>This window keeps %1.</source>
        <translation>Dieses Fenster behält %1.</translation>
    </message>
    <message>
        <source>%1 is open in another ModelDeck window, which was brought to the front. %2</source>
        <translation>%1 ist in einem anderen ModelDeck-Fenster geöffnet, das in den Vordergrund geholt wurde. %2</translation>
    </message>
    <message>
        <source>Str&amp;ategy Studio</source>
        <translation>Str&amp;ategie-Studio</translation>
    </message>
</context>
<context>
    <name>modeldeck::ManualResults</name>
    <message>
        <source>Training record %1 is not waiting for a decision: it was already saved or discarded, or it no longer exists.</source>
        <translation>Trainingsprotokoll %1 wartet nicht auf eine Entscheidung: Es wurde bereits gespeichert oder verworfen, oder es existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A model named “%1” already exists; choose another name.</source>
        <translation>Ein Modell namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>modeldeck::ManualTrainingFlow</name>
    <message>
        <source>Could not look for unsaved training results: %1</source>
        <translation>Nach ungespeicherten Trainingsergebnissen konnte nicht gesucht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n trained model(s) from an earlier session wait for you to save or discard them.</source>
        <translation>
            <numerusform>%n trainiertes Modell aus einer früheren Sitzung wartet darauf, dass Sie es speichern oder verwerfen.</numerusform>
            <numerusform>%n trainierte Modelle aus einer früheren Sitzung warten darauf, dass Sie sie speichern oder verwerfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation>%1 auf %2 %3</translation>
    </message>
    <message>
        <source>Training %1 was cancelled; there is no model to save.</source>
        <translation>Training %1 wurde abgebrochen; es gibt kein Modell zum Speichern.</translation>
    </message>
    <message>
        <source>Training %1 failed; there is no model to save.

%2</source>
        <translation>Training %1 ist fehlgeschlagen; es gibt kein Modell zum Speichern.

%2</translation>
    </message>
    <message>
        <source>No reason was recorded.</source>
        <translation>Es wurde kein Grund erfasst.</translation>
    </message>
    <message>
        <source>Manual training</source>
        <translation>Manuelles Training</translation>
    </message>
    <message>
        <source>Could not load training result %1: %2</source>
        <translation>Trainingsergebnis %1 konnte nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>modeldeck::MarketDataProvider</name>
    <message>
        <source>%1 does not offer %2 bars; choose one of %3.</source>
        <translation>%1 bietet keine %2-Kerzen an; wählen Sie eine von %3.</translation>
    </message>
    <message>
        <source>Unknown provider “%1”; choose one of %2.</source>
        <translation>Unbekannter Anbieter „%1“; wählen Sie einen von %2.</translation>
    </message>
    <message>
        <source>“%1” is not a usable base URL for %2; it needs http:// or https:// and a host.</source>
        <translation>„%1“ ist keine verwendbare Basis-URL für %2; sie braucht http:// oder https:// und einen Host.</translation>
    </message>
</context>
<context>
    <name>modeldeck::MarketDataRepository</name>
    <message>
        <source>Saving symbol %1</source>
        <translation>Symbol %1 wird gespeichert</translation>
    </message>
    <message>
        <source>Looking up symbol %1</source>
        <translation>Symbol %1 wird nachgeschlagen</translation>
    </message>
    <message>
        <source>Listing symbols</source>
        <translation>Symbole werden aufgelistet</translation>
    </message>
    <message>
        <source>Preparing the bar staging table</source>
        <translation>Zwischentabelle für Kerzen wird vorbereitet</translation>
    </message>
    <message>
        <source>Comparing bars with the stored ones</source>
        <translation>Kerzen werden mit den gespeicherten verglichen</translation>
    </message>
    <message>
        <source>Writing bars</source>
        <translation>Kerzen werden geschrieben</translation>
    </message>
    <message>
        <source>Reading bars</source>
        <translation>Kerzen werden gelesen</translation>
    </message>
    <message>
        <source>Recording the import</source>
        <translation>Import wird erfasst</translation>
    </message>
    <message>
        <source>Reading the newest bar</source>
        <translation>Neueste Kerze wird gelesen</translation>
    </message>
    <message>
        <source>Reading the import log</source>
        <translation>Importprotokoll wird gelesen</translation>
    </message>
</context>
<context>
    <name>modeldeck::MarketDataService</name>
    <message>
        <source>There is no symbol “%1” in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es kein Symbol „%1“.</translation>
    </message>
    <message>
        <source>%1 has no %2 bars to resample.</source>
        <translation>%1 hat keine %2-Kerzen zum Resampeln.</translation>
    </message>
</context>
<context>
    <name>modeldeck::Migrator</name>
    <message>
        <source>Migration script “%1” is not named NNNN_description.sql.</source>
        <translation>Das Migrationsskript „%1“ ist nicht als NNNN_description.sql benannt.</translation>
    </message>
    <message>
        <source>Migration scripts are not numbered 1, 2, 3… (found %1 at position %2).</source>
        <translation>Die Migrationsskripte sind nicht 1, 2, 3… nummeriert (%1 an Position %2 gefunden).</translation>
    </message>
    <message>
        <source>This SQLite database belongs to another application (application id %1), not to ModelDeck. Choose an empty folder or a ModelDeck workspace.</source>
        <translation>Diese SQLite-Datenbank gehört zu einer anderen Anwendung (Anwendungs-ID %1), nicht zu ModelDeck. Wählen Sie einen leeren Ordner oder einen ModelDeck-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Inspecting the database</source>
        <translation>Datenbank wird untersucht</translation>
    </message>
    <message>
        <source>This SQLite database already holds tables that ModelDeck did not create. Choose an empty folder or a ModelDeck workspace.</source>
        <translation>Diese SQLite-Datenbank enthält bereits Tabellen, die ModelDeck nicht erstellt hat. Wählen Sie einen leeren Ordner oder einen ModelDeck-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>This workspace was written by a newer ModelDeck (schema version %1; this version understands up to %2). Open it with a newer ModelDeck; it has not been changed.</source>
        <translation>Dieser Arbeitsbereich wurde von einem neueren ModelDeck geschrieben (Schemaversion %1; diese Version versteht bis %2). Öffnen Sie ihn mit einem neueren ModelDeck; er wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot read migration script %1.</source>
        <translation>Migrationsskript %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Applying migration %1</source>
        <translation>Migration %1 wird angewendet</translation>
    </message>
    <message>
        <source>Recording schema version %1</source>
        <translation>Schemaversion %1 wird erfasst</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelBacktest</name>
    <message>
        <source>“%1” v%2 does not predict %3 bars ahead.</source>
        <translation>„%1“ v%2 sagt nicht %3 Kerzen voraus.</translation>
    </message>
    <message>
        <source>Scoring “%1” v%2 on %3 forecasts at horizon %4 needs %5 bars of %6 %7 (at least %8 for %9 forecasts); the workspace has %10.</source>
        <translation>Die Bewertung von „%1“ v%2 auf %3 Prognosen bei Horizont %4 braucht %5 Kerzen von %6 %7 (mindestens %8 für %9 Prognosen); der Arbeitsbereich hat %10.</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelCardDelegate</name>
    <message>
        <source>Retrain</source>
        <translation>Neu trainieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Trainiert</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>Skill vs naive</source>
        <translation>Skill ggü. naiv</translation>
    </message>
    <message>
        <source>Queue a new training run with the same settings (R)</source>
        <translation>Einen neuen Trainingslauf mit denselben Einstellungen einreihen (R)</translation>
    </message>
    <message>
        <source>Delete the model file and archive this record (Delete)</source>
        <translation>Modelldatei löschen und diesen Datensatz archivieren (Entf)</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelCardView</name>
    <message>
        <source>Trained models</source>
        <translation>Trainierte Modelle</translation>
    </message>
    <message>
        <source>Enter shows details, R retrains, Delete clears the current model.</source>
        <translation>Eingabe zeigt Details, R trainiert neu, Entf leert das aktuelle Modell.</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelClearer</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Nothing to clear: %1 is already archived.</source>
        <translation>Nichts zu leeren: %1 ist bereits archiviert.</translation>
    </message>
    <message>
        <source>Clear %1?

Training records to archive: %2
Model files to delete: %3 (%4 MB)

The records stay in the history; the files cannot be recovered.</source>
        <translation>%1 leeren?

Zu archivierende Trainingsprotokolle: %2
Zu löschende Modelldateien: %3 (%4 MB)

Die Protokolle bleiben im Verlauf; die Dateien können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Clear models</source>
        <translation>Modelle leeren</translation>
    </message>
    <message>
        <source>Nothing was cleared.</source>
        <translation>Nichts wurde geleert.</translation>
    </message>
    <message>
        <source>Error: nothing was cleared: %1</source>
        <translation>Fehler: Nichts wurde geleert: %1</translation>
    </message>
    <message>
        <source>Cleared %1. Records archived: %2; files deleted: %3 (%4 MB).</source>
        <translation>%1 geleert. Archivierte Protokolle: %2; gelöschte Dateien: %3 (%4 MB).</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelConfig</name>
    <message>
        <source>Unknown bot “%1”; known bots are: %2.</source>
        <translation>Unbekannter Bot „%1“; bekannte Bots sind: %2.</translation>
    </message>
    <message>
        <source>bot in the hyperparameters (%1) does not match the selected bot “%2”.</source>
        <translation>bot in den Hyperparametern (%1) passt nicht zum gewählten Bot „%2“.</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>kein String</translation>
    </message>
    <message>
        <source>Unknown hyperparameter “%1”; valid keys are: %2.</source>
        <translation>Unbekannter Hyperparameter „%1“; gültige Schlüssel sind: %2.</translation>
    </message>
    <message>
        <source>heads (%1) must divide hidden_size (%2) for the transformer: each attention head gets hidden_size / heads dimensions.</source>
        <translation>heads (%1) muss hidden_size (%2) für den Transformer teilen: Jeder Attention-Head erhält hidden_size / heads Dimensionen.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>Got %1.</source>
        <translation>Erhalten: %1.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be greater than %2 and at most %3; got %4.</source>
        <translation>%1 muss größer als %2 und höchstens %3 sein; erhalten: %4.</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3; got %4.</source>
        <translation>%1 muss zwischen %2 und %3 liegen; erhalten: %4.</translation>
    </message>
    <message>
        <source>%1 must be a string: “%2” or “%3”.</source>
        <translation>%1 muss ein String sein: „%2“ oder „%3“.</translation>
    </message>
    <message>
        <source>%1 must be “%2” or “%3”, not “%4”.</source>
        <translation>%1 muss „%2“ oder „%3“ sein, nicht „%4“.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to 18446744073709551615 (as a string above 9007199254740992).</source>
        <translation>%1 muss eine ganze Zahl von 0 bis 18446744073709551615 sein (als String über 9007199254740992).</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelDetailsDialog</name>
    <message>
        <source>Edit Details of “%1”</source>
        <translation>Details von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What the model is for, how it was trained…</source>
        <translation>Wofür das Modell gedacht ist, wie es trainiert wurde…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>e.g. production, hourly, experiment</source>
        <translation>z. B. production, hourly, experiment</translation>
    </message>
    <message>
        <source>Separate tags with commas. Search finds models by their tags.</source>
        <translation>Tags durch Kommas trennen. Die Suche findet Modelle anhand ihrer Tags.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelFile</name>
    <message>
        <source>Serialising the model failed: %1</source>
        <translation>Serialisieren des Modells fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder for the model file.</source>
        <translation>Der Ordner für die Modelldatei kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write the model file: %1</source>
        <translation>Die Modelldatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Writing the model file failed: %1</source>
        <translation>Schreiben der Modelldatei fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The model file is missing.</source>
        <translation>Die Modelldatei fehlt.</translation>
    </message>
    <message>
        <source>The model file cannot be loaded: %1</source>
        <translation>Die Modelldatei kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The model file does not match the one ModelDeck saved (SHA-256 differs): it was changed, truncated or replaced, so it will not be loaded.</source>
        <translation>Die Modelldatei stimmt nicht mit der von ModelDeck gespeicherten überein (SHA-256 weicht ab): Sie wurde geändert, gekürzt oder ersetzt und wird daher nicht geladen.</translation>
    </message>
    <message>
        <source>This is not a ModelDeck model file.</source>
        <translation>Dies ist keine ModelDeck-Modelldatei.</translation>
    </message>
    <message>
        <source>The model file is damaged or does not fit this model&apos;s configuration: %1</source>
        <translation>Die Modelldatei ist beschädigt oder passt nicht zur Konfiguration dieses Modells: %1</translation>
    </message>
    <message>
        <source>The model file could not be loaded: %1</source>
        <translation>Die Modelldatei konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelImporter</name>
    <message>
        <source>Importing a model file runs code from it, so it is imported only after you confirm that you trust where it came from. Nothing was imported.</source>
        <translation>Beim Import einer Modelldatei wird darin enthaltener Code ausgeführt; sie wird daher erst importiert, wenn Sie bestätigen, dass Sie ihrer Herkunft vertrauen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>model sidecar (JSON)</source>
        <translation>Modell-Begleitdatei (JSON)</translation>
    </message>
    <message>
        <source>Say which symbol and timeframe the model predicts (in the sidecar&apos;s &quot;symbol&quot; and &quot;timeframe&quot;, or with the import request).</source>
        <translation>Geben Sie an, welches Symbol und welchen Zeitrahmen das Modell vorhersagt (in „symbol“ und „timeframe“ der Begleitdatei oder mit der Importanfrage).</translation>
    </message>
    <message>
        <source>model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <source>The model file is not the one its sidecar describes (SHA-256 %1…, the sidecar says %2…).</source>
        <translation>Die Modelldatei ist nicht die von ihrer Begleitdatei beschriebene (SHA-256 %1…, laut Begleitdatei %2…).</translation>
    </message>
    <message>
        <source>The %1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unnamed columns</source>
        <translation>
            <numerusform>%n unbenannte Spalte</numerusform>
            <numerusform>%n unbenannte Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>The XGBoost model was trained on other inputs than its sidecar describes. The model reads: %1. The sidecar&apos;s features give: %2.</source>
        <translation>Das XGBoost-Modell wurde mit anderen Eingaben trainiert, als seine Begleitdatei beschreibt. Das Modell liest: %1. Die Merkmale der Begleitdatei ergeben: %2.</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelRegistry</name>
    <message>
        <source>A model needs a name.</source>
        <translation>Ein Modell braucht einen Namen.</translation>
    </message>
    <message>
        <source>The model name “%1…” is longer than %2 characters.</source>
        <translation>Der Modellname „%1…“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The model name “%1” contains control characters.</source>
        <translation>Der Modellname „%1“ enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The model name “%1” starts or ends with spaces.</source>
        <translation>Der Modellname „%1“ beginnt oder endet mit Leerzeichen.</translation>
    </message>
    <message>
        <source>There is no training record %1.</source>
        <translation>Es gibt kein Trainingsprotokoll %1.</translation>
    </message>
    <message>
        <source>Training record %1 failed (%2); only a trained model can be saved.</source>
        <translation>Trainingsprotokoll %1 ist fehlgeschlagen (%2); nur ein trainiertes Modell kann gespeichert werden.</translation>
    </message>
    <message>
        <source>Training record %1 (%2) has no model file to save; the naive baseline needs none.</source>
        <translation>Trainingsprotokoll %1 (%2) hat keine Modelldatei zum Speichern; die naive Baseline braucht keine.</translation>
    </message>
    <message>
        <source>Training record %1 has damaged model settings: %2</source>
        <translation>Trainingsprotokoll %1 hat beschädigte Modelleinstellungen: %2</translation>
    </message>
    <message>
        <source>Training record %1 cannot be saved: %2</source>
        <translation>Trainingsprotokoll %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The name “%1” is taken by a model for %2 %3; this one is for %4 %5. Save it under another name.</source>
        <translation>Der Name „%1“ gehört bereits einem Modell für %2 %3; dieses ist für %4 %5. Speichern Sie es unter einem anderen Namen.</translation>
    </message>
    <message>
        <source>Model “%1” has no version %2 (it has %3).</source>
        <translation>Modell „%1“ hat keine Version %2 (es hat %3).</translation>
    </message>
    <message>
        <source>There is no model named “%1” in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es kein Modell namens „%1“.</translation>
    </message>
    <message>
        <source>The name “%1” is taken by another model; choose another name.</source>
        <translation>Der Name „%1“ gehört bereits einem anderen Modell; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another folder or allow overwriting.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Ordner oder erlauben Sie das Überschreiben.</translation>
    </message>
    <message>
        <source>Cannot create the folder.</source>
        <translation>Der Ordner kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>Die Beschreibung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The description contains control characters.</source>
        <translation>Die Beschreibung enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The tag “%1” is longer than %2 characters or contains control characters.</source>
        <translation>Das Tag „%1“ ist länger als %2 Zeichen oder enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>A model can have at most %1 tags.</source>
        <translation>Ein Modell kann höchstens %1 Tags haben.</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelRegistryRepository</name>
    <message>
        <source>A model named “%1” already has a version %2 (another save of the same name ran at the same time?); save it again to get the next version.</source>
        <translation>Ein Modell namens „%1“ hat bereits eine Version %2 (wurde gleichzeitig ein weiteres Modell mit demselben Namen gespeichert?); speichern Sie es erneut, um die nächste Version zu erhalten.</translation>
    </message>
    <message>
        <source>Registering model “%1”</source>
        <translation>Modell „%1“ wird registriert</translation>
    </message>
    <message>
        <source>Reading the versions of model “%1”</source>
        <translation>Versionen von Modell „%1“ werden gelesen</translation>
    </message>
    <message>
        <source>Listing models</source>
        <translation>Modelle werden aufgelistet</translation>
    </message>
    <message>
        <source>Deactivating the previous model</source>
        <translation>Vorheriges Modell wird deaktiviert</translation>
    </message>
    <message>
        <source>Activating the model</source>
        <translation>Modell wird aktiviert</translation>
    </message>
    <message>
        <source>The model was deleted meanwhile.</source>
        <translation>Das Modell wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>Deactivating model “%1”</source>
        <translation>Modell „%1“ wird deaktiviert</translation>
    </message>
    <message>
        <source>Deleting the model</source>
        <translation>Modell wird gelöscht</translation>
    </message>
    <message>
        <source>Listing model names</source>
        <translation>Modellnamen werden aufgelistet</translation>
    </message>
    <message>
        <source>The name “%1” is taken by another model.</source>
        <translation>Der Name „%1“ gehört bereits einem anderen Modell.</translation>
    </message>
    <message>
        <source>Renaming model “%1”</source>
        <translation>Modell „%1“ wird umbenannt</translation>
    </message>
    <message>
        <source>Saving the description and tags of model “%1”</source>
        <translation>Beschreibung und Tags von Modell „%1“ werden gespeichert</translation>
    </message>
    <message>
        <source>Reading the intervals of model %1</source>
        <translation>Intervalle von Modell %1 werden gelesen</translation>
    </message>
    <message>
        <source>Saving the intervals of model %1</source>
        <translation>Intervalle von Modell %1 werden gespeichert</translation>
    </message>
    <message>
        <source>Listing model files</source>
        <translation>Modelldateien werden aufgelistet</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelSidecar</name>
    <message>
        <source>Model sidecar: the file is larger than %1 MiB.</source>
        <translation>Modell-Begleitdatei: Die Datei ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>Model sidecar: not valid JSON at offset %1: %2</source>
        <translation>Modell-Begleitdatei: kein gültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>Model sidecar: this is not a ModelDeck model description (it needs &quot;modeldeck_model&quot;: 1; bench/reference/export_torchscript.py writes one).</source>
        <translation>Modell-Begleitdatei: Dies ist keine ModelDeck-Modellbeschreibung (sie braucht „modeldeck_model“: 1; bench/reference/export_torchscript.py schreibt eine).</translation>
    </message>
    <message>
        <source>Model sidecar: &quot;format&quot; must be &quot;torchscript&quot;, &quot;modeldeck&quot; or &quot;xgboost&quot;.</source>
        <translation>Modell-Begleitdatei: „format“ muss „torchscript“, „modeldeck“ oder „xgboost“ sein.</translation>
    </message>
    <message>
        <source>Model sidecar: an XGBoost model&apos;s &quot;model_type&quot; must be forest_bot or gbm_bot, not “%1”.</source>
        <translation>Modell-Begleitdatei: „model_type“ eines XGBoost-Modells muss forest_bot oder gbm_bot sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Model sidecar: %1</source>
        <translation>Modell-Begleitdatei: %1</translation>
    </message>
    <message>
        <source>Model sidecar: the target scaler has %1 columns; it needs 1 (shared) or one per horizon (%2).</source>
        <translation>Modell-Begleitdatei: Der Ziel-Skalierer hat %1 Spalten; er braucht 1 (gemeinsam) oder eine pro Horizont (%2).</translation>
    </message>
    <message>
        <source>Model sidecar: a ModelDeck model predicts its feature settings&apos; horizon with their lookback; &quot;model_config&quot;, &quot;features&quot; and &quot;horizons&quot; disagree.</source>
        <translation>Modell-Begleitdatei: Ein ModelDeck-Modell sagt den Horizont seiner Merkmalseinstellungen mit deren Rückblick voraus; „model_config“, „features“ und „horizons“ widersprechen sich.</translation>
    </message>
    <message>
        <source>Model sidecar: &quot;sha256&quot; must be 64 hexadecimal digits.</source>
        <translation>Modell-Begleitdatei: „sha256“ muss aus 64 Hexadezimalziffern bestehen.</translation>
    </message>
    <message>
        <source>Model sidecar: &quot;horizons&quot; must be a list of 1 to %1 different whole numbers of bars from 1 to %2, e.g. [1, 3, 24].</source>
        <translation>Modell-Begleitdatei: „horizons“ muss eine Liste von 1 bis %1 verschiedenen ganzen Kerzenzahlen von 1 bis %2 sein, z. B. [1, 3, 24].</translation>
    </message>
    <message>
        <source>Model sidecar: &quot;horizons&quot; must be in ascending order, the order of the model&apos;s outputs.</source>
        <translation>Modell-Begleitdatei: „horizons“ muss aufsteigend sortiert sein, in der Reihenfolge der Modellausgaben.</translation>
    </message>
    <message>
        <source>Model sidecar: &quot;%1&quot; must be text.</source>
        <translation>Modell-Begleitdatei: „%1“ muss Text sein.</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelSignalData</name>
    <message>
        <source>“%1” v%2</source>
        <translation>„%1“ v%2</translation>
    </message>
    <message>
        <source>%1 has no training record that says which bars it was trained on, so model_signal cannot keep its backtest off the bars the model fitted; use a model trained in this workspace.</source>
        <translation>%1 hat kein Trainingsprotokoll, das angibt, mit welchen Kerzen es trainiert wurde; daher kann model_signal seinen Backtest nicht von den Kerzen fernhalten, an die das Modell angepasst wurde. Verwenden Sie ein in diesem Arbeitsbereich trainiertes Modell.</translation>
    </message>
    <message>
        <source>model_signal needs a model: --param model=NAME (a registered model&apos;s name or id).</source>
        <translation>model_signal benötigt ein Modell: --param model=NAME (Name oder ID eines registrierten Modells).</translation>
    </message>
    <message>
        <source>There is no registered model “%1” (by name or id); model list shows them.</source>
        <translation>Es gibt kein registriertes Modell „%1“ (weder als Name noch als ID); model list zeigt sie an.</translation>
    </message>
    <message>
        <source>%1 forecasts %2 %3; it cannot trade %4 %5.</source>
        <translation>%1 prognostiziert %2 %3; es kann nicht %4 %5 handeln.</translation>
    </message>
    <message>
        <source>%1 has no forecast horizon.</source>
        <translation>%1 hat keinen Prognosehorizont.</translation>
    </message>
    <message>
        <source>%1 was trained on %2 %3 bars up to %4; the series has %5 bars after that, and model_signal needs at least %6 to trade on forecasts the model has not fitted.</source>
        <translation>%1 wurde mit %2-%3-Kerzen bis %4 trainiert; die Reihe hat danach %5 Kerzen, und model_signal benötigt mindestens %6, um mit Prognosen zu handeln, an die das Modell nicht angepasst wurde.</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelStore</name>
    <message>
        <source>The model file %1 is missing.</source>
        <translation>Die Modelldatei %1 fehlt.</translation>
    </message>
    <message>
        <source>Removed the model file %1: no training record or saved model refers to it.</source>
        <translation>Modelldatei %1 entfernt: Kein Trainingsprotokoll und kein gespeichertes Modell verweist darauf.</translation>
    </message>
    <message>
        <source>The unused model file %1 could not be removed.</source>
        <translation>Die unbenutzte Modelldatei %1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Choose the symbol whose models to clear.</source>
        <translation>Wählen Sie das Symbol, dessen Modelle geleert werden sollen.</translation>
    </message>
    <message>
        <source>The model file %1 could not be removed.</source>
        <translation>Die Modelldatei %1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The model path “%1” is not a model file in the workspace&apos;s models folder.</source>
        <translation>Der Modellpfad „%1“ ist keine Modelldatei im Modellordner des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>records %1</source>
        <translation>Datensätze %1</translation>
    </message>
    <message>
        <source> … (%1 in all)</source>
        <translation> … (insgesamt %1)</translation>
    </message>
    <message>
        <source>Cannot start reading the model files in use: %1</source>
        <translation>Das Lesen der verwendeten Modelldateien kann nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelSwitcher</name>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>The symbol whose active model to show or change</source>
        <translation>Das Symbol, dessen aktives Modell angezeigt oder geändert werden soll</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>The timeframe whose active model to show or change</source>
        <translation>Der Zeitrahmen, dessen aktives Modell angezeigt oder geändert werden soll</translation>
    </message>
    <message>
        <source>Active model</source>
        <translation>Aktives Modell</translation>
    </message>
    <message>
        <source>The model that predicts this symbol and timeframe; choose another to activate it</source>
        <translation>Das Modell, das dieses Symbol und diesen Zeitrahmen vorhersagt; wählen Sie ein anderes, um es zu aktivieren</translation>
    </message>
    <message>
        <source>Active m&amp;odel:</source>
        <translation>Aktives M&amp;odell:</translation>
    </message>
    <message>
        <source>Error: the saved models could not be listed: %1</source>
        <translation>Fehler: Die gespeicherten Modelle konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No saved models</source>
        <translation>Keine gespeicherten Modelle</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>No active model</source>
        <translation>Kein aktives Modell</translation>
    </message>
    <message>
        <source>%1 v%2 (active)</source>
        <translation>%1 v%2 (aktiv)</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelVersionsDialog</name>
    <message>
        <source>v%1 — %2 — %3</source>
        <translation>v%1 — %2 — %3</translation>
    </message>
    <message>
        <source>created at an unknown time</source>
        <translation>zu unbekannter Zeit erstellt</translation>
    </message>
    <message>
        <source> — RMSE %1</source>
        <translation> — RMSE %1</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <source> — ACTIVE</source>
        <translation> — AKTIV</translation>
    </message>
    <message>
        <source>Versions of “%1”</source>
        <translation>Versionen von „%1“</translation>
    </message>
    <message>
        <source>Activate an older version to roll back; the newer ones stay saved.</source>
        <translation>Aktivieren Sie eine ältere Version, um zurückzusetzen; die neueren bleiben gespeichert.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>&amp;Activate Version</source>
        <translation>Version &amp;aktivieren</translation>
    </message>
    <message>
        <source>Make the selected version the active model for its symbol and timeframe</source>
        <translation>Die ausgewählte Version zum aktiven Modell für ihr Symbol und ihren Zeitrahmen machen</translation>
    </message>
    <message>
        <source>&amp;Delete Version…</source>
        <translation>Version &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected version and its file (asks first)</source>
        <translation>Die ausgewählte Version und ihre Datei löschen (mit Rückfrage)</translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelsPage</name>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>Show this model&apos;s details</source>
        <translation>Details dieses Modells anzeigen</translation>
    </message>
    <message>
        <source>&amp;Retrain</source>
        <translation>&amp;Neu trainieren</translation>
    </message>
    <message>
        <source>Queue a new training run with the same settings</source>
        <translation>Einen neuen Trainingslauf mit denselben Einstellungen einreihen</translation>
    </message>
    <message>
        <source>&amp;Clear model…</source>
        <translation>Modell &amp;leeren…</translation>
    </message>
    <message>
        <source>Delete the model file and archive its record</source>
        <translation>Modelldatei löschen und ihren Datensatz archivieren</translation>
    </message>
    <message>
        <source>Clear &amp;every model…</source>
        <translation>&amp;Alle Modelle leeren…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Lee&amp;ren</translation>
    </message>
    <message>
        <source>Clear models</source>
        <translation>Modelle leeren</translation>
    </message>
    <message>
        <source>Delete model files and archive their records</source>
        <translation>Modelldateien löschen und ihre Datensätze archivieren</translation>
    </message>
    <message>
        <source>Error: the models could not be listed: %1</source>
        <translation>Fehler: Die Modelle konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Open a workspace to see its trained models.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine trainierten Modelle zu sehen.</translation>
    </message>
    <message>
        <source>No models yet</source>
        <translation>Noch keine Modelle</translation>
    </message>
    <message>
        <source>No models have been trained in this workspace yet.
Queue training for a symbol, and its model card appears here.</source>
        <translation>In diesem Arbeitsbereich wurden noch keine Modelle trainiert.
Reihen Sie ein Training für ein Symbol ein, dann erscheint hier seine Modellkarte.</translation>
    </message>
    <message>
        <source>Loading models… (newest %1 shown)</source>
        <translation>Modelle werden geladen… (neueste %1 angezeigt)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s)</source>
        <translation>
            <numerusform>%Ln Modell</numerusform>
            <numerusform>%Ln Modelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln model(s)</source>
        <translation>
            <numerusform>%1 von %Ln Modell</numerusform>
            <numerusform>%1 von %Ln Modellen</numerusform>
        </translation>
    </message>
    <message>
        <source>No model matches these filters.
Change them or choose Reset filters.</source>
        <translation>Kein Modell entspricht diesen Filtern.
Ändern Sie sie oder wählen Sie „Filter zurücksetzen“.</translation>
    </message>
    <message>
        <source>Clear all %1 %2 models…</source>
        <translation>Alle %1-%2-Modelle leeren…</translation>
    </message>
    <message>
        <source>Clear all models of the selected symbol and timeframe…</source>
        <translation>Alle Modelle des gewählten Symbols und Zeitrahmens leeren…</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>all %1 %2 models</source>
        <translation>alle %1-%2-Modelle</translation>
    </message>
    <message>
        <source>every model in this workspace</source>
        <translation>jedes Modell in diesem Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>modeldeck::OptimizerPanel</name>
    <message>
        <source>Hyperparameter search summary</source>
        <translation>Zusammenfassung der Hyperparameter-Suche</translation>
    </message>
    <message>
        <source>Search trials</source>
        <translation>Versuche der Suche</translation>
    </message>
    <message>
        <source>Parameter to plot skill against</source>
        <translation>Parameter, gegen den der Skill aufgetragen wird</translation>
    </message>
    <message>
        <source>P&amp;arameter:</source>
        <translation>P&amp;arameter:</translation>
    </message>
    <message>
        <source>Current trial&apos;s validation loss per epoch</source>
        <translation>Validierungsverlust pro Epoche des aktuellen Versuchs</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Best so far</source>
        <translation>Bester bisher</translation>
    </message>
    <message>
        <source>By parameter</source>
        <translation>Nach Parameter</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Every recorded trial; click a header to sort</source>
        <translation>Jeder aufgezeichnete Versuch; zum Sortieren auf eine Kopfzeile klicken</translation>
    </message>
    <message>
        <source>The best validation skill after each completed trial</source>
        <translation>Der beste Validierungs-Skill nach jedem abgeschlossenen Versuch</translation>
    </message>
    <message>
        <source>Each completed trial&apos;s skill against one parameter</source>
        <translation>Skill jedes abgeschlossenen Versuchs gegen einen Parameter</translation>
    </message>
    <message>
        <source>Validation loss per epoch of a trial that is running</source>
        <translation>Validierungsverlust pro Epoche eines laufenden Versuchs</translation>
    </message>
    <message>
        <source>Waiting for the first epoch of a trial…</source>
        <translation>Warten auf die erste Epoche eines Versuchs…</translation>
    </message>
    <message>
        <source>The search has ended.</source>
        <translation>Die Suche ist beendet.</translation>
    </message>
    <message>
        <source>Live (trial %1)</source>
        <translation>Live (Versuch %1)</translation>
    </message>
    <message>
        <source>%1 complete, %2 pruned, %3 failed</source>
        <translation>%1 abgeschlossen, %2 vorzeitig beendet, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 of %2 trials recorded: %3</source>
        <translation>%1 von %2 Versuchen aufgezeichnet: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n trial(s) recorded</source>
        <translation>
            <numerusform>%n Versuch aufgezeichnet</numerusform>
            <numerusform>%n Versuche aufgezeichnet</numerusform>
        </translation>
    </message>
    <message>
        <source>No trial has finished yet.</source>
        <translation>Noch kein Versuch ist abgeschlossen.</translation>
    </message>
    <message>
        <source>No trial was recorded.</source>
        <translation>Es wurde kein Versuch aufgezeichnet.</translation>
    </message>
    <message>
        <source>Best: trial %1, skill %2</source>
        <translation>Bester: Versuch %1, Skill %2</translation>
    </message>
    <message>
        <source>No backtest has finished yet.</source>
        <translation>Noch kein Backtest ist abgeschlossen.</translation>
    </message>
    <message>
        <source>The strategy training has ended.</source>
        <translation>Das Strategietraining ist beendet.</translation>
    </message>
    <message>
        <source>Walk-forward fold %1 of %2</source>
        <translation>Walk-Forward-Fold %1 von %2</translation>
    </message>
    <message>
        <source>Optimisation: %1 of %2 backtests</source>
        <translation>Optimierung: %1 von %2 Backtests</translation>
    </message>
    <message>
        <source>Best %1 %2</source>
        <translation>Bestes %1 %2</translation>
    </message>
    <message>
        <source> · current %1</source>
        <translation> · aktuell %1</translation>
    </message>
</context>
<context>
    <name>modeldeck::ParamScatterChart</name>
    <message>
        <source>Validation skill</source>
        <translation>Validierungs-Skill</translation>
    </message>
    <message>
        <source>Validation skill against a parameter</source>
        <translation>Validierungs-Skill gegen einen Parameter</translation>
    </message>
</context>
<context>
    <name>modeldeck::PathSanitizer</name>
    <message>
        <source>The path “%1” is not a relative path inside the workspace.</source>
        <translation>Der Pfad „%1“ ist kein relativer Pfad innerhalb des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>The path “%1” leads outside the workspace “%2”.</source>
        <translation>Der Pfad „%1“ führt aus dem Arbeitsbereich „%2“ hinaus.</translation>
    </message>
    <message>
        <source>“%1” is not a valid symbol: use 1–32 letters, digits and . _ - ^ = &amp; (for example TCS.NS, ^NSEI, EURUSD=X).</source>
        <translation>„%1“ ist kein gültiges Symbol: Verwenden Sie 1–32 Buchstaben, Ziffern und . _ - ^ = &amp; (zum Beispiel TCS.NS, ^NSEI, EURUSD=X).</translation>
    </message>
    <message>
        <source>The path “%1” in the workspace “%2” goes through a symbolic link to something that does not exist.</source>
        <translation>Der Pfad „%1“ im Arbeitsbereich „%2“ führt über einen symbolischen Link zu etwas, das nicht existiert.</translation>
    </message>
</context>
<context>
    <name>modeldeck::PendingJobsModel</name>
    <message>
        <source>Job %1, queued %2</source>
        <translation>Auftrag %1, eingereiht %2</translation>
    </message>
    <message numerus="yes">
        <source>Horizon: %n bar(s)</source>
        <translation>
            <numerusform>Horizont: %n Kerze</numerusform>
            <numerusform>Horizont: %n Kerzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <source>Attempts so far: %1</source>
        <translation>Bisherige Versuche: %1</translation>
    </message>
    <message>
        <source>Higher priorities run first; equal priorities run in list order</source>
        <translation>Höhere Prioritäten laufen zuerst; gleiche Prioritäten in Listenreihenfolge</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
</context>
<context>
    <name>modeldeck::PerformanceDrift</name>
    <message>
        <source>“%1” errs %2 times as much as on its test split (RMSE %3 over its last %4 predictions, %5 when saved).</source>
        <translation>„%1“ irrt sich %2-mal so stark wie auf seinen Testdaten (RMSE %3 über seine letzten %4 Vorhersagen, %5 beim Speichern).</translation>
    </message>
    <message>
        <source>The 95 % interval of “%1” covered %2 % of the last %3 actual values (at least %4 % expected).</source>
        <translation>Das 95-%-Intervall von „%1“ hat %2 % der letzten %3 tatsächlichen Werte abgedeckt (mindestens %4 % erwartet).</translation>
    </message>
</context>
<context>
    <name>modeldeck::PerformanceRepository</name>
    <message>
        <source>Recording the performance of “%1”</source>
        <translation>Leistung von „%1“ wird erfasst</translation>
    </message>
    <message>
        <source>Reading the performance history of “%1”</source>
        <translation>Leistungsverlauf von „%1“ wird gelesen</translation>
    </message>
    <message>
        <source>Reading the latest live performance of the saved models</source>
        <translation>Aktuelle Live-Leistung der gespeicherten Modelle wird gelesen</translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionChart</name>
    <message>
        <source>No price history for this series yet.</source>
        <translation>Für diese Reihe gibt es noch keine Kurshistorie.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schlusskurs</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>80 % interval</source>
        <translation>80-%-Intervall</translation>
    </message>
    <message>
        <source>Predicted (circle)</source>
        <translation>Vorhergesagt (Kreis)</translation>
    </message>
    <message>
        <source>Actual (square)</source>
        <translation>Tatsächlich (Quadrat)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Price history and predictions</source>
        <translation>Kurshistorie und Vorhersagen</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s) of closes up to %1</source>
        <translation>
            <numerusform>%n Kerze mit Schlusskursen bis %1</numerusform>
            <numerusform>%n Kerzen mit Schlusskursen bis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n saved prediction(s)</source>
        <translation>
            <numerusform>; %n gespeicherte Vorhersage</numerusform>
            <numerusform>; %n gespeicherte Vorhersagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with the actual close</source>
        <translation>
            <numerusform>, %n mit tatsächlichem Schlusskurs</numerusform>
            <numerusform>, %n mit tatsächlichem Schlusskurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved prediction(s)</source>
        <translation>
            <numerusform>%n gespeicherte Vorhersage</numerusform>
            <numerusform>%n gespeicherte Vorhersagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionHistoryView</name>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>All symbols</source>
        <translation>Alle Symbole</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>M&amp;odell:</translation>
    </message>
    <message>
        <source>Show the predictions of one model only</source>
        <translation>Nur die Vorhersagen eines Modells anzeigen</translation>
    </message>
    <message>
        <source>Hor&amp;izon:</source>
        <translation>Hor&amp;izont:</translation>
    </message>
    <message>
        <source>Show one horizon only (bars ahead); Any shows all</source>
        <translation>Nur einen Horizont anzeigen (Kerzen voraus); „Beliebig“ zeigt alle</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>S&amp;ymbol:</translation>
    </message>
    <message>
        <source>Show the predictions for one symbol only</source>
        <translation>Nur die Vorhersagen für ein Symbol anzeigen</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limit:</translation>
    </message>
    <message>
        <source>Show at most this many of the newest predictions</source>
        <translation>Höchstens so viele der neuesten Vorhersagen anzeigen</translation>
    </message>
    <message>
        <source>Saved predictions</source>
        <translation>Gespeicherte Vorhersagen</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>No saved predictions match these filters.</source>
        <translation>Keine gespeicherten Vorhersagen entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>No saved predictions yet. Tick “Save prediction” before pressing Predict to keep a prediction here and see its actual close once that bar arrives.</source>
        <translation>Noch keine gespeicherten Vorhersagen. Aktivieren Sie „Vorhersage speichern“, bevor Sie auf „Vorhersagen“ klicken, um eine Vorhersage hier aufzubewahren und ihren tatsächlichen Schlusskurs zu sehen, sobald die Kerze vorliegt.</translation>
    </message>
    <message>
        <source>The saved predictions could not be listed: %1</source>
        <translation>Die gespeicherten Vorhersagen konnten nicht aufgelistet werden: %1</translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionPicker</name>
    <message>
        <source>Sym&amp;bol:</source>
        <translation>Sym&amp;bol:</translation>
    </message>
    <message>
        <source>The symbol whose models are offered</source>
        <translation>Das Symbol, dessen Modelle angeboten werden</translation>
    </message>
    <message>
        <source>Timefr&amp;ame:</source>
        <translation>Zeit&amp;rahmen:</translation>
    </message>
    <message>
        <source>The bar timeframe of the series</source>
        <translation>Der Kerzen-Zeitrahmen der Reihe</translation>
    </message>
    <message>
        <source>Mod&amp;el:</source>
        <translation>Mod&amp;ell:</translation>
    </message>
    <message>
        <source>Registered models of this series; the active one is chosen first. Only the active version of a model predicts.</source>
        <translation>Registrierte Modelle dieser Reihe; das aktive wird zuerst gewählt. Nur die aktive Version eines Modells sagt voraus.</translation>
    </message>
    <message>
        <source>Hori&amp;zon:</source>
        <translation>Hori&amp;zont:</translation>
    </message>
    <message>
        <source>How many bars ahead to predict: the horizons the model was trained for</source>
        <translation>Wie viele Kerzen voraus vorhergesagt wird: die Horizonte, für die das Modell trainiert wurde</translation>
    </message>
    <message>
        <source>No model for this series</source>
        <translation>Kein Modell für diese Reihe</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 · v%2 · active</source>
        <translation>%1 · v%2 · aktiv</translation>
    </message>
    <message>
        <source>%1 · v%2 · not active</source>
        <translation>%1 · v%2 · nicht aktiv</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s) ahead</source>
        <translation>
            <numerusform>%n Kerze voraus</numerusform>
            <numerusform>%n Kerzen voraus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionRepository</name>
    <message>
        <source>Saving the prediction</source>
        <translation>Vorhersage wird gespeichert</translation>
    </message>
    <message>
        <source>Reading prediction %1</source>
        <translation>Vorhersage %1 wird gelesen</translation>
    </message>
    <message>
        <source>Listing predictions</source>
        <translation>Vorhersagen werden aufgelistet</translation>
    </message>
    <message>
        <source>Listing predictions waiting for their bar</source>
        <translation>Vorhersagen, die auf ihre Kerze warten, werden aufgelistet</translation>
    </message>
    <message>
        <source>Reading the bar of prediction %1</source>
        <translation>Kerze von Vorhersage %1 wird gelesen</translation>
    </message>
    <message>
        <source>Filling in prediction %1</source>
        <translation>Vorhersage %1 wird ergänzt</translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionResultPanel</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Predicted close:</source>
        <translation>Vorhergesagter Schlusskurs:</translation>
    </message>
    <message>
        <source>The model&apos;s prediction of the close of the target bar</source>
        <translation>Die Vorhersage des Modells für den Schlusskurs der Zielkerze</translation>
    </message>
    <message>
        <source>80 % interval:</source>
        <translation>80-%-Intervall:</translation>
    </message>
    <message>
        <source>The close should fall in this range 4 times out of 5, if the market behaves as in the model&apos;s validation data</source>
        <translation>Der Schlusskurs sollte in 4 von 5 Fällen in diesem Bereich liegen, wenn sich der Markt wie in den Validierungsdaten des Modells verhält</translation>
    </message>
    <message>
        <source>95 % interval:</source>
        <translation>95-%-Intervall:</translation>
    </message>
    <message>
        <source>As the 80 % interval, 19 times out of 20</source>
        <translation>Wie das 80-%-Intervall, in 19 von 20 Fällen</translation>
    </message>
    <message>
        <source>From bar:</source>
        <translation>Ab Kerze:</translation>
    </message>
    <message>
        <source>The newest stored bar the prediction was made from, and its close</source>
        <translation>Die neueste gespeicherte Kerze, von der aus vorhergesagt wurde, und ihr Schlusskurs</translation>
    </message>
    <message>
        <source>For bar:</source>
        <translation>Für Kerze:</translation>
    </message>
    <message>
        <source>Start of the predicted bar; nights, weekends and holidays can push the real bar later</source>
        <translation>Beginn der vorhergesagten Kerze; Nächte, Wochenenden und Feiertage können die echte Kerze später verschieben</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>The active version of the model that made the prediction</source>
        <translation>Die aktive Version des Modells, das die Vorhersage erstellt hat</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>Gespeichert:</translation>
    </message>
    <message>
        <source>Saved predictions are listed below and get their actual close later</source>
        <translation>Gespeicherte Vorhersagen werden unten aufgelistet und erhalten später ihren tatsächlichen Schlusskurs</translation>
    </message>
    <message>
        <source>Press Predict (Ctrl+Enter)</source>
        <translation>Klicken Sie auf „Vorhersagen“ (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>%1, close %2</source>
        <translation>%1, Schlusskurs %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n bar(s) ahead)</source>
        <translation>
            <numerusform>%1 (%n Kerze voraus)</numerusform>
            <numerusform>%1 (%n Kerzen voraus)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 v%2 · %3 · %4</source>
        <translation>%1 v%2 · %3 · %4</translation>
    </message>
    <message>
        <source>Yes (row %1)</source>
        <translation>Ja (Zeile %1)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionService</name>
    <message>
        <source>There is no model named “%1” in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es kein Modell namens „%1“.</translation>
    </message>
    <message>
        <source>Model “%1” is not active (versions %2); activate one of its versions to predict with it.</source>
        <translation>Modell „%1“ ist nicht aktiv (Versionen %2); aktivieren Sie eine seiner Versionen, um damit vorherzusagen.</translation>
    </message>
    <message>
        <source>Model %1 does not predict %2 bars ahead; it supports horizons %3.</source>
        <translation>Modell %1 sagt nicht %2 Kerzen voraus; es unterstützt die Horizonte %3.</translation>
    </message>
    <message>
        <source>The registry entry of %1 is damaged: %2</source>
        <translation>Der Modellregister-Eintrag von %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>The model file of %1 (%2) is missing.</source>
        <translation>Die Modelldatei von %1 (%2) fehlt.</translation>
    </message>
    <message>
        <source>There is no symbol “%1” in this workspace; import its price history to predict with %2.</source>
        <translation>In diesem Arbeitsbereich gibt es kein Symbol „%1“; importieren Sie dessen Kurshistorie, um mit %2 vorherzusagen.</translation>
    </message>
    <message>
        <source>Model %1 needs the latest %2 %3 %4 bars (%5 bars of feature history + a window of %6 − 1); the workspace has %7.</source>
        <translation>Modell %1 benötigt die letzten %2 %3-%4-Kerzen (%5 Kerzen Merkmalshistorie + ein Fenster von %6 − 1); der Arbeitsbereich hat %7.</translation>
    </message>
    <message>
        <source>Model %1 predicted %2, which is not a price.</source>
        <translation>Modell %1 hat %2 vorhergesagt, was kein Preis ist.</translation>
    </message>
    <message>
        <source>“%1” v%2</source>
        <translation>„%1“ v%2</translation>
    </message>
    <message>
        <source>The model file of %1 (%2): %3</source>
        <translation>Die Modelldatei von %1 (%2): %3</translation>
    </message>
    <message>
        <source>The registry entry of %1 has damaged model settings: %2</source>
        <translation>Der Modellregister-Eintrag von %1 hat beschädigte Modelleinstellungen: %2</translation>
    </message>
    <message>
        <source>The model file of %1 cannot be loaded: %2</source>
        <translation>Die Modelldatei von %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>The model file of %1 does not fit its registry entry.</source>
        <translation>Die Modelldatei von %1 passt nicht zu ihrem Modellregister-Eintrag.</translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionTableModel</name>
    <message>
        <source>Not known yet: the bar at the target time has not been imported or downloaded.</source>
        <translation>Noch unbekannt: Die Kerze zum Zielzeitpunkt wurde noch nicht importiert oder heruntergeladen.</translation>
    </message>
    <message>
        <source>This model has been deleted from the registry.</source>
        <translation>Dieses Modell wurde aus dem Modellregister gelöscht.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s)</source>
        <translation>
            <numerusform>%n Kerze</numerusform>
            <numerusform>%n Kerzen</numerusform>
        </translation>
    </message>
    <message>
        <source>When the prediction was made (UTC)</source>
        <translation>Zeitpunkt der Vorhersage (UTC)</translation>
    </message>
    <message>
        <source>Start of the predicted bar (UTC); nights and weekends can push the real bar later</source>
        <translation>Beginn der vorhergesagten Kerze (UTC); Nächte und Wochenenden können die echte Kerze verschieben</translation>
    </message>
    <message>
        <source>Actual close minus predicted close</source>
        <translation>Tatsächlicher Schlusskurs minus vorhergesagter Schlusskurs</translation>
    </message>
    <message>
        <source>Bounds of the 80 % prediction interval</source>
        <translation>Grenzen des 80-%-Vorhersageintervalls</translation>
    </message>
    <message>
        <source>Bounds of the 95 % prediction interval</source>
        <translation>Grenzen des 95-%-Vorhersageintervalls</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Target time</source>
        <translation>Zielzeit</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>80 % low</source>
        <translation>80 % unten</translation>
    </message>
    <message>
        <source>80 % high</source>
        <translation>80 % oben</translation>
    </message>
    <message>
        <source>95 % low</source>
        <translation>95 % unten</translation>
    </message>
    <message>
        <source>95 % high</source>
        <translation>95 % oben</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionText</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionsPage</name>
    <message>
        <source>Save predi&amp;ction</source>
        <translation>Vorhersage &amp;speichern</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Keep the prediction in the table below, where it gets its actual close once that bar is imported or downloaded</source>
        <translation>Vorhersage in der Tabelle unten behalten, wo sie ihren tatsächlichen Schlusskurs erhält, sobald diese Kerze importiert oder heruntergeladen ist</translation>
    </message>
    <message>
        <source>Predict the close with the chosen model and horizon (Ctrl+Enter)</source>
        <translation>Schlusskurs mit dem gewählten Modell und Horizont vorhersagen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Closes &amp;&amp; Predictions</source>
        <translation>Schlusskurse &amp;&amp; Vorhersagen</translation>
    </message>
    <message>
        <source>Live Accuracy</source>
        <translation>Live-Genauigkeit</translation>
    </message>
    <message>
        <source>Actual closes could not be filled in: %1</source>
        <translation>Tatsächliche Schlusskurse konnten nicht eingetragen werden: %1</translation>
    </message>
    <message>
        <source>The registered models could not be listed: %1</source>
        <translation>Die registrierten Modelle konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Predicting…</source>
        <translation>Vorhersage läuft…</translation>
    </message>
    <message>
        <source>No models are registered yet. Save a trained model from the Models tab, or import one, to predict with it here.</source>
        <translation>Noch keine Modelle registriert. Speichern Sie ein trainiertes Modell auf der Registerkarte „Modelle“ oder importieren Sie eines, um hier damit vorherzusagen.</translation>
    </message>
    <message>
        <source>Choose a saved model to see its live accuracy.</source>
        <translation>Wählen Sie ein gespeichertes Modell, um seine Live-Genauigkeit zu sehen.</translation>
    </message>
    <message>
        <source>The live accuracy could not be loaded: %1</source>
        <translation>Die Live-Genauigkeit konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No live accuracy of “%1” yet: it is recorded each time its saved predictions get their actual closes.</source>
        <translation>Noch keine Live-Genauigkeit für „%1“: Sie wird jedes Mal erfasst, wenn seine gespeicherten Vorhersagen ihre tatsächlichen Schlusskurse erhalten.</translation>
    </message>
    <message>
        <source>Choose a symbol and timeframe to see its recent closes.</source>
        <translation>Wählen Sie Symbol und Zeitrahmen, um die letzten Schlusskurse zu sehen.</translation>
    </message>
    <message>
        <source>The chart could not be loaded: %1</source>
        <translation>Das Diagramm konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No %1 %2 bars are stored; import or download them.</source>
        <translation>Keine %1-%2-Kerzen gespeichert; importieren Sie sie oder laden Sie sie herunter.</translation>
    </message>
    <message>
        <source>Predicting with “%1”…</source>
        <translation>Vorhersage mit „%1“…</translation>
    </message>
</context>
<context>
    <name>modeldeck::QueueBinding</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Another ModelDeck process runs this workspace&apos;s training queue.</source>
        <translation>Ein anderer ModelDeck-Prozess führt die Trainings-Warteschlange dieses Arbeitsbereichs aus.</translation>
    </message>
</context>
<context>
    <name>modeldeck::QueueLock</name>
    <message>
        <source>The training queue of this workspace is already run by another ModelDeck (process %1 on %2). Close it there, or use that window.</source>
        <translation>Die Trainings-Warteschlange dieses Arbeitsbereichs wird bereits von einem anderen ModelDeck ausgeführt (Prozess %1 auf %2). Schließen Sie es dort oder verwenden Sie jenes Fenster.</translation>
    </message>
    <message>
        <source>Cannot create the queue lock file in the workspace (permission or disk problem).</source>
        <translation>Die Sperrdatei der Warteschlange kann im Arbeitsbereich nicht angelegt werden (Berechtigungs- oder Speicherproblem).</translation>
    </message>
</context>
<context>
    <name>modeldeck::QueuePanel</name>
    <message>
        <source>Queue status</source>
        <translation>Warteschlangenstatus</translation>
    </message>
    <message>
        <source>Jobs done in this run</source>
        <translation>In diesem Lauf erledigte Aufträge</translation>
    </message>
    <message>
        <source>%v of %m jobs done</source>
        <translation>%v von %m Aufträgen erledigt</translation>
    </message>
    <message>
        <source>Waiting jobs</source>
        <translation>Wartende Aufträge</translation>
    </message>
    <message>
        <source>No jobs are waiting.
Training ▸ Auto-train… (Ctrl+Shift+T) queues jobs for your symbols.</source>
        <translation>Keine Aufträge warten.
Training ▸ Auto-Training… (Strg+Umschalt+T) reiht Aufträge für Ihre Symbole ein.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Run the selected job earlier</source>
        <translation>Ausgewählten Auftrag früher ausführen</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Run the selected job later</source>
        <translation>Ausgewählten Auftrag später ausführen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Take the selected jobs out of the queue</source>
        <translation>Ausgewählte Aufträge aus der Warteschlange nehmen</translation>
    </message>
    <message>
        <source>Priority of the selected job</source>
        <translation>Priorität des ausgewählten Auftrags</translation>
    </message>
    <message>
        <source>Higher priorities run first; equal priorities run in list order</source>
        <translation>Höhere Prioritäten laufen zuerst; gleiche Prioritäten in Listenreihenfolge</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>No job is running.</source>
        <translation>Kein Auftrag läuft.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>Wartend (%1)</translation>
    </message>
    <message numerus="yes">
        <source> · %n job(s) waiting; Start (Ctrl+F5) runs them</source>
        <translation>
            <numerusform> · %n Auftrag wartet; Start (Strg+F5) führt ihn aus</numerusform>
            <numerusform> · %n Aufträge warten; Start (Strg+F5) führt sie aus</numerusform>
        </translation>
    </message>
    <message>
        <source> · nothing waiting</source>
        <translation> · nichts wartet</translation>
    </message>
    <message>
        <source> · %1 of %2 done · %3 waiting</source>
        <translation> · %1 von %2 erledigt · %3 wartend</translation>
    </message>
    <message>
        <source> · new jobs start as they are queued</source>
        <translation> · neue Aufträge starten, sobald sie eingereiht werden</translation>
    </message>
    <message>
        <source> · the running job finishes, then the queue waits</source>
        <translation> · der laufende Auftrag wird beendet, dann wartet die Warteschlange</translation>
    </message>
    <message numerus="yes">
        <source> · %n job(s) waiting</source>
        <translation>
            <numerusform> · %n Auftrag wartet</numerusform>
            <numerusform> · %n Aufträge warten</numerusform>
        </translation>
    </message>
    <message>
        <source> · the running job finishes; waiting jobs were removed</source>
        <translation> · der laufende Auftrag wird beendet; wartende Aufträge wurden entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting.</source>
        <translation>
            <numerusform>%n Auftrag wartet.</numerusform>
            <numerusform>%n Aufträge warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the database… %1</source>
        <translation>Warten auf die Datenbank… %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n job(s) from the queue.</source>
        <translation>
            <numerusform>%n Auftrag aus der Warteschlange entfernt.</numerusform>
            <numerusform>%n Aufträge aus der Warteschlange entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::QueueWorker</name>
    <message>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
    <message>
        <source>(Recording the end failed: %1)</source>
        <translation>(Erfassen des Endes fehlgeschlagen: %1)</translation>
    </message>
</context>
<context>
    <name>modeldeck::RecordDetailsPane</name>
    <message>
        <source>RMSE (test)</source>
        <translation>RMSE (Test)</translation>
    </message>
    <message>
        <source>MAE (test)</source>
        <translation>MAE (Test)</translation>
    </message>
    <message>
        <source>MAPE %</source>
        <translation>MAPE %</translation>
    </message>
    <message>
        <source>sMAPE %</source>
        <translation>sMAPE %</translation>
    </message>
    <message>
        <source>MASE</source>
        <translation>MASE</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>Directional accuracy</source>
        <translation>Richtungsgenauigkeit</translation>
    </message>
    <message>
        <source>RMSE of the naive forecast</source>
        <translation>RMSE der naiven Prognose</translation>
    </message>
    <message>
        <source>Skill vs naive</source>
        <translation>Skill ggü. naiv</translation>
    </message>
    <message>
        <source>Test samples</source>
        <translation>Testpunkte</translation>
    </message>
    <message>
        <source>Skill of the model alone</source>
        <translation>Skill des Modells allein</translation>
    </message>
    <message>
        <source>RMSE of the model alone</source>
        <translation>RMSE des Modells allein</translation>
    </message>
    <message>
        <source>Skill vs naive (validation)</source>
        <translation>Skill ggü. naiv (Validierung)</translation>
    </message>
    <message>
        <source>Skill of the model alone (validation)</source>
        <translation>Skill des Modells allein (Validierung)</translation>
    </message>
    <message>
        <source>Weight of the model vs the last close</source>
        <translation>Gewicht des Modells ggü. letztem Schlusskurs</translation>
    </message>
    <message>
        <source>Evidence the model helps (validation, σ)</source>
        <translation>Evidenz, dass das Modell hilft (Validierung, σ)</translation>
    </message>
    <message>
        <source>80 % interval coverage (test)</source>
        <translation>Abdeckung 80-%-Intervall (Test)</translation>
    </message>
    <message>
        <source>95 % interval coverage (test)</source>
        <translation>Abdeckung 95-%-Intervall (Test)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Metriken</translation>
    </message>
    <message>
        <source>No epochs recorded</source>
        <translation>Keine Epochen erfasst</translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation>Verlustkurve</translation>
    </message>
    <message>
        <source>&amp;Loss curve</source>
        <translation>&amp;Verlustkurve</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>&amp;Epochs</source>
        <translation>&amp;Epochen</translation>
    </message>
    <message>
        <source>Feature &amp;importance</source>
        <translation>Merkmals&amp;wichtigkeit</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>Modelldetails</translation>
    </message>
    <message>
        <source>Select a model card to see its metrics, loss curve, epochs and configuration.</source>
        <translation>Wählen Sie eine Modellkarte, um Metriken, Verlustkurve, Epochen und Konfiguration zu sehen.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This training record no longer exists.</source>
        <translation>Dieses Trainingsprotokoll existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The record could not be read: %1</source>
        <translation>Der Datensatz konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trained at</source>
        <translation>Trainiert am</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Trainingsdauer</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Data points</source>
        <translation>Datenpunkte</translation>
    </message>
    <message>
        <source>Training period</source>
        <translation>Trainingszeitraum</translation>
    </message>
    <message>
        <source>Final training loss</source>
        <translation>Endgültiger Trainingsverlust</translation>
    </message>
    <message>
        <source>Final validation loss</source>
        <translation>Endgültiger Validierungsverlust</translation>
    </message>
    <message>
        <source>Test RMSE</source>
        <translation>Test-RMSE</translation>
    </message>
    <message>
        <source>Test MAE</source>
        <translation>Test-MAE</translation>
    </message>
    <message>
        <source>Best epoch</source>
        <translation>Beste Epoche</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Modellgröße</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>modeldeck::RecordListModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Enter shows details, R retrains, Delete clears.</source>
        <translation>Eingabe zeigt Details, R trainiert neu, Entf löscht.</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1, %2 %3, %4, trained %5, RMSE %6, MAE %7, skill vs naive %8</source>
        <translation>%1, %2 %3, %4, trainiert %5, RMSE %6, MAE %7, Skill ggü. naiv %8</translation>
    </message>
    <message>
        <source>, error: %1</source>
        <translation>, Fehler: %1</translation>
    </message>
    <message>
        <source>, retraining %1 %</source>
        <translation>, wird neu trainiert %1 %</translation>
    </message>
    <message>
        <source>. %1</source>
        <translation>. %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>%1h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <source>%1d ago</source>
        <translation>vor %1 T.</translation>
    </message>
</context>
<context>
    <name>modeldeck::RefreshPanel</name>
    <message>
        <source>&amp;Skip Refresh</source>
        <translation>Aktualisierung &amp;überspringen</translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation>Aktualisierungsstatus</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Aktualisierungsfortschritt</translation>
    </message>
    <message>
        <source>Stop waiting for the download and go on with the price data already stored; series refreshed so far keep their new bars</source>
        <translation>Nicht länger auf den Download warten und mit den bereits gespeicherten Kursdaten fortfahren; bisher aktualisierte Reihen behalten ihre neuen Kerzen</translation>
    </message>
    <message>
        <source>Skipping the refresh; going on with the data at hand…</source>
        <translation>Aktualisierung wird übersprungen; weiter mit den vorhandenen Daten…</translation>
    </message>
    <message>
        <source>Preparing the refresh…</source>
        <translation>Aktualisierung wird vorbereitet…</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n series…</source>
        <translation>
            <numerusform>%n Reihe wird aktualisiert…</numerusform>
            <numerusform>%n Reihen werden aktualisiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n series</source>
        <translation>
            <numerusform>%1 von %n Reihe</numerusform>
            <numerusform>%1 von %n Reihen</numerusform>
        </translation>
    </message>
    <message>
        <source>The refresh was skipped; the data at hand was used.</source>
        <translation>Die Aktualisierung wurde übersprungen; die vorhandenen Daten wurden verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed the price data of %n series.</source>
        <translation>
            <numerusform>Kursdaten von %n Reihe aktualisiert.</numerusform>
            <numerusform>Kursdaten von %n Reihen aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series could not be refreshed; their data at hand was used:</source>
        <translation>
            <numerusform>%n Reihe konnte nicht aktualisiert werden; ihre vorhandenen Daten wurden verwendet:</numerusform>
            <numerusform>%n Reihen konnten nicht aktualisiert werden; ihre vorhandenen Daten wurden verwendet:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series were not refreshed:</source>
        <translation>
            <numerusform>%n Reihe wurde nicht aktualisiert:</numerusform>
            <numerusform>%n Reihen wurden nicht aktualisiert:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::RefreshPlan</name>
    <message>
        <source>Its import log says it was resampled in a circle (%1); there is nothing to refresh it from.</source>
        <translation>Laut Importprotokoll wurde sie im Kreis resampelt (%1); es gibt nichts, woraus sie aktualisiert werden kann.</translation>
    </message>
    <message>
        <source>Resampled from %1, which this workspace no longer has; there is nothing to refresh it from.</source>
        <translation>Aus %1 resampelt, das dieser Arbeitsbereich nicht mehr hat; es gibt nichts, woraus sie aktualisiert werden kann.</translation>
    </message>
    <message>
        <source>Resampled from %1: %2</source>
        <translation>Aus %1 resampelt: %2</translation>
    </message>
    <message>
        <source>Imported from %1; there is no provider to refresh it from.</source>
        <translation>Aus %1 importiert; es gibt keinen Anbieter, von dem sie aktualisiert werden kann.</translation>
    </message>
    <message>
        <source>Never downloaded (resampled or imported from CSV); there is no provider to refresh it from.</source>
        <translation>Nie heruntergeladen (resampelt oder aus CSV importiert); es gibt keinen Anbieter, von dem sie aktualisiert werden kann.</translation>
    </message>
    <message>
        <source>Downloaded from “%1”, a provider this version does not know.</source>
        <translation>Von „%1“ heruntergeladen, einem Anbieter, den diese Version nicht kennt.</translation>
    </message>
    <message>
        <source>Not in this workspace; nothing to refresh.</source>
        <translation>Nicht in diesem Arbeitsbereich; nichts zu aktualisieren.</translation>
    </message>
</context>
<context>
    <name>modeldeck::RefreshThenTrain</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>training was asked to start without waiting</source>
        <translation>Training sollte ohne Warten starten</translation>
    </message>
</context>
<context>
    <name>modeldeck::ReportModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n T.</numerusform>
            <numerusform>%n T.</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message numerus="yes">
        <source>Trained more than %n hour(s) ago; retraining is due.</source>
        <translation>
            <numerusform>Vor mehr als %n Stunde trainiert; neues Training ist fällig.</numerusform>
            <numerusform>Vor mehr als %n Stunden trainiert; neues Training ist fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trained at</source>
        <translation>Trainiert am</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Data points</source>
        <translation>Datenpunkte</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>modeldeck::ReportPage</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Schreiben von %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Storage used</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Timeframes</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>Bots</translation>
    </message>
    <message>
        <source>Filter by symbol, timeframe, bot or status…</source>
        <translation>Nach Symbol, Zeitrahmen, Bot oder Status filtern…</translation>
    </message>
    <message>
        <source>Filter records</source>
        <translation>Datensätze filtern</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the listed records as a CSV file (Ctrl+E)</source>
        <translation>Die aufgelisteten Datensätze als CSV-Datei speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Read the records from the workspace again</source>
        <translation>Datensätze erneut aus dem Arbeitsbereich lesen</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>Trainingsprotokolle</translation>
    </message>
    <message>
        <source>Active (≤ %1 h)</source>
        <translation>Aktiv (≤ %1 h)</translation>
    </message>
    <message>
        <source>Stale (&gt; %1 h)</source>
        <translation>Veraltet (&gt; %1 h)</translation>
    </message>
    <message numerus="yes">
        <source>Active models trained within the last %n hour(s)</source>
        <translation>
            <numerusform>Aktive Modelle, in der letzten %n Stunde trainiert</numerusform>
            <numerusform>Aktive Modelle, in den letzten %n Stunden trainiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active models trained more than %n hour(s) ago</source>
        <translation>
            <numerusform>Aktive Modelle, vor mehr als %n Stunde trainiert</numerusform>
            <numerusform>Aktive Modelle, vor mehr als %n Stunden trainiert</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Loading training records…</source>
        <translation>Trainingsprotokolle werden geladen…</translation>
    </message>
    <message>
        <source>No training runs recorded in this workspace yet.

Trained, failed and archived models appear here.</source>
        <translation>In diesem Arbeitsbereich sind noch keine Trainingsläufe erfasst.

Trainierte, fehlgeschlagene und archivierte Modelle erscheinen hier.</translation>
    </message>
    <message>
        <source>Cannot read the training records: %1</source>
        <translation>Die Trainingsprotokolle können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>modeldeck-report-%1.csv</source>
        <translation>modeldeck-bericht-%1.csv</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n record(s)…</source>
        <translation>
            <numerusform>%n Datensatz wird exportiert…</numerusform>
            <numerusform>%n Datensätze werden exportiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>%n Datensatz nach %1 exportiert.</numerusform>
            <numerusform>%n Datensätze nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::Resampler</name>
    <message>
        <source>Cannot resample %1 bars to %2: the target must be a whole multiple of the source timeframe (for example 5m → 1h or 1h → 1d).</source>
        <translation>%1-Kerzen können nicht auf %2 umgerechnet werden: Das Ziel muss ein ganzzahliges Vielfaches des Quell-Zeitrahmens sein (zum Beispiel 5m → 1h oder 1h → 1d).</translation>
    </message>
    <message>
        <source>Cannot resample: the symbol&apos;s time zone is not valid.</source>
        <translation>Umrechnen nicht möglich: Die Zeitzone des Symbols ist ungültig.</translation>
    </message>
    <message>
        <source>Cannot resample: the bars are not in time order.</source>
        <translation>Umrechnen nicht möglich: Die Kerzen sind nicht zeitlich geordnet.</translation>
    </message>
</context>
<context>
    <name>modeldeck::RetrainEtaEstimate</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>etwa %n Min.</numerusform>
            <numerusform>etwa %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>etwa %1 h %2 Min.</translation>
    </message>
</context>
<context>
    <name>modeldeck::RetrainRepository</name>
    <message>
        <source>Reading how long finished training jobs took</source>
        <translation>Dauer abgeschlossener Trainingsaufträge wird gelesen</translation>
    </message>
    <message>
        <source>Reading when training record %1 was last retrained</source>
        <translation>Zeitpunkt des letzten neuen Trainings von Trainingsprotokoll %1 wird gelesen</translation>
    </message>
    <message>
        <source>Reading workspace state “%1”</source>
        <translation>Arbeitsbereichszustand „%1“ wird gelesen</translation>
    </message>
    <message>
        <source>Writing workspace state “%1”</source>
        <translation>Arbeitsbereichszustand „%1“ wird geschrieben</translation>
    </message>
</context>
<context>
    <name>modeldeck::RetrainScheduler</name>
    <message>
        <source>Scheduled: v%1 last trained %2 hours ago (threshold %3 hours)</source>
        <translation>Geplant: v%1 zuletzt vor %2 Stunden trainiert (Schwelle %3 Stunden)</translation>
    </message>
</context>
<context>
    <name>modeldeck::RetrainSettings</name>
    <message>
        <source>The age after which a model is retrained must be 1 to %1 hours (it is %2).</source>
        <translation>Das Alter, ab dem ein Modell neu trainiert wird, muss 1 bis %1 Stunden betragen (es ist %2).</translation>
    </message>
    <message>
        <source>The retraining window needs a valid start and end time.</source>
        <translation>Das Zeitfenster für neues Training benötigt eine gültige Start- und Endzeit.</translation>
    </message>
    <message>
        <source>Retrains per run must be 1 to %1 (it is %2).</source>
        <translation>Neue Trainings pro Lauf müssen 1 bis %1 sein (es ist %2).</translation>
    </message>
    <message>
        <source>The schedule&apos;s check interval must be %1 to %2 minutes (it is %3).</source>
        <translation>Das Prüfintervall des Zeitplans muss %1 bis %2 Minuten betragen (es ist %3).</translation>
    </message>
</context>
<context>
    <name>modeldeck::RetrainSettingsGroup</name>
    <message>
        <source>Retraining</source>
        <translation>Neues Training</translation>
    </message>
    <message>
        <source>Retrain stale models on a sc&amp;hedule</source>
        <translation>Veraltete Modelle nach &amp;Zeitplan neu trainieren</translation>
    </message>
    <message>
        <source>Re&amp;fresh their price data first (downloaded series)</source>
        <translation>Vorher ihre Kursdaten a&amp;ktualisieren (heruntergeladene Reihen)</translation>
    </message>
    <message>
        <source>Retrain a&amp;utomatically when drift is found</source>
        <translation>Bei erkanntem Drift a&amp;utomatisch neu trainieren</translation>
    </message>
    <message>
        <source>While ModelDeck (or modeldeck-cli queue run --schedule) runs, queue a new version of each active saved model older than the threshold, once per window</source>
        <translation>Solange ModelDeck (oder modeldeck-cli queue run --schedule) läuft, wird für jedes aktive gespeicherte Modell, das älter als die Schwelle ist, einmal pro Zeitfenster eine neue Version eingereiht</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Retrain models older than hours</source>
        <translation>Modelle neu trainieren, die älter sind als (Stunden)</translation>
    </message>
    <message>
        <source>An active saved model trained longer ago than this is retrained</source>
        <translation>Ein aktives gespeichertes Modell, das vor längerer Zeit trainiert wurde, wird neu trainiert</translation>
    </message>
    <message>
        <source>Window start</source>
        <translation>Fensterbeginn</translation>
    </message>
    <message>
        <source>Window end</source>
        <translation>Fensterende</translation>
    </message>
    <message>
        <source>Local time the window opens; it may end the next morning</source>
        <translation>Ortszeit, zu der das Fenster öffnet; es kann am nächsten Morgen enden</translation>
    </message>
    <message>
        <source>Local time the window closes; equal to the start: the whole day</source>
        <translation>Ortszeit, zu der das Fenster schließt; gleich dem Beginn: der ganze Tag</translation>
    </message>
    <message>
        <source>Most retrains per run</source>
        <translation>Höchstens neue Trainings pro Lauf</translation>
    </message>
    <message>
        <source>The oldest models go first; the others wait for the next window</source>
        <translation>Die ältesten Modelle zuerst; die übrigen warten auf das nächste Fenster</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Check every minutes</source>
        <translation>Prüfen alle (Minuten)</translation>
    </message>
    <message>
        <source>How often the running app looks whether the window has opened</source>
        <translation>Wie oft die laufende App prüft, ob das Fenster geöffnet hat</translation>
    </message>
    <message>
        <source>When filling in actual values raises a drift alert for a saved model, queue a retrain of it with the alert as the reason (an identical queued job is reused)</source>
        <translation>Wenn das Eintragen tatsächlicher Werte einen Drift-Alarm für ein gespeichertes Modell auslöst, wird es mit dem Alarm als Grund zum neuen Training eingereiht (ein identischer eingereihter Auftrag wird wiederverwendet)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Age threshold:</source>
        <translation>&amp;Altersschwelle:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fenster:</translation>
    </message>
    <message>
        <source>&amp;Most retrains per run:</source>
        <translation>&amp;Höchstens neue Trainings pro Lauf:</translation>
    </message>
    <message>
        <source>Check e&amp;very:</source>
        <translation>Prüfen a&amp;lle:</translation>
    </message>
    <message>
        <source>Start equal to end: the whole day, one run a day from %1.</source>
        <translation>Beginn gleich Ende: der ganze Tag, ein Lauf pro Tag ab %1.</translation>
    </message>
    <message>
        <source>Overnight: from %1 until %2 the next morning, one run per night.</source>
        <translation>Über Nacht: von %1 bis %2 am nächsten Morgen, ein Lauf pro Nacht.</translation>
    </message>
    <message>
        <source>From %1 to %2, one run a day.</source>
        <translation>Von %1 bis %2, ein Lauf pro Tag.</translation>
    </message>
</context>
<context>
    <name>modeldeck::RetrainTracker</name>
    <message>
        <source>Retraining · %1 · %2 %</source>
        <translation>Neues Training · %1 · %2 %</translation>
    </message>
    <message>
        <source>Error: no workspace is open.</source>
        <translation>Fehler: Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>Error: %1 could not be queued for retraining: %2</source>
        <translation>Fehler: %1 konnte nicht zum neuen Training eingereiht werden: %2</translation>
    </message>
    <message>
        <source>%1 is already queued for retraining (job %2).</source>
        <translation>%1 ist bereits zum neuen Training eingereiht (Auftrag %2).</translation>
    </message>
    <message>
        <source>Queued retraining of %1 (job %2). Start the queue to run it.</source>
        <translation>Neues Training von %1 eingereiht (Auftrag %2). Starten Sie die Warteschlange, um es auszuführen.</translation>
    </message>
    <message>
        <source>Queued retraining of %1 (job %2).</source>
        <translation>Neues Training von %1 eingereiht (Auftrag %2).</translation>
    </message>
</context>
<context>
    <name>modeldeck::RetrainTrigger</name>
    <message>
        <source>Cannot retrain “%1”: there is no saved model of that name.</source>
        <translation>„%1“ kann nicht neu trainiert werden: Es gibt kein gespeichertes Modell dieses Namens.</translation>
    </message>
    <message>
        <source>Cannot retrain “%1” v%2: it was imported from a TorchScript file, which ModelDeck cannot train.</source>
        <translation>„%1“ v%2 kann nicht neu trainiert werden: Es wurde aus einer TorchScript-Datei importiert, die ModelDeck nicht trainieren kann.</translation>
    </message>
    <message>
        <source>Cannot retrain training record %1: there is no such record.</source>
        <translation>Trainingsprotokoll %1 kann nicht neu trainiert werden: Es existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot retrain: name a saved model or a training record.</source>
        <translation>Neues Training nicht möglich: Geben Sie ein gespeichertes Modell oder ein Trainingsprotokoll an.</translation>
    </message>
    <message>
        <source>Cannot retrain %1: its saved settings are not valid any more: %2</source>
        <translation>%1 kann nicht neu trainiert werden: Seine gespeicherten Einstellungen sind nicht mehr gültig: %2</translation>
    </message>
    <message>
        <source>training record %1</source>
        <translation>Trainingsprotokoll %1</translation>
    </message>
</context>
<context>
    <name>modeldeck::RunningJobView</name>
    <message>
        <source>Current job</source>
        <translation>Aktueller Auftrag</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>Auftragsfortschritt</translation>
    </message>
    <message>
        <source>Step details</source>
        <translation>Schrittdetails</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>No job is running.</source>
        <translation>Kein Auftrag läuft.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Waiting for the first epoch…</source>
        <translation>Warten auf die erste Epoche…</translation>
    </message>
    <message>
        <source>Last job: %1 — %2</source>
        <translation>Letzter Auftrag: %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>+%n more job(s) running</source>
        <translation>
            <numerusform>+%n weiterer Auftrag läuft</numerusform>
            <numerusform>+%n weitere Aufträge laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>The running job&apos;s loss per epoch appears here.</source>
        <translation>Der Verlust pro Epoche des laufenden Auftrags erscheint hier.</translation>
    </message>
</context>
<context>
    <name>modeldeck::SafeRead</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>The file is a symbolic link to something that does not exist.</source>
        <translation>Die Datei ist ein symbolischer Link auf etwas, das nicht existiert.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Dies ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>This is not a regular file (it is a device, pipe or socket), so it is not read.</source>
        <translation>Dies ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket) und wird daher nicht gelesen.</translation>
    </message>
    <message>
        <source>The file is larger than %1, the most ModelDeck reads from such a file.</source>
        <translation>Die Datei ist größer als %1, das Maximum, das ModelDeck aus einer solchen Datei liest.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation>Lesen der Datei fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>modeldeck::Sampler</name>
    <message>
        <source>Unknown search method “%1”; use grid, random or bayes.</source>
        <translation>Unbekannte Suchmethode „%1“; verwenden Sie grid, random oder bayes.</translation>
    </message>
    <message>
        <source>Bayesian search: the start-up trials must be 0 or more, the candidates 1 or more and gamma above 0 and at most 1.</source>
        <translation>Bayes-Suche: Die Start-Versuche müssen 0 oder mehr, die Kandidaten 1 oder mehr und Gamma größer als 0 und höchstens 1 sein.</translation>
    </message>
    <message>
        <source>Unknown search method.</source>
        <translation>Unbekannte Suchmethode.</translation>
    </message>
</context>
<context>
    <name>modeldeck::SaveModelDialog</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep Deciding</source>
        <translation>&amp;Weiter überlegen</translation>
    </message>
    <message>
        <source>+%1 % (RMSE lower than the naive forecast)</source>
        <translation>+%1 % (RMSE niedriger als die naive Prognose)</translation>
    </message>
    <message>
        <source>−%1 % (RMSE higher than the naive forecast)</source>
        <translation>−%1 % (RMSE höher als die naive Prognose)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save Trained Model</source>
        <translation>Trainiertes Modell speichern</translation>
    </message>
    <message>
        <source>Training of %1 on %2 %3 finished. Save the model under a name to keep it, or discard it.</source>
        <translation>Training von %1 auf %2 %3 abgeschlossen. Speichern Sie das Modell unter einem Namen, um es zu behalten, oder verwerfen Sie es.</translation>
    </message>
    <message>
        <source>Model name</source>
        <translation>Modellname</translation>
    </message>
    <message>
        <source>Required and unique; at most %1 characters, no leading or trailing spaces</source>
        <translation>Erforderlich und eindeutig; höchstens %1 Zeichen, keine Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>Why the name cannot be used</source>
        <translation>Warum der Name nicht verwendet werden kann</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What this model is for (optional)</source>
        <translation>Wofür dieses Modell dient (optional)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>e.g. intraday, experiment</source>
        <translation>z. B. intraday, experiment</translation>
    </message>
    <message>
        <source>Comma-separated; spaces around tags and repeated tags are dropped</source>
        <translation>Kommagetrennt; Leerzeichen um Tags und doppelte Tags werden entfernt</translation>
    </message>
    <message>
        <source>Make &amp;active for %1 %2</source>
        <translation>Für %1 %2 &amp;aktiv setzen</translation>
    </message>
    <message>
        <source>Predictions for %1 %2 use this model from now on, replacing the active one</source>
        <translation>Vorhersagen für %1 %2 verwenden ab jetzt dieses Modell und ersetzen das aktive</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Register the model under this name (Enter)</source>
        <translation>Modell unter diesem Namen registrieren (Eingabe)</translation>
    </message>
    <message>
        <source>Delete the trained model file; asks first</source>
        <translation>Trainierte Modelldatei löschen; fragt vorher nach</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>· %n bar(s) ahead</source>
        <translation>
            <numerusform>· %n Kerze voraus</numerusform>
            <numerusform>· %n Kerzen voraus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (best: %2)</source>
        <translation>%1 (beste: %2)</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>Skill vs naive</source>
        <translation>Skill ggü. naiv</translation>
    </message>
    <message>
        <source>Data points</source>
        <translation>Datenpunkte</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Trainiert</translation>
    </message>
    <message>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <source>Result on the test split</source>
        <translation>Ergebnis auf den Testdaten</translation>
    </message>
    <message>
        <source>A model named “%1” already exists; choose another name.</source>
        <translation>Ein Modell namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>„%1“ wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The model was not saved: %1</source>
        <translation>Das Modell wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved model “%1” (version %2), now active for %3 %4.</source>
        <translation>Modell „%1“ gespeichert (Version %2), jetzt aktiv für %3 %4.</translation>
    </message>
    <message>
        <source>Saved model “%1” (version %2).</source>
        <translation>Modell „%1“ gespeichert (Version %2).</translation>
    </message>
    <message>
        <source>Discard the %1 model trained on %2 %3?

Its model file (%4) is deleted and its results archived. This cannot be undone.</source>
        <translation>Das auf %2 %3 trainierte %1-Modell verwerfen?

Seine Modelldatei (%4) wird gelöscht und seine Ergebnisse archiviert. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Discard trained model</source>
        <translation>Trainiertes Modell verwerfen</translation>
    </message>
    <message>
        <source>Discarding…</source>
        <translation>Wird verworfen…</translation>
    </message>
    <message>
        <source>Not discarded: %1</source>
        <translation>Nicht verworfen: %1</translation>
    </message>
    <message>
        <source>The trained model was not discarded: %1</source>
        <translation>Das trainierte Modell wurde nicht verworfen: %1</translation>
    </message>
    <message>
        <source>Discarded the trained %1 model.</source>
        <translation>Das trainierte %1-Modell wurde verworfen.</translation>
    </message>
    <message>
        <source>Discarded the trained model, but: %1</source>
        <translation>Das trainierte Modell wurde verworfen, aber: %1</translation>
    </message>
</context>
<context>
    <name>modeldeck::SavedConfigurationsView</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>JSON e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Export Strategy Configuration</source>
        <translation>Strategiekonfiguration exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>Total return</source>
        <translation>Gesamtrendite</translation>
    </message>
    <message>
        <source>Buy and hold</source>
        <translation>Kaufen und Halten</translation>
    </message>
    <message>
        <source>Sharpe</source>
        <translation>Sharpe</translation>
    </message>
    <message>
        <source>Max drawdown</source>
        <translation>Max. Drawdown</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Saved strategy configurations</source>
        <translation>Gespeicherte Strategiekonfigurationen</translation>
    </message>
    <message>
        <source>Show the configuration&apos;s parameters and backtest them (Enter)</source>
        <translation>Die Parameter der Konfiguration anzeigen und backtesten (Eingabetaste)</translation>
    </message>
    <message>
        <source>Write the configuration, its scores and folds to a JSON file</source>
        <translation>Die Konfiguration mit ihren Kennzahlen und Folds in eine JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>Delete the configuration from the workspace (Delete)</source>
        <translation>Die Konfiguration aus dem Arbeitsbereich löschen (Entf)</translation>
    </message>
    <message>
        <source>Could not load the saved configurations: %1</source>
        <translation>Die gespeicherten Konfigurationen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No saved configurations yet: train a strategy and save it.</source>
        <translation>Noch keine gespeicherten Konfigurationen: Trainieren Sie eine Strategie und speichern Sie sie.</translation>
    </message>
    <message>
        <source>Could not export “%1”: %2</source>
        <translation>„%1“ konnte nicht exportiert werden: %2</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>„%1“ nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Delete Strategy Configuration</source>
        <translation>Strategiekonfiguration löschen</translation>
    </message>
    <message>
        <source>Delete “%1” (%2 on %3 %4)? Its parameters, scores and walk-forward folds are removed from the workspace; exported files stay.</source>
        <translation>„%1“ (%2 auf %3 %4) löschen? Parameter, Kennzahlen und Walk-Forward-Folds werden aus dem Arbeitsbereich entfernt; exportierte Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation>„%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>On the window the training searched (the last train window with walk-forward)</source>
        <translation>Auf dem Fenster, das das Training durchsucht hat (bei Walk-Forward das letzte Trainingsfenster)</translation>
    </message>
</context>
<context>
    <name>modeldeck::SavedFeatures</name>
    <message>
        <source>The saved feature settings are missing (&quot;features&quot; must be an object).</source>
        <translation>Die gespeicherten Merkmalseinstellungen fehlen („features“ muss ein Objekt sein).</translation>
    </message>
    <message>
        <source>The saved feature names (%1) are not the ones these feature settings produce (%2); the model was made for other inputs.</source>
        <translation>Die gespeicherten Merkmalsnamen (%1) sind nicht die, die diese Merkmalseinstellungen erzeugen (%2); das Modell wurde für andere Eingaben erstellt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The saved feature scaler is missing or damaged: it needs &quot;mean&quot; and &quot;std&quot; arrays of %1 finite numbers (std above 0).</source>
        <translation>Der gespeicherte Merkmals-Skalierer fehlt oder ist beschädigt: Er benötigt „mean“- und „std“-Arrays aus %1 endlichen Zahlen (std größer 0).</translation>
    </message>
    <message>
        <source>The saved target scaler is missing or damaged: it needs &quot;mean&quot; and &quot;std&quot; arrays of finite numbers (std above 0).</source>
        <translation>Der gespeicherte Ziel-Skalierer fehlt oder ist beschädigt: Er benötigt „mean“- und „std“-Arrays aus endlichen Zahlen (std größer 0).</translation>
    </message>
    <message>
        <source>The saved model weight must be a number from 0 to 1.</source>
        <translation>Das gespeicherte Modellgewicht muss eine Zahl von 0 bis 1 sein.</translation>
    </message>
</context>
<context>
    <name>modeldeck::SavedModelActions</name>
    <message>
        <source>“%1” v%2</source>
        <translation>„%1“ v%2</translation>
    </message>
    <message>
        <source>Error: %1 v%2 could not be activated: %3</source>
        <translation>Fehler: %1 v%2 konnte nicht aktiviert werden: %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is already the active model for %2.</source>
        <translation>%1 ist bereits das aktive Modell für %2.</translation>
    </message>
    <message>
        <source>It replaces %1, which stays saved and can be activated again.</source>
        <translation>Es ersetzt %1, das gespeichert bleibt und wieder aktiviert werden kann.</translation>
    </message>
    <message>
        <source>No model is active for %1 yet.</source>
        <translation>Für %1 ist noch kein Modell aktiv.</translation>
    </message>
    <message>
        <source>Make %1 the active model for %2?

%3</source>
        <translation>%1 zum aktiven Modell für %2 machen?

%3</translation>
    </message>
    <message>
        <source>Activate model</source>
        <translation>Modell aktivieren</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Nothing changed: %1 was not activated.</source>
        <translation>Nichts geändert: %1 wurde nicht aktiviert.</translation>
    </message>
    <message>
        <source>Error: %1 could not be activated: %2</source>
        <translation>Fehler: %1 konnte nicht aktiviert werden: %2</translation>
    </message>
    <message>
        <source>%1 is now the active model for %2 (replacing %3).</source>
        <translation>%1 ist jetzt das aktive Modell für %2 (ersetzt %3).</translation>
    </message>
    <message>
        <source>%1 is now the active model for %2.</source>
        <translation>%1 ist jetzt das aktive Modell für %2.</translation>
    </message>
    <message>
        <source>Error: “%1” could not be renamed: %2</source>
        <translation>Fehler: „%1“ konnte nicht umbenannt werden: %2</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”; its versions and files are unchanged.</source>
        <translation>„%1“ in „%2“ umbenannt; Versionen und Dateien bleiben unverändert.</translation>
    </message>
    <message>
        <source>Error: the description and tags of “%1” were not saved: %2</source>
        <translation>Fehler: Beschreibung und Tags von „%1“ wurden nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Saved the description and tags of “%1”.</source>
        <translation>Beschreibung und Tags von „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Error: %1 could not be exported: %2</source>
        <translation>Fehler: %1 konnte nicht exportiert werden: %2</translation>
    </message>
    <message>
        <source>Replace files</source>
        <translation>Dateien ersetzen</translation>
    </message>
    <message>
        <source>These files already exist and will be replaced by %1:

%2</source>
        <translation>Diese Dateien existieren bereits und werden durch %1 ersetzt:

%2</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Nichts wurde exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 to %2 and %3.</source>
        <translation>%1 nach %2 und %3 exportiert.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Error: %1 could not be deleted: %2</source>
        <translation>Fehler: %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Error: %1 could not be deleted: it has no such version.</source>
        <translation>Fehler: %1 konnte nicht gelöscht werden: Diese Version existiert nicht.</translation>
    </message>
    <message>
        <source>Delete version %1 of “%2”?</source>
        <translation>Version %1 von „%2“ löschen?</translation>
    </message>
    <message>
        <source>Delete “%1” and all its versions?</source>
        <translation>„%1“ und alle seine Versionen löschen?</translation>
    </message>
    <message>
        <source>Versions to delete: %1
Model files: %2</source>
        <translation>Zu löschende Versionen: %1
Modelldateien: %2</translation>
    </message>
    <message>
        <source>This is the active model for %1 %2: that series will have no active model until you activate another.</source>
        <translation>Dies ist das aktive Modell für %1 %2: Diese Reihe hat kein aktives Modell, bis Sie ein anderes aktivieren.</translation>
    </message>
    <message>
        <source>The files cannot be recovered.</source>
        <translation>Die Dateien können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Delete saved model</source>
        <translation>Gespeichertes Modell löschen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Deleted %1: versions: %2, freed %3.</source>
        <translation>%1 gelöscht: Versionen: %2, %3 freigegeben.</translation>
    </message>
    <message>
        <source>Files that could not be removed: %1 (the next clean-up of the models folder removes them).</source>
        <translation>Dateien, die nicht entfernt werden konnten: %1 (die nächste Bereinigung des Modellordners entfernt sie).</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Already queued as job %1 — %2</source>
        <translation>Bereits als Auftrag %1 eingereiht — %2</translation>
    </message>
    <message>
        <source>Queued job %1 — %2</source>
        <translation>Auftrag %1 eingereiht — %2</translation>
    </message>
</context>
<context>
    <name>modeldeck::SavedModelDelegate</name>
    <message>
        <source>No tags</source>
        <translation>Keine Tags</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>NOT READY</source>
        <translation>NICHT BEREIT</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>Horizons</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
</context>
<context>
    <name>modeldeck::SavedModelListModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Cover 80</source>
        <translation>Abd. 80</translation>
    </message>
    <message>
        <source>Cover 95</source>
        <translation>Abd. 95</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 bars</source>
        <translation>%1 Kerzen</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1, version %2 (%3 %4)</source>
        <translation>%1, Version %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Ready: the file is present and matches its checksum.</source>
        <translation>Bereit: Die Datei ist vorhanden und stimmt mit ihrer Prüfsumme überein.</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>Nicht bereit: %1</translation>
    </message>
    <message>
        <source>%1, version %2, %3 %4%5%6</source>
        <translation>%1, Version %2, %3 %4%5%6</translation>
    </message>
    <message>
        <source>, active</source>
        <translation>, aktiv</translation>
    </message>
    <message>
        <source>, not ready</source>
        <translation>, nicht bereit</translation>
    </message>
    <message>
        <source>. %1</source>
        <translation>. %1</translation>
    </message>
    <message>
        <source>v%1 of %2</source>
        <translation>v%1 von %2</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>no actuals yet</source>
        <translation>noch keine tatsächlichen Werte</translation>
    </message>
    <message>
        <source>skill %1</source>
        <translation>Skill %1</translation>
    </message>
    <message>
        <source>95 % cover %1</source>
        <translation>95-%-Abdeckung %1</translation>
    </message>
    <message numerus="yes">
        <source>%n forecast(s)</source>
        <translation>
            <numerusform>%n Prognose</numerusform>
            <numerusform>%n Prognosen</numerusform>
        </translation>
    </message>
    <message>
        <source>Live accuracy could not be read: %1</source>
        <translation>Live-Genauigkeit konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Live accuracy at horizon %1 over its newest %2 forecasts (recorded %3): RMSE %4, naive RMSE %5.</source>
        <translation>Live-Genauigkeit bei Horizont %1 über die neuesten %2 Prognosen (erfasst %3): RMSE %4, naive RMSE %5.</translation>
    </message>
    <message>
        <source>Live accuracy: none yet. It is recorded when saved predictions get their actual values: as new bars arrive, when the Predictions tab opens or by modeldeck-cli predictions fill.</source>
        <translation>Live-Genauigkeit: noch keine. Sie wird erfasst, sobald gespeicherte Vorhersagen ihre tatsächlichen Werte erhalten: wenn neue Kerzen eintreffen, beim Öffnen des Tabs Vorhersagen oder durch modeldeck-cli predictions fill.</translation>
    </message>
</context>
<context>
    <name>modeldeck::SavedModelPrompts</name>
    <message>
        <source>New name for “%1” and all its versions:</source>
        <translation>Neuer Name für „%1“ und alle seine Versionen:</translation>
    </message>
    <message>
        <source>%1

New name for “%2” and all its versions:</source>
        <translation>%1

Neuer Name für „%2“ und alle seine Versionen:</translation>
    </message>
    <message>
        <source>Rename Model</source>
        <translation>Modell umbenennen</translation>
    </message>
    <message>
        <source>Retrain Model</source>
        <translation>Modell neu trainieren</translation>
    </message>
    <message>
        <source>Queue a new version of “%1” with the settings of its active version.

Reason (optional, kept with the job):</source>
        <translation>Eine neue Version von „%1“ mit den Einstellungen seiner aktiven Version einreihen.

Grund (optional, wird beim Auftrag gespeichert):</translation>
    </message>
    <message>
        <source>Export “%1” v%2 to Folder</source>
        <translation>„%1“ v%2 in Ordner exportieren</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>The versions of “%1” could not be listed:
%2</source>
        <translation>Die Versionen von „%1“ konnten nicht aufgelistet werden:
%2</translation>
    </message>
</context>
<context>
    <name>modeldeck::SavedModelsPage</name>
    <message>
        <source>Saved models</source>
        <translation>Gespeicherte Modelle</translation>
    </message>
    <message>
        <source>Saved model names; each can have several versions.</source>
        <translation>Namen gespeicherter Modelle; jedes kann mehrere Versionen haben.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Models whose shown version (the active one, else the newest) has its file in the workspace with the checksum it was saved with, checked when the page loads.</source>
        <translation>Modelle, deren angezeigte Version (die aktive, sonst die neueste) ihre Datei im Arbeitsbereich mit der beim Speichern erfassten Prüfsumme hat; geprüft beim Laden der Seite.</translation>
    </message>
    <message>
        <source>Storage used</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <source>Disk space of every version&apos;s model file.</source>
        <translation>Speicherplatz der Modelldateien aller Versionen.</translation>
    </message>
    <message>
        <source>A activates, V shows versions, F2 renames, E edits details, Ctrl+E exports, Delete deletes the selected model, C compares the selected models.</source>
        <translation>A aktiviert, V zeigt Versionen, F2 benennt um, E bearbeitet Details, Strg+E exportiert, Entf löscht das ausgewählte Modell, C vergleicht die ausgewählten Modelle.</translation>
    </message>
    <message>
        <source>Search name, description, tags (Ctrl+F)</source>
        <translation>Name, Beschreibung, Tags durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search saved models</source>
        <translation>Gespeicherte Modelle durchsuchen</translation>
    </message>
    <message>
        <source>Symbol filter</source>
        <translation>Symbolfilter</translation>
    </message>
    <message>
        <source>Timeframe filter</source>
        <translation>Zeitrahmenfilter</translation>
    </message>
    <message>
        <source>Model type filter</source>
        <translation>Modelltypfilter</translation>
    </message>
    <message>
        <source>Active onl&amp;y</source>
        <translation>Nur a&amp;ktive</translation>
    </message>
    <message>
        <source>Show only the models that predict their symbol and timeframe</source>
        <translation>Nur Modelle anzeigen, die ihr Symbol und ihren Zeitrahmen vorhersagen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Make the selected model the active one for its symbol and timeframe</source>
        <translation>Ausgewähltes Modell zum aktiven für sein Symbol und seinen Zeitrahmen machen</translation>
    </message>
    <message>
        <source>Vers&amp;ions…</source>
        <translation>Versi&amp;onen…</translation>
    </message>
    <message>
        <source>List the versions to roll back to an older one</source>
        <translation>Versionen auflisten, um auf eine ältere zurückzusetzen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the model and all its versions</source>
        <translation>Modell und alle seine Versionen umbenennen</translation>
    </message>
    <message>
        <source>Edit Ta&amp;gs/Description…</source>
        <translation>&amp;Tags/Beschreibung bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the description and tags</source>
        <translation>Beschreibung und Tags bearbeiten</translation>
    </message>
    <message>
        <source>E&amp;xport / Save As…</source>
        <translation>E&amp;xportieren / Speichern unter…</translation>
    </message>
    <message>
        <source>Write the model file and its JSON sidecar to a folder</source>
        <translation>Modell-Datei und ihre JSON-Begleitdatei in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>Retr&amp;ain…</source>
        <translation>Neu trai&amp;nieren…</translation>
    </message>
    <message>
        <source>Queue a new version with the active version&apos;s settings</source>
        <translation>Neue Version mit den Einstellungen der aktiven Version einreihen</translation>
    </message>
    <message>
        <source>Delete This &amp;Version…</source>
        <translation>Diese &amp;Version löschen…</translation>
    </message>
    <message>
        <source>Delete the shown version and its file</source>
        <translation>Angezeigte Version und ihre Datei löschen</translation>
    </message>
    <message>
        <source>&amp;Delete Model…</source>
        <translation>&amp;Modell löschen…</translation>
    </message>
    <message>
        <source>Delete the model with all its versions and files</source>
        <translation>Modell mit allen Versionen und Dateien löschen</translation>
    </message>
    <message>
        <source>Co&amp;mpare / A/B Test…</source>
        <translation>Ver&amp;gleichen / A/B-Test…</translation>
    </message>
    <message>
        <source>Compare the selected models (Ctrl+click to select several; one model with several versions compares its two newest) and A/B test two of them</source>
        <translation>Ausgewählte Modelle vergleichen (Strg+Klick wählt mehrere; ein Modell mit mehreren Versionen vergleicht seine zwei neuesten) und zwei davon im A/B-Test prüfen</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete one version or the whole model (asks first)</source>
        <translation>Eine Version oder das ganze Modell löschen (fragt vorher nach)</translation>
    </message>
    <message>
        <source>Error: the saved models could not be listed: %1</source>
        <translation>Fehler: Die gespeicherten Modelle konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>All symbols</source>
        <translation>Alle Symbole</translation>
    </message>
    <message>
        <source>All timeframes</source>
        <translation>Alle Zeitrahmen</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Saved model names: %1; versions in all: %2.</source>
        <translation>Namen gespeicherter Modelle: %1; Versionen insgesamt: %2.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Open a workspace to see its saved models.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine gespeicherten Modelle zu sehen.</translation>
    </message>
    <message>
        <source>No saved models yet.
Save a trained model from its card or after training, and it appears here.</source>
        <translation>Noch keine gespeicherten Modelle.
Speichern Sie ein trainiertes Modell über seine Karte oder nach dem Training; es erscheint dann hier.</translation>
    </message>
    <message>
        <source>No saved model matches the search and filters.</source>
        <translation>Kein gespeichertes Modell entspricht der Suche und den Filtern.</translation>
    </message>
    <message>
        <source>Delete Version %1 Only…</source>
        <translation>Nur Version %1 löschen…</translation>
    </message>
</context>
<context>
    <name>modeldeck::ScheduledRetrain</name>
    <message>
        <source>Refreshing before scheduled retraining failed for: %1</source>
        <translation>Aktualisierung vor dem geplanten neuen Training fehlgeschlagen für: %1</translation>
    </message>
    <message>
        <source>Scheduled retraining could not look for stale models: %1</source>
        <translation>Geplantes neues Training konnte nicht nach veralteten Modellen suchen: %1</translation>
    </message>
    <message>
        <source>Scheduled retraining failed: %1</source>
        <translation>Geplantes neues Training fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled retraining: no active model is older than %n hour(s).</source>
        <translation>
            <numerusform>Geplantes neues Training: Kein aktives Modell ist älter als %n Stunde.</numerusform>
            <numerusform>Geplantes neues Training: Kein aktives Modell ist älter als %n Stunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scheduled retraining queued %n job(s)</source>
        <translation>
            <numerusform>Geplantes neues Training hat %n Auftrag eingereiht</numerusform>
            <numerusform>Geplantes neues Training hat %n Aufträge eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already queued</source>
        <translation>
            <numerusform>; %n bereits eingereiht</numerusform>
            <numerusform>; %n bereits eingereiht</numerusform>
        </translation>
    </message>
    <message>
        <source>; not retrained: %1</source>
        <translation>; nicht neu trainiert: %1</translation>
    </message>
</context>
<context>
    <name>modeldeck::SearchService</name>
    <message>
        <source>Loading %1 %2 bars</source>
        <translation>%1-%2-Kerzen werden geladen</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s) loaded</source>
        <translation>
            <numerusform>%n Kerze geladen</numerusform>
            <numerusform>%n Kerzen geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming after %n recorded trial(s)</source>
        <translation>
            <numerusform>Fortsetzung nach %n erfasstem Versuch</numerusform>
            <numerusform>Fortsetzung nach %n erfassten Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>No trial of the search completed.</source>
        <translation>Kein Versuch der Suche wurde abgeschlossen.</translation>
    </message>
    <message>
        <source>No trial of the search completed; the last failure: %1</source>
        <translation>Kein Versuch der Suche wurde abgeschlossen; letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <source>Training the best configuration · %1</source>
        <translation>Beste Konfiguration wird trainiert · %1</translation>
    </message>
    <message>
        <source>Trial %1 · epoch %2 · validation loss %3</source>
        <translation>Versuch %1 · Epoche %2 · Validierungsverlust %3</translation>
    </message>
    <message>
        <source>pruned: worse than the median of finished trials</source>
        <translation>gekürzt: schlechter als der Median der abgeschlossenen Versuche</translation>
    </message>
    <message numerus="yes">
        <source>Paused after %n finished trial(s): the search goes on when the queue resumes</source>
        <translation>
            <numerusform>Pausiert nach %n abgeschlossenem Versuch: Die Suche geht weiter, wenn die Warteschlange fortgesetzt wird</numerusform>
            <numerusform>Pausiert nach %n abgeschlossenen Versuchen: Die Suche geht weiter, wenn die Warteschlange fortgesetzt wird</numerusform>
        </translation>
    </message>
    <message>
        <source>Trial %1 of %2 · %3</source>
        <translation>Versuch %1 von %2 · %3</translation>
    </message>
</context>
<context>
    <name>modeldeck::SearchSpace</name>
    <message>
        <source>Search grid: points per axis must be from 1 to %1; got %2.</source>
        <translation>Suchraster: Punkte pro Achse müssen zwischen 1 und %1 liegen; erhalten: %2.</translation>
    </message>
    <message>
        <source>Search grid: %1 points per axis make more than %2 points (reached at “%3”); use fewer points per axis, fewer hyperparameters or a random or bayes search.</source>
        <translation>Suchraster: %1 Punkte pro Achse ergeben mehr als %2 Punkte (erreicht bei „%3“); verwenden Sie weniger Punkte pro Achse, weniger Hyperparameter oder eine Zufalls- bzw. Bayes-Suche.</translation>
    </message>
    <message>
        <source>Search space: “%1” has an unknown field “%2”; a choice has &quot;type&quot; and &quot;values&quot;.</source>
        <translation>Suchraum: „%1“ hat ein unbekanntes Feld „%2“; eine Auswahl hat &quot;type&quot; und &quot;values&quot;.</translation>
    </message>
    <message>
        <source>Search space: “%1” has an unknown field “%2”; a range has &quot;type&quot;, &quot;low&quot;, &quot;high&quot; and &quot;log&quot;.</source>
        <translation>Suchraum: „%1“ hat ein unbekanntes Feld „%2“; ein Bereich hat &quot;type&quot;, &quot;low&quot;, &quot;high&quot; und &quot;log&quot;.</translation>
    </message>
    <message>
        <source>Search space: “%1” needs finite numbers &quot;low&quot; and &quot;high&quot;.</source>
        <translation>Suchraum: „%1“ benötigt endliche Zahlen &quot;low&quot; und &quot;high&quot;.</translation>
    </message>
    <message>
        <source>Search space: “%1”: &quot;log&quot; must be true or false.</source>
        <translation>Suchraum: „%1“: &quot;log&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <source>Search space: “%1”: an int range needs whole numbers &quot;low&quot; and &quot;high&quot; from %2 to %3.</source>
        <translation>Suchraum: „%1“: Ein int-Bereich benötigt ganze Zahlen &quot;low&quot; und &quot;high&quot; von %2 bis %3.</translation>
    </message>
    <message>
        <source>Search space: “%1”: &quot;low&quot; (%2) is above &quot;high&quot; (%3).</source>
        <translation>Suchraum: „%1“: &quot;low&quot; (%2) liegt über &quot;high&quot; (%3).</translation>
    </message>
    <message>
        <source>Search space: “%1”: &quot;low&quot; (%2) must be below &quot;high&quot; (%3); leave a fixed value out of the space.</source>
        <translation>Suchraum: „%1“: &quot;low&quot; (%2) muss unter &quot;high&quot; (%3) liegen; lassen Sie einen festen Wert aus dem Suchraum weg.</translation>
    </message>
    <message>
        <source>Search space: “%1”: the range is too wide to sample.</source>
        <translation>Suchraum: „%1“: Der Bereich ist zu groß für Stichproben.</translation>
    </message>
    <message>
        <source>Search space: “%1”: a log-scale range needs &quot;low&quot; above 0; got %2.</source>
        <translation>Suchraum: „%1“: Ein logarithmischer Bereich benötigt &quot;low&quot; über 0; erhalten: %2.</translation>
    </message>
    <message>
        <source>Search space: “%1” needs &quot;values&quot;: an array of strings, numbers or booleans.</source>
        <translation>Suchraum: „%1“ benötigt &quot;values&quot;: ein Array aus Zeichenketten, Zahlen oder Booleschen Werten.</translation>
    </message>
    <message>
        <source>Search space: “%1”: &quot;values&quot; is empty.</source>
        <translation>Suchraum: „%1“: &quot;values&quot; ist leer.</translation>
    </message>
    <message>
        <source>Search space: “%1” has %2 values; at most %3 are allowed.</source>
        <translation>Suchraum: „%1“ hat %2 Werte; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>Search space: “%1”: value %2 is not a string, number or boolean.</source>
        <translation>Suchraum: „%1“: Wert %2 ist keine Zeichenkette, Zahl oder Boolescher Wert.</translation>
    </message>
    <message>
        <source>Search space: “%1”: value %2 repeats an earlier value.</source>
        <translation>Suchraum: „%1“: Wert %2 wiederholt einen früheren Wert.</translation>
    </message>
    <message>
        <source>Search space: “%1” must be an object with a &quot;type&quot;: real, int or choice.</source>
        <translation>Suchraum: „%1“ muss ein Objekt mit einem &quot;type&quot; sein: real, int oder choice.</translation>
    </message>
    <message>
        <source>Search space: “%1” needs a &quot;type&quot;: real, int or choice.</source>
        <translation>Suchraum: „%1“ benötigt einen &quot;type&quot;: real, int oder choice.</translation>
    </message>
    <message>
        <source>Search space: “%1” has an unknown type “%2”; use real, int or choice.</source>
        <translation>Suchraum: „%1“ hat einen unbekannten Typ „%2“; verwenden Sie real, int oder choice.</translation>
    </message>
    <message>
        <source>Search space: %1 hyperparameters given; at most %2 can be searched at once.</source>
        <translation>Suchraum: %1 Hyperparameter angegeben; höchstens %2 können gleichzeitig durchsucht werden.</translation>
    </message>
    <message>
        <source>Search space: a hyperparameter&apos;s key is empty.</source>
        <translation>Suchraum: Der Schlüssel eines Hyperparameters ist leer.</translation>
    </message>
    <message>
        <source>Search space: “%1” is not a hyperparameter that can be searched; valid keys are: %2.</source>
        <translation>Suchraum: „%1“ ist kein durchsuchbarer Hyperparameter; gültige Schlüssel sind: %2.</translation>
    </message>
</context>
<context>
    <name>modeldeck::SearchSpec</name>
    <message>
        <source>Search settings: unknown key “%1”.</source>
        <translation>Sucheinstellungen: unbekannter Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>Search settings: %1</source>
        <translation>Sucheinstellungen: %1</translation>
    </message>
    <message>
        <source>Search settings: trials must be a whole number from 0 to %1.</source>
        <translation>Sucheinstellungen: trials muss eine ganze Zahl von 0 bis %1 sein.</translation>
    </message>
    <message>
        <source>Search settings: seconds must be a whole number from 0 (no limit) to a year.</source>
        <translation>Sucheinstellungen: seconds muss eine ganze Zahl von 0 (keine Grenze) bis zu einem Jahr sein.</translation>
    </message>
    <message>
        <source>Search settings: give a number of trials, a time budget in seconds, or both.</source>
        <translation>Sucheinstellungen: Geben Sie eine Anzahl Versuche, ein Zeitbudget in Sekunden oder beides an.</translation>
    </message>
    <message>
        <source>Search settings: seed must be a whole number from 0 to 2^53.</source>
        <translation>Sucheinstellungen: seed muss eine ganze Zahl von 0 bis 2^53 sein.</translation>
    </message>
    <message>
        <source>Search settings: parallel must be a whole number from 0 (one per core) to 256.</source>
        <translation>Sucheinstellungen: parallel muss eine ganze Zahl von 0 (einer pro Kern) bis 256 sein.</translation>
    </message>
    <message>
        <source>Search settings: prune must be true or false.</source>
        <translation>Sucheinstellungen: prune muss true oder false sein.</translation>
    </message>
    <message>
        <source>Search settings: space must be an object of parameter ranges.</source>
        <translation>Sucheinstellungen: space muss ein Objekt aus Parameterbereichen sein.</translation>
    </message>
    <message>
        <source>Search settings: walk_forward must be an object.</source>
        <translation>Sucheinstellungen: walk_forward muss ein Objekt sein.</translation>
    </message>
</context>
<context>
    <name>modeldeck::SearchTrialRepository</name>
    <message>
        <source>Internal error: only a finished, numbered trial can be recorded.</source>
        <translation>Interner Fehler: Nur ein abgeschlossener, nummerierter Versuch kann erfasst werden.</translation>
    </message>
    <message>
        <source>Recording trial %1 of search job %2</source>
        <translation>Versuch %1 des Suchauftrags %2 wird erfasst</translation>
    </message>
    <message>
        <source>Reading the trials of search job %1</source>
        <translation>Versuche des Suchauftrags %1 werden gelesen</translation>
    </message>
</context>
<context>
    <name>modeldeck::SearchTrialsModel</name>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Pruned</source>
        <translation>Gekürzt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>%1 (best)</source>
        <translation>%1 (bester)</translation>
    </message>
    <message>
        <source>Stopped after epoch %1: its validation loss was worse than the median of the finished trials</source>
        <translation>Nach Epoche %1 gestoppt: Sein Validierungsverlust war schlechter als der Median der abgeschlossenen Versuche</translation>
    </message>
    <message>
        <source>Validation skill of the deployed forecast (the model blended with persistence); higher is better, below 0 is worse than naive</source>
        <translation>Validierungs-Skill der eingesetzten Prognose (Modell gemischt mit Persistenz); höher ist besser, unter 0 ist schlechter als naiv</translation>
    </message>
    <message>
        <source>Validation skill of the model alone, before the blend</source>
        <translation>Validierungs-Skill des Modells allein, vor der Mischung</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Model skill</source>
        <translation>Modell-Skill</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>modeldeck::SettingsDialog</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications</source>
        <translation>Desktop-Be&amp;nachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Arbeitsbereichsordner</translation>
    </message>
    <message>
        <source>Folder with the workspace database and models; a new folder is created</source>
        <translation>Ordner mit Arbeitsbereichsdatenbank und Modellen; ein neuer Ordner wird angelegt</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Arbeitsbereichsordner wählen</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Another folder is opened when you press OK.</source>
        <translation>Ein anderer Ordner wird geöffnet, wenn Sie OK drücken.</translation>
    </message>
    <message>
        <source>Training jobs that run at the same time (1 to %1)</source>
        <translation>Gleichzeitig laufende Trainingsaufträge (1 bis %1)</translation>
    </message>
    <message>
        <source>Concurrent training jobs</source>
        <translation>Gleichzeitige Trainingsaufträge</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Torch threads per job; Auto is one, the fastest for ModelDeck&apos;s models, also beside other busy programs</source>
        <translation>Torch-Threads pro Auftrag; Auto bedeutet einen, am schnellsten für ModelDecks Modelle, auch neben anderen ausgelasteten Programmen</translation>
    </message>
    <message>
        <source>Torch threads per job</source>
        <translation>Torch-Threads pro Auftrag</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Active models trained longer ago than this count as stale and are due for retraining</source>
        <translation>Aktive Modelle, die vor längerer Zeit trainiert wurden, gelten als veraltet und sind zum neuen Training fällig</translation>
    </message>
    <message>
        <source>Stale after hours</source>
        <translation>Veraltet nach (Stunden)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Concurrent &amp;jobs:</source>
        <translation>Gleichzeitige &amp;Aufträge:</translation>
    </message>
    <message>
        <source>Torch &amp;threads per job:</source>
        <translation>Torch-&amp;Threads pro Auftrag:</translation>
    </message>
    <message>
        <source>Models are &amp;stale after:</source>
        <translation>Modelle &amp;veralten nach:</translation>
    </message>
    <message>
        <source>New alerts and training jobs that finish or fail, through the system tray where the desktop has one</source>
        <translation>Neue Alarme sowie abgeschlossene oder fehlgeschlagene Trainingsaufträge, über den Infobereich, sofern der Desktop einen hat</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Default hyperparameters (JSON)</source>
        <translation>Standard-Hyperparameter (JSON)</translation>
    </message>
    <message>
        <source>A JSON object overriding the built-in defaults shown in grey, e.g. {&quot;epochs&quot;: 20, &quot;hidden_size&quot;: 32}. Empty uses the built-in defaults.</source>
        <translation>Ein JSON-Objekt, das die grau angezeigten eingebauten Standardwerte überschreibt, z. B. {&quot;epochs&quot;: 20, &quot;hidden_size&quot;: 32}. Leer verwendet die eingebauten Standardwerte.</translation>
    </message>
    <message>
        <source>Use &amp;Built-in Defaults</source>
        <translation>&amp;Eingebaute Standardwerte verwenden</translation>
    </message>
    <message>
        <source>Clear this bot&apos;s overrides</source>
        <translation>Überschreibungen dieses Bots löschen</translation>
    </message>
    <message>
        <source>B&amp;ot:</source>
        <translation>B&amp;ot:</translation>
    </message>
    <message>
        <source>Default hyperparameters</source>
        <translation>Standard-Hyperparameter</translation>
    </message>
    <message>
        <source>Training settings and hyperparameters back to the built-in defaults; the workspace folder stays</source>
        <translation>Trainingseinstellungen und Hyperparameter auf die eingebauten Standardwerte zurücksetzen; der Arbeitsbereichsordner bleibt</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3.</source>
        <translation>Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <source>The hyperparameters must be a JSON object such as {&quot;epochs&quot;: 20}.</source>
        <translation>Die Hyperparameter müssen ein JSON-Objekt sein, etwa {&quot;epochs&quot;: 20}.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n Auftrag</numerusform>
            <numerusform>%n Aufträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n Thread</numerusform>
            <numerusform>%n Threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 threads, more than the %n core(s) of this computer: lower the jobs or the threads.</source>
        <translation>
            <numerusform>%1 Threads, mehr als der %n Kern dieses Computers: Verringern Sie die Aufträge oder die Threads.</numerusform>
            <numerusform>%1 Threads, mehr als die %n Kerne dieses Computers: Verringern Sie die Aufträge oder die Threads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n core(s) of this computer. Thread changes apply after ModelDeck restarts.</source>
        <translation>
            <numerusform>%1 von %n Kern dieses Computers. Thread-Änderungen gelten nach einem Neustart von ModelDeck.</numerusform>
            <numerusform>%1 von %n Kernen dieses Computers. Thread-Änderungen gelten nach einem Neustart von ModelDeck.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a workspace folder.</source>
        <translation>Wählen Sie einen Arbeitsbereichsordner.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Dies ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1 (ungültig)</translation>
    </message>
    <message>
        <source>Also invalid: %1.</source>
        <translation>Ebenfalls ungültig: %1.</translation>
    </message>
    <message>
        <source>Workspace Folder</source>
        <translation>Arbeitsbereichsordner</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Applies after ModelDeck restarts.</source>
        <translation>Gilt nach einem Neustart von ModelDeck.</translation>
    </message>
</context>
<context>
    <name>modeldeck::SkillWarning</name>
    <message>
        <source>+%1 %</source>
        <translation>+%1 %</translation>
    </message>
    <message>
        <source>−%1 %</source>
        <translation>−%1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Warning: this model forecasts worse than repeating the last close on the test split (skill vs naive %1; its RMSE is %2 times that of the naive forecast).</source>
        <translation>Warnung: Dieses Modell prognostiziert auf den Testdaten schlechter als die Wiederholung des letzten Schlusskurses (Skill ggü. naiv %1; sein RMSE ist das %2-Fache der naiven Prognose).</translation>
    </message>
    <message>
        <source>WORSE THAN NAIVE</source>
        <translation>SCHLECHTER ALS NAIV</translation>
    </message>
</context>
<context>
    <name>modeldeck::StaleRetrain</name>
    <message>
        <source>Refreshing before retraining failed for: %1</source>
        <translation>Aktualisierung vor dem neuen Training fehlgeschlagen für: %1</translation>
    </message>
    <message>
        <source>Could not look for stale models: %1</source>
        <translation>Suche nach veralteten Modellen nicht möglich: %1</translation>
    </message>
    <message>
        <source>No active model is older than %1 hours.</source>
        <translation>Kein aktives Modell ist älter als %1 Stunden.</translation>
    </message>
    <message>
        <source>Retrain Stale Models</source>
        <translation>Veraltete Modelle neu trainieren</translation>
    </message>
    <message numerus="yes">
        <source>Models of %n series are older than %1 hours. Queue a new version of each?</source>
        <translation>
            <numerusform>Die Modelle von %n Reihe sind älter als %1 Stunden. Jeweils eine neue Version einreihen?</numerusform>
            <numerusform>Die Modelle von %n Reihen sind älter als %1 Stunden. Jeweils eine neue Version einreihen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh their price data first (downloaded series only)</source>
        <translation>Vorher ihre Kursdaten &amp;aktualisieren (nur heruntergeladene Reihen)</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n retraining job(s).</source>
        <translation>
            <numerusform>%n Auftrag für neues Training eingereiht.</numerusform>
            <numerusform>%n Aufträge für neues Training eingereiht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::StepBreadcrumb</name>
    <message>
        <source>Training steps</source>
        <translation>Trainingsschritte</translation>
    </message>
    <message>
        <source>No job is running.</source>
        <translation>Kein Auftrag läuft.</translation>
    </message>
    <message>
        <source>All steps done: %1.</source>
        <translation>Alle Schritte erledigt: %1.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, failed.</source>
        <translation>Schritt %1 von %2: %3, fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, in progress.</source>
        <translation>Schritt %1 von %2: %3, läuft.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Erledigt: %1.</translation>
    </message>
</context>
<context>
    <name>modeldeck::Strategy</name>
    <message>
        <source>Strategy %1 has no parameter “%2”; its parameters are %3.</source>
        <translation>Strategie %1 hat keinen Parameter „%2“; ihre Parameter sind %3.</translation>
    </message>
    <message>
        <source>Strategy %1: “%2” must be %3 from %4 to %5; got %6.</source>
        <translation>Strategie %1: „%2“ muss %3 von %4 bis %5 sein; erhalten: %6.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>Unknown strategy “%1”; use one of: %2.</source>
        <translation>Unbekannte Strategie „%1“; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>Strategy %1 looks ahead: its signal at bar %2 is %3 with the bars after it and %4 without them (series cut after bar %5).</source>
        <translation>Strategie %1 schaut voraus: Ihr Signal bei Kerze %2 ist %3 mit den nachfolgenden Kerzen und %4 ohne sie (Reihe nach Kerze %5 abgeschnitten).</translation>
    </message>
    <message>
        <source>Long while the fast moving average of closes is above the slow one, short while below.</source>
        <translation>Long, solange der schnelle gleitende Durchschnitt der Schlusskurse über dem langsamen liegt, short, solange darunter.</translation>
    </message>
    <message>
        <source>Long when the RSI falls below the lower level, short when it rises above the upper one; held in between.</source>
        <translation>Long, wenn der RSI unter die untere Schwelle fällt, short, wenn er über die obere steigt; dazwischen gehalten.</translation>
    </message>
    <message>
        <source>Long on a close above the upper Bollinger band, short below the lower one; flat again when a close crosses the middle.</source>
        <translation>Long bei einem Schlusskurs über dem oberen Bollinger-Band, short unter dem unteren; wieder neutral, wenn ein Schlusskurs die Mittellinie kreuzt.</translation>
    </message>
    <message>
        <source>Trades the reversal after a high-volume bar pierces the 20-bar low (or high) and the next candles close the other way.</source>
        <translation>Handelt die Umkehr, nachdem eine Kerze mit hohem Volumen das 20-Kerzen-Tief (oder -Hoch) durchbricht und die nächsten Kerzen in die andere Richtung schließen.</translation>
    </message>
    <message>
        <source>Long when a registered model (--param model=NAME) forecasts a return above the threshold, short below minus it; no signal on bars up to the end of the model&apos;s training data.</source>
        <translation>Long, wenn ein registriertes Modell (--param model=NAME) eine Rendite über der Schwelle prognostiziert, short unter deren Negativ; kein Signal auf Kerzen bis zum Ende der Trainingsdaten des Modells.</translation>
    </message>
    <message>
        <source>Strategy %1: “%2” must be a name or a whole-number id.</source>
        <translation>Strategie %1: „%2“ muss ein Name oder eine ganzzahlige ID sein.</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyCurveChart</name>
    <message>
        <source>Strategy return (%)</source>
        <translation>Strategierendite (%)</translation>
    </message>
    <message>
        <source>Equity curve</source>
        <translation>Kapitalkurve</translation>
    </message>
    <message>
        <source>Drawdown (%)</source>
        <translation>Drawdown (%)</translation>
    </message>
    <message>
        <source>Drawdown</source>
        <translation>Drawdown</translation>
    </message>
    <message>
        <source>Return at the end: %1</source>
        <translation>Rendite am Ende: %1</translation>
    </message>
    <message>
        <source>Deepest drawdown: %1</source>
        <translation>Tiefster Drawdown: %1</translation>
    </message>
    <message>
        <source>Run a backtest or train a strategy to see its curves.</source>
        <translation>Führen Sie einen Backtest aus oder trainieren Sie eine Strategie, um ihre Kurven zu sehen.</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyForm</name>
    <message>
        <source>Commission</source>
        <translation>Kommission</translation>
    </message>
    <message>
        <source>Commission per trade side, as a percentage of the traded value</source>
        <translation>Kommission je Handelsseite, in Prozent des gehandelten Werts</translation>
    </message>
    <message>
        <source>Slippage</source>
        <translation>Slippage</translation>
    </message>
    <message>
        <source>Slippage per trade side, as a percentage of the price</source>
        <translation>Slippage je Handelsseite, in Prozent des Preises</translation>
    </message>
    <message>
        <source>Allow short positions</source>
        <translation>Leerverkäufe erlauben</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>The series to backtest and train on</source>
        <translation>Die Zeitreihe für Backtest und Training</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Timeframes this symbol has bars for</source>
        <translation>Zeitrahmen, für die dieses Symbol Kerzen hat</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>The score training maximises</source>
        <translation>Die Kennzahl, die das Training maximiert</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>How training picks the parameters to try: TPE learns from the backtests so far, random draws, grid walks an even grid</source>
        <translation>Wie das Training die zu probierenden Parameter wählt: TPE lernt aus den bisherigen Backtests, Zufall zieht zufällig, Raster geht ein gleichmäßiges Raster ab</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Backtests per search (each walk-forward fold searches again)</source>
        <translation>Backtests je Suche (jeder Walk-Forward-Fold sucht erneut)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Walk-forward train days</source>
        <translation>Walk-Forward-Trainingstage</translation>
    </message>
    <message>
        <source>Days each walk-forward fold searches on (0: no walk-forward)</source>
        <translation>Tage, auf denen jeder Walk-Forward-Fold sucht (0: kein Walk-Forward)</translation>
    </message>
    <message>
        <source>Walk-forward test days</source>
        <translation>Walk-Forward-Testtage</translation>
    </message>
    <message>
        <source>Days each fold&apos;s best parameters are tested on, after its train days (0: no walk-forward)</source>
        <translation>Tage nach den Trainingstagen, an denen die besten Parameter jedes Folds getestet werden (0: kein Walk-Forward)</translation>
    </message>
    <message>
        <source>Sell signals open short positions instead of going flat</source>
        <translation>Verkaufssignale eröffnen Short-Positionen, statt glattzustellen</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>S&amp;ymbol:</translation>
    </message>
    <message>
        <source>T&amp;imeframe:</source>
        <translation>Ze&amp;itrahmen:</translation>
    </message>
    <message>
        <source>Strate&amp;gy:</source>
        <translation>Strate&amp;gie:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Zielgröße:</translation>
    </message>
    <message>
        <source>Optimi&amp;zer:</source>
        <translation>Optimiere&amp;r:</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>B&amp;udget:</translation>
    </message>
    <message>
        <source>Train &amp;window:</source>
        <translation>Trainings&amp;fenster:</translation>
    </message>
    <message>
        <source>Test window:</source>
        <translation>Testfenster:</translation>
    </message>
    <message>
        <source>Commission:</source>
        <translation>Kommission:</translation>
    </message>
    <message>
        <source>Slippage:</source>
        <translation>Slippage:</translation>
    </message>
    <message>
        <source>Parameters for a backtest:</source>
        <translation>Parameter für einen Backtest:</translation>
    </message>
    <message>
        <source>%1 (%2 bars)</source>
        <translation>%1 (%2 Kerzen)</translation>
    </message>
    <message>
        <source>This workspace has no price series yet: import a CSV file or download bars first.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Kurszeitreihen: Importieren Sie zuerst eine CSV-Datei oder laden Sie Kerzen herunter.</translation>
    </message>
    <message>
        <source>Choose a symbol and a timeframe.</source>
        <translation>Wählen Sie ein Symbol und einen Zeitrahmen.</translation>
    </message>
    <message>
        <source>Choose a strategy.</source>
        <translation>Wählen Sie eine Strategie.</translation>
    </message>
    <message>
        <source>Walk-forward needs both a train and a test window (or neither): set both above 0 days, or both to off.</source>
        <translation>Walk-Forward braucht ein Trainings- und ein Testfenster (oder keines von beiden): Setzen Sie beide über 0 Tage oder beide auf aus.</translation>
    </message>
    <message>
        <source>%1 %2 spans %3 days; a walk-forward fold needs the train and test windows, %4 days. Shorten them or turn walk-forward off.</source>
        <translation>%1 %2 umfasst %3 Tage; ein Walk-Forward-Fold braucht Trainings- und Testfenster, %4 Tage. Verkürzen Sie sie oder schalten Sie Walk-Forward aus.</translation>
    </message>
    <message>
        <source>TPE starts with %1 random backtests, so a budget of %2 never uses its model: raise the budget or choose Random.</source>
        <translation>TPE beginnt mit %1 zufälligen Backtests, ein Budget von %2 nutzt sein Modell also nie: Erhöhen Sie das Budget oder wählen Sie Zufall.</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyJobProgress</name>
    <message>
        <source>Sharpe</source>
        <translation>Sharpe</translation>
    </message>
    <message>
        <source>Sortino</source>
        <translation>Sortino</translation>
    </message>
    <message>
        <source>total return</source>
        <translation>Gesamtrendite</translation>
    </message>
    <message>
        <source>CAGR</source>
        <translation>CAGR</translation>
    </message>
    <message>
        <source>Calmar</source>
        <translation>Calmar</translation>
    </message>
    <message>
        <source>profit factor</source>
        <translation>Profitfaktor</translation>
    </message>
    <message>
        <source>win rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>max drawdown</source>
        <translation>max. Drawdown</translation>
    </message>
    <message>
        <source> · best %1 %2</source>
        <translation> · bestes %1 %2</translation>
    </message>
    <message>
        <source>Loading bars</source>
        <translation>Kerzen werden geladen</translation>
    </message>
    <message>
        <source>Iteration %1/%2</source>
        <translation>Iteration %1/%2</translation>
    </message>
    <message>
        <source>Fold %1/%2 · iteration %3/%4</source>
        <translation>Fold %1/%2 · Iteration %3/%4</translation>
    </message>
    <message>
        <source>Saving the result</source>
        <translation>Ergebnis wird gespeichert</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyJobsView</name>
    <message>
        <source>Re-run with Same Config</source>
        <translation>Mit gleicher Konfiguration erneut ausführen</translation>
    </message>
    <message>
        <source>Open Result</source>
        <translation>Ergebnis öffnen</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Walk-forward</source>
        <translation>Walk-Forward</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Recent strategy jobs</source>
        <translation>Letzte Strategieaufträge</translation>
    </message>
    <message>
        <source>Queue the same training again: series, strategy, objective, optimizer, budget, windows and costs</source>
        <translation>Dasselbe Training erneut einreihen: Zeitreihe, Strategie, Zielgröße, Optimierer, Budget, Fenster und Kosten</translation>
    </message>
    <message>
        <source>Show a completed job&apos;s result (Enter)</source>
        <translation>Das Ergebnis eines abgeschlossenen Auftrags anzeigen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Could not load the strategy jobs: %1</source>
        <translation>Die Strategieaufträge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 / %2 days</source>
        <translation>%1 / %2 Tage</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>No strategy jobs yet: Train Strategy queues one.</source>
        <translation>Noch keine Strategieaufträge: „Strategie trainieren“ reiht einen ein.</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyOptimizer</name>
    <message>
        <source>Walk-forward with %1 train and %2 test days gives more than %3 folds; use longer test windows.</source>
        <translation>Walk-Forward mit %1 Trainings- und %2 Testtagen ergibt mehr als %3 Folds; verwenden Sie längere Testfenster.</translation>
    </message>
    <message>
        <source>Walk-forward with %1 train and %2 test days does not fit in %3 days of bars.</source>
        <translation>Walk-Forward mit %1 Trainings- und %2 Testtagen passt nicht in %3 Tage an Kerzen.</translation>
    </message>
    <message>
        <source>Strategy training cancelled: %1</source>
        <translation>Strategietraining abgebrochen: %1</translation>
    </message>
    <message>
        <source>No backtest of %1 succeeded: %2</source>
        <translation>Kein Backtest von %1 war erfolgreich: %2</translation>
    </message>
    <message>
        <source>the search proposed nothing.</source>
        <translation>Die Suche hat nichts vorgeschlagen.</translation>
    </message>
    <message>
        <source>Strategy training needs at least 3 bars; the series has %1.</source>
        <translation>Strategietraining braucht mindestens 3 Kerzen; die Reihe hat %1.</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyParamTable</name>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Strategy parameters</source>
        <translation>Strategieparameter</translation>
    </message>
    <message>
        <source>Parameters of a plain backtest; training searches their ranges</source>
        <translation>Parameter eines einfachen Backtests; das Training durchsucht ihre Bereiche</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Strategy training progress</source>
        <translation>Fortschritt des Strategietrainings</translation>
    </message>
    <message>
        <source>Strategy training steps</source>
        <translation>Schritte des Strategietrainings</translation>
    </message>
    <message>
        <source>Stop the training; nothing is saved (Esc)</source>
        <translation>Das Training abbrechen; nichts wird gespeichert (Esc)</translation>
    </message>
    <message>
        <source>Iteration:</source>
        <translation>Iteration:</translation>
    </message>
    <message>
        <source>Best objective:</source>
        <translation>Bester Zielwert:</translation>
    </message>
    <message>
        <source>Fold:</source>
        <translation>Fold:</translation>
    </message>
    <message>
        <source>Current objective:</source>
        <translation>Aktueller Zielwert:</translation>
    </message>
    <message>
        <source>Best parameters:</source>
        <translation>Beste Parameter:</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyResultsView</name>
    <message>
        <source>Trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <source>Walk-forward folds</source>
        <translation>Walk-Forward-Folds</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Buy and hold</source>
        <translation>Kaufen und Halten</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Buy and hold is what holding the symbol through the same bars returned, without costs; only its return and CAGR are known</source>
        <translation>Kaufen und Halten ist, was das Halten des Symbols über dieselben Kerzen ohne Kosten ergeben hätte; nur Rendite und CAGR sind bekannt</translation>
    </message>
    <message>
        <source>Total return</source>
        <translation>Gesamtrendite</translation>
    </message>
    <message>
        <source>CAGR</source>
        <translation>CAGR</translation>
    </message>
    <message>
        <source>Sharpe</source>
        <translation>Sharpe</translation>
    </message>
    <message>
        <source>Sortino</source>
        <translation>Sortino</translation>
    </message>
    <message>
        <source>Max drawdown</source>
        <translation>Max. Drawdown</translation>
    </message>
    <message>
        <source>Calmar</source>
        <translation>Calmar</translation>
    </message>
    <message>
        <source>Profit factor</source>
        <translation>Profitfaktor</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Marktpräsenz</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>Entry price</source>
        <translation>Einstiegskurs</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Ausstieg</translation>
    </message>
    <message>
        <source>Exit price</source>
        <translation>Ausstiegskurs</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Kerzen</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rendite</translation>
    </message>
    <message>
        <source>Walk-forward</source>
        <translation>Walk-Forward</translation>
    </message>
    <message>
        <source>Choose a series and a strategy, then run a backtest (Ctrl+B) or train the strategy (Ctrl+Return).</source>
        <translation>Wählen Sie eine Zeitreihe und eine Strategie, dann führen Sie einen Backtest aus (Strg+B) oder trainieren die Strategie (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Above buy and hold over the same bars</source>
        <translation>Über Kaufen und Halten auf denselben Kerzen</translation>
    </message>
    <message>
        <source>Not above buy and hold over the same bars</source>
        <translation>Nicht über Kaufen und Halten auf denselben Kerzen</translation>
    </message>
    <message>
        <source>long</source>
        <translation>long</translation>
    </message>
    <message>
        <source>short</source>
        <translation>short</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1 (offen)</translation>
    </message>
    <message>
        <source>Trades (%1)</source>
        <translation>Trades (%1)</translation>
    </message>
    <message>
        <source>Fold</source>
        <translation>Fold</translation>
    </message>
    <message>
        <source>Train from</source>
        <translation>Training ab</translation>
    </message>
    <message>
        <source>Test from</source>
        <translation>Test ab</translation>
    </message>
    <message>
        <source>Test to</source>
        <translation>Test bis</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Test %1</source>
        <translation>Test %1</translation>
    </message>
    <message>
        <source>Test return</source>
        <translation>Testrendite</translation>
    </message>
    <message>
        <source>No walk-forward folds: set train and test windows to validate the training on bars it did not search.</source>
        <translation>Keine Walk-Forward-Folds: Setzen Sie Trainings- und Testfenster, um das Training auf Kerzen zu validieren, die es nicht durchsucht hat.</translation>
    </message>
    <message>
        <source>Each fold searched its train window only and was tested on the days after it.</source>
        <translation>Jeder Fold hat nur sein Trainingsfenster durchsucht und wurde an den Tagen danach getestet.</translation>
    </message>
    <message>
        <source>Walk-forward (%1)</source>
        <translation>Walk-Forward (%1)</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyService</name>
    <message>
        <source>%1 %2 has %3 bars; a backtest needs at least 3.</source>
        <translation>%1 %2 hat %3 Kerzen; ein Backtest braucht mindestens 3.</translation>
    </message>
    <message>
        <source>There is no strategy configuration “%1”.</source>
        <translation>Es gibt keine Strategiekonfiguration „%1“.</translation>
    </message>
    <message>
        <source>A strategy configuration needs a name of 1 to 200 characters.</source>
        <translation>Eine Strategiekonfiguration braucht einen Namen mit 1 bis 200 Zeichen.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The job for %1 %2 (%3) is not a strategy training job.</source>
        <translation>Der Auftrag für %1 %2 (%3) ist kein Strategietrainingsauftrag.</translation>
    </message>
    <message>
        <source>The strategy job&apos;s settings are not valid: %1</source>
        <translation>Die Einstellungen des Strategieauftrags sind ungültig: %1</translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation>Es gibt keinen Auftrag %1.</translation>
    </message>
    <message>
        <source>Job %1 trains a model, not a strategy: it has no strategy result.</source>
        <translation>Auftrag %1 trainiert ein Modell, keine Strategie: Er hat kein Strategieergebnis.</translation>
    </message>
    <message>
        <source>Strategy job %1 has not finished yet.</source>
        <translation>Strategieauftrag %1 ist noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Strategy job %1 failed; it has no result: %2</source>
        <translation>Strategieauftrag %1 ist fehlgeschlagen; er hat kein Ergebnis: %2</translation>
    </message>
    <message>
        <source>Strategy job %1 was stopped before it finished; it has no result.</source>
        <translation>Strategieauftrag %1 wurde vor seinem Ende gestoppt; er hat kein Ergebnis.</translation>
    </message>
    <message>
        <source>Strategy job %1 completed but stored no result.</source>
        <translation>Strategieauftrag %1 ist abgeschlossen, hat aber kein Ergebnis gespeichert.</translation>
    </message>
    <message>
        <source>The result of strategy job %1 cannot be read: %2</source>
        <translation>Das Ergebnis von Strategieauftrag %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Backtesting the best parameters of strategy job %1 again failed: %2</source>
        <translation>Der erneute Backtest der besten Parameter von Strategieauftrag %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Strategy cancelled: %1</source>
        <translation>Strategie abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyStudioPage</name>
    <message>
        <source>Name of the strategy configuration:</source>
        <translation>Name der Strategiekonfiguration:</translation>
    </message>
    <message>
        <source>Save Strategy</source>
        <translation>Strategie speichern</translation>
    </message>
    <message>
        <source>&amp;Backtest</source>
        <translation>&amp;Backtest</translation>
    </message>
    <message>
        <source>Trai&amp;n Strategy</source>
        <translation>Strategie trai&amp;nieren</translation>
    </message>
    <message>
        <source>Save &amp;Configuration…</source>
        <translation>&amp;Konfiguration speichern…</translation>
    </message>
    <message>
        <source>Backtest the strategy with the parameters in the table (Ctrl+B)</source>
        <translation>Die Strategie mit den Parametern der Tabelle backtesten (Strg+B)</translation>
    </message>
    <message>
        <source>Search the strategy&apos;s parameters for the best objective, then validate them walk-forward (Ctrl+Return)</source>
        <translation>Die Parameter der Strategie nach dem besten Zielwert durchsuchen und sie dann per Walk-Forward validieren (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Save the last training&apos;s best parameters under a name</source>
        <translation>Die besten Parameter des letzten Trainings unter einem Namen speichern</translation>
    </message>
    <message>
        <source>Saved configurations</source>
        <translation>Gespeicherte Konfigurationen</translation>
    </message>
    <message>
        <source>Open a workspace to backtest strategies.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um Strategien zu backtesten.</translation>
    </message>
    <message>
        <source>Backtest failed: %1</source>
        <translation>Backtest fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Backtest of %1 on %2 %3</source>
        <translation>Backtest von %1 auf %2 %3</translation>
    </message>
    <message>
        <source>Backtested %1 on %2 %3.</source>
        <translation>%1 auf %2 %3 gebacktestet.</translation>
    </message>
    <message>
        <source>Training %1 on %2 %3 (%4, %5, budget %6)</source>
        <translation>Training von %1 auf %2 %3 (%4, %5, Budget %6)</translation>
    </message>
    <message>
        <source>Training cancelled; nothing was saved.</source>
        <translation>Training abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message numerus="yes">
        <source>Best of %n backtest(s) for %1 on %2 %3, shown over the whole series:</source>
        <translation>
            <numerusform>Bester von %n Backtest für %1 auf %2 %3, über die ganze Zeitreihe gezeigt:</numerusform>
            <numerusform>Bester von %n Backtests für %1 auf %2 %3, über die ganze Zeitreihe gezeigt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Trained %1 on %2 %3: best %4 %5 with %6.</source>
        <translation>%1 auf %2 %3 trainiert: bester %4 %5 mit %6.</translation>
    </message>
    <message>
        <source>A configuration needs a name.</source>
        <translation>Eine Konfiguration braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is taken by another saved configuration; choose another name.</source>
        <translation>„%1“ ist bereits von einer anderen gespeicherten Konfiguration belegt; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved the strategy configuration “%1”.</source>
        <translation>Strategiekonfiguration „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saved configuration “%1”: %2 on %3 %4</source>
        <translation>Gespeicherte Konfiguration „%1“: %2 auf %3 %4</translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation>„%1“ geöffnet.</translation>
    </message>
    <message>
        <source>Recent strategy jobs</source>
        <translation>Letzte Strategieaufträge</translation>
    </message>
    <message>
        <source>The same strategy training is already queued as job %1; following it.</source>
        <translation>Dasselbe Strategietraining ist bereits als Auftrag %1 eingereiht; es wird verfolgt.</translation>
    </message>
    <message>
        <source>Queued the strategy training as job %1.</source>
        <translation>Strategietraining als Auftrag %1 eingereiht.</translation>
    </message>
    <message>
        <source>The strategy training was not queued: %1</source>
        <translation>Das Strategietraining wurde nicht eingereiht: %1</translation>
    </message>
    <message>
        <source>A strategy training is running; cancel it or wait for it first.</source>
        <translation>Ein Strategietraining läuft; brechen Sie es ab oder warten Sie zuerst darauf.</translation>
    </message>
    <message>
        <source>Could not load strategy job %1&apos;s result: %2</source>
        <translation>Das Ergebnis von Strategieauftrag %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Opened the result of strategy job %1.</source>
        <translation>Ergebnis von Strategieauftrag %1 geöffnet.</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyText</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Sharpe ratio</source>
        <translation>Sharpe Ratio</translation>
    </message>
    <message>
        <source>Sortino ratio</source>
        <translation>Sortino Ratio</translation>
    </message>
    <message>
        <source>Total return</source>
        <translation>Gesamtrendite</translation>
    </message>
    <message>
        <source>CAGR</source>
        <translation>CAGR</translation>
    </message>
    <message>
        <source>Calmar ratio</source>
        <translation>Calmar Ratio</translation>
    </message>
    <message>
        <source>Profit factor</source>
        <translation>Profitfaktor</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Smallest max drawdown</source>
        <translation>Kleinster max. Drawdown</translation>
    </message>
    <message>
        <source>TPE (Bayesian)</source>
        <translation>TPE (bayessch)</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Optimize</source>
        <translation>Optimieren</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validieren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyTrainSpec</name>
    <message>
        <source>The budget must be from 1 to %1 backtests; got %2.</source>
        <translation>Das Budget muss 1 bis %1 Backtests betragen; erhalten: %2.</translation>
    </message>
    <message>
        <source>Walk-forward needs both train and test days above 0 (or neither); got %1 and %2.</source>
        <translation>Walk-Forward braucht Trainings- und Testtage über 0 (oder keine von beiden); erhalten: %1 und %2.</translation>
    </message>
    <message>
        <source>Commission and slippage are fractions per side from 0 to below 1, e.g. 0.001 for 0.1 %.</source>
        <translation>Provision und Slippage sind Anteile je Seite von 0 bis unter 1, z. B. 0.001 für 0,1 %.</translation>
    </message>
    <message>
        <source>A strategy training&apos;s seed must be a whole number of 0 or more.</source>
        <translation>Der Seed eines Strategietrainings muss eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message>
        <source>The stored strategy training result has no best parameters and objective.</source>
        <translation>Das gespeicherte Ergebnis des Strategietrainings hat keine besten Parameter und keinen Zielwert.</translation>
    </message>
    <message>
        <source>Strategy %1 needs the parameter “%2” (--param %2=…); it is fixed, never searched.</source>
        <translation>Strategie %1 benötigt den Parameter „%2“ (--param %2=…); er ist fest und wird nie durchsucht.</translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyTrainingRun</name>
    <message>
        <source>Strategy Studio closed</source>
        <translation>Strategie-Studio geschlossen</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>The workspace was closed while strategy job %1 ran.</source>
        <translation>Der Arbeitsbereich wurde geschlossen, während Strategieauftrag %1 lief.</translation>
    </message>
    <message>
        <source>The queue is paused: resume it to train.</source>
        <translation>Die Warteschlange ist pausiert: Setzen Sie sie fort, um zu trainieren.</translation>
    </message>
    <message>
        <source>Strategy job %1 was removed from the queue before it started.</source>
        <translation>Strategieauftrag %1 wurde vor seinem Start aus der Warteschlange entfernt.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Strategy job %1 did not finish.</source>
        <translation>Strategieauftrag %1 wurde nicht beendet.</translation>
    </message>
</context>
<context>
    <name>modeldeck::SymbolListModel</name>
    <message>
        <source>%1: %2 bars, %3 – %4</source>
        <translation>%1: %2 Kerzen, %3 – %4</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Börse</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Timeframes</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Kerzen</translation>
    </message>
    <message>
        <source>First bar</source>
        <translation>Erste Kerze</translation>
    </message>
    <message>
        <source>Last bar</source>
        <translation>Letzte Kerze</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>downloaded from %1</source>
        <translation>heruntergeladen von %1</translation>
    </message>
    <message>
        <source>resampled from %1</source>
        <translation>umgerechnet aus %1</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <source>%1: never imported or downloaded (resampled)</source>
        <translation>%1: nie importiert oder heruntergeladen (umgerechnet)</translation>
    </message>
    <message>
        <source>%1: %2, %3 (%4)</source>
        <translation>%1: %2, %3 (%4)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
</context>
<context>
    <name>modeldeck::SymbolsPage</name>
    <message>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>No price history yet.

Import a CSV file with File ▸ Import CSV… (Ctrl+I), drop files onto this window, or download prices with Data ▸ Download….</source>
        <translation>Noch keine Kurshistorie.

Importieren Sie eine CSV-Datei über Datei ▸ CSV importieren… (Strg+I), ziehen Sie Dateien auf dieses Fenster oder laden Sie Kurse über Daten ▸ Herunterladen… herunter.</translation>
    </message>
    <message>
        <source>Opening workspace…</source>
        <translation>Arbeitsbereich wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>modeldeck::Timeframe</name>
    <message>
        <source>“%1” is not a timeframe; use for example 5m, 15m, 1h, 1d or 1w.</source>
        <translation>„%1“ ist kein Zeitrahmen; verwenden Sie zum Beispiel 5m, 15m, 1h, 1d oder 1w.</translation>
    </message>
    <message>
        <source>Timeframe “%1” is out of range; it must be between 1m and 1w.</source>
        <translation>Zeitrahmen „%1“ liegt außerhalb des Bereichs; er muss zwischen 1m und 1w liegen.</translation>
    </message>
    <message>
        <source>Cannot detect the timeframe from fewer than two distinct timestamps; choose it explicitly.</source>
        <translation>Der Zeitrahmen kann nicht aus weniger als zwei verschiedenen Zeitstempeln erkannt werden; wählen Sie ihn explizit.</translation>
    </message>
    <message>
        <source>The rows are %1 seconds apart, which is not a supported timeframe (1 minute to 1 week); choose the timeframe explicitly.</source>
        <translation>Die Zeilen liegen %1 Sekunden auseinander, was kein unterstützter Zeitrahmen ist (1 Minute bis 1 Woche); wählen Sie den Zeitrahmen explizit.</translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainModelDialog</name>
    <message>
        <source>Train Model</source>
        <translation>Modell trainieren</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>The series to train on</source>
        <translation>Die Reihe, auf der trainiert wird</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Timeframes this symbol has bars for</source>
        <translation>Zeitrahmen, für die dieses Symbol Kerzen hat</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>The model type to train</source>
        <translation>Der zu trainierende Modelltyp</translation>
    </message>
    <message>
        <source>Horizon in bars</source>
        <translation>Horizont in Kerzen</translation>
    </message>
    <message>
        <source>How many bars ahead the model predicts the close</source>
        <translation>Wie viele Kerzen voraus das Modell den Schlusskurs vorhersagt</translation>
    </message>
    <message>
        <source> bar(s) ahead</source>
        <translation> Kerze(n) voraus</translation>
    </message>
    <message>
        <source>Hyperparameters (JSON)</source>
        <translation>Hyperparameter (JSON)</translation>
    </message>
    <message>
        <source>Training summary</source>
        <translation>Trainingsübersicht</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Symbol:</translation>
    </message>
    <message>
        <source>&amp;Timeframe:</source>
        <translation>&amp;Zeitrahmen:</translation>
    </message>
    <message>
        <source>&amp;Bot:</source>
        <translation>&amp;Bot:</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizont:</translation>
    </message>
    <message>
        <source>Hyper&amp;parameters:</source>
        <translation>Hyper&amp;parameter:</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <source>%1 (%2 bars)</source>
        <translation>%1 (%2 Kerzen)</translation>
    </message>
    <message>
        <source>A JSON object overriding the built-in defaults of %1, e.g. {&quot;epochs&quot;: 20}. Pre-filled with the defaults from Settings; empty uses the built-in defaults.</source>
        <translation>Ein JSON-Objekt, das die eingebauten Standardwerte von %1 überschreibt, z. B. {&quot;epochs&quot;: 20}. Vorbelegt mit den Standardwerten aus den Einstellungen; leer verwendet die eingebauten Standardwerte.</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>This workspace has no price history yet: import a CSV file or download bars first.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Kurshistorie: Importieren Sie zuerst eine CSV-Datei oder laden Sie Kerzen herunter.</translation>
    </message>
    <message>
        <source>Choose a symbol and a timeframe.</source>
        <translation>Wählen Sie ein Symbol und einen Zeitrahmen.</translation>
    </message>
    <message>
        <source>Hyperparameters: %1</source>
        <translation>Hyperparameter: %1</translation>
    </message>
    <message>
        <source>%1 %2 has %3 bars; %4 with a lookback of %5 and a horizon of %6 needs at least %7.</source>
        <translation>%1 %2 hat %3 Kerzen; %4 mit einem Lookback von %5 und einem Horizont von %6 benötigt mindestens %7.</translation>
    </message>
    <message>
        <source>Trains %1 on %2 %3 next, ahead of queued auto-train jobs. When it finishes you choose whether to save the model under a name or discard it.</source>
        <translation>Trainiert %1 auf %2 %3 als Nächstes, vor eingereihten Auto-Training-Aufträgen. Nach Abschluss entscheiden Sie, ob Sie das Modell unter einem Namen speichern oder verwerfen.</translation>
    </message>
    <message>
        <source>The job was not queued: %1</source>
        <translation>Der Auftrag wurde nicht eingereiht: %1</translation>
    </message>
    <message>
        <source>The same manual training of %1 %2 %3 is already queued.</source>
        <translation>Dasselbe manuelle Training von %1 %2 %3 ist bereits eingereiht.</translation>
    </message>
    <message>
        <source>Queued manual training of %1 %2 %3.</source>
        <translation>Manuelles Training von %1 %2 %3 eingereiht.</translation>
    </message>
    <message>
        <source>The queue is paused: resume it to train.</source>
        <translation>Die Warteschlange ist pausiert: Setzen Sie sie fort, um zu trainieren.</translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainedConfigurationRepository</name>
    <message>
        <source>A strategy configuration named “%1” already exists (id %2); choose another name or delete it first.</source>
        <translation>Eine Strategiekonfiguration namens „%1“ existiert bereits (ID %2); wählen Sie einen anderen Namen oder löschen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Saving strategy configuration “%1”</source>
        <translation>Strategiekonfiguration „%1“ wird gespeichert</translation>
    </message>
    <message>
        <source>Reading strategy configuration %1</source>
        <translation>Strategiekonfiguration %1 wird gelesen</translation>
    </message>
    <message>
        <source>Listing strategy configurations</source>
        <translation>Strategiekonfigurationen werden aufgelistet</translation>
    </message>
    <message>
        <source>Deleting strategy configuration %1</source>
        <translation>Strategiekonfiguration %1 wird gelöscht</translation>
    </message>
    <message>
        <source>There is no strategy configuration %1 in this workspace.</source>
        <translation>Es gibt keine Strategiekonfiguration %1 in diesem Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>modeldeck::Trainer</name>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>Prediction failed: %1</source>
        <translation>Vorhersage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Training failed in LibTorch: %1</source>
        <translation>Training in LibTorch fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Training ran out of memory; use a smaller batch size, hidden size or lookback.</source>
        <translation>Dem Training ging der Speicher aus; verwenden Sie eine kleinere Batchgröße, Hidden Size oder einen kürzeren Lookback.</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Persistence baseline</source>
        <translation>Persistenz-Basislinie</translation>
    </message>
    <message>
        <source>The model&apos;s lookback (%1) differs from the features&apos; lookback (%2).</source>
        <translation>Der Lookback des Modells (%1) weicht vom Lookback der Merkmale (%2) ab.</translation>
    </message>
    <message>
        <source>Training diverged: the loss became %1 at epoch %2, batch %3. Try a lower learning rate or stronger gradient clipping.</source>
        <translation>Training divergiert: Der Verlust wurde %1 in Epoche %2, Batch %3. Versuchen Sie eine niedrigere Lernrate oder stärkeres Gradient Clipping.</translation>
    </message>
    <message>
        <source>Epoch %1/%2 · batch %3/%4 · loss %5</source>
        <translation>Epoche %1/%2 · Batch %3/%4 · Verlust %5</translation>
    </message>
    <message>
        <source>Epoch %1/%2 · train loss %3 · validation loss %4</source>
        <translation>Epoche %1/%2 · Trainingsverlust %3 · Validierungsverlust %4</translation>
    </message>
    <message>
        <source>Evaluating on the test split</source>
        <translation>Auswertung auf den Testdaten</translation>
    </message>
    <message>
        <source>Test RMSE %1 · skill vs naive %2 (network alone %3, weight %4)</source>
        <translation>Test-RMSE %1 · Skill ggü. naiv %2 (Netz allein %3, Gewicht %4)</translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainingControls</name>
    <message>
        <source>&amp;Auto-train…</source>
        <translation>&amp;Auto-Training…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <source>&amp;Force Stop</source>
        <translation>&amp;Zwangsstopp</translation>
    </message>
    <message>
        <source>Queue a training job for every chosen symbol, timeframe and bot</source>
        <translation>Für jedes gewählte Symbol, jeden Zeitrahmen und Bot einen Trainingsauftrag einreihen</translation>
    </message>
    <message>
        <source>Start training the waiting jobs, one after another</source>
        <translation>Training der wartenden Aufträge nacheinander starten</translation>
    </message>
    <message>
        <source>Pause the queue: the current job finishes, the waiting jobs stay queued</source>
        <translation>Warteschlange pausieren: Der aktuelle Auftrag wird beendet, die wartenden Aufträge bleiben eingereiht</translation>
    </message>
    <message>
        <source>Resume the paused queue with the next waiting job</source>
        <translation>Pausierte Warteschlange mit dem nächsten wartenden Auftrag fortsetzen</translation>
    </message>
    <message>
        <source>Stop the queue: the current job finishes, the waiting jobs are removed</source>
        <translation>Warteschlange anhalten: Der aktuelle Auftrag wird beendet, die wartenden Aufträge werden entfernt</translation>
    </message>
    <message>
        <source>Cancel the running job now (its progress is lost) and remove the waiting jobs</source>
        <translation>Laufenden Auftrag jetzt abbrechen (sein Fortschritt geht verloren) und die wartenden Aufträge entfernen</translation>
    </message>
    <message>
        <source>Force stop the training queue?</source>
        <translation>Trainings-Warteschlange zwangsweise stoppen?</translation>
    </message>
    <message numerus="yes">
        <source>Cancel “%1” now?</source>
        <translation>
            <numerusform>„%1“ jetzt abbrechen?</numerusform>
            <numerusform>„%1“ jetzt abbrechen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Its training progress is lost and the run is recorded as cancelled.</source>
        <translation>Sein Trainingsfortschritt geht verloren und der Lauf wird als abgebrochen erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting job(s) will be removed from the queue.</source>
        <translation>
            <numerusform>%n wartender Auftrag wird aus der Warteschlange entfernt.</numerusform>
            <numerusform>%n wartende Aufträge werden aus der Warteschlange entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Force Stop</source>
        <translation>Zwangsstopp</translation>
    </message>
    <message>
        <source>force-stopped by the user</source>
        <translation>vom Benutzer zwangsweise gestoppt</translation>
    </message>
    <message>
        <source>The job finished before it could be stopped; nothing was cancelled.</source>
        <translation>Der Auftrag wurde beendet, bevor er gestoppt werden konnte; nichts wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainingEpochRepository</name>
    <message>
        <source>Saving epoch losses</source>
        <translation>Epochenverluste werden gespeichert</translation>
    </message>
    <message>
        <source>Reading epoch losses</source>
        <translation>Epochenverluste werden gelesen</translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainingProgress</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainingQueue</name>
    <message>
        <source>the application is closing</source>
        <translation>die Anwendung wird geschlossen</translation>
    </message>
    <message>
        <source>There is no training record %1.</source>
        <translation>Es gibt kein Trainingsprotokoll %1.</translation>
    </message>
    <message>
        <source>Removing the waiting jobs</source>
        <translation>Wartende Aufträge werden entfernt</translation>
    </message>
    <message>
        <source>force-stopped by the user</source>
        <translation>vom Benutzer zwangsweise gestoppt</translation>
    </message>
    <message>
        <source>Queueing training job %1 again</source>
        <translation>Trainingsauftrag %1 wird erneut eingereiht</translation>
    </message>
    <message>
        <source>%1 failed: the workspace database stayed locked for %2 s. %3</source>
        <translation>%1 fehlgeschlagen: Die Arbeitsbereichsdatenbank blieb %2 s lang gesperrt. %3</translation>
    </message>
    <message>
        <source>Returning training job %1 to the queue</source>
        <translation>Trainingsauftrag %1 wird in die Warteschlange zurückgestellt</translation>
    </message>
    <message>
        <source>Removing training job %1</source>
        <translation>Trainingsauftrag %1 wird entfernt</translation>
    </message>
    <message>
        <source>A job is a strategy training or a hyperparameter search, not both.</source>
        <translation>Ein Auftrag ist ein Strategietraining oder eine Hyperparameter-Suche, nicht beides.</translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainingRecordRepository</name>
    <message>
        <source>Saving the training record</source>
        <translation>Trainingsprotokoll wird gespeichert</translation>
    </message>
    <message>
        <source>Reading training record %1</source>
        <translation>Trainingsprotokoll %1 wird gelesen</translation>
    </message>
    <message>
        <source>Listing training records</source>
        <translation>Trainingsprotokolle werden aufgelistet</translation>
    </message>
    <message>
        <source>Updating training record %1</source>
        <translation>Trainingsprotokoll %1 wird aktualisiert</translation>
    </message>
    <message>
        <source>There is no training record %1.</source>
        <translation>Es gibt kein Trainingsprotokoll %1.</translation>
    </message>
    <message>
        <source>Reading test metrics of training records</source>
        <translation>Testmetriken der Trainingsprotokolle werden gelesen</translation>
    </message>
    <message>
        <source>Listing model files</source>
        <translation>Modelldateien werden aufgelistet</translation>
    </message>
    <message>
        <source>Archiving training record %1</source>
        <translation>Trainingsprotokoll %1 wird archiviert</translation>
    </message>
    <message>
        <source>Tidying undecided training results</source>
        <translation>Unentschiedene Trainingsergebnisse werden aufgeräumt</translation>
    </message>
    <message>
        <source>Listing undecided training results</source>
        <translation>Unentschiedene Trainingsergebnisse werden aufgelistet</translation>
    </message>
    <message>
        <source>Recording the decision on training record %1</source>
        <translation>Entscheidung zu Trainingsprotokoll %1 wird erfasst</translation>
    </message>
    <message>
        <source>Training record %1 is not waiting for this decision any more.</source>
        <translation>Trainingsprotokoll %1 wartet nicht mehr auf diese Entscheidung.</translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainingService</name>
    <message>
        <source>Recording the training run</source>
        <translation>Trainingslauf wird erfasst</translation>
    </message>
    <message>
        <source>Recording the run</source>
        <translation>Lauf wird erfasst</translation>
    </message>
    <message>
        <source>(The failure could not be recorded: %1)</source>
        <translation>(Der Fehler konnte nicht erfasst werden: %1)</translation>
    </message>
    <message>
        <source>Recording the failed training run</source>
        <translation>Fehlgeschlagener Trainingslauf wird erfasst</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>Loading %1 %2 bars</source>
        <translation>%1-%2-Kerzen werden geladen</translation>
    </message>
    <message>
        <source>Building features from %1 bars</source>
        <translation>Merkmale aus %1 Kerzen werden erstellt</translation>
    </message>
    <message>
        <source>%1 features · %2 / %3 / %4 samples</source>
        <translation>%1 Merkmale · %2 / %3 / %4 Stichproben</translation>
    </message>
    <message>
        <source>Saving the model</source>
        <translation>Modell wird gespeichert</translation>
    </message>
    <message>
        <source>The trained model was kept in “%1” (with a .json file describing the run); it is not in the workspace&apos;s list of models.</source>
        <translation>Das trainierte Modell wurde in „%1“ behalten (mit einer .json-Datei, die den Lauf beschreibt); es ist nicht in der Modellliste des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>There is no training record %1.</source>
        <translation>Es gibt kein Trainingsprotokoll %1.</translation>
    </message>
    <message>
        <source>Training record %1 has no model file.</source>
        <translation>Trainingsprotokoll %1 hat keine Modelldatei.</translation>
    </message>
    <message>
        <source>There is no symbol “%1” in this workspace; import its price history first.</source>
        <translation>In diesem Arbeitsbereich gibt es kein Symbol „%1“; importieren Sie zuerst seine Kurshistorie.</translation>
    </message>
    <message>
        <source>%1 has no %2 bars; import them or resample from a shorter timeframe.</source>
        <translation>%1 hat keine %2-Kerzen; importieren Sie sie oder resampeln Sie aus einem kürzeren Zeitrahmen.</translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainingSettings</name>
    <message>
        <source>Unknown hyperparameter “%1”; valid keys are: %2.</source>
        <translation>Unbekannter Hyperparameter „%1“; gültige Schlüssel sind: %2.</translation>
    </message>
</context>
<context>
    <name>modeldeck::TreeBooster</name>
    <message>
        <source>XGBoost could not create a model</source>
        <translation>XGBoost konnte kein Modell erstellen</translation>
    </message>
    <message>
        <source>This is not an XGBoost model (JSON or UBJSON)</source>
        <translation>Dies ist kein XGBoost-Modell (JSON oder UBJSON)</translation>
    </message>
    <message>
        <source>The XGBoost model is not a one-output regression (objective “%1”); ModelDeck forecasts with regression models only.</source>
        <translation>Das XGBoost-Modell ist keine Regression mit einer Ausgabe (Zielfunktion „%1“); ModelDeck prognostiziert nur mit Regressionsmodellen.</translation>
    </message>
    <message>
        <source>The XGBoost model is not a tree ensemble (booster “%1”).</source>
        <translation>Das XGBoost-Modell ist kein Baum-Ensemble (Booster „%1“).</translation>
    </message>
    <message>
        <source>The XGBoost model has no input features.</source>
        <translation>Das XGBoost-Modell hat keine Eingabemerkmale.</translation>
    </message>
    <message>
        <source>XGBoost refused %1 = %2</source>
        <translation>XGBoost hat %1 = %2 abgelehnt</translation>
    </message>
    <message>
        <source>XGBoost refused the feature names</source>
        <translation>XGBoost hat die Merkmalsnamen abgelehnt</translation>
    </message>
    <message>
        <source>XGBoost failed in boosting round %1</source>
        <translation>XGBoost ist in Boosting-Runde %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>XGBoost could not evaluate round %1</source>
        <translation>XGBoost konnte Runde %1 nicht auswerten</translation>
    </message>
    <message>
        <source>XGBoost&apos;s evaluation “%1” could not be read.</source>
        <translation>Die XGBoost-Auswertung „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>XGBoost could not keep the first %1 rounds</source>
        <translation>XGBoost konnte die ersten %1 Runden nicht behalten</translation>
    </message>
    <message>
        <source>XGBoost could not count the model&apos;s rounds</source>
        <translation>XGBoost konnte die Runden des Modells nicht zählen</translation>
    </message>
    <message>
        <source>XGBoost could not count the model&apos;s features</source>
        <translation>XGBoost konnte die Merkmale des Modells nicht zählen</translation>
    </message>
    <message>
        <source>The XGBoost model claims %1 features.</source>
        <translation>Das XGBoost-Modell gibt %1 Merkmale an.</translation>
    </message>
    <message>
        <source>XGBoost could not read the model&apos;s feature names</source>
        <translation>XGBoost konnte die Merkmalsnamen des Modells nicht lesen</translation>
    </message>
    <message>
        <source>Internal error: %1 values do not form %2 rows of %3 features.</source>
        <translation>Interner Fehler: %1 Werte ergeben keine %2 Zeilen mit %3 Merkmalen.</translation>
    </message>
    <message>
        <source>XGBoost could not predict</source>
        <translation>XGBoost konnte nicht vorhersagen</translation>
    </message>
    <message>
        <source>The XGBoost model gives %1 outputs for %2 rows; one per row was expected.</source>
        <translation>Das XGBoost-Modell liefert %1 Ausgaben für %2 Zeilen; erwartet wurde eine pro Zeile.</translation>
    </message>
    <message>
        <source>XGBoost could not score the features</source>
        <translation>XGBoost konnte die Merkmale nicht bewerten</translation>
    </message>
    <message>
        <source>XGBoost could not save the model</source>
        <translation>XGBoost konnte das Modell nicht speichern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Internal error: %1 values do not form %2 rows of %3 columns.</source>
        <translation>Interner Fehler: %1 Werte ergeben keine %2 Zeilen mit %3 Spalten.</translation>
    </message>
    <message>
        <source>The training data could not be handed to XGBoost</source>
        <translation>Die Trainingsdaten konnten nicht an XGBoost übergeben werden</translation>
    </message>
    <message>
        <source>The targets could not be handed to XGBoost</source>
        <translation>Die Zielwerte konnten nicht an XGBoost übergeben werden</translation>
    </message>
    <message>
        <source>The feature names could not be handed to XGBoost</source>
        <translation>Die Merkmalsnamen konnten nicht an XGBoost übergeben werden</translation>
    </message>
</context>
<context>
    <name>modeldeck::TreeModelCheck</name>
    <message>
        <source>The XGBoost model is damaged or not one ModelDeck can use: %1.</source>
        <translation>Das XGBoost-Modell ist beschädigt oder für ModelDeck nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>tree %1 has leaf vectors</source>
        <translation>Baum %1 hat Blattvektoren</translation>
    </message>
    <message>
        <source>tree %1 has %2 nodes</source>
        <translation>Baum %1 hat %2 Knoten</translation>
    </message>
    <message>
        <source>tree %1&apos;s %2 does not have its %3 nodes</source>
        <translation>%2 von Baum %1 hat nicht seine %3 Knoten</translation>
    </message>
    <message>
        <source>node %1 of tree %2 names parent %3</source>
        <translation>Knoten %1 von Baum %2 nennt Elternknoten %3</translation>
    </message>
    <message>
        <source>tree %1 has categorical splits</source>
        <translation>Baum %1 hat kategoriale Splits</translation>
    </message>
    <message>
        <source>node %1 of tree %2 names children outside the tree</source>
        <translation>Knoten %1 von Baum %2 nennt Kindknoten außerhalb des Baums</translation>
    </message>
    <message>
        <source>node %1 of tree %2 splits on feature %3 of %4</source>
        <translation>Knoten %1 von Baum %2 teilt nach Merkmal %3 von %4</translation>
    </message>
    <message>
        <source>The XGBoost model (JSON) is damaged at byte %1: %2.</source>
        <translation>Das XGBoost-Modell (JSON) ist bei Byte %1 beschädigt: %2.</translation>
    </message>
    <message>
        <source>This is not an XGBoost model (JSON or UBJSON).</source>
        <translation>Dies ist kein XGBoost-Modell (JSON oder UBJSON).</translation>
    </message>
    <message>
        <source>it has %1 input features</source>
        <translation>es hat %1 Eingabemerkmale</translation>
    </message>
    <message>
        <source>its booster is “%1”, not a tree ensemble</source>
        <translation>sein Booster ist „%1“, kein Baum-Ensemble</translation>
    </message>
    <message>
        <source>its trees have leaf vectors</source>
        <translation>seine Bäume haben Blattvektoren</translation>
    </message>
    <message>
        <source>it announces %1 trees and holds %2</source>
        <translation>es kündigt %1 Bäume an und enthält %2</translation>
    </message>
    <message>
        <source>tree %1 says it is tree %2</source>
        <translation>Baum %1 gibt an, Baum %2 zu sein</translation>
    </message>
</context>
<context>
    <name>modeldeck::TreeTrainer</name>
    <message>
        <source>%1 is not a tree-ensemble bot.</source>
        <translation>%1 ist kein Baum-Ensemble-Bot.</translation>
    </message>
    <message>
        <source>The model&apos;s lookback (%1) differs from the features&apos; lookback (%2).</source>
        <translation>Der Lookback des Modells (%1) weicht vom Lookback der Merkmale (%2) ab.</translation>
    </message>
    <message>
        <source>Evaluating on the test split</source>
        <translation>Auswertung auf den Testdaten</translation>
    </message>
    <message>
        <source>Test RMSE %1 · skill vs naive %2 (trees alone %3, weight %4)</source>
        <translation>Test-RMSE %1 · Skill ggü. naiv %2 (Bäume allein %3, Gewicht %4)</translation>
    </message>
    <message numerus="yes">
        <source>Growing %n trees</source>
        <translation>
            <numerusform>%n Baum wird erzeugt</numerusform>
            <numerusform>%n Bäume werden erzeugt</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>Training diverged: the loss became %1 in round %2.</source>
        <translation>Training divergiert: Der Verlust wurde %1 in Runde %2.</translation>
    </message>
    <message>
        <source>Round %1/%2 · train loss %3 · validation loss %4</source>
        <translation>Runde %1/%2 · Trainingsverlust %3 · Validierungsverlust %4</translation>
    </message>
</context>
<context>
    <name>modeldeck::Ubjson</name>
    <message>
        <source>bytes after the end of the model</source>
        <translation>Bytes nach dem Ende des Modells</translation>
    </message>
    <message>
        <source>The XGBoost model (UBJSON) is damaged at byte %1: %2.</source>
        <translation>Das XGBoost-Modell (UBJSON) ist bei Byte %1 beschädigt: %2.</translation>
    </message>
    <message>
        <source>it ends early</source>
        <translation>es endet vorzeitig</translation>
    </message>
    <message>
        <source>it ends inside a number</source>
        <translation>es endet innerhalb einer Zahl</translation>
    </message>
    <message>
        <source>“%1” is not a number type</source>
        <translation>„%1“ ist kein Zahlentyp</translation>
    </message>
    <message>
        <source>a length of %1 does not fit the file</source>
        <translation>eine Länge von %1 passt nicht zur Datei</translation>
    </message>
    <message>
        <source>it nests deeper than %1 levels</source>
        <translation>es ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>a typed array without a count</source>
        <translation>ein typisiertes Array ohne Anzahl</translation>
    </message>
</context>
<context>
    <name>modeldeck::WalkForwardSpec</name>
    <message>
        <source>Walk-forward: train, test and step must be whole numbers of bars from 1 to 1,000,000,000.</source>
        <translation>Walk-Forward: train, test und step müssen ganze Kerzenzahlen von 1 bis 1.000.000.000 sein.</translation>
    </message>
    <message>
        <source>Walk-forward must be “train,test,step” in bars, optionally followed by “,expanding” or “,sliding”; got “%1”.</source>
        <translation>Walk-Forward muss „train,test,step“ in Kerzen sein, optional gefolgt von „,expanding“ oder „,sliding“; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>Walk-forward window must be “expanding” or “sliding”, not “%1”.</source>
        <translation>Das Walk-Forward-Fenster muss „expanding“ oder „sliding“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Walk-forward: unknown key “%1”.</source>
        <translation>Walk-Forward: unbekannter Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>Walk-forward with train %1, test %2 and step %3 bars gives more than %4 folds over %5 bars; use a larger step.</source>
        <translation>Walk-Forward mit train %1, test %2 und step %3 Kerzen ergibt mehr als %4 Folds über %5 Kerzen; verwenden Sie einen größeren step.</translation>
    </message>
    <message>
        <source>Walk-forward needs at least %1 bars (train %2 + test %3); the series has %4.</source>
        <translation>Walk-Forward benötigt mindestens %1 Kerzen (train %2 + test %3); die Reihe hat %4.</translation>
    </message>
    <message>
        <source>Walk-forward fold %1: a training window of %2 bars is too short to hold a validation split.</source>
        <translation>Walk-Forward-Fold %1: Ein Trainingsfenster von %2 Kerzen ist zu kurz für einen Validierungsanteil.</translation>
    </message>
</context>
<context>
    <name>modeldeck::WalkForwardValidator</name>
    <message>
        <source>Walk-forward fold %1 of %2</source>
        <translation>Walk-Forward-Fold %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Walk-forward: %n fold(s) done</source>
        <translation>
            <numerusform>Walk-Forward: %n Fold erledigt</numerusform>
            <numerusform>Walk-Forward: %n Folds erledigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::WorkspaceSession</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Drift on “%1”: could not queue a retrain: %2</source>
        <translation>Drift bei „%1“: Neues Training konnte nicht eingereiht werden: %2</translation>
    </message>
    <message>
        <source>Drift on “%1”: its retrain is already queued as job %2.</source>
        <translation>Drift bei „%1“: Sein neues Training ist bereits als Auftrag %2 eingereiht.</translation>
    </message>
    <message>
        <source>Drift on “%1”: queued retrain job %2.</source>
        <translation>Drift bei „%1“: Auftrag %2 für neues Training eingereiht.</translation>
    </message>
</context>
<context>
    <name>modeldeck::YahooChartParser</name>
    <message>
        <source>The answer from Yahoo Finance for %1 is incomplete or malformed: %2.</source>
        <translation>Die Antwort von Yahoo Finance für %1 ist unvollständig oder fehlerhaft: %2.</translation>
    </message>
    <message>
        <source>Yahoo Finance answered HTTP %1 for %2.</source>
        <translation>Yahoo Finance antwortete mit HTTP %1 für %2.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>there is no “chart” object</source>
        <translation>es gibt kein „chart“-Objekt</translation>
    </message>
    <message>
        <source>Yahoo Finance has no data for “%1” (%2). Check the spelling (Yahoo symbols look like AAPL, TCS.NS or BTC-USD); the symbol may be delisted.</source>
        <translation>Yahoo Finance hat keine Daten für „%1“ (%2). Prüfen Sie die Schreibweise (Yahoo-Symbole sehen aus wie AAPL, TCS.NS oder BTC-USD); das Symbol wurde möglicherweise von der Börse genommen.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Yahoo Finance refused the request for %1: %2 (%3, HTTP %4).</source>
        <translation>Yahoo Finance hat die Anfrage für %1 abgelehnt: %2 (%3, HTTP %4).</translation>
    </message>
    <message>
        <source>“result” is not a list of charts</source>
        <translation>„result“ ist keine Liste von Charts</translation>
    </message>
    <message>
        <source>“timestamp” is not a list</source>
        <translation>„timestamp“ ist keine Liste</translation>
    </message>
    <message>
        <source>the “%1” values are missing</source>
        <translation>die „%1“-Werte fehlen</translation>
    </message>
    <message>
        <source>%1 timestamps but %2 “%3” values</source>
        <translation>%1 Zeitstempel, aber %2 „%3“-Werte</translation>
    </message>
</context>
<context>
    <name>modeldeck::YahooProvider</name>
    <message>
        <source>Yahoo Finance keeps %1 bars for the last %2 days only; the requested range ends before that.</source>
        <translation>Yahoo Finance bewahrt %1-Kerzen nur für die letzten %2 Tage auf; der angeforderte Zeitraum endet davor.</translation>
    </message>
    <message>
        <source>Yahoo Finance keeps %1 bars for the last %2 days only: fetching from %3 instead of %4.</source>
        <translation>Yahoo Finance bewahrt %1-Kerzen nur für die letzten %2 Tage auf: Abruf ab %3 statt ab %4.</translation>
    </message>
</context>
<context>
    <name>modeldeck::cli</name>
    <message>
        <source>import needs at least one FILE.</source>
        <translation>import benötigt mindestens eine FILE.</translation>
    </message>
    <message>
        <source>--date-order must be auto, day-first or month-first.</source>
        <translation>--date-order muss auto, day-first oder month-first sein.</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4, %5), %6 rows: %7 new, %8 updated, %9 unchanged</source>
        <translation>%1: %2 %3 (%4, %5), %6 Zeilen: %7 neu, %8 aktualisiert, %9 unverändert</translation>
    </message>
    <message>
        <source>  %1 rows skipped for missing values</source>
        <translation>  %1 Zeilen wegen fehlender Werte übersprungen</translation>
    </message>
    <message>
        <source>  %1 rows repeated a timestamp (the last one was kept)</source>
        <translation>  %1 Zeilen mit wiederholtem Zeitstempel (die letzte wurde behalten)</translation>
    </message>
    <message>
        <source>No symbols yet; import a CSV file with: modeldeck-cli import FILE</source>
        <translation>Noch keine Symbole; importieren Sie eine CSV-Datei mit: modeldeck-cli import FILE</translation>
    </message>
    <message>
        <source>resample needs --symbol, --from and --to.</source>
        <translation>resample benötigt --symbol, --from und --to.</translation>
    </message>
    <message>
        <source>%1: %2 %3 bars → %4 %5 bars (%6 new, %7 updated, %8 unchanged)</source>
        <translation>%1: %2-%3-Kerzen → %4-%5-Kerzen (%6 neu, %7 aktualisiert, %8 unverändert)</translation>
    </message>
    <message>
        <source>no command given; see --help.</source>
        <translation>Kein Befehl angegeben; siehe --help.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>unknown command “%1”; see --help.</source>
        <translation>Unbekannter Befehl „%1“; siehe --help.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, at least 1.</source>
        <translation>%1 muss eine ganze Zahl sein, mindestens 1.</translation>
    </message>
    <message>
        <source>--limit must be a whole number, at least 1.</source>
        <translation>--limit muss eine ganze Zahl sein, mindestens 1.</translation>
    </message>
    <message>
        <source>No A/B tests yet.</source>
        <translation>Noch keine A/B-Tests.</translation>
    </message>
    <message>
        <source>winner %1 (“%2” v%3)%4</source>
        <translation>Gewinner %1 („%2“ v%3)%4</translation>
    </message>
    <message>
        <source>, activated</source>
        <translation>, aktiviert</translation>
    </message>
    <message>
        <source>no significant difference</source>
        <translation>kein signifikanter Unterschied</translation>
    </message>
    <message>
        <source>“%1” v%2 vs “%3” v%4</source>
        <translation>„%1“ v%2 ggü. „%3“ v%4</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>A (“%1” v%2)</source>
        <translation>A („%1“ v%2)</translation>
    </message>
    <message>
        <source>B (“%1” v%2)</source>
        <translation>B („%1“ v%2)</translation>
    </message>
    <message>
        <source>A/B test %1 on %2 %3, horizon %4, the newest %5 forecasts of each:</source>
        <translation>A/B-Test %1 auf %2 %3, Horizont %4, jeweils die neuesten %5 Prognosen:</translation>
    </message>
    <message>
        <source>no band</source>
        <translation>kein Band</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Skill vs naive</source>
        <translation>Skill ggü. naiv</translation>
    </message>
    <message>
        <source>95 % coverage</source>
        <translation>95-%-Abdeckung</translation>
    </message>
    <message>
        <source>ms per forecast</source>
        <translation>ms pro Prognose</translation>
    </message>
    <message>
        <source>abtest needs --model and --model-b (or --history).</source>
        <translation>abtest benötigt --model und --model-b (oder --history).</translation>
    </message>
    <message>
        <source>--horizon must be a whole number of bars, at least 1.</source>
        <translation>--horizon muss eine ganze Zahl von Kerzen sein, mindestens 1.</translation>
    </message>
    <message>
        <source>--window must be a whole number of forecasts, at least %1.</source>
        <translation>--window muss eine ganze Zahl von Prognosen sein, mindestens %1.</translation>
    </message>
    <message>
        <source>The A/B test was interrupted; nothing was stored.</source>
        <translation>Der A/B-Test wurde unterbrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>“%1” v%2 is now the active model of %3 %4.</source>
        <translation>„%1“ v%2 ist jetzt das aktive Modell von %3 %4.</translation>
    </message>
    <message>
        <source>Nothing was activated: there is no winner.</source>
        <translation>Nichts wurde aktiviert: Es gibt keinen Gewinner.</translation>
    </message>
    <message>
        <source>Audit actions to list, comma-separated: %1 (audit).</source>
        <translation>Aufzulistende Prüfprotokoll-Aktionen, kommagetrennt: %1 (audit).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>Write the selected audit entries to FILE as CSV (audit).</source>
        <translation>Die ausgewählten Prüfprotokoll-Einträge als CSV in FILE schreiben (audit).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>unknown audit action “%1”; use one of %2.</source>
        <translation>Unbekannte Prüfprotokoll-Aktion „%1“; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>--%1 must be a date (YYYY-MM-DD) or an ISO time, not “%2”.</source>
        <translation>--%1 muss ein Datum (JJJJ-MM-TT) oder eine ISO-Zeit sein, nicht „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit event(s) to %1.</source>
        <translation>
            <numerusform>%n Prüfprotokoll-Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%n Prüfprotokoll-Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit entries.</source>
        <translation>Keine Prüfprotokoll-Einträge.</translation>
    </message>
    <message>
        <source>--invalid-rows must be keep or reject.</source>
        <translation>--invalid-rows muss keep oder reject sein.</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Most important inputs (gain): %1</source>
        <translation>Wichtigste Eingaben (Gain): %1</translation>
    </message>
    <message>
        <source>train needs --symbol, --timeframe and --bot.</source>
        <translation>train benötigt --symbol, --timeframe und --bot.</translation>
    </message>
    <message>
        <source>ETA estimating…</source>
        <translation>ETA wird geschätzt…</translation>
    </message>
    <message>
        <source>ETA %1 s</source>
        <translation>ETA %1 s</translation>
    </message>
    <message>
        <source>interrupted (Ctrl+C)</source>
        <translation>unterbrochen (Strg+C)</translation>
    </message>
    <message>
        <source>Trained %1 on %2 %3 in %4 s (%5 epochs), record %6</source>
        <translation>%1 auf %2 %3 in %4 s trainiert (%5 Epochen), Datensatz %6</translation>
    </message>
    <message>
        <source>Test: RMSE %1 · MAE %2 · MAPE %3 % · R² %4 · direction %5 % · skill vs naive %6 (naive RMSE %7)</source>
        <translation>Test: RMSE %1 · MAE %2 · MAPE %3 % · R² %4 · Richtung %5 % · Skill ggü. naiv %6 (naive RMSE %7)</translation>
    </message>
    <message>
        <source>Trees alone: RMSE %1 · skill vs naive %2; the forecast weighs them %3 against the last close (chosen on the validation split)</source>
        <translation>Bäume allein: RMSE %1 · Skill ggü. naiv %2; die Prognose gewichtet sie mit %3 gegenüber dem letzten Schlusskurs (gewählt auf dem Validierungsanteil)</translation>
    </message>
    <message>
        <source>Network alone: RMSE %1 · skill vs naive %2; the forecast weighs it %3 against the last close (chosen on the validation split)</source>
        <translation>Netz allein: RMSE %1 · Skill ggü. naiv %2; die Prognose gewichtet es mit %3 gegenüber dem letzten Schlusskurs (gewählt auf dem Validierungsanteil)</translation>
    </message>
    <message>
        <source> σ</source>
        <translation> σ</translation>
    </message>
    <message>
        <source>±%1%2 (covered %3 % of the test split)</source>
        <translation>±%1%2 (deckte %3 % der Testdaten ab)</translation>
    </message>
    <message>
        <source>unbounded (too few validation samples)</source>
        <translation>unbegrenzt (zu wenige Validierungspunkte)</translation>
    </message>
    <message>
        <source>Intervals from %1 validation errors: 80 % %2 · 95 % %3</source>
        <translation>Intervalle aus %1 Validierungsfehlern: 80 % %2 · 95 % %3</translation>
    </message>
    <message>
        <source>[y/N] </source>
        <translation>[y/N] </translation>
    </message>
    <message>
        <source>Cannot read the %1 file: %2</source>
        <translation>Die %1-Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation>%1 ist kein gültiges JSON an Position %2: %3</translation>
    </message>
    <message>
        <source>%1 must be a JSON object such as {&quot;epochs&quot;: 20}.</source>
        <translation>%1 muss ein JSON-Objekt sein, etwa {&quot;epochs&quot;: 20}.</translation>
    </message>
    <message>
        <source>features needs the subcommand export; see --help.</source>
        <translation>features benötigt den Unterbefehl export; siehe --help.</translation>
    </message>
    <message>
        <source>features export needs --symbol, --timeframe and --out.</source>
        <translation>features export benötigt --symbol, --timeframe und --out.</translation>
    </message>
    <message>
        <source>%1 exists; add --yes to replace it.</source>
        <translation>%1 existiert; fügen Sie --yes hinzu, um es zu ersetzen.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n samples</source>
        <translation>
            <numerusform>%n Stichprobe geschrieben</numerusform>
            <numerusform>%n Stichproben geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>of %1 columns to %2 and their description to %3</source>
        <translation>mit %1 Spalten nach %2 und ihre Beschreibung nach %3</translation>
    </message>
    <message>
        <source>%1 %2: failed — %3</source>
        <translation>%1 %2: fehlgeschlagen — %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %3 new, %4 updated, %5 unchanged (%6 bars in %n page(s) from %7)</source>
        <translation>
            <numerusform>%1 %2: %3 neu, %4 aktualisiert, %5 unverändert (%6 Kerzen auf %n Seite von %7)</numerusform>
            <numerusform>%1 %2: %3 neu, %4 aktualisiert, %5 unverändert (%6 Kerzen auf %n Seiten von %7)</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 bars skipped for missing or unusable values</source>
        <translation>  %1 Kerzen wegen fehlender oder unbrauchbarer Werte übersprungen</translation>
    </message>
    <message>
        <source>  %1 bars kept but flagged for impossible values</source>
        <translation>  %1 Kerzen behalten, aber wegen unmöglicher Werte markiert</translation>
    </message>
    <message>
        <source>fetch needs --provider, --symbols and --timeframe.</source>
        <translation>fetch benötigt --provider, --symbols und --timeframe.</translation>
    </message>
    <message>
        <source>--provider must be one of %1.</source>
        <translation>--provider muss eines von %1 sein.</translation>
    </message>
    <message>
        <source>--symbols needs at least one symbol.</source>
        <translation>--symbols benötigt mindestens ein Symbol.</translation>
    </message>
    <message>
        <source>--%1 must be a date such as 2024-01-31 or a time such as 2024-01-31T09:15:00Z.</source>
        <translation>--%1 muss ein Datum wie 2024-01-31 oder eine Zeit wie 2024-01-31T09:15:00Z sein.</translation>
    </message>
    <message>
        <source>--base-url must be an http:// or https:// URL with a host.</source>
        <translation>--base-url muss eine http://- oder https://-URL mit Host sein.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 bars in %n page(s)…</source>
        <translation>
            <numerusform>%1: %2 Kerzen auf %n Seite…</numerusform>
            <numerusform>%1: %2 Kerzen auf %n Seiten…</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+C was pressed</source>
        <translation>Strg+C wurde gedrückt</translation>
    </message>
    <message>
        <source>Cancelled; the symbols that were not completed wrote nothing.</source>
        <translation>Abgebrochen; die nicht abgeschlossenen Symbole haben nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 of %2 symbols failed.</source>
        <translation>%1 von %2 Symbolen fehlgeschlagen.</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>horizons %1</source>
        <translation>Horizonte %1</translation>
    </message>
    <message>
        <source>  test RMSE %1</source>
        <translation>  Test-RMSE %1</translation>
    </message>
    <message>
        <source>  80 % interval covered %1 % of the test split</source>
        <translation>  80-%-Intervall deckte %1 % der Testdaten ab</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4): %5 · 80 % %6 · 95 % %7 — model “%8” v%9</source>
        <translation>%1 %2 %3 (%4): %5 · 80 % %6 · 95 % %7 — Modell „%8“ v%9</translation>
    </message>
    <message>
        <source>1 bar ahead</source>
        <translation>1 Kerze voraus</translation>
    </message>
    <message>
        <source>%1 bars ahead</source>
        <translation>%1 Kerzen voraus</translation>
    </message>
    <message>
        <source> · actual %1</source>
        <translation> · tatsächlich %1</translation>
    </message>
    <message>
        <source>--model-version must be a whole number, at least 1.</source>
        <translation>--model-version muss eine ganze Zahl sein, mindestens 1.</translation>
    </message>
    <message>
        <source>Delete version %1 of model “%2” (%3)%4?</source>
        <translation>Version %1 von Modell „%2“ (%3)%4 löschen?</translation>
    </message>
    <message>
        <source>, the active one</source>
        <translation>, die aktive</translation>
    </message>
    <message>
        <source>Delete model “%1”: %2, %3%4?</source>
        <translation>Modell „%1“ löschen: %2, %3%4?</translation>
    </message>
    <message>
        <source>1 version</source>
        <translation>1 Version</translation>
    </message>
    <message>
        <source>%1 versions</source>
        <translation>%1 Versionen</translation>
    </message>
    <message>
        <source>, including the active one</source>
        <translation>, einschließlich der aktiven</translation>
    </message>
    <message>
        <source>Nothing was deleted; add --yes to confirm.</source>
        <translation>Nichts wurde gelöscht; fügen Sie --yes hinzu, um zu bestätigen.</translation>
    </message>
    <message>
        <source>Deleted %1 of “%2”, %3 freed.</source>
        <translation>%1 von „%2“ gelöscht, %3 freigegeben.</translation>
    </message>
    <message>
        <source>It was active: %1 %2 has no active model now.</source>
        <translation>Es war aktiv: %1 %2 hat jetzt kein aktives Modell.</translation>
    </message>
    <message>
        <source>models import needs one FILE (a TorchScript model with its JSON sidecar).</source>
        <translation>models import benötigt eine FILE (ein TorchScript-Modell mit seiner JSON-Begleitdatei).</translation>
    </message>
    <message>
        <source>Importing %1 runs code from that file. Import it only if you trust where it came from. Import?</source>
        <translation>Beim Importieren von %1 wird Code aus dieser Datei ausgeführt. Importieren Sie sie nur, wenn Sie ihrer Herkunft vertrauen. Importieren?</translation>
    </message>
    <message>
        <source>Nothing was imported; add --yes to confirm.</source>
        <translation>Nichts wurde importiert; fügen Sie --yes hinzu, um zu bestätigen.</translation>
    </message>
    <message>
        <source>Imported as </source>
        <translation>Importiert als </translation>
    </message>
    <message>
        <source>predict needs --model and --horizon.</source>
        <translation>predict benötigt --model und --horizon.</translation>
    </message>
    <message>
        <source>Saved as prediction %1.</source>
        <translation>Als Vorhersage %1 gespeichert.</translation>
    </message>
    <message>
        <source>models needs an action: list, save, activate, import, export or delete.</source>
        <translation>models benötigt eine Aktion: list, save, activate, import, export oder delete.</translation>
    </message>
    <message>
        <source>unknown models action “%1”.</source>
        <translation>Unbekannte models-Aktion „%1“.</translation>
    </message>
    <message>
        <source>models %1 needs --name.</source>
        <translation>models %1 benötigt --name.</translation>
    </message>
    <message>
        <source>No saved models yet; save a training record with: modeldeck-cli models save --record ID --name NAME</source>
        <translation>Noch keine gespeicherten Modelle; speichern Sie ein Trainingsprotokoll mit: modeldeck-cli models save --record ID --name NAME</translation>
    </message>
    <message>
        <source>models save needs --record with a training record id.</source>
        <translation>models save benötigt --record mit der ID eines Trainingsprotokolls.</translation>
    </message>
    <message>
        <source>Saved </source>
        <translation>Gespeichert: </translation>
    </message>
    <message>
        <source>“%1” v%2 is now the active model of %3 %4</source>
        <translation>„%1“ v%2 ist jetzt das aktive Modell von %3 %4</translation>
    </message>
    <message>
        <source> (instead of “%1” v%2)</source>
        <translation> (statt „%1“ v%2)</translation>
    </message>
    <message>
        <source>models export needs --out with a folder.</source>
        <translation>models export benötigt --out mit einem Ordner.</translation>
    </message>
    <message>
        <source>Exported %1 and %2</source>
        <translation>%1 und %2 exportiert</translation>
    </message>
    <message>
        <source>predictions needs one action: list or fill.</source>
        <translation>predictions benötigt eine Aktion: list oder fill.</translation>
    </message>
    <message>
        <source>Filled in the actual value of %1 predictions.</source>
        <translation>Tatsächlicher Wert von %1 Vorhersagen eingetragen.</translation>
    </message>
    <message>
        <source>--horizon must be a whole number of bars.</source>
        <translation>--horizon muss eine ganze Zahl von Kerzen sein.</translation>
    </message>
    <message>
        <source>No saved predictions match; predict with --save to keep one.</source>
        <translation>Keine passenden gespeicherten Vorhersagen; sagen Sie mit --save vorher, um eine zu behalten.</translation>
    </message>
    <message>
        <source>No accuracy recorded for “%1” at horizon %2 yet: it is recorded whenever its saved predictions get their actual values.</source>
        <translation>Für „%1“ bei Horizont %2 ist noch keine Genauigkeit erfasst: Sie wird erfasst, sobald seine gespeicherten Vorhersagen ihre tatsächlichen Werte erhalten.</translation>
    </message>
    <message>
        <source>Recorded	Samples	RMSE	Skill	80 %	95 %</source>
        <translation>Erfasst	Stichproben	RMSE	Skill	80 %	95 %</translation>
    </message>
    <message>
        <source>metrics needs --model.</source>
        <translation>metrics benötigt --model.</translation>
    </message>
    <message>
        <source>--limit (the window) must be a whole number, at least 1.</source>
        <translation>--limit (das Fenster) muss eine ganze Zahl sein, mindestens 1.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: none of its %n saved predictions has its actual value yet (modeldeck-cli predictions fill adds them once the bars are in).</source>
        <translation>
            <numerusform>„%1“: Seine %n gespeicherte Vorhersage hat noch keinen tatsächlichen Wert (modeldeck-cli predictions fill trägt ihn ein, sobald die Kerzen vorliegen).</numerusform>
            <numerusform>„%1“: Keine seiner %n gespeicherten Vorhersagen hat bereits ihren tatsächlichen Wert (modeldeck-cli predictions fill trägt sie ein, sobald die Kerzen vorliegen).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>“%1”, the newest %n predictions with actuals:</source>
        <translation>
            <numerusform>„%1“, die neueste %n Vorhersage mit tatsächlichem Wert:</numerusform>
            <numerusform>„%1“, die neuesten %n Vorhersagen mit tatsächlichen Werten:</numerusform>
        </translation>
    </message>
    <message>
        <source>RMSE %1 · MAE %2 · R² %3 · direction %4 % · skill vs naive %5 (naive RMSE %6)</source>
        <translation>RMSE %1 · MAE %2 · R² %3 · Richtung %4 % · Skill ggü. naiv %5 (naive RMSE %6)</translation>
    </message>
    <message>
        <source>Interval coverage: 80 % band %1 · 95 % band %2</source>
        <translation>Intervallabdeckung: 80-%-Band %1 · 95-%-Band %2</translation>
    </message>
    <message>
        <source>--ack takes alert ids separated by commas, or all; “%1” is not an id.</source>
        <translation>--ack erwartet kommagetrennte Alarm-IDs oder all; „%1“ ist keine ID.</translation>
    </message>
    <message>
        <source>--ack needs alert ids (see modeldeck-cli alerts), or all.</source>
        <translation>--ack benötigt Alarm-IDs (siehe modeldeck-cli alerts) oder all.</translation>
    </message>
    <message>
        <source>drift needs --model.</source>
        <translation>drift benötigt --model.</translation>
    </message>
    <message>
        <source>The inputs of “%1” cannot be checked yet: that needs its training record (for when its training data ended) and at least %2 bars since then.</source>
        <translation>Die Eingaben von „%1“ können noch nicht geprüft werden: Dazu sind sein Trainingsprotokoll (für das Ende seiner Trainingsdaten) und mindestens %2 Kerzen seitdem nötig.</translation>
    </message>
    <message>
        <source>Feature	PSI	KS D	KS p	Drift</source>
        <translation>Merkmal	PSI	KS D	KS p	Drift</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>No drift checks of “%1” yet: they run whenever its saved predictions get their actual values (predictions fill).</source>
        <translation>Noch keine Drift-Prüfungen von „%1“: Sie laufen, sobald seine gespeicherten Vorhersagen ihre tatsächlichen Werte erhalten (predictions fill).</translation>
    </message>
    <message>
        <source>Checked	Kind	Horizon	Score	Threshold	Window	Drift</source>
        <translation>Geprüft	Art	Horizont	Wert	Schwelle	Fenster	Drift</translation>
    </message>
    <message>
        <source>--stale-hours must be a positive number of hours.</source>
        <translation>--stale-hours muss eine positive Stundenzahl sein.</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alert(s).</source>
        <translation>
            <numerusform>%n Alarm bestätigt.</numerusform>
            <numerusform>%n Alarme bestätigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>Keine offenen Alarme.</translation>
    </message>
    <message>
        <source>  (acknowledged)</source>
        <translation>  (bestätigt)</translation>
    </message>
    <message numerus="yes">
        <source>  search (%1, %n trial(s))</source>
        <translation>
            <numerusform>  Suche (%1, %n Versuch)</numerusform>
            <numerusform>  Suche (%1, %n Versuche)</numerusform>
        </translation>
    </message>
    <message>
        <source>  search (%1)</source>
        <translation>  Suche (%1)</translation>
    </message>
    <message>
        <source>  priority %1</source>
        <translation>  Priorität %1</translation>
    </message>
    <message>
        <source>queue add needs --symbol, --timeframe and --bot.</source>
        <translation>queue add benötigt --symbol, --timeframe und --bot.</translation>
    </message>
    <message>
        <source>already queued as job #%1</source>
        <translation>bereits als Auftrag #%1 eingereiht</translation>
    </message>
    <message>
        <source>queued job #%1</source>
        <translation>Auftrag #%1 eingereiht</translation>
    </message>
    <message>
        <source>queue auto needs --symbols, --timeframes and --bots.</source>
        <translation>queue auto benötigt --symbols, --timeframes und --bots.</translation>
    </message>
    <message>
        <source>%1 jobs queued (%2 were already queued), %3 combinations skipped</source>
        <translation>%1 Aufträge eingereiht (%2 waren bereits eingereiht), %3 Kombinationen übersprungen</translation>
    </message>
    <message>
        <source>  skipped </source>
        <translation>  übersprungen: </translation>
    </message>
    <message>
        <source>Queue run by process %1</source>
        <translation>Warteschlange läuft in Prozess %1</translation>
    </message>
    <message>
        <source>No queue is running</source>
        <translation>Keine Warteschlange läuft</translation>
    </message>
    <message>
        <source>pending %1 · running %2 · completed %3 · failed %4 · cancelled %5 · interrupted %6</source>
        <translation>wartend %1 · laufend %2 · abgeschlossen %3 · fehlgeschlagen %4 · abgebrochen %5 · unterbrochen %6</translation>
    </message>
    <message>
        <source>  #%1 %2 %3%  %4</source>
        <translation>  #%1 %2 %3%  %4</translation>
    </message>
    <message>
        <source>-- recent --</source>
        <translation>-- zuletzt --</translation>
    </message>
    <message>
        <source>queue %1 needs --job with a job id (see queue list).</source>
        <translation>queue %1 benötigt --job mit einer Auftrags-ID (siehe queue list).</translation>
    </message>
    <message>
        <source>job #%1 is pending again</source>
        <translation>Auftrag #%1 wartet wieder</translation>
    </message>
    <message>
        <source>job #%1 removed</source>
        <translation>Auftrag #%1 entfernt</translation>
    </message>
    <message>
        <source>Sent “%1” to the queue running in process %2.</source>
        <translation>„%1“ an die Warteschlange in Prozess %2 gesendet.</translation>
    </message>
    <message>
        <source>No queue is running; removed %1 pending jobs.</source>
        <translation>Keine Warteschlange läuft; %1 wartende Aufträge entfernt.</translation>
    </message>
    <message>
        <source>No queue is running; start one with: modeldeck-cli queue run</source>
        <translation>Keine Warteschlange läuft; starten Sie eine mit: modeldeck-cli queue run</translation>
    </message>
    <message>
        <source>started </source>
        <translation>gestartet: </translation>
    </message>
    <message>
        <source>finished #%1 %2</source>
        <translation>#%1 %2 abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) whose model was saved before ModelDeck stopped marked completed</source>
        <translation>
            <numerusform>%n Auftrag, dessen Modell vor dem Beenden von ModelDeck gespeichert wurde, als abgeschlossen markiert</numerusform>
            <numerusform>%n Aufträge, deren Modell vor dem Beenden von ModelDeck gespeichert wurde, als abgeschlossen markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) left unfinished when ModelDeck stopped queued again</source>
        <translation>
            <numerusform>%n beim Beenden von ModelDeck unfertiger Auftrag erneut eingereiht</numerusform>
            <numerusform>%n beim Beenden von ModelDeck unfertige Aufträge erneut eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) failed: interrupted %1 times in a row</source>
        <translation>
            <numerusform>%n Auftrag fehlgeschlagen: %1-mal in Folge unterbrochen</numerusform>
            <numerusform>%n Aufträge fehlgeschlagen: %1-mal in Folge unterbrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue empty: %1 completed, %2 failed, %3 cancelled, %4 interrupted</source>
        <translation>Warteschlange leer: %1 abgeschlossen, %2 fehlgeschlagen, %3 abgebrochen, %4 unterbrochen</translation>
    </message>
    <message>
        <source>queue needs one action: add, auto, list, status, run, retry, remove, pause, resume, stop or force-stop.</source>
        <translation>queue benötigt eine Aktion: add, auto, list, status, run, retry, remove, pause, resume, stop oder force-stop.</translation>
    </message>
    <message>
        <source>unknown queue action “%1”.</source>
        <translation>Unbekannte queue-Aktion „%1“.</translation>
    </message>
    <message>
        <source>--record must be a training record id.</source>
        <translation>--record muss die ID eines Trainingsprotokolls sein.</translation>
    </message>
    <message>
        <source>retrain needs either --model NAME or --record ID.</source>
        <translation>retrain benötigt entweder --model NAME oder --record ID.</translation>
    </message>
    <message>
        <source>--reason is longer than %1 characters.</source>
        <translation>--reason ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Already queued as job %1 — %2</source>
        <translation>Bereits als Auftrag %1 eingereiht — %2</translation>
    </message>
    <message>
        <source>Queued job %1 — %2</source>
        <translation>Auftrag %1 eingereiht — %2</translation>
    </message>
    <message>
        <source>(no finished %1 job to estimate from yet)</source>
        <translation>(noch kein abgeschlossener %1-Auftrag für eine Schätzung)</translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation>Es gibt keinen Auftrag %1.</translation>
    </message>
    <message>
        <source>Job %1 is a training job, not a search.</source>
        <translation>Auftrag %1 ist ein Trainingsauftrag, keine Suche.</translation>
    </message>
    <message>
        <source>Search job %1 is running in process %2.</source>
        <translation>Suchauftrag %1 läuft in Prozess %2.</translation>
    </message>
    <message>
        <source>Search job %1 has completed; its model is record %2.</source>
        <translation>Suchauftrag %1 ist abgeschlossen; sein Modell ist Datensatz %2.</translation>
    </message>
    <message>
        <source>search needs --symbol, --timeframe and --bot (or --job N to resume).</source>
        <translation>search benötigt --symbol, --timeframe und --bot (oder --job N zum Fortsetzen).</translation>
    </message>
    <message>
        <source>The same search is already running as job %1 in process %2.</source>
        <translation>Dieselbe Suche läuft bereits als Auftrag %1 in Prozess %2.</translation>
    </message>
    <message>
        <source> · best validation skill %1</source>
        <translation> · bester Validierungs-Skill %1</translation>
    </message>
    <message>
        <source>Trial  State          Skill  Model skill  Seconds  Params</source>
        <translation>Vers.  Zustand        Skill  Modell-Skill Sek.     Parameter</translation>
    </message>
    <message numerus="yes">
        <source>Walk-forward over %n fold(s): RMSE %1 · naive RMSE %2 · skill vs naive %3</source>
        <translation>
            <numerusform>Walk-Forward über %n Fold: RMSE %1 · naive RMSE %2 · Skill ggü. naiv %3</numerusform>
            <numerusform>Walk-Forward über %n Folds: RMSE %1 · naive RMSE %2 · Skill ggü. naiv %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Best trial %1 retrained and saved as record %2: test RMSE %3 · skill vs naive %4</source>
        <translation>Bester Versuch %1 neu trainiert und als Datensatz %2 gespeichert: Test-RMSE %3 · Skill ggü. naiv %4</translation>
    </message>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation>--%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Search job %1 is no longer pending: another process took it.</source>
        <translation>Suchauftrag %1 wartet nicht mehr: Ein anderer Prozess hat ihn übernommen.</translation>
    </message>
    <message>
        <source>Search job #%1: %2 %3 %4</source>
        <translation>Suchauftrag #%1: %2 %3 %4</translation>
    </message>
    <message>
        <source>interrupted (Ctrl+C); resume with search --job %1</source>
        <translation>unterbrochen (Strg+C); fortsetzen mit search --job %1</translation>
    </message>
    <message>
        <source>import, symbols, resample, train, search, fetch, queue, predict, models, predictions, metrics, drift, alerts, audit, abtest, retrain, features or strategy</source>
        <translation>import, symbols, resample, train, search, fetch, queue, predict, models, predictions, metrics, drift, alerts, audit, abtest, retrain, features oder strategy</translation>
    </message>
    <message>
        <source>Workspace folder (default: $MODELDECK_WORKSPACE or the per-user one).</source>
        <translation>Arbeitsbereichsordner (Standard: $MODELDECK_WORKSPACE oder der benutzereigene).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>Symbol, e.g. TCS.NS.</source>
        <translation>Symbol, z. B. TCS.NS.</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>symbol</translation>
    </message>
    <message>
        <source>Timeframe, e.g. 5m, 1h, 1d.</source>
        <translation>Zeitrahmen, z. B. 5m, 1h, 1d.</translation>
    </message>
    <message>
        <source>tf</source>
        <translation>tf</translation>
    </message>
    <message>
        <source>Time zone of naive timestamps (IANA name).</source>
        <translation>Zeitzone naiver Zeitstempel (IANA-Name).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>auto, day-first or month-first for dates like 03-04-2024.</source>
        <translation>auto, day-first oder month-first für Datumsangaben wie 03-04-2024.</translation>
    </message>
    <message>
        <source>order</source>
        <translation>reihenfolge</translation>
    </message>
    <message>
        <source>Rows with impossible values (open or close outside low–high, negatives): keep imports them flagged as invalid, reject refuses the file (default: %1).</source>
        <translation>Zeilen mit unmöglichen Werten (Eröffnung oder Schluss außerhalb Tief–Hoch, negative Werte): keep importiert sie als ungültig markiert, reject lehnt die Datei ab (Standard: %1).</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>regel</translation>
    </message>
    <message>
        <source>Source timeframe (resample), or first date (fetch: YYYY-MM-DD or ISO time, UTC).</source>
        <translation>Quell-Zeitrahmen (resample) oder erstes Datum (fetch: JJJJ-MM-TT oder ISO-Zeit, UTC).</translation>
    </message>
    <message>
        <source>tf|date</source>
        <translation>tf|datum</translation>
    </message>
    <message>
        <source>Target timeframe (resample), or end date, exclusive (fetch; default: now).</source>
        <translation>Ziel-Zeitrahmen (resample) oder Enddatum, exklusiv (fetch; Standard: jetzt).</translation>
    </message>
    <message>
        <source>Model: lstm_bot, gru_bot, transformer_bot, mlp_bot, linear_bot, naive.</source>
        <translation>Modell: lstm_bot, gru_bot, transformer_bot, mlp_bot, linear_bot, naive.</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>bot</translation>
    </message>
    <message>
        <source>Bars ahead to predict (default 1).</source>
        <translation>Vorherzusagende Kerzen voraus (Standard 1).</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Hyperparameters as JSON text or a JSON file.</source>
        <translation>Hyperparameter als JSON-Text oder JSON-Datei.</translation>
    </message>
    <message>
        <source>json|file</source>
        <translation>json|datei</translation>
    </message>
    <message>
        <source>Torch threads per job (default: 1).</source>
        <translation>Torch-Threads pro Auftrag (Standard: 1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Comma-separated symbols (queue auto, fetch).</source>
        <translation>Kommagetrennte Symbole (queue auto, fetch).</translation>
    </message>
    <message>
        <source>Market-data provider: yahoo, binance or binance-us.</source>
        <translation>Marktdatenanbieter: yahoo, binance oder binance-us.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Provider base URL, e.g. a mirror (default: the download/…BaseUrl setting).</source>
        <translation>Basis-URL des Anbieters, z. B. ein Spiegelserver (Standard: die Einstellung download/…BaseUrl).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Comma-separated timeframes (queue auto).</source>
        <translation>Kommagetrennte Zeitrahmen (queue auto).</translation>
    </message>
    <message>
        <source>Comma-separated bots (queue auto).</source>
        <translation>Kommagetrennte Bots (queue auto).</translation>
    </message>
    <message>
        <source>Queue priority; higher runs first.</source>
        <translation>Priorität in der Warteschlange; höhere läuft zuerst.</translation>
    </message>
    <message>
        <source>Concurrent training jobs for queue run (default: the cores divided by the threads per job).</source>
        <translation>Gleichzeitige Trainingsaufträge für queue run (Standard: Kerne geteilt durch Threads pro Auftrag).</translation>
    </message>
    <message>
        <source>Job id (queue retry|remove).</source>
        <translation>Auftrags-ID (queue retry|remove).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Automatic retries after a failure.</source>
        <translation>Automatische Wiederholungen nach einem Fehler.</translation>
    </message>
    <message>
        <source>Registered model name (predict, predictions list).</source>
        <translation>Name des registrierten Modells (predict, predictions list).</translation>
    </message>
    <message>
        <source>Model name in the registry (models …).</source>
        <translation>Modellname im Modellregister (models …).</translation>
    </message>
    <message>
        <source>Model version (default: the latest).</source>
        <translation>Modellversion (Standard: die neueste).</translation>
    </message>
    <message>
        <source>Training record id (models save).</source>
        <translation>ID des Trainingsprotokolls (models save).</translation>
    </message>
    <message>
        <source>Model description.</source>
        <translation>Modellbeschreibung.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Comma-separated model tags.</source>
        <translation>Kommagetrennte Modell-Tags.</translation>
    </message>
    <message>
        <source>Make the saved or imported model the active one of its symbol and timeframe.</source>
        <translation>Das gespeicherte oder importierte Modell zum aktiven für sein Symbol und seinen Zeitrahmen machen.</translation>
    </message>
    <message>
        <source>Store the prediction in the workspace (predict).</source>
        <translation>Vorhersage im Arbeitsbereich speichern (predict).</translation>
    </message>
    <message>
        <source>The accuracy recorded at each fill, oldest first (metrics); past A/B tests (abtest); acknowledged ones too (alerts).</source>
        <translation>Die bei jedem Eintragen erfasste Genauigkeit, älteste zuerst (metrics); frühere A/B-Tests (abtest); auch bestätigte (alerts).</translation>
    </message>
    <message>
        <source>Folder to export into (models export).</source>
        <translation>Zielordner für den Export (models export).</translation>
    </message>
    <message>
        <source>JSON description of an imported model (default: FILE with .json).</source>
        <translation>JSON-Beschreibung eines importierten Modells (Standard: FILE mit .json).</translation>
    </message>
    <message>
        <source>Most rows to list.</source>
        <translation>Höchstzahl aufzulistender Zeilen.</translation>
    </message>
    <message>
        <source>Search method: grid, random or bayes (default: bayes).</source>
        <translation>Suchmethode: grid, random oder bayes (Standard: bayes).</translation>
    </message>
    <message>
        <source>Most trials of a search (default 20).</source>
        <translation>Höchstzahl an Versuchen einer Suche (Standard 20).</translation>
    </message>
    <message>
        <source>Wall-time budget of a search in seconds (default: none).</source>
        <translation>Zeitbudget einer Suche in Sekunden (Standard: keines).</translation>
    </message>
    <message>
        <source>Search space as JSON text or a JSON file (default: the bot&apos;s).</source>
        <translation>Suchraum als JSON-Text oder JSON-Datei (Standard: der des Bots).</translation>
    </message>
    <message>
        <source>Walk-forward validation of the best configuration: train,test,step in bars, optionally ,sliding.</source>
        <translation>Walk-Forward-Validierung der besten Konfiguration: train,test,step in Kerzen, optional ,sliding.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>spez</translation>
    </message>
    <message>
        <source>Seed of the search&apos;s sampler.</source>
        <translation>Seed des Samplers der Suche.</translation>
    </message>
    <message>
        <source>queue add: a hyperparameter search job (with --method, --trials, …) instead of one training run.</source>
        <translation>queue add: ein Hyperparameter-Suchauftrag (mit --method, --trials, …) statt eines einzelnen Trainingslaufs.</translation>
    </message>
    <message>
        <source>Acknowledge alerts: comma-separated ids, or all (alerts).</source>
        <translation>Alarme bestätigen: kommagetrennte IDs oder all (alerts).</translation>
    </message>
    <message>
        <source>ids|all</source>
        <translation>ids|all</translation>
    </message>
    <message>
        <source>Check the model&apos;s inputs for drift now (drift).</source>
        <translation>Eingaben des Modells jetzt auf Drift prüfen (drift).</translation>
    </message>
    <message>
        <source>First raise an alert for each active model older than this (alerts).</source>
        <translation>Zuerst einen Alarm für jedes aktive Modell auslösen, das älter ist als dieser Wert (alerts).</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>stunden</translation>
    </message>
    <message>
        <source>The second registered model of an A/B test (abtest).</source>
        <translation>Das zweite registrierte Modell eines A/B-Tests (abtest).</translation>
    </message>
    <message>
        <source>Version of --model-b (default: the latest).</source>
        <translation>Version von --model-b (Standard: die neueste).</translation>
    </message>
    <message>
        <source>Forecasts each model makes in an A/B test (default 250).</source>
        <translation>Prognosen, die jedes Modell in einem A/B-Test erstellt (Standard 250).</translation>
    </message>
    <message>
        <source>Activate the A/B test&apos;s winner, if the difference is significant (abtest).</source>
        <translation>Gewinner des A/B-Tests aktivieren, falls der Unterschied signifikant ist (abtest).</translation>
    </message>
    <message>
        <source>Why the model is retrained, kept with the job (retrain).</source>
        <translation>Warum das Modell neu trainiert wird; wird beim Auftrag gespeichert (retrain).</translation>
    </message>
    <message>
        <source>queue run: keep running and retrain stale active models in the retraining window (Settings ▸ Retraining).</source>
        <translation>queue run: weiterlaufen und veraltete aktive Modelle im Zeitfenster für neues Training neu trainieren (Einstellungen ▸ Neues Training).</translation>
    </message>
    <message>
        <source>Confirm without asking (importing runs code from the file; deleting is final).</source>
        <translation>Ohne Nachfrage bestätigen (Importieren führt Code aus der Datei aus; Löschen ist endgültig).</translation>
    </message>
    <message>
        <source>Drift on “%1”: could not queue a retrain: %2</source>
        <translation>Drift bei „%1“: Neutraining konnte nicht eingereiht werden: %2</translation>
    </message>
    <message>
        <source>Drift on “%1”: its retrain is already queued as job %2.</source>
        <translation>Drift bei „%1“: Das Neutraining ist bereits als Auftrag %2 eingereiht.</translation>
    </message>
    <message>
        <source>Drift on “%1”: queued retrain job %2.</source>
        <translation>Drift bei „%1“: Neutraining als Auftrag %2 eingereiht.</translation>
    </message>
    <message>
        <source>Retraining schedule: %1–%2, models older than %3 hours, at most %4 per run, checked every %5 min</source>
        <translation>Zeitplan für neues Training: %1–%2, Modelle älter als %3 Stunden, höchstens %4 pro Lauf, Prüfung alle %5 Min.</translation>
    </message>
    <message>
        <source>Scheduled retraining: %1 queued, %2 already queued</source>
        <translation>Geplantes neues Training: %1 eingereiht, %2 bereits eingereiht</translation>
    </message>
    <message>
        <source>  job %1: %2 %3 %4 — %5</source>
        <translation>  Auftrag %1: %2 %3 %4 — %5</translation>
    </message>
    <message>
        <source>Not refreshing before retraining: %1</source>
        <translation>Keine Aktualisierung vor dem neuen Training: %1</translation>
    </message>
    <message>
        <source>Not refreshing before retraining: the workspace&apos;s series cannot be read.</source>
        <translation>Keine Aktualisierung vor dem neuen Training: Die Reihen des Arbeitsbereichs können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Not refreshed: %1 %2: %3</source>
        <translation>Nicht aktualisiert: %1 %2: %3</translation>
    </message>
    <message>
        <source>Refreshing %1 failed: %2</source>
        <translation>Aktualisierung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Refreshed %1 %2</source>
        <translation>Aktualisierung von %1 %2 abgeschlossen</translation>
    </message>
    <message>
        <source>--param must be key=value; got “%1”.</source>
        <translation>--param muss key=value sein; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--%1 is a fraction per trade side from 0 to below 1 (0.001 = 0.1 %); got “%2”.</source>
        <translation>--%1 ist ein Anteil je Handelsseite von 0 bis unter 1 (0.001 = 0,1 %); erhalten: „%2“.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of 0 or more.</source>
        <translation>--%1 muss eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message>
        <source>  Total return %1 · buy and hold %2 · CAGR %3</source>
        <translation>  Gesamtrendite %1 · Buy-and-Hold %2 · CAGR %3</translation>
    </message>
    <message>
        <source>  Sharpe %1 · Sortino %2 · max drawdown %3 · Calmar %4</source>
        <translation>  Sharpe %1 · Sortino %2 · max. Drawdown %3 · Calmar %4</translation>
    </message>
    <message>
        <source>  Trades %1 · win rate %2 · profit factor %3 · exposure %4</source>
        <translation>  Trades %1 · Trefferquote %2 · Profitfaktor %3 · Exposure %4</translation>
    </message>
    <message>
        <source>strategy %1 needs --symbol, --timeframe and --strategy.</source>
        <translation>strategy %1 braucht --symbol, --timeframe und --strategy.</translation>
    </message>
    <message>
        <source>%1 on %2 %3 (%4 bars): %5</source>
        <translation>%1 auf %2 %3 (%4 Kerzen): %5</translation>
    </message>
    <message numerus="yes">
        <source>Last %n trade(s):</source>
        <translation>
            <numerusform>Letzter %n Trade:</numerusform>
            <numerusform>Letzte %n Trades:</numerusform>
        </translation>
    </message>
    <message>
        <source>long </source>
        <translation>long </translation>
    </message>
    <message>
        <source>short</source>
        <translation>short</translation>
    </message>
    <message>
        <source> (open)</source>
        <translation> (offen)</translation>
    </message>
    <message>
        <source>--optimizer must be tpe, random or grid; got “%1”.</source>
        <translation>--optimizer muss tpe, random oder grid sein; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>--save needs a NAME: strategy train … --save NAME.</source>
        <translation>--save braucht einen NAMEN: strategy train … --save NAME.</translation>
    </message>
    <message>
        <source> fold %1/%2</source>
        <translation> Fold %1/%2</translation>
    </message>
    <message>
        <source> · %1/%2</source>
        <translation> · %1/%2</translation>
    </message>
    <message>
        <source> · best %1 %2 %3</source>
        <translation> · beste %1 %2 %3</translation>
    </message>
    <message>
        <source> · current %1</source>
        <translation> · aktuell %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2 %3: best %4 %5 with %6 over %n trial(s)</source>
        <translation>
            <numerusform>%1 auf %2 %3: beste %4 %5 mit %6 über %n Versuch</numerusform>
            <numerusform>%1 auf %2 %3: beste %4 %5 mit %6 über %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>On the optimisation window (%1 bars):</source>
        <translation>Im Optimierungsfenster (%1 Kerzen):</translation>
    </message>
    <message>
        <source>Walk-forward (each fold searched on its train window, tested on the next):</source>
        <translation>Walk-Forward (jeder Fold im eigenen Trainingsfenster gesucht, im nächsten getestet):</translation>
    </message>
    <message>
        <source>  fold %1  test %2 … %3  return %4 (buy and hold %5)  %6 %7  %8</source>
        <translation>  Fold %1  Test %2 … %3  Rendite %4 (Buy-and-Hold %5)  %6 %7  %8</translation>
    </message>
    <message>
        <source>  chained test return %1 · buy and hold %2 · %3 of %4 folds positive</source>
        <translation>  verkettete Testrendite %1 · Buy-and-Hold %2 · %3 von %4 Folds positiv</translation>
    </message>
    <message>
        <source>Saved as strategy configuration “%1” (id %2).</source>
        <translation>Als Strategiekonfiguration „%1“ gespeichert (ID %2).</translation>
    </message>
    <message>
        <source>No saved strategy configurations.</source>
        <translation>Keine gespeicherten Strategiekonfigurationen.</translation>
    </message>
    <message>
        <source>strategy %1 needs --name NAME (or the id).</source>
        <translation>strategy %1 braucht --name NAME (oder die ID).</translation>
    </message>
    <message>
        <source>strategy export needs --out FILE.</source>
        <translation>strategy export braucht --out FILE.</translation>
    </message>
    <message>
        <source>Overwrite %1?</source>
        <translation>%1 überschreiben?</translation>
    </message>
    <message>
        <source>%1 exists; pass --yes to overwrite it.</source>
        <translation>%1 existiert; übergeben Sie --yes, um die Datei zu überschreiben.</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>„%1“ nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Delete strategy configuration “%1”?</source>
        <translation>Strategiekonfiguration „%1“ löschen?</translation>
    </message>
    <message>
        <source>Not deleted; pass --yes to confirm.</source>
        <translation>Nicht gelöscht; übergeben Sie --yes zur Bestätigung.</translation>
    </message>
    <message>
        <source>Deleted strategy configuration “%1”.</source>
        <translation>Strategiekonfiguration „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>A strategy parameter, key=value; repeat for more.</source>
        <translation>Ein Strategieparameter, key=value; für weitere wiederholen.</translation>
    </message>
    <message>
        <source>k=v</source>
        <translation>k=v</translation>
    </message>
    <message>
        <source>Commission per trade side as a fraction (0.001).</source>
        <translation>Provision je Handelsseite als Anteil (0.001).</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>anteil</translation>
    </message>
    <message>
        <source>Slippage per trade side as a fraction of the price.</source>
        <translation>Slippage je Handelsseite als Anteil des Preises.</translation>
    </message>
    <message>
        <source>Allow short positions (strategy backtest|train).</source>
        <translation>Short-Positionen erlauben (strategy backtest|train).</translation>
    </message>
    <message>
        <source>What strategy train maximises: %1 (default sharpe).</source>
        <translation>Was strategy train maximiert: %1 (Standard: sharpe).</translation>
    </message>
    <message>
        <source>tpe (default), random or grid (strategy train).</source>
        <translation>tpe (Standard), random oder grid (strategy train).</translation>
    </message>
    <message>
        <source>Backtests per search (strategy train; default 50).</source>
        <translation>Backtests je Suche (strategy train; Standard: 50).</translation>
    </message>
    <message>
        <source>Walk-forward train window in days (strategy train).</source>
        <translation>Walk-Forward-Trainingsfenster in Tagen (strategy train).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>tage</translation>
    </message>
    <message>
        <source>Walk-forward test window in days (strategy train).</source>
        <translation>Walk-Forward-Testfenster in Tagen (strategy train).</translation>
    </message>
    <message>
        <source>strategy backtest --json: add the equity and drawdown per bar.</source>
        <translation>strategy backtest --json: Equity und Drawdown je Kerze hinzufügen.</translation>
    </message>
    <message>
        <source>ModelDeck command line.

Commands:
  import FILE... [--symbol S] [--timeframe T] [--tz ZONE] [--date-order O] [--invalid-rows P]
  symbols
  resample --symbol S --from 5m --to 1h
  train --symbol S --timeframe T --bot B [--horizon H] [--params JSON|FILE] [--threads N]
  fetch --provider yahoo|binance|binance-us --symbols A,B --timeframe T [--from DATE] [--to DATE]
        [--base-url URL]   (without --from: from the newest stored bar)
  search --symbol S --timeframe T --bot B [--method grid|random|bayes] [--trials N] [--seconds N]
         [--params P] [--space JSON|FILE] [--walk-forward train,test,step[,sliding]] [--seed N] [--workers N]
  search --job N   (resume a stopped search from its recorded trials)
  queue add --symbol S --timeframe T --bot B [--horizon H] [--params P] [--priority N] [--max-retries N]
            [--search with the search options above]
  queue auto --symbols A,B --timeframes 5m,1h --bots lstm_bot,gru_bot [--params P]
  queue retry|remove --job N
  queue list | status | run | pause | resume | stop | force-stop
  queue run --schedule   (keeps running; retrains stale active models in the retraining window)
  retrain --model NAME | --record ID [--reason TEXT]   (job id, duplicate, ETA)
  predict --model NAME --horizon H [--save]
  models list [--name N] [--symbol S] [--timeframe T]
  models save --record ID --name N [--description D] [--tags a,b] [--activate]
  models activate --name N [--model-version V]
  models import FILE [--sidecar JSON] [--name N] [--symbol S] [--timeframe T] [--activate] --yes
  models export --name N [--model-version V] --out DIR [--yes to overwrite]
  models delete --name N [--model-version V] --yes
  predictions list [--model N] [--horizon H] [--symbol S] [--limit N] | predictions fill
  metrics --model N [--horizon H] [--limit WINDOW] [--history]   (saved predictions vs their actuals)
  drift --model N [--check] [--limit N]   (stored drift checks; --check tests the inputs now)
  alerts [--history] [--limit N] [--stale-hours H] [--ack IDS|all]   (drift, repeated job failures, stale active models)
  audit [--action A,B] [--from T] [--to T] [--limit N] [--csv FILE]   (who did what, newest first)
  alerts [--history] [--limit N]   (drift found in saved models&apos; live accuracy)
  abtest --model A [--model-version V] --model-b B [--model-b-version V] [--window N] [--horizon H]
         [--activate-winner]   (both on the same recent bars; Diebold–Mariano verdict)
  abtest --history [--model A] [--model-b B] [--limit N]
  features export --symbol S --timeframe T --out DIR [--bot B] [--params P] [--horizon H]
        (a table to train on elsewhere; bench/reference/export_xgboost.py imports back)
  strategy list   (built-in strategies and their parameter spaces)
  strategy backtest --symbol S --timeframe T --strategy NAME [--param k=v ...] [--commission F] [--slippage F] [--short] [--curves]
  strategy train --symbol S --timeframe T --strategy NAME [--objective sharpe] [--optimizer tpe|random|grid] [--budget N]
        [--train-days D --test-days D] [--param k=v (held fixed)] [--space JSON|FILE] [--seed N] [--save NAME] [--queue]
  strategy job-result JOB   (a finished strategy training job&apos;s result)
  strategy configs [--symbol S] [--timeframe T] [--strategy NAME] | show|delete --name N|ID | export --name N --out FILE</source>
        <translation>ModelDeck-Befehlszeile.

Befehle:
  import FILE... [--symbol S] [--timeframe T] [--tz ZONE] [--date-order O] [--invalid-rows P]
  symbols
  resample --symbol S --from 5m --to 1h
  train --symbol S --timeframe T --bot B [--horizon H] [--params JSON|FILE] [--threads N]
  fetch --provider yahoo|binance|binance-us --symbols A,B --timeframe T [--from DATE] [--to DATE]
        [--base-url URL]   (ohne --from: ab der neuesten gespeicherten Kerze)
  search --symbol S --timeframe T --bot B [--method grid|random|bayes] [--trials N] [--seconds N]
         [--params P] [--space JSON|FILE] [--walk-forward train,test,step[,sliding]] [--seed N] [--workers N]
  search --job N   (eine gestoppte Suche ab ihren erfassten Versuchen fortsetzen)
  queue add --symbol S --timeframe T --bot B [--horizon H] [--params P] [--priority N] [--max-retries N]
            [--search mit den obigen Suchoptionen]
  queue auto --symbols A,B --timeframes 5m,1h --bots lstm_bot,gru_bot [--params P]
  queue retry|remove --job N
  queue list | status | run | pause | resume | stop | force-stop
  queue run --schedule   (läuft weiter; trainiert veraltete aktive Modelle im Zeitfenster für neues Training neu)
  retrain --model NAME | --record ID [--reason TEXT]   (Auftrags-ID, Duplikat, voraussichtliches Ende)
  predict --model NAME --horizon H [--save]
  models list [--name N] [--symbol S] [--timeframe T]
  models save --record ID --name N [--description D] [--tags a,b] [--activate]
  models activate --name N [--model-version V]
  models import FILE [--sidecar JSON] [--name N] [--symbol S] [--timeframe T] [--activate] --yes
  models export --name N [--model-version V] --out DIR [--yes zum Überschreiben]
  models delete --name N [--model-version V] --yes
  predictions list [--model N] [--horizon H] [--symbol S] [--limit N] | predictions fill
  metrics --model N [--horizon H] [--limit WINDOW] [--history]   (gespeicherte Vorhersagen ggü. ihren tatsächlichen Werten)
  drift --model N [--check] [--limit N]   (gespeicherte Drift-Prüfungen; --check prüft die Eingaben jetzt)
  alerts [--history] [--limit N] [--stale-hours H] [--ack IDS|all]   (Drift, wiederholte Auftragsfehler, veraltete aktive Modelle)
  audit [--action A,B] [--from T] [--to T] [--limit N] [--csv FILE]   (wer hat was getan, neueste zuerst)
  alerts [--history] [--limit N]   (Drift in der Live-Genauigkeit gespeicherter Modelle)
  abtest --model A [--model-version V] --model-b B [--model-b-version V] [--window N] [--horizon H]
         [--activate-winner]   (beide auf denselben aktuellen Kerzen; Diebold-Mariano-Urteil)
  abtest --history [--model A] [--model-b B] [--limit N]
  features export --symbol S --timeframe T --out DIR [--bot B] [--params P] [--horizon H]
        (eine Tabelle zum Training an anderer Stelle; bench/reference/export_xgboost.py importiert zurück)
  strategy list   (eingebaute Strategien und ihre Parameterräume)
  strategy backtest --symbol S --timeframe T --strategy NAME [--param k=v ...] [--commission F] [--slippage F] [--short] [--curves]
  strategy train --symbol S --timeframe T --strategy NAME [--objective sharpe] [--optimizer tpe|random|grid] [--budget N]
        [--train-days D --test-days D] [--param k=v (fest gehalten)] [--space JSON|FILE] [--seed N] [--save NAME] [--queue]
  strategy job-result JOB   (das Ergebnis eines beendeten Strategietrainingsauftrags)
  strategy configs [--symbol S] [--timeframe T] [--strategy NAME] | show|delete --name N|ID | export --name N --out FILE</translation>
    </message>
    <message numerus="yes">
        <source>  strategy (%1, %2, %n backtest(s))</source>
        <translation>
            <numerusform>  Strategie (%1, %2, %n Backtest)</numerusform>
            <numerusform>  Strategie (%1, %2, %n Backtests)</numerusform>
        </translation>
    </message>
    <message>
        <source> → saves “%1”</source>
        <translation> → speichert „%1“</translation>
    </message>
    <message>
        <source>Job %1 is a strategy training, not a search; see strategy job-result %1.</source>
        <translation>Auftrag %1 ist ein Strategietraining, keine Suche; siehe strategy job-result %1.</translation>
    </message>
    <message>
        <source>strategy train: queue the training as a job instead of running it (prints the job id).</source>
        <translation>strategy train: das Training als Auftrag in die Warteschlange stellen, statt es auszuführen (gibt die Auftrags-ID aus).</translation>
    </message>
    <message>
        <source>strategy needs list, backtest, train, job-result, configs, show, export or delete.</source>
        <translation>strategy braucht list, backtest, train, job-result, configs, show, export oder delete.</translation>
    </message>
    <message>
        <source>It runs when the queue runs (the app, or modeldeck-cli queue run); then: modeldeck-cli strategy job-result %1</source>
        <translation>Er läuft, wenn die Warteschlange läuft (die App oder modeldeck-cli queue run); danach: modeldeck-cli strategy job-result %1</translation>
    </message>
    <message>
        <source>strategy job-result needs a job id: strategy job-result JOB.</source>
        <translation>strategy job-result braucht eine Auftrags-ID: strategy job-result JOB.</translation>
    </message>
    <message>
        <source>Strategy job %1 (finished %2):</source>
        <translation>Strategieauftrag %1 (beendet %2):</translation>
    </message>
    <message>
        <source>strategy %1 needs --param %2=…</source>
        <translation>strategy %1 benötigt --param %2=…</translation>
    </message>
    <message>
        <source>  Forecasts of “%1” v%2 (horizon %3), trained on bars up to %4: no signal before the first bar after them.</source>
        <translation>  Prognosen von „%1“ v%2 (Horizont %3), trainiert mit Kerzen bis %4: kein Signal vor der ersten Kerze danach.</translation>
    </message>
    <message>
        <source>  First tradable bar %1 (%2); %3 forecasts.</source>
        <translation>  Erste handelbare Kerze %1 (%2); %3 Prognosen.</translation>
    </message>
    <message>
        <source>fixed, never searched: a registered model&apos;s name or id</source>
        <translation>fest, nie durchsucht: Name oder ID eines registrierten Modells</translation>
    </message>
    <message>
        <source>Strategy: ma_crossover, rsi_reversion, bollinger_breakout, volume_spike_reversal or model_signal (strategy …).</source>
        <translation>Strategie: ma_crossover, rsi_reversion, bollinger_breakout, volume_spike_reversal oder model_signal (strategy …).</translation>
    </message>
</context>
</TS>
