<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Gazette::AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>This article</source>
        <translation>Dieser Artikel</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>Ganze Bibliothek</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>Cohens κ</translation>
    </message>
    <message>
        <source>Span F1</source>
        <translation>Spannen-F1</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Spannen</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorffs α</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa of the two annotators on tokens</source>
        <translation>Cohens Kappa der beiden Annotierenden auf Token-Ebene</translation>
    </message>
    <message>
        <source>F1 of spans with the same start, end and label</source>
        <translation>F1 der Spannen mit gleichem Anfang, Ende und Label</translation>
    </message>
    <message>
        <source>Spans of the first and the second annotator</source>
        <translation>Spannen der ersten und der zweiten Person</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha of all annotators on tokens</source>
        <translation>Krippendorffs Alpha aller Annotierenden auf Token-Ebene</translation>
    </message>
    <message>
        <source>&amp;Articles:</source>
        <translation>&amp;Artikel:</translation>
    </message>
    <message>
        <source>&amp;Annotators:</source>
        <translation>A&amp;nnotierende:</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>Agreement needs two annotators; these articles have %n.</source>
        <translation>
            <numerusform>Übereinstimmung braucht zwei Annotierende; diese Artikel haben %n.</numerusform>
            <numerusform>Übereinstimmung braucht zwei Annotierende; diese Artikel haben %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), %1 tokens; annotators: %2.</source>
        <translation>
            <numerusform>%n Artikel, %1 Token; Annotierende: %2.</numerusform>
            <numerusform>%n Artikel, %1 Token; Annotierende: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>Gazette::Annotation</name>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>Gazette::AnnotationActions</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Re&amp;label…</source>
        <translation>&amp;Neu kennzeichnen …</translation>
    </message>
    <message>
        <source>&amp;Next Suggestion</source>
        <translation>&amp;Nächster Vorschlag</translation>
    </message>
    <message>
        <source>&amp;Previous Suggestion</source>
        <translation>&amp;Vorheriger Vorschlag</translation>
    </message>
    <message>
        <source>Clear Span Selection</source>
        <translation>Auswahl der Textstelle aufheben</translation>
    </message>
    <message>
        <source>Start One Word &amp;Earlier</source>
        <translation>Ein Wort &amp;früher beginnen</translation>
    </message>
    <message>
        <source>Start One Word &amp;Later</source>
        <translation>Ein Wort &amp;später beginnen</translation>
    </message>
    <message>
        <source>End One Word Ea&amp;rlier</source>
        <translation>Ein Wort frü&amp;her enden</translation>
    </message>
    <message>
        <source>End One Word La&amp;ter</source>
        <translation>Ein Wort spä&amp;ter enden</translation>
    </message>
    <message>
        <source>Accept All Suggestions of This &amp;Entity</source>
        <translation>Alle Vorschläge dieser En&amp;tität annehmen</translation>
    </message>
    <message>
        <source>Show All &amp;Mentions</source>
        <translation>Alle Erwähnungen an&amp;zeigen</translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation>Als %1 kennzeichnen</translation>
    </message>
    <message>
        <source>Label Exactly as %1</source>
        <translation>Genau so als %1 kennzeichnen</translation>
    </message>
</context>
<context>
    <name>Gazette::AnnotationEditor</name>
    <message>
        <source>Select some text first, then choose its label.</source>
        <translation>Wählen Sie zuerst Text aus und dann sein Label.</translation>
    </message>
</context>
<context>
    <name>Gazette::AnnotationStore</name>
    <message>
        <source>“%1” could not be upgraded: %2</source>
        <translation>„%1“ konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>A database statement failed.</source>
        <translation>Eine Datenbankanweisung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Es ist keine Bibliothek geöffnet.</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Die Transaktion konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>Der Artikel existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The annotation no longer exists.</source>
        <translation>Die Annotation existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The entity no longer exists.</source>
        <translation>Die Entität existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The fact no longer exists.</source>
        <translation>Der Fakt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The library is busy: another program (or another Gazette) has been writing to it for too long. Nothing was changed; try again when it is done.</source>
        <translation>Die Bibliothek ist belegt: Ein anderes Programm (oder ein anderes Gazette) schreibt schon zu lange hinein. Es wurde nichts geändert; versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>The connection to the library “%1” was lost: nothing was saved. The library is read-only until Gazette reconnects.</source>
        <translation>Die Verbindung zur Bibliothek „%1“ ist abgerissen: Nichts wurde gespeichert. Die Bibliothek ist schreibgeschützt, bis Gazette wieder verbunden ist.</translation>
    </message>
    <message>
        <source>The library “%1” is read-only while its server cannot be reached: nothing was saved.</source>
        <translation>Die Bibliothek „%1“ ist schreibgeschützt, solange ihr Server nicht erreichbar ist: Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Someone else set the review status of “%1” to “%2” meanwhile; your change to “%3” was not saved.</source>
        <translation>Jemand anderes hat den Prüfstatus von „%1“ inzwischen auf „%2“ gesetzt; Ihre Änderung auf „%3“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderes</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Another annotator changed this annotation first (%1): it is now %2 “%3” at %4–%5, %6, version %7. Your change was not saved.</source>
        <translation>Eine andere Person hat diese Annotation zuerst geändert (%1): Sie ist jetzt %2 „%3“ bei %4–%5, %6, Version %7. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Another annotator removed this annotation meanwhile. Your change was not saved.</source>
        <translation>Eine andere Person hat diese Annotation inzwischen entfernt. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Another annotator changed this fact first (%1): it is now “%2 %3 %4”, %5, version %6. Your change was not saved.</source>
        <translation>Eine andere Person hat diese Aussage zuerst geändert (%1): Sie ist jetzt „%2 %3 %4“, %5, Version %6. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Another annotator removed this fact meanwhile. Your change was not saved.</source>
        <translation>Eine andere Person hat diese Aussage inzwischen entfernt. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The server refused your change: only a curator may set an article&apos;s final status, take spans into the final layer, assign articles or remove them. Nothing was saved. (%1)</source>
        <translation>Der Server hat Ihre Änderung abgelehnt: Nur Kuratierende dürfen den endgültigen Status eines Artikels setzen, Spannen in die endgültige Ebene übernehmen, Artikel zuweisen oder entfernen. Nichts wurde gespeichert. (%1)</translation>
    </message>
    <message>
        <source>The server refused your change: only a curator may remove articles. Nothing was saved.</source>
        <translation>Der Server hat Ihre Änderung abgelehnt: Nur Kuratierende dürfen Artikel entfernen. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The server refused your change: only a curator may change an article that is done. Nothing was saved.</source>
        <translation>Der Server hat Ihre Änderung abgelehnt: Nur Kuratierende dürfen einen fertigen Artikel ändern. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The server refused your change: only a curator may reopen “%1”, which is done. Nothing was saved.</source>
        <translation>Der Server hat Ihre Änderung abgelehnt: Nur Kuratierende dürfen „%1“ wieder öffnen, der Artikel ist fertig. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The server refused your change: it belongs to %1, and an annotator may change only their own annotations and facts and the extractor&apos;s suggestions (a curator may change any). Nothing was saved.</source>
        <translation>Der Server hat Ihre Änderung abgelehnt: Sie gehört zu %1, und Annotierende dürfen nur ihre eigenen Annotationen und Fakten sowie die Vorschläge der Extraktion ändern (Kuratierende dürfen alle ändern). Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>the final layer</source>
        <translation>der endgültigen Ebene</translation>
    </message>
</context>
<context>
    <name>Gazette::Article</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>Gazette::ArticleIntake</name>
    <message>
        <source>Imported %1 article(s); %2 already in the library; %3 failed.</source>
        <translation>%1 Artikel importiert; %2 bereits in der Bibliothek; %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 updated to a newer version.</source>
        <translation>%1 auf eine neuere Fassung aktualisiert.</translation>
    </message>
</context>
<context>
    <name>Gazette::ArticleStatus</name>
    <message>
        <source>No article open  ·  Library %1 (articles: %2)</source>
        <translation>Kein Artikel geöffnet  ·  Bibliothek %1 (Artikel: %2)</translation>
    </message>
    <message>
        <source>Words: %1</source>
        <translation>Wörter: %1</translation>
    </message>
    <message>
        <source>%1/%2 suggestions reviewed</source>
        <translation>%1/%2 Vorschläge geprüft</translation>
    </message>
    <message>
        <source>Library %1</source>
        <translation>Bibliothek %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n import warning(s)</source>
        <translation>
            <numerusform>⚠ %n Importwarnung</numerusform>
            <numerusform>⚠ %n Importwarnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gazette::BratFormat</name>
    <message>
        <source>brat standoff (.txt + .ann)</source>
        <translation>brat-Standoff (.txt + .ann)</translation>
    </message>
    <message>
        <source>brat has no confidence, rule or author: they are left out.</source>
        <translation>brat kennt weder Konfidenz noch Regel noch Autor: Diese werden weggelassen.</translation>
    </message>
    <message>
        <source>Facts become relations only when both sides are entities mentioned in the text; facts with a literal value (such as 16%) are left out.</source>
        <translation>Fakten werden nur dann zu Relationen, wenn beide Seiten im Text erwähnte Entitäten sind; Fakten mit einem Literalwert (etwa 16 %) werden weggelassen.</translation>
    </message>
    <message>
        <source>Line %1 of the .ann file is not a valid span: %2</source>
        <translation>Zeile %1 der .ann-Datei ist keine gültige Textstelle: %2</translation>
    </message>
    <message>
        <source>Line %1: the text at %2–%3 is “%4”, not “%5”.</source>
        <translation>Zeile %1: Der Text an Position %2–%3 lautet „%4“, nicht „%5“.</translation>
    </message>
    <message>
        <source>Entity links become brat normalizations (N lines, gazette:entity-ID); brat has no entity names or aliases.</source>
        <translation>Entitätsverknüpfungen werden zu brat-Normalisierungen (N-Zeilen, gazette:entity-ID); brat kennt keine Entitätsnamen oder Aliasse.</translation>
    </message>
    <message>
        <source>A relation&apos;s evidence is read back as the text from one mention to the other; its kind and status are attributes (A lines).</source>
        <translation>Als Beleg einer Relation wird beim Einlesen der Text von der einen Erwähnung bis zur anderen genommen; ihre Art und ihr Status sind Attribute (A-Zeilen).</translation>
    </message>
</context>
<context>
    <name>Gazette::ChartView</name>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Als &amp;SVG speichern…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save this chart as PNG or SVG</source>
        <translation>Dieses Diagramm als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>Gazette::Cli</name>
    <message>
        <source>gazette: unknown command “%1”</source>
        <translation>gazette: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Data format.</source>
        <translation>Datenformat.</translation>
    </message>
    <message>
        <source>Article id (repeatable).</source>
        <translation>Artikel-ID (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Leave suggestions out.</source>
        <translation>Vorschläge weglassen.</translation>
    </message>
    <message>
        <source>Leave facts out.</source>
        <translation>Fakten weglassen.</translation>
    </message>
    <message>
        <source>Output file or folder.</source>
        <translation>Ausgabedatei oder -ordner.</translation>
    </message>
    <message>
        <source>gazette export: unknown format “%1”; one of: %2</source>
        <translation>gazette export: unbekanntes Format „%1“; möglich sind: %2</translation>
    </message>
    <message>
        <source>gazette export: no library at “%1”</source>
        <translation>gazette export: keine Bibliothek unter „%1“</translation>
    </message>
    <message>
        <source>gazette export: the library has no article %1</source>
        <translation>gazette export: Die Bibliothek enthält keinen Artikel %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Exported %1 article(s) as %2 into %3 file(s).</source>
        <translation>%1 Artikel als %2 in %3 Datei(en) exportiert.</translation>
    </message>
    <message>
        <source>Wrote a report of %1 article(s) to %2.</source>
        <translation>Bericht über %1 Artikel nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Seconds to wait for a web page.</source>
        <translation>Wartezeit für eine Webseite in Sekunden.</translation>
    </message>
    <message>
        <source>gazette import: give files, folders or web addresses, and --library LIB</source>
        <translation>gazette import: Geben Sie Dateien, Ordner oder Webadressen sowie --library LIB an</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 article(s); %2 already in the library; %3 failed.</source>
        <translation>%1 Artikel importiert; %2 bereits in der Bibliothek; %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>gazette export: give either FILE... or --library LIB, and -o OUT</source>
        <translation>gazette export: Geben Sie entweder FILE... oder --library LIB sowie -o OUT an</translation>
    </message>
    <message>
        <source>gazette export: there is no article to export</source>
        <translation>gazette export: Es gibt keinen Artikel zum Exportieren</translation>
    </message>
    <message>
        <source>Import without suggestions.</source>
        <translation>Ohne Vorschläge importieren.</translation>
    </message>
    <message>
        <source>json, brat or conll.</source>
        <translation>json, brat oder conll.</translation>
    </message>
    <message>
        <source>Output folder.</source>
        <translation>Ausgabeordner.</translation>
    </message>
    <message>
        <source>gazette extract: unknown format “%1”; one of: %2</source>
        <translation>gazette extract: unbekanntes Format „%1“; möglich sind: %2</translation>
    </message>
    <message>
        <source>gazette extract: name at least one FILE</source>
        <translation>gazette extract: Geben Sie mindestens eine Datei (FILE) an</translation>
    </message>
    <message>
        <source>gazette extract: cannot create the folder “%1”</source>
        <translation>gazette extract: Der Ordner „%1“ kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>gazette extract: %1: %2</source>
        <translation>gazette extract: %1: %2</translation>
    </message>
    <message>
        <source>gazette extract: %1: the file is larger than %2 MiB</source>
        <translation>gazette extract: %1: Die Datei ist größer als %2 MiB</translation>
    </message>
    <message>
        <source>gazette extract: %1: the file has no text</source>
        <translation>gazette extract: %1: Die Datei enthält keinen Text</translation>
    </message>
    <message>
        <source>%1: %2 annotations, %3 facts -&gt; %4</source>
        <translation>%1: %2 Annotationen, %3 Fakten -&gt; %4</translation>
    </message>
    <message>
        <source>Labels to score, comma-separated.</source>
        <translation>Zu bewertende Labels, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>List every missed and spurious span.</source>
        <translation>Jede verpasste und jede überzählige Textstelle auflisten.</translation>
    </message>
    <message>
        <source>give one GOLD_DIR</source>
        <translation>Geben Sie genau ein GOLD_DIR an</translation>
    </message>
    <message>
        <source>spurious</source>
        <translation>überzählig</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>%1 gold articles</source>
        <translation>%1 Gold-Artikel</translation>
    </message>
    <message>
        <source>Model file to write.</source>
        <translation>Zu schreibende Modelldatei.</translation>
    </message>
    <message>
        <source>Passes over the data.</source>
        <translation>Durchläufe über die Daten.</translation>
    </message>
    <message>
        <source>give BRAT_DIR... and -o MODEL</source>
        <translation>BRAT_ORDNER... und -o MODELL angeben</translation>
    </message>
    <message>
        <source>Trained on %1 articles (%2 spans): %3 features, written to %4.</source>
        <translation>Auf %1 Artikeln (%2 Textstellen) trainiert: %3 Merkmale, geschrieben nach %4.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Exports articles as reports or data; FILE... are imported and extracted first. FMT: %1</source>
        <translation>Exportiert Artikel als Berichte oder Daten; DATEI... werden zuerst importiert und ausgewertet. FMT: %1</translation>
    </message>
    <message>
        <source>Adds articles (text, Markdown, web pages, RSS/Atom feeds) to a library, with suggestions.</source>
        <translation>Fügt Artikel (Text, Markdown, Webseiten, RSS-/Atom-Feeds) mit Vorschlägen einer Bibliothek hinzu.</translation>
    </message>
    <message>
        <source>Annotates text files as they are: offsets refer to each file&apos;s text.</source>
        <translation>Annotiert Textdateien, wie sie sind: Positionen beziehen sich auf den Text der jeweiligen Datei.</translation>
    </message>
    <message>
        <source>Scores the extractor against brat gold files (NAME.txt + NAME.ann).</source>
        <translation>Bewertet die Extraktion anhand von brat-Referenzdateien (NAME.txt + NAME.ann).</translation>
    </message>
    <message>
        <source>“%1” is too large.</source>
        <translation>„%1“ ist zu groß.</translation>
    </message>
    <message>
        <source>Read the files as this data format with their annotations (json, jsonld, brat, conll, spacy); by default from the name.</source>
        <translation>Die Dateien in diesem Datenformat mit ihren Annotationen lesen (json, jsonld, brat, conll, spacy); standardmäßig nach dem Namen.</translation>
    </message>
    <message>
        <source>note: %1: %2</source>
        <translation>Hinweis: %1: %2</translation>
    </message>
    <message>
        <source>gazette import: unknown format “%1”</source>
        <translation>gazette import: unbekanntes Format „%1“</translation>
    </message>
    <message>
        <source>Library file or postgresql:// URI.</source>
        <translation>Bibliotheksdatei oder postgresql://-URI.</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>annotation %1: %2 “%3” at %4–%5, %6, version %7, last changed by %8</source>
        <translation>Annotation %1: %2 „%3“ bei %4–%5, %6, Version %7, zuletzt geändert von %8</translation>
    </message>
    <message>
        <source>the extractor</source>
        <translation>die Extraktion</translation>
    </message>
    <message>
        <source>Copies a whole library into a new one: a file to a PostgreSQL database (postgresql://USER@HOST:PORT/DBNAME) or back, with annotations, entities, facts, the lexicon and the history, and checks that every table holds as many rows as the original.</source>
        <translation>Kopiert eine ganze Bibliothek in eine neue: eine Datei in eine PostgreSQL-Datenbank (postgresql://USER@HOST:PORT/DBNAME) oder zurück, mit Annotationen, Entitäten, Fakten, Lexikon und Verlauf, und prüft, dass jede Tabelle so viele Zeilen enthält wie das Original.</translation>
    </message>
    <message>
        <source>gazette library: use “gazette library copy SRC DST”</source>
        <translation>gazette library: „gazette library copy SRC DST“ verwenden</translation>
    </message>
    <message>
        <source>gazette library: no library at “%1”</source>
        <translation>gazette library: keine Bibliothek unter „%1“</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3; every count checked.</source>
        <translation>%1 nach %2 kopiert: %3; alle Zahlen geprüft.</translation>
    </message>
    <message>
        <source>The annotation&apos;s id.</source>
        <translation>Die Kennung der Annotation.</translation>
    </message>
    <message>
        <source>Give it this label.</source>
        <translation>Dieses Label vergeben.</translation>
    </message>
    <message>
        <source>Accept it.</source>
        <translation>Annehmen.</translation>
    </message>
    <message>
        <source>Reject it.</source>
        <translation>Ablehnen.</translation>
    </message>
    <message>
        <source>The version you saw: refused when someone changed it since.</source>
        <translation>Die Version, die Sie gesehen haben: abgelehnt, wenn jemand sie seitdem geändert hat.</translation>
    </message>
    <message>
        <source>Your name, on a library file (a server knows your role).</source>
        <translation>Ihr Name, bei einer Bibliotheksdatei (ein Server kennt Ihre Rolle).</translation>
    </message>
    <message>
        <source>Corrects an annotation. When another annotator changed it first, nothing is written: the command says so, shows the annotation as it is now and exits with status 3.</source>
        <translation>Korrigiert eine Annotation. Hat eine andere Person sie zuerst geändert, wird nichts geschrieben: Der Befehl meldet das, zeigt die Annotation im aktuellen Zustand und endet mit Status 3.</translation>
    </message>
    <message>
        <source>gazette edit: give --library LIB, --annotation ID and --label L, --accept or --reject</source>
        <translation>gazette edit: --library LIB, --annotation ID und --label L, --accept oder --reject angeben</translation>
    </message>
    <message>
        <source>gazette edit: no library at “%1”</source>
        <translation>gazette edit: keine Bibliothek unter „%1“</translation>
    </message>
    <message>
        <source>gazette edit: the library has no annotation %1</source>
        <translation>gazette edit: die Bibliothek hat keine Annotation %1</translation>
    </message>
    <message>
        <source>gazette edit: someone changed the annotation since you saw version %1; nothing was written.</source>
        <translation>gazette edit: jemand hat die Annotation geändert, seit Sie Version %1 gesehen haben; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>jetzt: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Only these articles (ids, comma-separated).</source>
        <translation>Nur diese Artikel (Kennungen, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Only these annotators (comma-separated).</source>
        <translation>Nur diese Annotierenden (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>How far the annotators of a library agree, overall and per label: Cohen&apos;s kappa on tokens and exact-span F1 for each pair, Krippendorff&apos;s alpha for all. Each annotator&apos;s spans are those they made or last changed and did not reject; the extractor&apos;s untouched suggestions are left out.</source>
        <translation>Wie weit die Annotierenden einer Bibliothek übereinstimmen, insgesamt und je Label: Cohens Kappa auf Tokens und F1 exakter Spannen für jedes Paar, Krippendorffs Alpha für alle. Die Spannen einer Person sind die, die sie angelegt oder zuletzt geändert und nicht abgelehnt hat; unbearbeitete Vorschläge der Extraktion bleiben außen vor.</translation>
    </message>
    <message>
        <source>gazette agreement: give --library LIB</source>
        <translation>gazette agreement: --library LIB angeben</translation>
    </message>
    <message>
        <source>gazette agreement: no library at “%1”</source>
        <translation>gazette agreement: keine Bibliothek unter „%1“</translation>
    </message>
    <message>
        <source>gazette agreement: the library has no article %1</source>
        <translation>gazette agreement: die Bibliothek hat keinen Artikel %1</translation>
    </message>
    <message>
        <source>gazette agreement: agreement needs two annotators; the articles have %1 (%2)</source>
        <translation>gazette agreement: Übereinstimmung braucht zwei Annotierende; die Artikel haben %1 (%2)</translation>
    </message>
    <message>
        <source>Agreement over %1 article(s), %2 tokens; annotators: %3</source>
        <translation>Übereinstimmung über %1 Artikel, %2 Tokens; Annotierende: %3</translation>
    </message>
    <message>
        <source>%1 and %2 (%3 tokens both annotated)</source>
        <translation>%1 und %2 (%3 von beiden annotierte Tokens)</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>span F1</source>
        <translation>F1 der Spannen</translation>
    </message>
    <message>
        <source>spans</source>
        <translation>Spannen</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (%1 annotators)</source>
        <translation>Krippendorffs Alpha (%1 Annotierende)</translation>
    </message>
    <message>
        <source>Folder of the new feed.</source>
        <translation>Ordner des neuen Feeds.</translation>
    </message>
    <message>
        <source>Fetch each item&apos;s page and clean it, instead of the feed&apos;s summary.</source>
        <translation>Die Seite jedes Eintrags holen und bereinigen, statt der Zusammenfassung des Feeds.</translation>
    </message>
    <message>
        <source>Minutes between refreshes of the new feed.</source>
        <translation>Minuten zwischen den Aktualisierungen des neuen Feeds.</translation>
    </message>
    <message>
        <source>Remove the feed&apos;s articles older than N days (0: keep all).</source>
        <translation>Artikel des Feeds entfernen, die älter als N Tage sind (0: alle behalten).</translation>
    </message>
    <message>
        <source>Keep the feed&apos;s newest N articles (0: keep all).</source>
        <translation>Die neuesten N Artikel des Feeds behalten (0: alle behalten).</translation>
    </message>
    <message>
        <source>Refresh every feed, not only those that are due.</source>
        <translation>Jeden Feed aktualisieren, nicht nur die fälligen.</translation>
    </message>
    <message>
        <source>Add new articles without suggestions.</source>
        <translation>Neue Artikel ohne Vorschläge hinzufügen.</translation>
    </message>
    <message>
        <source>Seconds to wait for a feed.</source>
        <translation>Sekunden, die auf einen Feed gewartet wird.</translation>
    </message>
    <message>
        <source>OPML file to write.</source>
        <translation>Zu schreibende OPML-Datei.</translation>
    </message>
    <message>
        <source>Subscriptions: “add URL [--folder F]” subscribes to a feed or to the feed a web page names; “list” shows the feeds with their unread articles and errors; “refresh [--all] [FEED...]” fetches the feeds that are due (or all, or those named) and adds their new items as articles; “remove FEED” ends a subscription (its articles stay); “import-opml FILE” and “export-opml -o FILE” exchange subscription lists with other feed readers. FEED is a feed&apos;s id or address.</source>
        <translation>Abonnements: „add URL [--folder F]“ abonniert einen Feed oder den Feed, den eine Webseite nennt; „list“ zeigt die Feeds mit ihren ungelesenen Artikeln und Fehlern; „refresh [--all] [FEED...]“ holt die fälligen Feeds (oder alle, oder die genannten) und fügt ihre neuen Einträge als Artikel hinzu; „remove FEED“ beendet ein Abonnement (seine Artikel bleiben); „import-opml FILE“ und „export-opml -o FILE“ tauschen Abonnementlisten mit anderen Feedreadern aus. FEED ist die Nummer oder Adresse eines Feeds.</translation>
    </message>
    <message>
        <source>gazette feeds: use one of %1 (gazette feeds --help)</source>
        <translation>gazette feeds: verwenden Sie einen von %1 (gazette feeds --help)</translation>
    </message>
    <message>
        <source>gazette feeds %1: give --library LIB</source>
        <translation>gazette feeds %1: geben Sie --library LIB an</translation>
    </message>
    <message>
        <source>gazette feeds %1: no library at “%2”</source>
        <translation>gazette feeds %1: keine Bibliothek unter „%2“</translation>
    </message>
    <message>
        <source>gazette feeds add: give one address</source>
        <translation>gazette feeds add: geben Sie eine Adresse an</translation>
    </message>
    <message>
        <source>Subscribed to “%1” (%2) as feed %3.</source>
        <translation>„%1“ (%2) als Feed %3 abonniert.</translation>
    </message>
    <message>
        <source>No feeds: subscribe with “gazette feeds add URL --library LIB”.</source>
        <translation>Keine Feeds: abonnieren Sie mit „gazette feeds add URL --library LIB“.</translation>
    </message>
    <message>
        <source>%1 unread of %2</source>
        <translation>%1 ungelesen von %2</translation>
    </message>
    <message>
        <source>folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>the library has no feed “%1”</source>
        <translation>die Bibliothek hat keinen Feed „%1“</translation>
    </message>
    <message>
        <source>Refreshed %1 feed(s): %2 new, %3 updated, %4 failed.</source>
        <translation>%1 Feed(s) aktualisiert: %2 neu, %3 geändert, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 feed(s) unchanged since the last refresh.</source>
        <translation>%1 Feed(s) seit der letzten Aktualisierung unverändert.</translation>
    </message>
    <message>
        <source>%1 item(s) could not be taken.</source>
        <translation>%1 Eintrag/Einträge konnten nicht übernommen werden.</translation>
    </message>
    <message>
        <source>%1 old article(s) removed by retention.</source>
        <translation>%1 alte(r) Artikel durch die Aufbewahrungsregel entfernt.</translation>
    </message>
    <message>
        <source>gazette feeds remove: give a feed&apos;s id or address</source>
        <translation>gazette feeds remove: geben Sie die Nummer oder Adresse eines Feeds an</translation>
    </message>
    <message>
        <source>Unsubscribed from “%1”; its %2 article(s) stay in the library.</source>
        <translation>„%1“ abbestellt; seine %2 Artikel bleiben in der Bibliothek.</translation>
    </message>
    <message>
        <source>gazette feeds import-opml: give one OPML file</source>
        <translation>gazette feeds import-opml: geben Sie eine OPML-Datei an</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Subscribed to %1 feed(s) from %2; %3 subscribed already.</source>
        <translation>%1 Feed(s) aus %2 abonniert; %3 bereits abonniert.</translation>
    </message>
    <message>
        <source>gazette feeds export-opml: give -o FILE</source>
        <translation>gazette feeds export-opml: geben Sie -o FILE an</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 feed(s) to %2.</source>
        <translation>%1 Feed(s) nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>%1: no library at “%2”</source>
        <translation>%1: keine Bibliothek unter „%2“</translation>
    </message>
    <message>
        <source>No article is assigned.</source>
        <translation>Kein Artikel ist zugewiesen.</translation>
    </message>
    <message>
        <source>article %1 “%2”</source>
        <translation>Artikel %1 „%2“</translation>
    </message>
    <message>
        <source>(assigned by %1)</source>
        <translation>(zugewiesen von %1)</translation>
    </message>
    <message>
        <source>%1 is working on article %2</source>
        <translation>%1 arbeitet an Artikel %2</translation>
    </message>
    <message>
        <source>Gives a PostgreSQL role the rights of an annotator (change their own annotations, facts and progress) or a curator (also set the final status, take spans into the final layer, assign articles). The server enforces them with row-level policies. Run it as the library&apos;s owner with the right to create roles, or as a superuser; the role is made when it does not exist.</source>
        <translation>Gibt einer PostgreSQL-Rolle die Rechte von Annotierenden (eigene Annotationen, Fakten und Fortschritt ändern) oder Kuratierenden (außerdem den endgültigen Status setzen, Spannen in die endgültige Ebene übernehmen, Artikel zuweisen). Der Server setzt sie mit Richtlinien auf Zeilenebene durch. Als Eigentümer der Bibliothek mit dem Recht, Rollen anzulegen, oder als Superuser ausführen; eine fehlende Rolle wird angelegt.</translation>
    </message>
    <message>
        <source>gazette library grant: use “gazette library grant --library LIB USER annotator|curator”</source>
        <translation>gazette library grant: „gazette library grant --library LIB USER annotator|curator“ verwenden</translation>
    </message>
    <message>
        <source>A library file has one user, who may do everything: roles are a PostgreSQL library&apos;s. Nothing was changed.</source>
        <translation>Eine Bibliotheksdatei hat eine Person, die alles darf: Rollen gibt es nur in einer PostgreSQL-Bibliothek. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is now a curator of %2.</source>
        <translation>%1 ist jetzt Kurator/in von %2.</translation>
    </message>
    <message>
        <source>%1 is now an annotator of %2.</source>
        <translation>%1 annotiert jetzt %2.</translation>
    </message>
    <message>
        <source>The article&apos;s id.</source>
        <translation>Die ID des Artikels.</translation>
    </message>
    <message>
        <source>The annotator (a PostgreSQL role, or a name on a file).</source>
        <translation>Die annotierende Person (eine PostgreSQL-Rolle oder ein Name bei einer Datei).</translation>
    </message>
    <message>
        <source>Report progress instead: assigned, in-progress or done.</source>
        <translation>Stattdessen den Fortschritt melden: assigned, in-progress oder done.</translation>
    </message>
    <message>
        <source>Take the assignment back.</source>
        <translation>Die Zuweisung zurücknehmen.</translation>
    </message>
    <message>
        <source>Assigns an article to an annotator (a curator&apos;s right on a PostgreSQL library), reports an annotator&apos;s own progress with --status, or takes an assignment back. Without --article it lists every assignment with each annotator&apos;s status, and who is working on which article now.</source>
        <translation>Weist einen Artikel einer annotierenden Person zu (in einer PostgreSQL-Bibliothek ein Recht der Kuratierenden), meldet mit --status den eigenen Fortschritt oder nimmt eine Zuweisung zurück. Ohne --article listet es alle Zuweisungen mit dem Stand jeder Person auf und wer gerade an welchem Artikel arbeitet.</translation>
    </message>
    <message>
        <source>gazette assign: give --library LIB, and --article ID with --annotator NAME to assign; --status is assigned, in-progress or done</source>
        <translation>gazette assign: --library LIB angeben, zum Zuweisen --article ID mit --annotator NAME; --status ist assigned, in-progress oder done</translation>
    </message>
    <message>
        <source>Article %1 is no longer assigned to %2.</source>
        <translation>Artikel %1 ist %2 nicht mehr zugewiesen.</translation>
    </message>
    <message>
        <source>%1 on article %2: %3.</source>
        <translation>%1 bei Artikel %2: %3.</translation>
    </message>
    <message>
        <source>Article %1 is assigned to %2.</source>
        <translation>Artikel %1 ist %2 zugewiesen.</translation>
    </message>
    <message>
        <source>How many entities of the index to list (0: all).</source>
        <translation>Wie viele Entitäten des Verzeichnisses aufgelistet werden (0: alle).</translation>
    </message>
    <message>
        <source>Only entities of this label.</source>
        <translation>Nur Entitäten mit diesem Label.</translation>
    </message>
    <message>
        <source>List the articles this library search finds instead.</source>
        <translation>Stattdessen die Artikel auflisten, die diese Bibliothekssuche findet.</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>JSON schreiben.</translation>
    </message>
    <message>
        <source>The library at a glance: its articles per review status and its entity index (each entity with its articles, mentions, first and last date and the people quoted in its articles), most articles first. --search runs a library search with field filters, e.g. person:&quot;Joe Tsai&quot; org:Alibaba after:2025-01-01 before:2025-03 status:done label:MONEY feed:Tech, and lists the articles it finds.</source>
        <translation>Die Bibliothek auf einen Blick: ihre Artikel nach Prüfstatus und ihr Entitätenverzeichnis (jede Entität mit ihren Artikeln, Erwähnungen, erstem und letztem Datum und den in ihren Artikeln zitierten Personen), die mit den meisten Artikeln zuerst. --search führt eine Bibliothekssuche mit Feldfiltern aus, z. B. person:&quot;Joe Tsai&quot; org:Alibaba after:2025-01-01 before:2025-03 status:done label:MONEY feed:Tech, und listet die gefundenen Artikel auf.</translation>
    </message>
    <message>
        <source>gazette stats: give --library LIB</source>
        <translation>gazette stats: geben Sie --library LIB an</translation>
    </message>
    <message>
        <source>gazette stats: no library at “%1”</source>
        <translation>gazette stats: keine Bibliothek unter „%1“</translation>
    </message>
    <message>
        <source>gazette stats: --entities takes a number (0: all)</source>
        <translation>gazette stats: --entities erwartet eine Zahl (0: alle)</translation>
    </message>
    <message>
        <source>1 article found.</source>
        <translation>1 Artikel gefunden.</translation>
    </message>
    <message>
        <source>%1 articles found.</source>
        <translation>%1 Artikel gefunden.</translation>
    </message>
    <message>
        <source>%1 articles: %2 new, %3 in review, %4 done; %5 entities.</source>
        <translation>%1 Artikel: %2 neu, %3 in Prüfung, %4 erledigt; %5 Entitäten.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>People quoted</source>
        <translation>Zitierte Personen</translation>
    </message>
    <message>
        <source>Perceptrons trained in different orders and averaged into the model.</source>
        <translation>Perzeptrons, in verschiedenen Reihenfolgen trainiert und zu einem Modell gemittelt.</translation>
    </message>
    <message>
        <source>Usage:
  gazette [FILE...]              open articles in the Gazette window
  gazette help                   show this help
  gazette version                show the version
  gazette import (FILE|FOLDER|URL)... --library LIB [--no-extract]
                                 add articles (text, Markdown, web pages, RSS/Atom feeds) to a library, with suggestions
  gazette export --format FMT [--only-accepted] [--no-facts] (FILE... | --library LIB [--article ID]...) -o OUT
                                 export articles; FILE... are imported and extracted first; FMT: %1
  gazette extract FILE... [--format json|brat|conll] [-o DIR]
                                 annotate text files as they are (offsets refer to each file&apos;s text)
  gazette eval GOLD_DIR [--types A,B,...] [--errors]
                                 score the extractor against brat gold files (NAME.txt + NAME.ann, and
                                 NAME.facts.json when present): spans, quotes, attribution, facts per kind
  gazette train BRAT_DIR... -o MODEL [--epochs N] [--mixes N]
                                 train the name tagger on brat gold folders
  gazette library copy SRC DST   copy a whole library into a new one, between backends, and check the counts
  gazette library grant --library LIB USER annotator|curator
                                 give a PostgreSQL role the rights of an annotator or a curator
  gazette assign --library LIB [--article ID --annotator NAME [--status S | --unassign]]
                                 assign articles, report progress, list assignments and who is working on what
  gazette edit --library LIB --annotation ID [--label L] [--accept|--reject] [--seen-version N]
                                 correct an annotation; another annotator&apos;s newer change is shown, not overwritten
  gazette agreement --library LIB [--articles ID,...] [--annotators A,B,...]
                                 inter-annotator agreement: Cohen&apos;s kappa, exact-span F1, Krippendorff&apos;s alpha
  gazette feeds add URL [--folder F] [--full-article] [--every MIN] --library LIB
                                 subscribe to a feed (RSS, Atom, JSON Feed) or to the feed a web page names
  gazette feeds list|refresh [--all]|remove FEED --library LIB
                                 show subscriptions with unread counts; fetch new items as articles; unsubscribe
  gazette feeds import-opml FILE | export-opml -o FILE --library LIB
                                 exchange subscription lists (OPML) with other feed readers
  gazette stats --library LIB [--entities N] [--label L] [--search QUERY] [--json]
                                 the library at a glance: articles per review status, the entity index;
                                 --search lists the articles a search finds (person:, org:, after:, status:, ...)

LIB is a library file (*.gazette) or a PostgreSQL database: postgresql://USER@HOST:PORT/DBNAME
(password from PGPASSWORD or ~/.pgpass; options such as ?sslmode=require as libpq takes them).

Window options:
  --screenshot PATH              save a PNG of the window once it is shown, then quit
  --theme NAME                   use a KSyntaxHighlighting theme (e.g. &quot;Breeze Dark&quot;)
</source>
        <translation>Aufruf:
  gazette [FILE...]              Artikel im Gazette-Fenster öffnen
  gazette help                   diese Hilfe anzeigen
  gazette version                die Version anzeigen
  gazette import (FILE|FOLDER|URL)... --library LIB [--no-extract]
                                 Artikel (Text, Markdown, Webseiten, RSS/Atom-Feeds) mit Vorschlägen einer Bibliothek hinzufügen
  gazette export --format FMT [--only-accepted] [--no-facts] (FILE... | --library LIB [--article ID]...) -o OUT
                                 Artikel exportieren; FILE... werden zuerst importiert und ausgewertet; FMT: %1
  gazette extract FILE... [--format json|brat|conll] [-o DIR]
                                 Textdateien unverändert annotieren (Positionen beziehen sich auf den Text jeder Datei)
  gazette eval GOLD_DIR [--types A,B,...] [--errors]
                                 die Extraktion an brat-Referenzdateien messen (NAME.txt + NAME.ann und,
                                 falls vorhanden, NAME.facts.json): Spannen, Zitate, Zuordnung, Fakten je Art
  gazette train BRAT_DIR... -o MODEL [--epochs N] [--mixes N]
                                 den Namens-Tagger mit brat-Referenzordnern trainieren
  gazette library copy SRC DST   eine ganze Bibliothek in eine neue kopieren, auch zwischen Backends, und die Zahlen prüfen
  gazette library grant --library LIB USER annotator|curator
                                 einer PostgreSQL-Rolle die Rechte von Annotierenden oder Kuratierenden geben
  gazette assign --library LIB [--article ID --annotator NAME [--status S | --unassign]]
                                 Artikel zuweisen, Fortschritt melden, Zuweisungen auflisten und wer woran arbeitet
  gazette edit --library LIB --annotation ID [--label L] [--accept|--reject] [--seen-version N]
                                 eine Annotation korrigieren; eine neuere Änderung einer anderen Person wird angezeigt, nicht überschrieben
  gazette agreement --library LIB [--articles ID,...] [--annotators A,B,...]
                                 Übereinstimmung der Annotierenden: Cohens Kappa, F1 exakter Spannen, Krippendorffs Alpha
  gazette feeds add URL [--folder F] [--full-article] [--every MIN] --library LIB
                                 einen Feed (RSS, Atom, JSON Feed) abonnieren oder den Feed, den eine Webseite nennt
  gazette feeds list|refresh [--all]|remove FEED --library LIB
                                 Abonnements mit ungelesenen Artikeln zeigen; neue Einträge als Artikel holen; abbestellen
  gazette feeds import-opml FILE | export-opml -o FILE --library LIB
                                 Abonnementlisten (OPML) mit anderen Feedreadern austauschen
  gazette stats --library LIB [--entities N] [--label L] [--search QUERY] [--json]
                                 die Bibliothek auf einen Blick: Artikel nach Prüfstatus, das Entitätenverzeichnis;
                                 --search listet die Artikel, die eine Suche findet (person:, org:, after:, status:, ...)

LIB ist eine Bibliotheksdatei (*.gazette) oder eine PostgreSQL-Datenbank: postgresql://USER@HOST:PORT/DBNAME
(Passwort aus PGPASSWORD oder ~/.pgpass; Optionen wie ?sslmode=require so, wie libpq sie annimmt).

Fensteroptionen:
  --screenshot PATH              ein PNG des Fensters speichern, sobald es erscheint, dann beenden
  --theme NAME                   ein KSyntaxHighlighting-Farbschema verwenden (z. B. &quot;Breeze Dark&quot;)
</translation>
    </message>
</context>
<context>
    <name>Gazette::ConllFormat</name>
    <message>
        <source>CoNLL-2003 IOB2 (NER training)</source>
        <translation>CoNLL-2003 IOB2 (NER-Training)</translation>
    </message>
    <message>
        <source>Nested and overlapping spans cannot be expressed: the outermost span wins.</source>
        <translation>Verschachtelte und überlappende Textstellen lassen sich nicht darstellen: Die äußerste Textstelle hat Vorrang.</translation>
    </message>
    <message>
        <source>The text is rebuilt from tokens separated by single spaces, so offsets change on import.</source>
        <translation>Der Text wird aus Tokens zusammengesetzt, die durch einzelne Leerzeichen getrennt sind; daher ändern sich die Offsets beim Import.</translation>
    </message>
    <message>
        <source>Not CoNLL: “%1” has no tag.</source>
        <translation>Kein CoNLL: „%1“ hat kein Tag.</translation>
    </message>
    <message>
        <source>CoNLL has tokens and entity tags only: facts, quotes, statuses, notes, rules and confidence are left out; read back, every span is accepted.</source>
        <translation>CoNLL kennt nur Tokens und Entitäts-Tags: Fakten, Zitate, Status, Notizen, Regeln und Konfidenz fehlen; wieder eingelesen ist jede Textstelle angenommen.</translation>
    </message>
</context>
<context>
    <name>Gazette::CorpusCharts</name>
    <message>
        <source>mentions per month</source>
        <translation>Erwähnungen pro Monat</translation>
    </message>
    <message>
        <source>mentions per week</source>
        <translation>Erwähnungen pro Woche</translation>
    </message>
    <message>
        <source>No dated mentions to show: choose entities whose articles have a date.</source>
        <translation>Keine datierten Erwähnungen: Wählen Sie Entitäten, deren Artikel ein Datum haben.</translation>
    </message>
    <message>
        <source>the %1 articles with the most annotations, of %2</source>
        <translation>die %1 Artikel mit den meisten Annotationen, von %2</translation>
    </message>
    <message>
        <source>every article with annotations, most first</source>
        <translation>jeder Artikel mit Annotationen, die meisten zuerst</translation>
    </message>
    <message>
        <source>No annotations yet.</source>
        <translation>Noch keine Annotationen.</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(ohne Überschrift)</translation>
    </message>
    <message>
        <source>articles that mention both</source>
        <translation>Artikel, die beide nennen</translation>
    </message>
    <message>
        <source>No two entities share an article yet.</source>
        <translation>Noch kommen keine zwei Entitäten im selben Artikel vor.</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 Artikel</translation>
    </message>
    <message>
        <source>No articles yet.</source>
        <translation>Noch keine Artikel.</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Mentions over time</source>
        <translation>Erwähnungen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Labels per article</source>
        <translation>Labels pro Artikel</translation>
    </message>
    <message>
        <source>Entities that appear together</source>
        <translation>Entitäten, die gemeinsam vorkommen</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Prüffortschritt</translation>
    </message>
    <message>
        <source>%1: 1 mention</source>
        <translation>%1: 1 Erwähnung</translation>
    </message>
    <message>
        <source>%1: %2 mentions</source>
        <translation>%1: %2 Erwähnungen</translation>
    </message>
    <message>
        <source>%1: 1 annotation</source>
        <translation>%1: 1 Annotation</translation>
    </message>
    <message>
        <source>%1: %2 annotations</source>
        <translation>%1: %2 Annotationen</translation>
    </message>
    <message>
        <source>%1 and %2: 1 article</source>
        <translation>%1 und %2: 1 Artikel</translation>
    </message>
    <message>
        <source>%1 and %2: %3 articles</source>
        <translation>%1 und %2: %3 Artikel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Charts are saved as PNG or SVG: give the file the ending .png or .svg.</source>
        <translation>Diagramme werden als PNG oder SVG gespeichert: Geben Sie der Datei die Endung .png oder .svg.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 as PNG.</source>
        <translation>%1 kann nicht als PNG geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Gazette::CorpusDock</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <source>&amp;Entity Index</source>
        <translation>&amp;Entitätenverzeichnis</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Filter entities…</source>
        <translation>Entitäten filtern…</translation>
    </message>
    <message>
        <source>Filter entities by name</source>
        <translation>Entitäten nach Namen filtern</translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation>Filter nach Label</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Jedes Label</translation>
    </message>
    <message>
        <source>1 entity</source>
        <translation>1 Entität</translation>
    </message>
    <message>
        <source>%1 entities</source>
        <translation>%1 Entitäten</translation>
    </message>
    <message>
        <source>%1 of %2 entities</source>
        <translation>%1 von %2 Entitäten</translation>
    </message>
    <message>
        <source>Entities of the library</source>
        <translation>Entitäten der Bibliothek</translation>
    </message>
    <message>
        <source>Choose an entity to see its articles and mentions.</source>
        <translation>Wählen Sie eine Entität, um ihre Artikel und Erwähnungen zu sehen.</translation>
    </message>
    <message>
        <source>Articles and mentions of the entity</source>
        <translation>Artikel und Erwähnungen der Entität</translation>
    </message>
    <message>
        <source>Article / mention</source>
        <translation>Artikel / Erwähnung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a mention to open the article there.</source>
        <translation>Doppelklicken Sie auf eine Erwähnung oder drücken Sie die Eingabetaste, um den Artikel an dieser Stelle zu öffnen.</translation>
    </message>
    <message>
        <source>Mentions &amp;per:</source>
        <translation>Erwähnungen &amp;pro:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>No entities yet: import articles, and Gazette finds their names.</source>
        <translation>Noch keine Entitäten: Importieren Sie Artikel, und Gazette findet ihre Namen.</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 Artikel</translation>
    </message>
    <message>
        <source>1 mention</source>
        <translation>1 Erwähnung</translation>
    </message>
    <message>
        <source>%1 mentions</source>
        <translation>%1 Erwähnungen</translation>
    </message>
    <message>
        <source>Quoted in its articles: %1</source>
        <translation>In seinen Artikeln zitiert: %1</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(ohne Überschrift)</translation>
    </message>
    <message>
        <source>Over time: the five entities mentioned most; select entities in the entity index to chart them instead.</source>
        <translation>Im Zeitverlauf: die fünf meistgenannten Entitäten; wählen Sie Entitäten im Entitätenverzeichnis, um stattdessen diese darzustellen.</translation>
    </message>
    <message>
        <source>Over time: the entities selected in the entity index.</source>
        <translation>Im Zeitverlauf: die im Entitätenverzeichnis ausgewählten Entitäten.</translation>
    </message>
</context>
<context>
    <name>Gazette::CsvFormat</name>
    <message>
        <source>CSV of facts and entities</source>
        <translation>CSV mit Fakten und Entitäten</translation>
    </message>
    <message>
        <source>CSV holds facts and entities, not the article&apos;s text or its spans: annotations are left out.</source>
        <translation>CSV enthält Fakten und Entitäten, aber weder den Text des Artikels noch seine Textstellen: Annotationen werden weggelassen.</translation>
    </message>
    <message>
        <source>Not a Gazette facts CSV: the header row is missing.</source>
        <translation>Keine Gazette-Fakten-CSV: Die Kopfzeile fehlt.</translation>
    </message>
    <message>
        <source>Cells that a spreadsheet would run as a formula (starting with =, +, -, @) start with an apostrophe.</source>
        <translation>Zellen, die eine Tabellenkalkulation als Formel ausführen würde (beginnend mit =, +, -, @), beginnen mit einem Apostroph.</translation>
    </message>
</context>
<context>
    <name>Gazette::Curation</name>
    <message>
        <source>The final layer holds %1&apos;s version already.</source>
        <translation>Die endgültige Ebene enthält bereits die Fassung von %1.</translation>
    </message>
    <message>
        <source>Neither %1 nor the final layer has a span there.</source>
        <translation>Weder %1 noch die endgültige Ebene hat dort eine Spanne.</translation>
    </message>
    <message>
        <source>Take %1&apos;s version (no span)</source>
        <translation>Fassung von %1 übernehmen (keine Spanne)</translation>
    </message>
    <message>
        <source>Take %1&apos;s version of &apos;%2&apos;</source>
        <translation>Fassung von %1 für „%2“ übernehmen</translation>
    </message>
</context>
<context>
    <name>Gazette::CurationPanel</name>
    <message>
        <source>no span</source>
        <translation>keine Spanne</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <comment>label and quote</comment>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>&amp;Take This Version</source>
        <translation>Diese Fassung &amp;übernehmen</translation>
    </message>
    <message>
        <source>Where / who</source>
        <translation>Wo / wer</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>Put the selected annotator&apos;s version of this stretch into the final layer</source>
        <translation>Die Fassung der gewählten Person für diese Stelle in die endgültige Ebene übernehmen</translation>
    </message>
    <message>
        <source>Open an article to curate it.</source>
        <translation>Öffnen Sie einen Artikel, um ihn zu kuratieren.</translation>
    </message>
    <message numerus="yes">
        <source>Curation compares annotators: this article has %n.</source>
        <translation>
            <numerusform>Kuration vergleicht Annotierende: Dieser Artikel hat %n.</numerusform>
            <numerusform>Kuration vergleicht Annotierende: Dieser Artikel hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 agree on every span of this article.</source>
        <translation>%1 stimmen bei jeder Spanne dieses Artikels überein.</translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) where the annotators differ. Pick a version to take into the final layer.</source>
        <translation>
            <numerusform>%n Stelle, an der die Annotierenden abweichen. Wählen Sie eine Fassung für die endgültige Ebene.</numerusform>
            <numerusform>%n Stellen, an denen die Annotierenden abweichen. Wählen Sie eine Fassung für die endgültige Ebene.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quoted stretch of text</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>final: %1</source>
        <translation>endgültig: %1</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>%1 (in the final layer)</source>
        <translation>%1 (in der endgültigen Ebene)</translation>
    </message>
    <message>
        <source>Only a curator may take versions into the final layer</source>
        <translation>Nur Kuratierende dürfen Fassungen in die endgültige Ebene übernehmen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Gazette::DocumentView</name>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>Open an article with File › Open (Ctrl+O), or pick one in the library.</source>
        <translation>Öffnen Sie einen Artikel über Datei › Öffnen (Strg+O) oder wählen Sie einen in der Bibliothek aus.</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>Entität: %1</translation>
    </message>
    <message>
        <source>Rule %1, confidence %2</source>
        <translation>Regel %1, Konfidenz %2</translation>
    </message>
    <message>
        <source>Labelled by %1</source>
        <translation>Gekennzeichnet von %1</translation>
    </message>
    <message>
        <source>Orphaned: its text changed and it could not be placed again.</source>
        <translation>Verwaist: Der zugehörige Text hat sich geändert und die Annotation konnte nicht neu zugeordnet werden.</translation>
    </message>
    <message>
        <source>&amp;Label as</source>
        <translation>&amp;Kennzeichnen als</translation>
    </message>
    <message>
        <source>Label All &amp;Occurrences as</source>
        <translation>Alle &amp;Vorkommen kennzeichnen als</translation>
    </message>
    <message>
        <source>In the final layer</source>
        <translation>In der endgültigen Ebene</translation>
    </message>
</context>
<context>
    <name>Gazette::Edits</name>
    <message>
        <source>Nothing to change.</source>
        <translation>Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>The article no longer exists.</source>
        <translation>Der Artikel existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Select some text to label.</source>
        <translation>Wählen Sie den zu kennzeichnenden Text aus.</translation>
    </message>
    <message>
        <source>Label &apos;%1&apos; as %2</source>
        <translation>„%1“ als %2 kennzeichnen</translation>
    </message>
    <message>
        <source>The annotation no longer exists.</source>
        <translation>Die Annotation existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos;</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>The annotation already has that label.</source>
        <translation>Die Annotation hat bereits dieses Label.</translation>
    </message>
    <message>
        <source>Relabel &apos;%1&apos; as %2</source>
        <translation>„%1“ neu als %2 kennzeichnen</translation>
    </message>
    <message>
        <source>A span cannot be empty or reach beyond the text.</source>
        <translation>Eine Textstelle darf weder leer sein noch über den Text hinausreichen.</translation>
    </message>
    <message>
        <source>The span is unchanged.</source>
        <translation>Die Textstelle ist unverändert.</translation>
    </message>
    <message>
        <source>Resize &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>„%1“ auf „%2“ anpassen</translation>
    </message>
    <message>
        <source>The annotation is already accepted.</source>
        <translation>Die Annotation ist bereits angenommen.</translation>
    </message>
    <message>
        <source>Accept &apos;%1&apos; as %2</source>
        <translation>„%1“ als %2 annehmen</translation>
    </message>
    <message>
        <source>The annotation is already rejected.</source>
        <translation>Die Annotation ist bereits abgelehnt.</translation>
    </message>
    <message>
        <source>Reject &apos;%1&apos; as %2</source>
        <translation>„%1“ als %2 ablehnen</translation>
    </message>
    <message>
        <source>The entity no longer exists.</source>
        <translation>Die Entität existiert nicht mehr.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no suggestions to accept.</source>
        <translation>Für „%1“ gibt es keine Vorschläge zum Annehmen.</translation>
    </message>
    <message>
        <source>The annotation or the entity no longer exists.</source>
        <translation>Die Annotation oder die Entität existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The mention is already linked to &apos;%1&apos;.</source>
        <translation>Die Erwähnung ist bereits mit „%1“ verknüpft.</translation>
    </message>
    <message>
        <source>Link &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>„%1“ mit „%2“ verknüpfen</translation>
    </message>
    <message>
        <source>The mention is not linked to an entity.</source>
        <translation>Die Erwähnung ist mit keiner Entität verknüpft.</translation>
    </message>
    <message>
        <source>Unlink &apos;%1&apos;</source>
        <translation>Verknüpfung von „%1“ lösen</translation>
    </message>
    <message>
        <source>An entity cannot be merged into itself.</source>
        <translation>Eine Entität kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Merge &apos;%1&apos; into &apos;%2&apos;</source>
        <translation>„%1“ in „%2“ zusammenführen</translation>
    </message>
    <message>
        <source>Give the entity a new name.</source>
        <translation>Geben Sie der Entität einen neuen Namen.</translation>
    </message>
    <message>
        <source>Rename &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>A fact needs a kind and a predicate.</source>
        <translation>Ein Fakt benötigt eine Art und ein Prädikat.</translation>
    </message>
    <message>
        <source>The evidence lies outside the article&apos;s text.</source>
        <translation>Der Beleg liegt außerhalb des Artikeltexts.</translation>
    </message>
    <message>
        <source>Add fact &apos;%1 %2 %3&apos;</source>
        <translation>Fakt „%1 %2 %3“ hinzufügen</translation>
    </message>
    <message>
        <source>The fact no longer exists.</source>
        <translation>Der Fakt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The fact is unchanged.</source>
        <translation>Der Fakt ist unverändert.</translation>
    </message>
    <message>
        <source>Edit fact &apos;%1 %2&apos;</source>
        <translation>Fakt „%1 %2“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete fact &apos;%1 %2&apos;</source>
        <translation>Fakt „%1 %2“ löschen</translation>
    </message>
    <message>
        <source>The article already has that review status.</source>
        <translation>Der Artikel hat bereits diesen Prüfstatus.</translation>
    </message>
    <message>
        <source>Mark article as %1</source>
        <translation>Artikel als „%1“ markieren</translation>
    </message>
    <message>
        <source>Accept all suggestions of &apos;%1&apos; (%2)</source>
        <translation>Alle Vorschläge für „%1“ annehmen (%2)</translation>
    </message>
    <message>
        <source>Label all occurrences of &apos;%1&apos; as %2 (%3)</source>
        <translation>Alle Vorkommen von „%1“ als %2 kennzeichnen (%3)</translation>
    </message>
    <message>
        <source>The note is unchanged.</source>
        <translation>Die Notiz ist unverändert.</translation>
    </message>
    <message>
        <source>Edit note on &apos;%1&apos;</source>
        <translation>Notiz zu „%1“ bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>%n already labelled</source>
        <translation>
            <numerusform>%n bereits ausgezeichnet</numerusform>
            <numerusform>%n bereits ausgezeichnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inside a longer word</source>
        <translation>
            <numerusform>%n innerhalb eines längeren Wortes</numerusform>
            <numerusform>%n innerhalb längerer Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not occur in the article.</source>
        <translation>„%1“ kommt im Artikel nicht vor.</translation>
    </message>
    <message>
        <source>Nothing to label: of the occurrences of &apos;%1&apos;, %2.</source>
        <translation>Nichts auszuzeichnen: von den Vorkommen von „%1“ sind %2.</translation>
    </message>
    <message numerus="yes">
        <source>Labelled %n occurrence(s) of &apos;%1&apos; as %2</source>
        <translation>
            <numerusform>%n Vorkommen von „%1“ als %2 ausgezeichnet</numerusform>
            <numerusform>%n Vorkommen von „%1“ als %2 ausgezeichnet</numerusform>
        </translation>
    </message>
    <message>
        <source>; skipped %1.</source>
        <translation>; übersprungen: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Rename &apos;%1&apos; to &apos;%2&apos; in this article</source>
        <translation>„%1“ in diesem Artikel in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>No other article names “%1”.</source>
        <translation>Kein anderer Artikel nennt „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Link &apos;%1&apos; across the library (%n article(s))</source>
        <translation>
            <numerusform>„%1“ in der ganzen Bibliothek verknüpfen (%n Artikel)</numerusform>
            <numerusform>„%1“ in der ganzen Bibliothek verknüpfen (%n Artikel)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove article &apos;%1&apos;</source>
        <translation>Artikel „%1“ entfernen</translation>
    </message>
    <message>
        <source>Mark a name in the article&apos;s text with an entity label.</source>
        <translation>Markieren Sie einen Namen im Text des Artikels mit einem Entitätslabel.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no mentions left to reject.</source>
        <translation>„%1“ hat keine Erwähnungen mehr, die abgelehnt werden können.</translation>
    </message>
    <message>
        <source>Reject all mentions of &apos;%1&apos; (%2)</source>
        <translation>Alle Erwähnungen von „%1“ ablehnen (%2)</translation>
    </message>
</context>
<context>
    <name>Gazette::EntityIndexModel</name>
    <message>
        <source>Also written: %1</source>
        <translation>Auch geschrieben: %1</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>People quoted</source>
        <translation>Zitierte Personen</translation>
    </message>
</context>
<context>
    <name>Gazette::EntityModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · rule %3, confidence %4</source>
        <translation>%1 · %2 · Regel %3, Konfidenz %4</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Mentions: %1 · to review: %2</source>
        <translation>Erwähnungen: %1 · zu prüfen: %2</translation>
    </message>
</context>
<context>
    <name>Gazette::EntityPanel</name>
    <message>
        <source>Filter entities…</source>
        <translation>Entitäten filtern…</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>Entitäten filtern</translation>
    </message>
    <message>
        <source>Entities in the article</source>
        <translation>Entitäten im Artikel</translation>
    </message>
    <message>
        <source>No entities in this article yet.
Select text and press 1–9 to label it.</source>
        <translation>Noch keine Entitäten in diesem Artikel.
Wählen Sie Text aus und drücken Sie 1–9, um ihn zu kennzeichnen.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Accept the selected mention, or every suggestion of the selected entity</source>
        <translation>Die ausgewählte Erwähnung annehmen oder alle Vorschläge der ausgewählten Entität</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Give the selected entity another name</source>
        <translation>Der ausgewählten Entität einen anderen Namen geben</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>Entität umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Merge Entity</source>
        <translation>Entität zusammenführen</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>„%1“ zusammenführen in:</translation>
    </message>
    <message>
        <source>Merge the selected entity into another one of the same label in this article</source>
        <translation>Die gewählte Entität mit einer anderen desselben Labels in diesem Artikel zusammenführen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Link the selected entity with the entities of the same name in other articles of the library</source>
        <translation>Die gewählte Entität mit gleichnamigen Entitäten in anderen Artikeln der Bibliothek verknüpfen</translation>
    </message>
    <message>
        <source>There is no other %1 entity in this article to merge “%2” into.</source>
        <translation>In diesem Artikel gibt es keine andere %1-Entität, mit der „%2“ zusammengeführt werden kann.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n Entität</numerusform>
            <numerusform>%n Entitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions</source>
        <translation>
            <numerusform>%n Erwähnung</numerusform>
            <numerusform>%n Erwähnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 entity</source>
        <translation>1 Entität</translation>
    </message>
    <message>
        <source>1 mention</source>
        <translation>1 Erwähnung</translation>
    </message>
    <message>
        <source>Reject the selected mention, or every mention of the selected entity</source>
        <translation>Die ausgewählte Erwähnung ablehnen oder alle Erwähnungen der ausgewählten Entität</translation>
    </message>
    <message>
        <source>Select a mention or an entity to accept.</source>
        <translation>Wählen Sie eine Erwähnung oder eine Entität zum Annehmen aus.</translation>
    </message>
    <message>
        <source>Select a mention or an entity to reject.</source>
        <translation>Wählen Sie eine Erwähnung oder eine Entität zum Ablehnen aus.</translation>
    </message>
</context>
<context>
    <name>Gazette::EntityPicker</name>
    <message>
        <source>Type to find an entity of the article</source>
        <translation>Tippen, um eine Entität des Artikels zu finden</translation>
    </message>
    <message>
        <source>Label of the new entity</source>
        <translation>Label der neuen Entität</translation>
    </message>
    <message>
        <source>selected text: new entity</source>
        <translation>markierter Text: neue Entität</translation>
    </message>
    <message>
        <source>Mark the selected text as a new entity</source>
        <translation>Den markierten Text als neue Entität auszeichnen</translation>
    </message>
    <message>
        <source>%1 · %2×</source>
        <translation>%1 · %2×</translation>
    </message>
    <message>
        <source>%1, mentioned %2×</source>
        <translation>%1, %2× erwähnt</translation>
    </message>
    <message>
        <source>%1, mentioned %2×, also: %3</source>
        <translation>%1, %2× erwähnt, auch: %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Choose one of the article&apos;s entities.</source>
        <translation>Wählen Sie eine Entität des Artikels.</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Optional.</translation>
    </message>
    <message>
        <source>A value, not an entity.</source>
        <translation>Ein Wert, keine Entität.</translation>
    </message>
    <message>
        <source>New entity, marked in the text as</source>
        <translation>Neue Entität, im Text ausgezeichnet als</translation>
    </message>
    <message>
        <source>“%1” becomes an entity with the fact: its words in the article are labelled as you choose here.</source>
        <translation>„%1“ wird mit dem Fakt zur Entität: Seine Wörter im Artikel erhalten das Label, das Sie hier wählen.</translation>
    </message>
    <message>
        <source>“%1” is no entity of this article and does not occur in its text. Choose an entity from the list, or select the name in the article first.</source>
        <translation>„%1“ ist keine Entität dieses Artikels und kommt in seinem Text nicht vor. Wählen Sie eine Entität aus der Liste oder markieren Sie den Namen zuerst im Artikel.</translation>
    </message>
</context>
<context>
    <name>Gazette::Evaluation</name>
    <message>
        <source>There is no folder “%1”.</source>
        <translation>Es gibt keinen Ordner „%1“.</translation>
    </message>
    <message>
        <source>“%1” has no .txt files with .ann files beside them.</source>
        <translation>„%1“ enthält keine .txt-Dateien mit zugehörigen .ann-Dateien.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1.ann: %2</source>
        <translation>%1.ann: %2</translation>
    </message>
    <message>
        <source>micro</source>
        <translation>Mikro</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>found</source>
        <translation>Funde</translation>
    </message>
    <message>
        <source>right</source>
        <translation>korr.</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>Ausbeute</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Quote attribution: %1 of %2 quotes with a named speaker (%3)
</source>
        <translation>Zitatzuordnung: %1 von %2 Zitaten mit benanntem Sprecher (%3)
</translation>
    </message>
    <message>
        <source>%1.facts.json is not valid JSON.</source>
        <translation>%1.facts.json ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Facts (NAME.facts.json):</source>
        <translation>Fakten (NAME.facts.json):</translation>
    </message>
    <message>
        <source>all facts</source>
        <translation>alle Fakten</translation>
    </message>
</context>
<context>
    <name>Gazette::Export</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Unknown format “%1”.</source>
        <translation>Unbekanntes Format „%1“.</translation>
    </message>
    <message>
        <source>There is no article to export.</source>
        <translation>Es gibt keinen Artikel zum Exportieren.</translation>
    </message>
    <message>
        <source>Cannot read the annotations of article %1.</source>
        <translation>Die Anmerkungen des Artikels %1 können nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Gazette::ExportDialog</name>
    <message>
        <source>&amp;This article</source>
        <translation>&amp;Dieser Artikel</translation>
    </message>
    <message>
        <source>&amp;Selected articles (%1)</source>
        <translation>&amp;Ausgewählte Artikel (%1)</translation>
    </message>
    <message>
        <source>&amp;Whole library (%1)</source>
        <translation>Ganze &amp;Bibliothek (%1)</translation>
    </message>
    <message>
        <source>Only &amp;accepted annotations (leave suggestions out)</source>
        <translation>Nur a&amp;ngenommene Annotationen (ohne Vorschläge)</translation>
    </message>
    <message>
        <source>With &amp;facts</source>
        <translation>&amp;Mit Fakten</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>HTML-Bericht</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation>Markdown-Bericht</translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation>Vorschau des Exports</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>The preview shows the first %1 of %2 articles.</source>
        <translation>Die Vorschau zeigt die ersten %1 von %2 Artikeln.</translation>
    </message>
    <message>
        <source>This format keeps everything.</source>
        <translation>Dieses Format bewahrt alles.</translation>
    </message>
    <message>
        <source>There is no article to export.</source>
        <translation>Es gibt keinen Artikel zum Exportieren.</translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>%1 (*%2)</source>
        <translation>%1 (*%2)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter (US)</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Vorschau des Berichts</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitenformat:</translation>
    </message>
    <message>
        <source>The PDF is laid out as shown here, on %1 pages with page numbers.</source>
        <translation>Das PDF wird wie hier gezeigt gesetzt, auf %1-Seiten mit Seitenzahlen.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
</context>
<context>
    <name>Gazette::Extractor</name>
    <message>
        <source>%1 more suggestions were left out: Gazette suggests at most one per %2 characters.</source>
        <translation>%1 weitere Vorschläge wurden weggelassen: Gazette schlägt höchstens einen je %2 Zeichen vor.</translation>
    </message>
</context>
<context>
    <name>Gazette::FactDialog</name>
    <message>
        <source>Edit Fact</source>
        <translation>Fakt bearbeiten</translation>
    </message>
    <message>
        <source>Add Fact</source>
        <translation>Fakt hinzufügen</translation>
    </message>
    <message>
        <source>e.g. partners with, market share, rose</source>
        <translation>z. B. kooperiert mit, Marktanteil, stieg</translation>
    </message>
    <message>
        <source>normalised, e.g. 16</source>
        <translation>normalisiert, z. B. 16</translation>
    </message>
    <message>
        <source>e.g. %, USD</source>
        <translation>z. B. %, USD</translation>
    </message>
    <message>
        <source>ISO 8601, e.g. 2023 or 2025-02-13</source>
        <translation>ISO 8601, z. B. 2023 oder 2025-02-13</translation>
    </message>
    <message>
        <source>(none: select the supporting text in the article before adding)</source>
        <translation>(keiner: Wählen Sie vor dem Hinzufügen den belegenden Text im Artikel aus)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subjekt:</translation>
    </message>
    <message>
        <source>&amp;Predicate:</source>
        <translation>&amp;Prädikat:</translation>
    </message>
    <message>
        <source>&amp;Object or value:</source>
        <translation>&amp;Objekt oder Wert:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Beleg:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Object or value</source>
        <translation>Objekt oder Wert</translation>
    </message>
</context>
<context>
    <name>Gazette::FactKind</name>
    <message>
        <source>partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>Markteinführung</translation>
    </message>
    <message>
        <source>competition</source>
        <translation>Wettbewerb</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>Gazette::FactModel</name>
    <message>
        <source>Added by %1</source>
        <translation>Hinzugefügt von %1</translation>
    </message>
    <message>
        <source>a reader</source>
        <translation>einem Leser</translation>
    </message>
    <message>
        <source>Rule %1, confidence %2</source>
        <translation>Regel %1, Konfidenz %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>Prädikat</translation>
    </message>
    <message>
        <source>Object or value</source>
        <translation>Objekt oder Wert</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
</context>
<context>
    <name>Gazette::FactPanel</name>
    <message>
        <source>Facts in the article</source>
        <translation>Fakten im Artikel</translation>
    </message>
    <message>
        <source>No facts in this article yet.
Select the supporting text and choose Add.</source>
        <translation>Noch keine Fakten in diesem Artikel.
Wählen Sie den belegenden Text aus und klicken Sie auf Hinzufügen.</translation>
    </message>
    <message>
        <source>Fact kind filter</source>
        <translation>Filter nach Faktart</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a fact, with the selected text as its evidence</source>
        <translation>Einen Fakt hinzufügen, mit dem ausgewählten Text als Beleg</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>Gazette::FeedController</name>
    <message>
        <source>Feeds refreshed: %1 new, %2 updated, %3 failed.</source>
        <translation>Feeds aktualisiert: %1 neu, %2 geändert, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Su&amp;bscribe to Feed…</source>
        <translation>Feed a&amp;bonnieren…</translation>
    </message>
    <message>
        <source>Follow a news feed: its new articles arrive in the library while Gazette is open</source>
        <translation>Einem Nachrichten-Feed folgen: seine neuen Artikel kommen in die Bibliothek, solange Gazette offen ist</translation>
    </message>
    <message>
        <source>Import Subscriptions (OPML)…</source>
        <translation>Abonnements importieren (OPML)…</translation>
    </message>
    <message>
        <source>Export Subscriptions (OPML)…</source>
        <translation>Abonnements exportieren (OPML)…</translation>
    </message>
    <message>
        <source>&amp;Refresh Feeds</source>
        <translation>Feeds &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Fetch every feed now</source>
        <translation>Jetzt jeden Feed holen</translation>
    </message>
    <message>
        <source>&amp;Next Unread Article</source>
        <translation>&amp;Nächster ungelesener Artikel</translation>
    </message>
    <message>
        <source>Open the newest article you have not read yet</source>
        <translation>Den neuesten Artikel öffnen, den Sie noch nicht gelesen haben</translation>
    </message>
    <message>
        <source>&amp;Mark All Read</source>
        <translation>Alle als gelesen &amp;markieren</translation>
    </message>
    <message>
        <source>Mark every article of the chosen feed (or of all feeds) read</source>
        <translation>Jeden Artikel des gewählten Feeds (oder aller Feeds) als gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Star Article</source>
        <translation>Artikel mit &amp;Stern markieren</translation>
    </message>
    <message>
        <source>Star the article: it is kept whatever the feed&apos;s retention</source>
        <translation>Den Artikel mit einem Stern markieren: er bleibt, wie auch immer der Feed aufbewahrt</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Mark Feed Read</source>
        <translation>Feed als gelesen markieren</translation>
    </message>
    <message>
        <source>Edit Settings…</source>
        <translation>Einstellungen bearbeiten…</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abbestellen</translation>
    </message>
    <message>
        <source>No feeds yet: subscribe with File › Subscribe to Feed…</source>
        <translation>Noch keine Feeds: abonnieren Sie mit Datei › Feed abonnieren…</translation>
    </message>
    <message>
        <source>The feeds are being refreshed already.</source>
        <translation>Die Feeds werden bereits aktualisiert.</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n feed(s)…</source>
        <translation>
            <numerusform>Aktualisiere %n Feed…</numerusform>
            <numerusform>Aktualisiere %n Feeds…</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for a feed at %1…</source>
        <translation>Suche einen Feed unter %1…</translation>
    </message>
    <message>
        <source>Subscribe to Feed</source>
        <translation>Feed abonnieren</translation>
    </message>
    <message>
        <source>Subscribed to “%1”.</source>
        <translation>„%1“ abonniert.</translation>
    </message>
    <message>
        <source>Feed Settings</source>
        <translation>Feed-Einstellungen</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from “%1”? Its %n article(s) stay in the library.</source>
        <translation>
            <numerusform>„%1“ abbestellen? Sein %n Artikel bleibt in der Bibliothek.</numerusform>
            <numerusform>„%1“ abbestellen? Seine %n Artikel bleiben in der Bibliothek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Subscriptions</source>
        <translation>Abonnements importieren</translation>
    </message>
    <message>
        <source>OPML subscription lists (*.opml *.xml);;All files (*)</source>
        <translation>OPML-Abonnementlisten (*.opml *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Subscribed to %1 feed(s); %2 subscribed already.</source>
        <translation>%1 Feed(s) abonniert; %2 bereits abonniert.</translation>
    </message>
    <message>
        <source>Export Subscriptions</source>
        <translation>Abonnements exportieren</translation>
    </message>
    <message>
        <source>OPML subscription lists (*.opml)</source>
        <translation>OPML-Abonnementlisten (*.opml)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 feed(s) to %2.</source>
        <translation>%1 Feed(s) nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>No unread articles.</source>
        <translation>Keine ungelesenen Artikel.</translation>
    </message>
</context>
<context>
    <name>Gazette::FeedDialog</name>
    <message>
        <source>Import from Feed</source>
        <translation>Aus Feed importieren</translation>
    </message>
    <message>
        <source>Items of the feed</source>
        <translation>Einträge des Feeds</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>%1 — choose the items to import:</source>
        <translation>%1 — Wählen Sie die zu importierenden Einträge aus:</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
</context>
<context>
    <name>Gazette::FeedFetch</name>
    <message>
        <source>%1 is not a feed (RSS, Atom or JSON Feed).</source>
        <translation>%1 ist kein Feed (RSS, Atom oder JSON Feed).</translation>
    </message>
    <message>
        <source>“%1” is larger than %2; it was not taken.</source>
        <translation>„%1“ ist größer als %2; er wurde nicht übernommen.</translation>
    </message>
    <message>
        <source>The feed lists %1 items; the first %2 were read.</source>
        <translation>Der Feed listet %1 Einträge; die ersten %2 wurden gelesen.</translation>
    </message>
    <message>
        <source>%1 is neither a feed nor a web page that names one.</source>
        <translation>%1 ist weder ein Feed noch eine Webseite, die einen nennt.</translation>
    </message>
    <message>
        <source>%1 names a feed at %2, an address in your own network or computer; Gazette does not subscribe to it.</source>
        <translation>%1 nennt einen Feed unter %2, einer Adresse in Ihrem eigenen Netz oder Rechner; Gazette abonniert ihn nicht.</translation>
    </message>
</context>
<context>
    <name>Gazette::FeedReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The feed declares a document type; feeds do not, so it is refused.</source>
        <translation>Der Feed deklariert einen Dokumenttyp; Feeds tun das nicht, daher wird er zurückgewiesen.</translation>
    </message>
    <message>
        <source>This XML file is not an RSS or Atom feed.</source>
        <translation>Diese XML-Datei ist kein RSS- oder Atom-Feed.</translation>
    </message>
    <message>
        <source>The feed is not well-formed XML (line %1): %2</source>
        <translation>Der Feed ist kein wohlgeformtes XML (Zeile %1): %2</translation>
    </message>
    <message>
        <source>“%1” has no text: %2</source>
        <translation>„%1“ enthält keinen Text: %2</translation>
    </message>
    <message>
        <source>The JSON feed is not valid JSON (at byte %1): %2</source>
        <translation>Der JSON-Feed ist kein gültiges JSON (bei Byte %1): %2</translation>
    </message>
    <message>
        <source>This JSON file is not a JSON Feed.</source>
        <translation>Diese JSON-Datei ist kein JSON Feed.</translation>
    </message>
    <message>
        <source>The JSON feed has no list of items.</source>
        <translation>Der JSON-Feed enthält keine Liste von Einträgen.</translation>
    </message>
</context>
<context>
    <name>Gazette::FeedRefresh</name>
    <message>
        <source>The new articles could not be saved: %1</source>
        <translation>Die neuen Artikel konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Gazette::FeedStore</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>Ein Ordner braucht einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is subscribed already (as “%2”).</source>
        <translation>„%1“ ist bereits abonniert (als „%2“).</translation>
    </message>
    <message>
        <source>The feed no longer exists.</source>
        <translation>Den Feed gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Gazette::FeedsPane</name>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>All Articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>The last refresh failed: %1</source>
        <translation>Die letzte Aktualisierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1
%2 unread of %3</source>
        <translation>%1
%2 ungelesen von %3</translation>
    </message>
    <message>
        <source>Smart Folders</source>
        <translation>Intelligente Ordner</translation>
    </message>
    <message>
        <source>Search: %1
%2</source>
        <translation>Suche: %1
%2</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 Artikel</translation>
    </message>
</context>
<context>
    <name>Gazette::GazetteJsonFormat</name>
    <message>
        <source>Gazette JSON (everything)</source>
        <translation>Gazette-JSON (alles)</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Not a Gazette JSON file.</source>
        <translation>Keine Gazette-JSON-Datei.</translation>
    </message>
    <message>
        <source>An annotation lies outside the text (%1–%2).</source>
        <translation>Eine Annotation liegt außerhalb des Texts (%1–%2).</translation>
    </message>
    <message>
        <source>The evidence of a fact lies outside the text (%1–%2).</source>
        <translation>Der Beleg eines Fakts liegt außerhalb des Textes (%1–%2).</translation>
    </message>
</context>
<context>
    <name>Gazette::HelpDialog</name>
    <message>
        <source>Gazette Handbook</source>
        <translation>Gazette-Handbuch</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Change any of them in Edit &gt; Configure Shortcuts. The keys of the reading pane work while it has the focus.</source>
        <translation>Jedes davon lässt sich unter Bearbeiten &gt; Kurzbefehle festlegen ändern. Die Tasten des Lesebereichs wirken, solange er den Fokus hat.</translation>
    </message>
    <message>
        <source>Gazette finds the people, organisations, places, dates, amounts, quotes and facts in news articles and lets you correct what it found. Every correction is saved in the library at once and can be undone.</source>
        <translation>Gazette findet Personen, Organisationen, Orte, Daten, Beträge, Zitate und Fakten in Nachrichtenartikeln und lässt Sie korrigieren, was es gefunden hat. Jede Korrektur wird sofort in der Bibliothek gespeichert und lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>What the marks mean</source>
        <translation>Was die Markierungen bedeuten</translation>
    </message>
    <message>
        <source>Each span is painted in its label&apos;s colour:</source>
        <translation>Jede Markierung erscheint in der Farbe ihres Labels:</translation>
    </message>
    <message>
        <source>a tinted background: accepted, by you or because you made it</source>
        <translation>ein getönter Hintergrund: angenommen, von Ihnen oder weil Sie sie selbst gesetzt haben</translation>
    </message>
    <message>
        <source>a lighter background with a dashed underline: a suggestion of the extractor, waiting for you</source>
        <translation>ein hellerer Hintergrund mit gestrichelter Unterstreichung: ein Vorschlag der Extraktion, der auf Sie wartet</translation>
    </message>
    <message>
        <source>italics: a quote</source>
        <translation>kursiv: ein Zitat</translation>
    </message>
    <message>
        <source>a wavy underline: an orphaned span whose text changed when the article was updated</source>
        <translation>eine Wellenlinie: eine verwaiste Markierung, deren Text sich bei der Aktualisierung des Artikels geändert hat</translation>
    </message>
    <message>
        <source>Rejected suggestions disappear; the lexicon remembers them.</source>
        <translation>Abgelehnte Vorschläge verschwinden; das Lexikon merkt sie sich.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Correcting</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <source>Select text and press a label&apos;s number key to label it; the selection snaps to whole words, with Alt it stays exact.</source>
        <translation>Markieren Sie Text und drücken Sie die Zifferntaste eines Labels, um ihn zu kennzeichnen; die Auswahl rastet an ganzen Wörtern ein, mit Alt bleibt sie genau.</translation>
    </message>
    <message>
        <source>Click a span to select it; %1 accepts it, %2 rejects it, %3 removes it, %4 relabels it.</source>
        <translation>Klicken Sie auf eine Markierung, um sie auszuwählen; %1 nimmt sie an, %2 lehnt sie ab, %3 entfernt sie, %4 ändert ihr Label.</translation>
    </message>
    <message>
        <source>%1 and %2 go to the next and previous suggestion.</source>
        <translation>%1 und %2 springen zum nächsten und vorherigen Vorschlag.</translation>
    </message>
    <message>
        <source>%1 and %2 move the start of the selected span a word earlier or later, %3 and %4 its end.</source>
        <translation>%1 und %2 verschieben den Anfang der ausgewählten Markierung um ein Wort nach vorn oder hinten, %3 und %4 ihr Ende.</translation>
    </message>
    <message>
        <source>%1 undoes, %2 redoes; the article the step changes opens and the status bar says what was done.</source>
        <translation>%1 macht rückgängig, %2 stellt wieder her; der betroffene Artikel wird geöffnet, und die Statusleiste sagt, was geschah.</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>Gazette reads:</source>
        <translation>Gazette liest:</translation>
    </message>
    <message>
        <source>web pages and feeds by their address, pasted and dropped text</source>
        <translation>Webseiten und Feeds über ihre Adresse, eingefügten und abgelegten Text</translation>
    </message>
    <message>
        <source>and exports reports (HTML, PDF, Markdown) and data:</source>
        <translation>und exportiert Berichte (HTML, PDF, Markdown) und Daten:</translation>
    </message>
    <message>
        <source>Help &gt; Keyboard Shortcuts lists every key.</source>
        <translation>Hilfe &gt; Tastenkürzel listet alle Tasten auf.</translation>
    </message>
</context>
<context>
    <name>Gazette::HtmlImporter</name>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>The page is empty.</source>
        <translation>Die Seite ist leer.</translation>
    </message>
    <message>
        <source>The page could not be parsed.</source>
        <translation>Die Seite konnte nicht verarbeitet werden.</translation>
    </message>
    <message>
        <source>The page has no body.</source>
        <translation>Die Seite hat keinen Body-Bereich.</translation>
    </message>
    <message>
        <source>The page has no article text.</source>
        <translation>Die Seite enthält keinen Artikeltext.</translation>
    </message>
    <message>
        <source>The page nests elements %1 levels deep; Gazette kept the text but flattened everything deeper than %2 levels.</source>
        <translation>Die Seite verschachtelt Elemente %1 Ebenen tief; Gazette hat den Text behalten, aber alles unterhalb von %2 Ebenen abgeflacht.</translation>
    </message>
    <message>
        <source>The page is too complex to read whole; Gazette kept the text it reached within its limits.</source>
        <translation>Die Seite ist zu komplex, um sie ganz zu lesen; Gazette hat den Text behalten, den es innerhalb seiner Grenzen erreicht hat.</translation>
    </message>
</context>
<context>
    <name>Gazette::Importer</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>„%1“ ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>“%1” is too large to be an article (%2; the limit is %3).</source>
        <translation>„%1“ ist zu groß für einen Artikel (%2; die Grenze liegt bei %3).</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be an article.</source>
        <translation>„%1“ ist zu groß für einen Artikel.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Some bytes could not be decoded as %1 and were replaced by �: %2.</source>
        <translation>Einige Bytes konnten nicht als %1 dekodiert werden und wurden durch � ersetzt: %2.</translation>
    </message>
</context>
<context>
    <name>Gazette::ImporterRegistry</name>
    <message>
        <source>All articles (%1)</source>
        <translation>Alle Artikel (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Gazette::Inspector</name>
    <message>
        <source>Extractor</source>
        <translation>Extraktor</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Leser</translation>
    </message>
    <message>
        <source>Save &amp;Note</source>
        <translation>Notiz &amp;speichern</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>A note for this annotation, kept in the library and exported with it.</source>
        <translation>Eine Notiz zu dieser Annotation; sie wird in der Bibliothek gespeichert und mit ihr exportiert.</translation>
    </message>
    <message>
        <source>Annotation “%1”</source>
        <translation>Annotation „%1“</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Offsets</source>
        <translation>Offsets</translation>
    </message>
    <message>
        <source>%1–%2 (UTF-16)</source>
        <translation>%1–%2 (UTF-16)</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>nicht verknüpft</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>its text changed and it could not be placed again</source>
        <translation>der zugehörige Text hat sich geändert und die Annotation konnte nicht neu zugeordnet werden</translation>
    </message>
    <message>
        <source>Fact: %1 %2 %3</source>
        <translation>Fakt: %1 %2 %3</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>Prädikat</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Select an annotation in the article or a fact to see all its fields.</source>
        <translation>Wählen Sie eine Annotation im Artikel oder einen Fakt aus, um alle zugehörigen Felder zu sehen.</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Auch genannt</translation>
    </message>
</context>
<context>
    <name>Gazette::IntakeController</name>
    <message>
        <source>Cannot Open Article</source>
        <translation>Artikel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>“%1” is already in the library.</source>
        <translation>„%1“ ist bereits in der Bibliothek.</translation>
    </message>
    <message>
        <source>Article Changed</source>
        <translation>Artikel geändert</translation>
    </message>
    <message>
        <source>The library has an earlier version of “%1”.</source>
        <translation>Die Bibliothek enthält eine frühere Version von „%1“.</translation>
    </message>
    <message>
        <source>Update it to this version? Annotations and evidence move with the text; those whose text is gone are kept and marked as orphaned.</source>
        <translation>Auf diese Version aktualisieren? Annotationen und Belege wandern mit dem Text; solche, deren Text nicht mehr vorhanden ist, bleiben erhalten und werden als verwaist markiert.</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Add as &amp;New Article</source>
        <translation>Als &amp;neuen Artikel hinzufügen</translation>
    </message>
    <message>
        <source>Cannot Update Article</source>
        <translation>Artikel kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Updated: %1 span(s) kept their place, %2 moved, %3 orphaned.</source>
        <translation>Aktualisiert: %1 Textstelle(n) unverändert, %2 verschoben, %3 verwaist.</translation>
    </message>
    <message>
        <source>Cannot Open Feed</source>
        <translation>Feed kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>“%1” is too large.</source>
        <translation>„%1“ ist zu groß.</translation>
    </message>
    <message>
        <source>The feed has no items.</source>
        <translation>Der Feed enthält keine Einträge.</translation>
    </message>
    <message>
        <source>Some Items Were Not Imported</source>
        <translation>Einige Einträge wurden nicht importiert</translation>
    </message>
    <message>
        <source>Cannot Add Article</source>
        <translation>Artikel kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>The text cannot be an article: %1</source>
        <translation>Der Text kann kein Artikel werden: %1</translation>
    </message>
    <message>
        <source>This text is already in the library.</source>
        <translation>Dieser Text ist bereits in der Bibliothek.</translation>
    </message>
    <message>
        <source>Finding names, dates, amounts and quotes…</source>
        <translation>Namen, Daten, Beträge und Zitate werden gesucht…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Add Without Suggestions</source>
        <translation>Ohne Vorschläge hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation>Extraktion läuft</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Wird importiert</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>Extraction cancelled: the article was added without suggestions.</source>
        <translation>Extraktion abgebrochen: Der Artikel wurde ohne Vorschläge hinzugefügt.</translation>
    </message>
    <message>
        <source>Cancelled: what was read is kept.</source>
        <translation>Abgebrochen: Bereits Eingelesenes bleibt erhalten.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The details list each source that could not be read, and why.</source>
        <translation>Die Details führen jede Quelle auf, die nicht gelesen werden konnte, samt Grund.</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Feeds (%1)</source>
        <translation>Feeds (%1)</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>URL öffnen</translation>
    </message>
    <message>
        <source>Web address of an article or a feed:</source>
        <translation>Webadresse eines Artikels oder Feeds:</translation>
    </message>
    <message>
        <source>“%1” is not a web address: it must start with http:// or https://.</source>
        <translation>„%1“ ist keine Webadresse: Sie muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Follow Redirect?</source>
        <translation>Weiterleitung folgen?</translation>
    </message>
    <message>
        <source>%1 redirects to %2, an address in your own network or on this computer. A web page should not lead there. Follow it anyway?</source>
        <translation>%1 leitet auf %2 weiter, eine Adresse in Ihrem eigenen Netz oder auf diesem Computer. Eine Webseite sollte nicht dorthin führen. Trotzdem folgen?</translation>
    </message>
</context>
<context>
    <name>Gazette::LabelLegend</name>
    <message>
        <source>Labels and their keys</source>
        <translation>Labels und ihre Tasten</translation>
    </message>
    <message>
        <source>%1 (%2): %3. Select text and press %4.</source>
        <translation>%1 (%2): %3. Wählen Sie Text aus und drücken Sie %4.</translation>
    </message>
    <message>
        <source>Label as %1, key %2</source>
        <translation>Als %1 kennzeichnen, Taste %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3. Select text and click here.</source>
        <translation>%1 (%2): %3. Text markieren und hier klicken.</translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation>Als %1 kennzeichnen</translation>
    </message>
</context>
<context>
    <name>Gazette::LabelSet</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>People, including fictional</source>
        <translation>Menschen, auch fiktive</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Companies, agencies, institutions, media</source>
        <translation>Unternehmen, Behörden, Institutionen, Medien</translation>
    </message>
    <message>
        <source>Country, city, state</source>
        <translation>Land, Stadt, Bundesstaat</translation>
    </message>
    <message>
        <source>Geopolitical entities</source>
        <translation>Geopolitische Einheiten</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Non-GPE places: mountain ranges, bodies of water, regions</source>
        <translation>Orte außer GPE: Gebirge, Gewässer, Regionen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Absolute or relative dates or periods</source>
        <translation>Absolute oder relative Daten oder Zeiträume</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geldbetrag</translation>
    </message>
    <message>
        <source>Monetary values, with unit</source>
        <translation>Geldwerte mit Einheit</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>Percentages, including “%”</source>
        <translation>Prozentangaben, einschließlich „%“</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Nationalities, religious and political groups</source>
        <translation>Nationalitäten, religiöse und politische Gruppen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Devices, vehicles, software, AI models</source>
        <translation>Geräte, Fahrzeuge, Software, KI-Modelle</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Buildings, airports, highways, bridges</source>
        <translation>Gebäude, Flughäfen, Fernstraßen, Brücken</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Named summits, forums, storms, wars, sports events</source>
        <translation>Benannte Gipfeltreffen, Foren, Stürme, Kriege, Sportveranstaltungen</translation>
    </message>
    <message>
        <source>Work of art</source>
        <translation>Kunstwerk</translation>
    </message>
    <message>
        <source>Titles of books, songs, films, games</source>
        <translation>Titel von Büchern, Liedern, Filmen, Spielen</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Gesetz</translation>
    </message>
    <message>
        <source>Named documents made into laws</source>
        <translation>Benannte Dokumente, die zu Gesetzen wurden</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Any named language</source>
        <translation>Jede benannte Sprache</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Times smaller than a day</source>
        <translation>Zeitangaben unter einem Tag</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Measurements, as of weight or distance</source>
        <translation>Maßangaben, etwa für Gewicht oder Entfernung</translation>
    </message>
    <message>
        <source>Ordinal</source>
        <translation>Ordinalzahl</translation>
    </message>
    <message>
        <source>“first”, “second”, …</source>
        <translation>„erste“, „zweite“, …</translation>
    </message>
    <message>
        <source>Cardinal</source>
        <translation>Kardinalzahl</translation>
    </message>
    <message>
        <source>Numerals that fall under no other label</source>
        <translation>Zahlwörter, die unter kein anderes Label fallen</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Reported speech inside quotation marks</source>
        <translation>Wiedergegebene Rede in Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>Gazette::LayerCombo</name>
    <message>
        <source>Which annotators&apos; spans the article shows</source>
        <translation>Wessen Spannen der Artikel zeigt</translation>
    </message>
    <message>
        <source>All annotators</source>
        <translation>Alle Annotierenden</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>Final layer</source>
        <translation>Endgültige Ebene</translation>
    </message>
    <message>
        <source>Differences: %1 ↔ %2</source>
        <translation>Unterschiede: %1 ↔ %2</translation>
    </message>
</context>
<context>
    <name>Gazette::LibraryCopy</name>
    <message>
        <source>“%1” is not empty: a library is copied only into a new one.</source>
        <translation>„%1“ ist nicht leer: Eine Bibliothek wird nur in eine neue kopiert.</translation>
    </message>
    <message>
        <source>Could not read the table “%1”.</source>
        <translation>Die Tabelle „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not write the table “%1”.</source>
        <translation>Die Tabelle „%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>A database statement failed.</source>
        <translation>Eine Datenbankanweisung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The copy of “%1” holds %2 rows, the original %3.</source>
        <translation>Die Kopie von „%1“ enthält %2 Zeilen, das Original %3.</translation>
    </message>
</context>
<context>
    <name>Gazette::LibraryDelegate</name>
    <message>
        <source>entities: %1</source>
        <translation>Entitäten: %1</translation>
    </message>
    <message>
        <source>to review: %1</source>
        <translation>zu prüfen: %1</translation>
    </message>
</context>
<context>
    <name>Gazette::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Die Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Articles in the library</source>
        <translation>Artikel in der Bibliothek</translation>
    </message>
    <message>
        <source>No articles yet.
Open one with File › Open (Ctrl+O).</source>
        <translation>Noch keine Artikel.
Öffnen Sie einen über Datei › Öffnen (Strg+O).</translation>
    </message>
    <message>
        <source>Review status filter</source>
        <translation>Filter nach Prüfstatus</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Label filter</source>
        <translation>Filter nach Label</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Most to review</source>
        <translation>Meiste offene Vorschläge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Jedes Label</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sortieren nach:</translation>
    </message>
    <message>
        <source>No article matches the search and filters.</source>
        <translation>Kein Artikel passt zur Suche und zu den Filtern.</translation>
    </message>
    <message>
        <source>Search articles… (person: org: label: after: status: feed:)</source>
        <translation>Artikel durchsuchen… (person: org: label: after: status: feed:)</translation>
    </message>
    <message>
        <source>Words search the text. Fields narrow it down:
person:&quot;Joe Tsai&quot;  org:Alibaba  gpe:China  loc:  norp:  product:  event:  entity:
label:MONEY  after:2025-01-01  before:2025-03  status:new|review|done  feed:Tech</source>
        <translation>Wörter durchsuchen den Text. Felder grenzen die Suche ein:
person:&quot;Joe Tsai&quot;  org:Alibaba  gpe:China  loc:  norp:  product:  event:  entity:
label:MONEY  after:2025-01-01  before:2025-03  status:new|review|done  feed:Tech</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save this search as a smart folder</source>
        <translation>Diese Suche als intelligenten Ordner speichern</translation>
    </message>
</context>
<context>
    <name>Gazette::LibraryFile</name>
    <message>
        <source>The folder for the library “%1” cannot be created.</source>
        <translation>Der Ordner für die Bibliothek „%1“ kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The library “%1” cannot be read: %2</source>
        <translation>Die Bibliothek „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Gazette library: it is no %2 database. It was left unchanged.</source>
        <translation>„%1“ ist keine Gazette-Bibliothek, denn es ist keine %2-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The library “%1” cannot be opened: %2</source>
        <translation>Die Bibliothek „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” is damaged or not a Gazette library. It was left unchanged.</source>
        <translation>„%1“ ist beschädigt oder keine Gazette-Bibliothek. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” was made by a newer version of Gazette (library format %2; this version reads up to %3). It was left unchanged.</source>
        <translation>„%1“ wurde mit einer neueren Version von Gazette erstellt (Bibliotheksformat %2; diese Version liest bis Format %3). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” is a %2 database but not a Gazette library. It was left unchanged.</source>
        <translation>„%1“ ist eine %2-Datenbank, aber keine Gazette-Bibliothek. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not back up “%1” before upgrading it: %2</source>
        <translation>Vor der Aktualisierung konnte keine Sicherung von „%1“ angelegt werden: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: its folder “%2” is read-only, and Gazette needs to write its journal there. Copy the library to a folder you can write to, or make the folder writable.</source>
        <translation>„%1“ kann nicht geöffnet werden: Der Ordner „%2“ ist schreibgeschützt, und Gazette muss dort sein Journal schreiben. Kopieren Sie die Bibliothek in einen beschreibbaren Ordner oder machen Sie den Ordner beschreibbar.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: the file is read-only. Make it writable, or copy it.</source>
        <translation>„%1“ kann nicht geöffnet werden: Die Datei ist schreibgeschützt. Machen Sie sie beschreibbar oder kopieren Sie sie.</translation>
    </message>
    <message>
        <source>Give the password in PGPASSWORD or in ~/.pgpass, as for psql.</source>
        <translation>Geben Sie das Passwort in PGPASSWORD oder ~/.pgpass an, wie für psql.</translation>
    </message>
</context>
<context>
    <name>Gazette::LibraryFileDialogs</name>
    <message>
        <source>New Library</source>
        <translation>Neue Bibliothek</translation>
    </message>
    <message>
        <source>Gazette libraries (*.gazette)</source>
        <translation>Gazette-Bibliotheken (*.gazette)</translation>
    </message>
    <message>
        <source>“%1” already exists. Use File › Open Library to open it.</source>
        <translation>„%1“ existiert bereits. Verwenden Sie Datei › Bibliothek öffnen, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Gazette libraries (*.gazette);;All files (*)</source>
        <translation>Gazette-Bibliotheken (*.gazette);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Gazette::LibraryModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1
Suggestions to review: %2</source>
        <translation>%1
Zu prüfende Vorschläge: %2</translation>
    </message>
</context>
<context>
    <name>Gazette::LibraryQuery</name>
    <message>
        <source>A quote is not closed: %1</source>
        <translation>Ein Anführungszeichen wird nicht geschlossen: %1</translation>
    </message>
    <message>
        <source>“%1:” needs a value.</source>
        <translation>„%1:“ braucht einen Wert.</translation>
    </message>
    <message>
        <source>“%1” is no date: write it as 2025-01-31, 2025-01 or 2025.</source>
        <translation>„%1“ ist kein Datum: Schreiben Sie es als 2025-01-31, 2025-01 oder 2025.</translation>
    </message>
    <message>
        <source>“%1” is no review status: use new, review or done.</source>
        <translation>„%1“ ist kein Prüfstatus: Verwenden Sie new, review oder done.</translation>
    </message>
    <message>
        <source>No day is both after %1 and before %2.</source>
        <translation>Kein Tag liegt zugleich ab %1 und vor %2.</translation>
    </message>
</context>
<context>
    <name>Gazette::LibrarySession</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Gazette::MainWindow</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open an article file</source>
        <translation>Eine Artikeldatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;About Gazette</source>
        <translation>Ü&amp;ber Gazette</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>%1 — Gazette</source>
        <translation>%1 — Gazette</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>About Gazette</source>
        <translation>Über Gazette</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gazette %1&lt;/h3&gt;&lt;p&gt;A workbench that turns news articles into structured, verified knowledge: people, organisations, places, dates, amounts, quotes and facts, highlighted, corrected and exported.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gazette %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank, die Nachrichtenartikel in strukturiertes, geprüftes Wissen verwandelt: Personen, Organisationen, Orte, Daten, Beträge, Zitate und Fakten – hervorgehoben, korrigiert und exportiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with Qt %1 (running on %2) and KSyntaxHighlighting %3.&lt;br&gt;Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Erstellt mit Qt %1 (ausgeführt unter %2) und KSyntaxHighlighting %3.&lt;br&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>&amp;Neue Bibliothek…</translation>
    </message>
    <message>
        <source>Create a new, empty library file</source>
        <translation>Eine neue, leere Bibliotheksdatei erstellen</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>Bib&amp;liothek öffnen…</translation>
    </message>
    <message>
        <source>Switch to another library file</source>
        <translation>Zu einer anderen Bibliotheksdatei wechseln</translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation>Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The library was upgraded; the old version is kept as %1.</source>
        <translation>Die Bibliothek wurde auf ein neues Format aktualisiert; die alte Version bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelltext</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>&amp;Entitäten</translation>
    </message>
    <message>
        <source>&amp;Facts</source>
        <translation>&amp;Fakten</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspektor</translation>
    </message>
    <message>
        <source>Search Library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Nächster Bereich</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Vorheriger Bereich</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export reports or data of this article, the selected ones or the whole library</source>
        <translation>Berichte oder Daten dieses Artikels, der ausgewählten Artikel oder der ganzen Bibliothek exportieren</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>Exportiert.</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>Als neuen Artikel ein&amp;fügen</translation>
    </message>
    <message>
        <source>Add the text on the clipboard to the library as an article</source>
        <translation>Den Text aus der Zwischenablage als Artikel zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Abgelegter Text</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Ordner &amp;importieren…</translation>
    </message>
    <message>
        <source>Import every article file in a folder and its sub-folders</source>
        <translation>Alle Artikeldateien in einem Ordner und seinen Unterordnern importieren</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>&amp;URL öffnen…</translation>
    </message>
    <message>
        <source>Fetch a web page or feed and add it to the library</source>
        <translation>Eine Webseite oder einen Feed abrufen und zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Annotation</source>
        <translation>A&amp;nnotation</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>Configure &amp;Shortcuts…</source>
        <translation>&amp;Kurzbefehle festlegen…</translation>
    </message>
    <message>
        <source>Change the keys of Gazette&apos;s actions</source>
        <translation>Die Tasten der Aktionen von Gazette ändern</translation>
    </message>
    <message>
        <source>Gazette &amp;Handbook</source>
        <translation>Gazette-&amp;Handbuch</translation>
    </message>
    <message>
        <source>What the colours and underlines mean, the correcting keys and the formats</source>
        <translation>Was Farben und Unterstreichungen bedeuten, die Korrekturtasten und die Formate</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every action and its key</source>
        <translation>Alle Aktionen und ihre Tasten</translation>
    </message>
    <message>
        <source>Reading pane</source>
        <translation>Lesebereich</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>&amp;Remove Article from Library</source>
        <translation>Artikel aus der Bibliothek &amp;entfernen</translation>
    </message>
    <message>
        <source>Removed “%1” from the library. %2 brings it back.</source>
        <translation>„%1“ wurde aus der Bibliothek entfernt. %2 holt ihn zurück.</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Library…</source>
        <translation>Mit &amp;Team-Bibliothek verbinden…</translation>
    </message>
    <message>
        <source>Open a library that several annotators share on a PostgreSQL server</source>
        <translation>Eine Bibliothek öffnen, die mehrere Annotierende auf einem PostgreSQL-Server teilen</translation>
    </message>
    <message>
        <source>Reconnected to the team library.</source>
        <translation>Wieder mit der Team-Bibliothek verbunden.</translation>
    </message>
    <message>
        <source>Read-only: the server cannot be reached; reconnecting…</source>
        <translation>Nur lesen: Der Server ist nicht erreichbar; neue Verbindung wird versucht…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2; other annotators&apos; changes appear as they are saved.</source>
        <translation>Verbunden mit %1 als %2; Änderungen anderer Annotierender erscheinen, sobald sie gespeichert sind.</translation>
    </message>
    <message>
        <source>Fee&amp;ds</source>
        <translation>F&amp;eeds</translation>
    </message>
    <message>
        <source>&amp;Curation</source>
        <translation>&amp;Kuration</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>Ü&amp;bereinstimmung…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Corpus (Entity Index and Charts)</source>
        <translation>&amp;Korpus (Entitätenverzeichnis und Diagramme)</translation>
    </message>
</context>
<context>
    <name>Gazette::MarkdownImporter</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file contains no text.</source>
        <translation>Die Datei enthält keinen Text.</translation>
    </message>
</context>
<context>
    <name>Gazette::Opml</name>
    <message>
        <source>The OPML file is empty.</source>
        <translation>Die OPML-Datei ist leer.</translation>
    </message>
    <message>
        <source>The OPML file is larger than %1 MB; it was not read.</source>
        <translation>Die OPML-Datei ist größer als %1 MB; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The OPML file declares a document type; subscription lists do not, so it is refused.</source>
        <translation>Die OPML-Datei deklariert einen Dokumenttyp; Abonnementlisten tun das nicht, daher wird sie abgelehnt.</translation>
    </message>
    <message>
        <source>This XML file is not an OPML subscription list.</source>
        <translation>Diese XML-Datei ist keine OPML-Abonnementliste.</translation>
    </message>
    <message>
        <source>The OPML file nests outlines more than %1 deep; it was not read.</source>
        <translation>Die OPML-Datei verschachtelt Gliederungen tiefer als %1 Ebenen; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The OPML file lists more than %1 feeds; it was not read.</source>
        <translation>Die OPML-Datei listet mehr als %1 Feeds; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The OPML file is not well-formed XML (line %1): %2</source>
        <translation>Die OPML-Datei ist kein wohlgeformtes XML (Zeile %1): %2</translation>
    </message>
</context>
<context>
    <name>Gazette::OpmlSubscriptions</name>
    <message>
        <source>“%1” is not a web address; skipped.</source>
        <translation>„%1“ ist keine Webadresse; übersprungen.</translation>
    </message>
    <message>
        <source>Gazette subscriptions</source>
        <translation>Gazette-Abonnements</translation>
    </message>
</context>
<context>
    <name>Gazette::PlainTextImporter</name>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file contains only white space.</source>
        <translation>Die Datei enthält nur Leerraum.</translation>
    </message>
</context>
<context>
    <name>Gazette::QuoteModel</name>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>Gazette::QuotesDock</name>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Filter quotes by words…</source>
        <translation>Zitate nach Wörtern filtern …</translation>
    </message>
    <message>
        <source>Only the quotes of one speaker</source>
        <translation>Nur die Zitate einer Person</translation>
    </message>
    <message>
        <source>Quotes in the library</source>
        <translation>Zitate in der Bibliothek</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Alle Sprecher</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>1 quote</source>
        <translation>1 Zitat</translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n Zitat</numerusform>
            <numerusform>%n Zitate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Gazette::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Gazette::Report</name>
    <message>
        <source>dashed: suggestion not yet reviewed</source>
        <translation>gestrichelt: Vorschlag noch nicht geprüft</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Predicate</source>
        <translation>Prädikat</translation>
    </message>
    <message>
        <source>Object or value</source>
        <translation>Objekt oder Wert</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Gazette report: %1 articles</source>
        <translation>Gazette-Bericht: %1 Artikel</translation>
    </message>
    <message>
        <source>Gazette report</source>
        <translation>Gazette-Bericht</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Entity index</source>
        <translation>Entitätenverzeichnis</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Prüfstatus: %1</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Made with Gazette on %1.</source>
        <translation>Erstellt mit Gazette am %1.</translation>
    </message>
    <message>
        <source>Made by %1 with Gazette on %2.</source>
        <translation>Erstellt von %1 mit Gazette am %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Who said what</source>
        <translation>Wer sagte was</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>The articles at a glance</source>
        <translation>Die Artikel auf einen Blick</translation>
    </message>
</context>
<context>
    <name>Gazette::ReviewStatusActions</name>
    <message>
        <source>Review &amp;Status</source>
        <translation>Prüf&amp;status</translation>
    </message>
    <message>
        <source>Mark as &amp;New</source>
        <translation>Als &amp;neu markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;In Review</source>
        <translation>Als &amp;in Prüfung markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>Review status of the article</source>
        <translation>Prüfstatus des Artikels</translation>
    </message>
    <message>
        <source>Review status of the article (Ctrl+1, Ctrl+2, Ctrl+3)</source>
        <translation>Prüfstatus des Artikels (Strg+1, Strg+2, Strg+3)</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
</context>
<context>
    <name>Gazette::Schema</name>
    <message>
        <source>A database statement failed.</source>
        <translation>Eine Datenbankanweisung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Gazette::SequenceTagger</name>
    <message>
        <source>Cannot write the model “%1”: %2</source>
        <translation>Das Modell „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the model “%1”: %2</source>
        <translation>Das Modell „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a name model of this version of Gazette.</source>
        <translation>„%1“ ist kein Namensmodell dieser Gazette-Version.</translation>
    </message>
    <message>
        <source>The model “%1” is damaged.</source>
        <translation>Das Modell „%1“ ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>Gazette::SettingsDialog</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Gazette Settings</source>
        <translation>Gazette-Einstellungen</translation>
    </message>
    <message>
        <source>Your name, stored with every correction</source>
        <translation>Ihr Name, der mit jeder Korrektur gespeichert wird</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>&amp;Add Label…</source>
        <translation>Label &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove Label</source>
        <translation>Label &amp;entfernen</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>&amp;Standard wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>&amp;Autorname:</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Neues Label</translation>
    </message>
    <message>
        <source>The OntoNotes labels are always there; give them no key to keep them out of the way.</source>
        <translation>Die OntoNotes-Labels sind immer vorhanden; weisen Sie ihnen keine Taste zu, damit sie nicht stören.</translation>
    </message>
    <message>
        <source>&amp;Find entities, quotes and facts in every article opened or imported</source>
        <translation>Entitäten, Zitate und Fakten in jedem geöffneten oder importierten Artikel &amp;finden</translation>
    </message>
    <message>
        <source>Extraction:</source>
        <translation>Extraktion:</translation>
    </message>
    <message>
        <source>The colour of the label&apos;s spans, in light and dark themes alike</source>
        <translation>Die Farbe der Markierungen dieses Labels, in hellen wie dunklen Farbschemata</translation>
    </message>
    <message>
        <source>Labels (keys 1–9 label the selected text; each colour has a light and a dark variant for the theme):</source>
        <translation>Labels (die Tasten 1–9 kennzeichnen den ausgewählten Text; jede Farbe hat eine helle und eine dunkle Variante für das Farbschema):</translation>
    </message>
</context>
<context>
    <name>Gazette::ShortcutsDialog</name>
    <message>
        <source>Reset to &amp;Default</source>
        <translation>&amp;Standard wiederherstellen</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Press the new key; the clear button leaves the action without a key</source>
        <translation>Drücken Sie die neue Taste; mit der Löschen-Schaltfläche bleibt die Aktion ohne Taste</translation>
    </message>
    <message>
        <source>Reset &amp;All</source>
        <translation>&amp;Alle zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Taste:</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”. Give that action another key first.</source>
        <translation>%1 ist bereits das Kürzel von „%2“. Geben Sie dieser Aktion zuerst eine andere Taste.</translation>
    </message>
    <message>
        <source>These actions were left without a key: %1</source>
        <translation>Diese Aktionen haben jetzt keine Taste: %1</translation>
    </message>
</context>
<context>
    <name>Gazette::SingleInstance</name>
    <message>
        <source>Another Gazette is already running.</source>
        <translation>Gazette läuft bereits.</translation>
    </message>
</context>
<context>
    <name>Gazette::SmartFolderController</name>
    <message>
        <source>Rename Smart Folder…</source>
        <translation>Intelligenten Ordner umbenennen…</translation>
    </message>
    <message>
        <source>Delete Smart Folder</source>
        <translation>Intelligenten Ordner löschen</translation>
    </message>
    <message>
        <source>Smart Folder</source>
        <translation>Intelligenter Ordner</translation>
    </message>
    <message>
        <source>Saved the search as the smart folder “%1”.</source>
        <translation>Die Suche wurde als intelligenter Ordner „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Save Search as Smart Folder</source>
        <translation>Suche als intelligenten Ordner speichern</translation>
    </message>
    <message>
        <source>Name of the smart folder:</source>
        <translation>Name des intelligenten Ordners:</translation>
    </message>
    <message>
        <source>Rename Smart Folder</source>
        <translation>Intelligenten Ordner umbenennen</translation>
    </message>
    <message>
        <source>New name of the smart folder:</source>
        <translation>Neuer Name des intelligenten Ordners:</translation>
    </message>
    <message>
        <source>Delete the smart folder “%1”? Its articles stay in the library.</source>
        <translation>Den intelligenten Ordner „%1“ löschen? Seine Artikel bleiben in der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>Gazette::SmartFolderStore</name>
    <message>
        <source>A smart folder needs a name.</source>
        <translation>Ein intelligenter Ordner braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is a smart folder called “%1” already.</source>
        <translation>Es gibt bereits einen intelligenten Ordner namens „%1“.</translation>
    </message>
    <message>
        <source>A smart folder needs a search: type one in the library&apos;s search box first.</source>
        <translation>Ein intelligenter Ordner braucht eine Suche: Geben Sie zuerst eine in das Suchfeld der Bibliothek ein.</translation>
    </message>
</context>
<context>
    <name>Gazette::SourceReader</name>
    <message>
        <source>The feed has no items with text.</source>
        <translation>Der Feed enthält keine Einträge mit Text.</translation>
    </message>
    <message>
        <source>%1 is not an article but %2.</source>
        <translation>%1 ist kein Artikel, sondern %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is too large to be a feed.</source>
        <translation>„%1“ ist zu groß für einen Feed.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
</context>
<context>
    <name>Gazette::SourceView</name>
    <message>
        <source>Original markup of the article</source>
        <translation>Ursprüngliches Markup des Artikels</translation>
    </message>
    <message>
        <source>The original markup of the article appears here.</source>
        <translation>Hier erscheint das ursprüngliche Markup des Artikels.</translation>
    </message>
</context>
<context>
    <name>Gazette::SpacyFormat</name>
    <message>
        <source>spaCy JSON lines</source>
        <translation>spaCy-JSON-Lines</translation>
    </message>
    <message>
        <source>Not a spaCy JSON line: it has no &quot;text&quot;.</source>
        <translation>Keine spaCy-JSON-Zeile: Das Feld &quot;text&quot; fehlt.</translation>
    </message>
    <message>
        <source>spaCy&apos;s format has the text and entity spans only: facts, notes, rules and confidence are left out.</source>
        <translation>Das spaCy-Format enthält nur den Text und die Entitäts-Textstellen: Fakten, Notizen, Regeln und Konfidenz fehlen.</translation>
    </message>
    <message>
        <source>Statuses are kept in a Gazette key (&quot;gazette_status&quot;) that spaCy ignores.</source>
        <translation>Status werden in einem Gazette-Schlüssel („gazette_status“) gespeichert, den spaCy ignoriert.</translation>
    </message>
    <message>
        <source>An entity lies outside the text (%1–%2).</source>
        <translation>Eine Entität liegt außerhalb des Textes (%1–%2).</translation>
    </message>
</context>
<context>
    <name>Gazette::SubscribeDialog</name>
    <message>
        <source>Fetch the &amp;full article from each item&apos;s page</source>
        <translation>Den &amp;vollständigen Artikel von der Seite jedes Eintrags holen</translation>
    </message>
    <message>
        <source>Feed Settings</source>
        <translation>Feed-Einstellungen</translation>
    </message>
    <message>
        <source>Subscribe to Feed</source>
        <translation>Feed abonnieren</translation>
    </message>
    <message>
        <source>https://example.org/feed.xml or a page that names its feed</source>
        <translation>https://example.org/feed.xml oder eine Seite, die ihren Feed nennt</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Kein Ordner</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Otherwise the article is the text the feed itself carries (often a summary).</source>
        <translation>Sonst ist der Artikel der Text, den der Feed selbst enthält (oft eine Zusammenfassung).</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>Aktualisieren &amp;alle:</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Keep articles for:</source>
        <translation>Artikel &amp;behalten für:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Articles you annotated or starred are always kept.</source>
        <translation>Artikel, die Sie annotiert oder mit Stern markiert haben, bleiben immer.</translation>
    </message>
    <message>
        <source>Keep at &amp;most:</source>
        <translation>&amp;Höchstens behalten:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
</context>
<context>
    <name>Gazette::TeamLibraryDialog</name>
    <message>
        <source>Connect to Team Library</source>
        <translation>Mit Team-Bibliothek verbinden</translation>
    </message>
    <message>
        <source>db.newsroom.example</source>
        <translation>db.redaktion.example</translation>
    </message>
    <message>
        <source>newsroom</source>
        <translation>redaktion</translation>
    </message>
    <message>
        <source>your PostgreSQL role</source>
        <translation>Ihre PostgreSQL-Rolle</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Zuletzt:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>SSL-&amp;Modus:</translation>
    </message>
    <message>
        <source>The password comes from PGPASSWORD or ~/.pgpass, or Gazette asks for it; it is never saved.</source>
        <translation>Das Passwort kommt aus PGPASSWORD oder ~/.pgpass, oder Gazette fragt danach; es wird nie gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password of the role “%1” on %2:</source>
        <translation>Passwort der Rolle „%1“ auf %2:</translation>
    </message>
</context>
<context>
    <name>Gazette::TeamPanel</name>
    <message>
        <source>&lt;b&gt;Team&lt;/b&gt;</source>
        <translation>&lt;b&gt;Team&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Zuweisen…</translation>
    </message>
    <message>
        <source>How far you got with this article</source>
        <translation>Wie weit Sie mit diesem Artikel sind</translation>
    </message>
    <message>
        <source>Assign this article to an annotator (curators only)</source>
        <translation>Diesen Artikel einer annotierenden Person zuweisen (nur Kuratierende)</translation>
    </message>
    <message>
        <source>My progress:</source>
        <translation>Mein Stand:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not assigned to anyone</source>
        <translation>Niemandem zugewiesen</translation>
    </message>
    <message>
        <source>%1 is working on this article</source>
        <translation>%1 arbeitet an diesem Artikel</translation>
    </message>
    <message>
        <source>%1 are working on this article</source>
        <translation>%1 arbeiten an diesem Artikel</translation>
    </message>
    <message>
        <source>Not assigned: %1</source>
        <translation>Nicht zugewiesen: %1</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>%1 zugewiesen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Assign Article</source>
        <translation>Artikel zuweisen</translation>
    </message>
    <message>
        <source>Annotator (their PostgreSQL role or name):</source>
        <translation>Annotierende Person (PostgreSQL-Rolle oder Name):</translation>
    </message>
    <message>
        <source>Not assigned to you</source>
        <translation>Ihnen nicht zugewiesen</translation>
    </message>
</context>
<context>
    <name>Gazette::TeamStore</name>
    <message>
        <source>assigned</source>
        <translation>zugewiesen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>Name the user to grant a role to.</source>
        <translation>Nennen Sie die Person, die eine Rolle erhalten soll.</translation>
    </message>
    <message>
        <source>The server refused to grant the role: %1</source>
        <translation>Der Server hat die Rolle nicht vergeben: %1</translation>
    </message>
    <message>
        <source>The library is read-only until its server is back; nothing was saved.</source>
        <translation>Die Bibliothek ist schreibgeschützt, bis ihr Server zurück ist; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The server refused: %1 (%2)</source>
        <translation>Der Server hat abgelehnt: %1 (%2)</translation>
    </message>
    <message>
        <source>A database statement failed.</source>
        <translation>Eine Datenbankanweisung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Name the annotator to assign.</source>
        <translation>Nennen Sie die Person, der zugewiesen werden soll.</translation>
    </message>
    <message>
        <source>The library has no article %1.</source>
        <translation>Die Bibliothek hat keinen Artikel %1.</translation>
    </message>
    <message>
        <source>only a curator may assign articles, and %1 is an annotator.</source>
        <translation>Nur Kuratierende dürfen Artikel zuweisen, und %1 annotiert.</translation>
    </message>
    <message>
        <source>%1 is not assigned to article %2.</source>
        <translation>%1 ist Artikel %2 nicht zugewiesen.</translation>
    </message>
    <message>
        <source>only a curator may take an assignment back, and %1 is an annotator.</source>
        <translation>Nur Kuratierende dürfen eine Zuweisung zurücknehmen, und %1 annotiert.</translation>
    </message>
    <message>
        <source>The server refused: an annotator reports only their own progress, and %1 is not %2. Nothing was saved.</source>
        <translation>Der Server hat abgelehnt: Annotierende melden nur ihren eigenen Fortschritt, und %1 ist nicht %2. Nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>Gazette::TextDecoder</name>
    <message>
        <source>This looks like a binary file, not text.</source>
        <translation>Dies scheint eine Binärdatei zu sein, kein Text.</translation>
    </message>
    <message>
        <source>The document says it is %1, but its bytes are UTF-8: it was read as UTF-8.</source>
        <translation>Das Dokument gibt %1 an, seine Bytes sind aber UTF-8: Es wurde als UTF-8 gelesen.</translation>
    </message>
    <message>
        <source>The document says it is %1, but its bytes do not fit: the encoding was detected instead.</source>
        <translation>Das Dokument gibt %1 an, seine Bytes passen aber nicht dazu: Die Kodierung wurde stattdessen erkannt.</translation>
    </message>
</context>
<context>
    <name>Gazette::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
</context>
<context>
    <name>Gazette::UndoNavigator</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederholt: %1</translation>
    </message>
</context>
<context>
    <name>Gazette::UrlFetcher</name>
    <message>
        <source>“%1” is not a web address (http or https).</source>
        <translation>„%1“ ist keine Webadresse (http oder https).</translation>
    </message>
    <message>
        <source>The page at %1 is larger than %2; it was not read.</source>
        <translation>Die Seite unter %1 ist größer als %2; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times.</source>
        <translation>%1 hat mehr als %2-mal weitergeleitet.</translation>
    </message>
    <message>
        <source>%1 redirected from https to plain http; Gazette does not follow that.</source>
        <translation>%1 hat von https auf unverschlüsseltes http weitergeleitet; Gazette folgt einer solchen Weiterleitung nicht.</translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation>Der Host %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>%1 answered %2 %3.</source>
        <translation>%1 antwortete mit %2 %3.</translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation>%1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>%1 redirected to “%2”, which is not a web address; Gazette does not follow that.</source>
        <translation>%1 hat auf „%2“ weitergeleitet, das keine Webadresse ist; dem folgt Gazette nicht.</translation>
    </message>
    <message>
        <source>%1 redirected to %2, an address in your own network or computer; Gazette does not follow a web page there.</source>
        <translation>%1 hat auf %2 weitergeleitet, eine Adresse in Ihrem eigenen Netz oder auf Ihrem Computer; dorthin folgt Gazette einer Webseite nicht.</translation>
    </message>
    <message>
        <source>%1 did not answer with the whole page within %2 seconds; it was not read.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden mit der ganzen Seite geantwortet; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The page at %1 is a compression bomb: it unpacks to more than %2; it was not read.</source>
        <translation>Die Seite unter %1 ist eine Kompressionsbombe: Sie entpackt sich auf mehr als %2; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The page at %1 is a compression bomb: it unpacks to far more than it sends; it was not read.</source>
        <translation>Die Seite unter %1 ist eine Kompressionsbombe: Sie entpackt sich auf weit mehr, als sie sendet; sie wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>Gazette::W3cFormat</name>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>Facts and entities are not part of the Web Annotation model: they are left out.</source>
        <translation>Fakten und Entitäten sind nicht Teil des Web-Annotation-Modells: Sie werden weggelassen.</translation>
    </message>
    <message>
        <source>Rule and confidence are kept as Gazette extension properties that other tools ignore.</source>
        <translation>Regel und Konfidenz bleiben als Gazette-Erweiterungseigenschaften erhalten, die andere Werkzeuge ignorieren.</translation>
    </message>
    <message>
        <source>Not a Web Annotation collection.</source>
        <translation>Keine Web-Annotation-Sammlung.</translation>
    </message>
    <message>
        <source>An annotation cannot be placed in the text.</source>
        <translation>Eine Annotation kann im Text nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>An annotation lies outside the text (%1–%2).</source>
        <translation>Eine Annotation liegt außerhalb des Texts (%1–%2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Gazette: read, annotate and verify news articles.</source>
        <translation>Gazette: Nachrichtenartikel lesen, annotieren und prüfen.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once it is shown, then quit.</source>
        <translation>Ein PNG des Fensters speichern, sobald es angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <source>Use the KSyntaxHighlighting theme NAME.</source>
        <translation>Das KSyntaxHighlighting-Farbschema NAME verwenden.</translation>
    </message>
    <message>
        <source>Articles to open.</source>
        <translation>Zu öffnende Artikel.</translation>
    </message>
    <message>
        <source>Unknown theme “%1”; using “%2”.</source>
        <translation>Unbekanntes Farbschema „%1“; „%2“ wird verwendet.</translation>
    </message>
    <message>
        <source>Open a window of its own instead of handing the files to the Gazette already running.</source>
        <translation>Ein eigenes Fenster öffnen, statt die Dateien an das bereits laufende Gazette zu übergeben.</translation>
    </message>
</context>
</TS>
