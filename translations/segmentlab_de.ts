<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Find customer segments in your spreadsheets.</source>
        <translation>Finden Sie Kundensegmente in Ihren Tabellen.</translation>
    </message>
    <message>
        <source>A spreadsheet (CSV, TSV or .xlsx) to open with automatic options.</source>
        <translation>Eine Tabelle (CSV, TSV oder .xlsx), die mit automatischen Einstellungen geöffnet wird.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[Datei]</translation>
    </message>
    <message>
        <source>Open &lt;file&gt; with automatic options, without the import preview.</source>
        <translation>&lt;Datei&gt; mit automatischen Einstellungen öffnen, ohne Importvorschau.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Only one file can be opened at a time.</source>
        <translation>Es kann nur eine Datei auf einmal geöffnet werden.</translation>
    </message>
    <message>
        <source>After loading (and running, if asked), save the window and every chart as PNGs in &lt;dir&gt;, then quit.</source>
        <translation>Nach dem Laden (und ggf. der Segmentierung) das Fenster und alle Diagramme als PNG in &lt;Ordner&gt; speichern und dann beenden.</translation>
    </message>
    <message>
        <source>Find segments with these columns (comma-separated names).</source>
        <translation>Segmente mit diesen Spalten finden (Namen durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Find segments with kmeans, hierarchical, dbscan or gmm.</source>
        <translation>Segmente mit kmeans, hierarchical, dbscan oder gmm finden.</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>For hierarchical: ward, average, complete, single, centroid, median or weighted.</source>
        <translation>Bei hierarchical: ward, average, complete, single, centroid, median oder weighted.</translation>
    </message>
    <message>
        <source>linkage</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>Number of segments to find.</source>
        <translation>Anzahl der zu findenden Segmente.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>--algorithm must be kmeans, hierarchical, dbscan or gmm, not '%1'</source>
        <translation>--algorithm muss kmeans, hierarchical, dbscan oder gmm sein, nicht '%1'</translation>
    </message>
    <message>
        <source>--linkage must be ward, average, complete, single, centroid, median or weighted, not '%1'</source>
        <translation>--linkage muss ward, average, complete, single, centroid, median oder weighted sein, nicht '%1'</translation>
    </message>
    <message>
        <source>--k must be a whole number of at least 1, not '%1'</source>
        <translation>--k muss eine ganze Zahl ab 1 sein, nicht '%1'</translation>
    </message>
    <message>
        <source>--features, --algorithm, --linkage and --k need a file to open.</source>
        <translation>--features, --algorithm, --linkage und --k erfordern eine Datei zum Öffnen.</translation>
    </message>
</context>
<context>
    <name>seg::Describe</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1× average</source>
        <translation>%1× Durchschnitt</translation>
    </message>
    <message>
        <source>+%1%</source>
        <translation>+%1 %</translation>
    </message>
    <message>
        <source>−%1%</source>
        <translation>−%1 %</translation>
    </message>
    <message>
        <source>+%1 SD</source>
        <translation>+%1 SD</translation>
    </message>
    <message>
        <source>−%1 SD</source>
        <translation>−%1 SD</translation>
    </message>
    <message>
        <source>high %1 (%2)</source>
        <translation>%1 hoch (%2)</translation>
    </message>
    <message>
        <source>low %1 (%2)</source>
        <translation>%1 niedrig (%2)</translation>
    </message>
    <message>
        <source>high %1</source>
        <translation>%1 hoch</translation>
    </message>
    <message>
        <source>low %1</source>
        <translation>%1 niedrig</translation>
    </message>
    <message>
        <source>%1 mostly %2 (%3 vs %4 overall)</source>
        <translation>%1 überwiegend %2 (%3 ggü. %4 insgesamt)</translation>
    </message>
    <message>
        <source>%1 often %2 (%3 vs %4 overall)</source>
        <translation>%1 oft %2 (%3 ggü. %4 insgesamt)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a column and one of its values, in a segment's name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a segment's name</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Empty segment</source>
        <translation>Leeres Segment</translation>
    </message>
    <message>
        <source>No customers.</source>
        <translation>Keine Kunden.</translation>
    </message>
    <message>
        <source>Typical customers</source>
        <translation>Typische Kunden</translation>
    </message>
    <message>
        <source>Close to the average customer.</source>
        <translation>Nah am Durchschnittskunden.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 (segment %2)</source>
        <translation>%1 (Segment %2)</translation>
    </message>
</context>
<context>
    <name>seg::ErrorText</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 ist leer: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>%1 is too large to open (%2 bytes; the limit is %3 bytes).</source>
        <translation>%1 ist zu groß zum Öffnen (%2 Byte; zulässig sind höchstens %3 Byte).</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was changed.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is not a file SegmentLab can read (%2). Save it as CSV or as an Excel workbook (.xlsx).</source>
        <translation>%1 ist keine Datei, die SegmentLab lesen kann (%2). Speichern Sie sie als CSV oder als Excel-Arbeitsmappe (.xlsx).</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <source>%1 does not look like a text spreadsheet: line %2 holds binary data.</source>
        <translation>%1 scheint keine Texttabelle zu sein: Zeile %2 enthält Binärdaten.</translation>
    </message>
    <message>
        <source>%1: the text encoding %2 is not supported.</source>
        <translation>%1: Die Zeichenkodierung %2 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1, line %2: the text is not valid in the chosen encoding. Try another encoding.</source>
        <translation>%1, Zeile %2: Der Text ist in der gewählten Zeichenkodierung ungültig. Versuchen Sie eine andere Kodierung.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted value starts here but its closing quote is missing.</source>
        <translation>%1, Zeile %2: Hier beginnt ein Wert in Anführungszeichen, aber das schließende Anführungszeichen fehlt.</translation>
    </message>
    <message>
        <source>%1, line %2: this row has %3 values but the header has %4. Check the delimiter or the quoting on that line.</source>
        <translation>%1, Zeile %2: Diese Zeile enthält %3 Werte, die Überschriftenzeile aber %4. Prüfen Sie das Trennzeichen oder die Anführungszeichen in dieser Zeile.</translation>
    </message>
    <message>
        <source>"%1" cannot be used as a delimiter: choose a comma, semicolon, tab or pipe.</source>
        <translation>„%1“ kann nicht als Trennzeichen verwendet werden: Wählen Sie Komma, Semikolon, Tabulator oder senkrechten Strich.</translation>
    </message>
    <message>
        <source>%1 has column names but no rows of data.</source>
        <translation>%1 enthält Spaltennamen, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <source>Row %1 cannot be the header: the file has only %2 rows.</source>
        <translation>Zeile %1 kann nicht die Überschriftenzeile sein: Die Datei hat nur %2 Zeilen.</translation>
    </message>
    <message>
        <source>%1: the column name "%2" appears more than once.</source>
        <translation>%1: Der Spaltenname „%2“ kommt mehrmals vor.</translation>
    </message>
    <message>
        <source>%1 is not a valid Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation>%1 ist keine gültige Excel-Arbeitsmappe (.xlsx): Die Datei ist kein ZIP-Archiv.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 of the workbook cannot be unpacked.</source>
        <translation>%1 ist beschädigt: Der Teil %2 der Arbeitsmappe lässt sich nicht entpacken.</translation>
    </message>
    <message>
        <source>%1 was not opened: its part %2 unpacks to more than %3 bytes, which is far more than a spreadsheet needs (a possible zip bomb).</source>
        <translation>%1 wurde nicht geöffnet: Der Teil %2 wäre entpackt größer als %3 Byte – weit mehr, als eine Tabelle benötigt (möglicherweise eine ZIP-Bombe).</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells, more than SegmentLab can hold.</source>
        <translation>%1 hat mehr als %2 Zellen – mehr, als SegmentLab verarbeiten kann.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 is not well-formed XML (line %3).</source>
        <translation>%1 ist beschädigt: Der Teil %2 ist kein wohlgeformtes XML (Zeile %3).</translation>
    </message>
    <message>
        <source>%1 is not a complete Excel workbook: the part %2 is missing.</source>
        <translation>%1 ist keine vollständige Excel-Arbeitsmappe: Der Teil %2 fehlt.</translation>
    </message>
    <message>
        <source>%1 holds no worksheets.</source>
        <translation>%1 enthält keine Arbeitsblätter.</translation>
    </message>
    <message>
        <source>%1 has no sheet named "%2".</source>
        <translation>%1 enthält kein Arbeitsblatt namens „%2“.</translation>
    </message>
    <message>
        <source>%1 is damaged: the cell reference "%2" is not valid.</source>
        <translation>%1 ist beschädigt: Der Zellbezug „%2“ ist ungültig.</translation>
    </message>
    <message>
        <source>%1 is protected with a password. Save an unprotected copy and open that.</source>
        <translation>%1 ist kennwortgeschützt. Speichern Sie eine ungeschützte Kopie und öffnen Sie diese.</translation>
    </message>
    <message>
        <source>There is no column named "%1".</source>
        <translation>Es gibt keine Spalte namens „%1“.</translation>
    </message>
    <message>
        <source>The column "%1" cannot be given that type.</source>
        <translation>Der Spalte „%1“ kann dieser Typ nicht zugewiesen werden.</translation>
    </message>
    <message>
        <source>The setting %1 is not valid: %2.</source>
        <translation>Die Einstellung %1 ist ungültig: %2.</translation>
    </message>
    <message>
        <source>the limit is %1</source>
        <translation>die Grenze liegt bei %1</translation>
    </message>
    <message>
        <source>see the option's help</source>
        <translation>siehe Hilfe zur Option</translation>
    </message>
    <message>
        <source>There are %1 usable rows, but at least %2 are needed.</source>
        <translation>Verwendbare Zeilen: %1; benötigt werden mindestens %2.</translation>
    </message>
    <message>
        <source>Row %1, column "%2": the value is not a finite number.</source>
        <translation>Zeile %1, Spalte „%2“: Der Wert ist keine endliche Zahl.</translation>
    </message>
    <message>
        <source>No usable feature is left: choose at least one column with varying values.</source>
        <translation>Es bleibt kein verwendbares Merkmal übrig: Wählen Sie mindestens eine Spalte mit unterschiedlichen Werten.</translation>
    </message>
    <message>
        <source>%1 needs a fitted model; run the clustering first.</source>
        <translation>%1 erfordert ein trainiertes Modell; führen Sie zuerst die Clusteranalyse aus.</translation>
    </message>
    <message>
        <source>An internal error occurred (%1). Please report it.</source>
        <translation>Ein interner Fehler ist aufgetreten (%1). Bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; it was read as %1.</source>
        <translation>Die Datei ist kein gültiges UTF-8; sie wurde als %1 gelesen.</translation>
    </message>
    <message>
        <source>Column %1 had an empty or repeated name and was named "%2".</source>
        <translation>Spalte %1 hatte einen leeren oder doppelten Namen und heißt jetzt „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>%n blank row(s) were skipped.</source>
        <translation>
            <numerusform>%n leere Zeile wurde übersprungen.</numerusform>
            <numerusform>%n leere Zeilen wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 rows are shown.</source>
        <translation>Es werden nur die ersten %1 Zeilen angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in "%1" could not be converted and are now missing.</source>
        <translation>
            <numerusform>%n Wert in „%1“ konnte nicht umgewandelt werden und fehlt jetzt.</numerusform>
            <numerusform>%n Werte in „%1“ konnten nicht umgewandelt werden und fehlen jetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) with spreadsheet errors (such as #DIV/0!) in sheet "%1" are treated as missing.</source>
        <translation>
            <numerusform>%n Zelle mit einem Fehlerwert (etwa #DIV/0!) im Arbeitsblatt „%1“ wird als fehlend behandelt.</numerusform>
            <numerusform>%n Zellen mit Fehlerwerten (etwa #DIV/0!) im Arbeitsblatt „%1“ werden als fehlend behandelt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n formula cell(s) in sheet "%1" have no saved result and are treated as missing. Open and save the workbook in a spreadsheet program to store the results.</source>
        <translation>
            <numerusform>%n Formelzelle im Arbeitsblatt „%1“ hat kein gespeichertes Ergebnis und wird als fehlend behandelt. Öffnen und speichern Sie die Arbeitsmappe in einem Tabellenkalkulationsprogramm, damit die Ergebnisse gespeichert werden.</numerusform>
            <numerusform>%n Formelzellen im Arbeitsblatt „%1“ haben kein gespeichertes Ergebnis und werden als fehlend behandelt. Öffnen und speichern Sie die Arbeitsmappe in einem Tabellenkalkulationsprogramm, damit die Ergebnisse gespeichert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file mixes Windows and Unix line endings (%n line(s)).</source>
        <translation>
            <numerusform>Die Datei enthält gemischte Windows- und Unix-Zeilenenden (%n Zeile).</numerusform>
            <numerusform>Die Datei enthält gemischte Windows- und Unix-Zeilenenden (%n Zeilen).</numerusform>
        </translation>
    </message>
    <message>
        <source>"%1" has the same value in every row and was left out.</source>
        <translation>„%1“ hat in jeder Zeile denselben Wert und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>"%1" has no values and was left out.</source>
        <translation>„%1“ enthält keine Werte und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1 of %2 rows had missing values and were left out.</source>
        <translation>%1 von %2 Zeilen hatten fehlende Werte und wurden ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n missing value(s) in "%1" were filled in.</source>
        <translation>
            <numerusform>%n fehlender Wert in „%1“ wurde aufgefüllt.</numerusform>
            <numerusform>%n fehlende Werte in „%1“ wurden aufgefüllt.</numerusform>
        </translation>
    </message>
    <message>
        <source>"%1" is very skewed (a few very large values); a log transform may help.</source>
        <translation>„%1“ ist stark schief verteilt (einige sehr große Werte); eine Log-Transformation kann helfen.</translation>
    </message>
    <message>
        <source>"%1" has %2 categories; the %3 most common were kept and the rest grouped as "Other".</source>
        <translation>„%1“ hat %2 Kategorien; die %3 häufigsten wurden beibehalten, der Rest wurde unter „Other“ zusammengefasst.</translation>
    </message>
    <message numerus="yes">
        <source>A segment became empty %n time(s) and was restarted from a distant customer.</source>
        <translation>
            <numerusform>Ein Segment war %n-mal leer und wurde von einem weit entfernten Kunden aus neu gestartet.</numerusform>
            <numerusform>Ein Segment war %n-mal leer und wurde jeweils von einem weit entfernten Kunden aus neu gestartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The algorithm had not settled after %1 iterations; the result may improve with more iterations.</source>
        <translation>Der Algorithmus hatte sich nach %1 Iterationen noch nicht stabilisiert; mit mehr Iterationen kann sich das Ergebnis verbessern.</translation>
    </message>
    <message>
        <source>Only %1 different customers exist for %2 segments; some segments are duplicates.</source>
        <translation>Für %2 Segmente gibt es nur %1 unterschiedliche Kunden; einige Segmente sind Duplikate.</translation>
    </message>
    <message>
        <source>The silhouette was estimated from a sample of %1 of %2 rows.</source>
        <translation>Die Silhouette wurde anhand einer Stichprobe von %1 der %2 Zeilen geschätzt.</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) hold a single customer; the silhouette counts them as 0.</source>
        <translation><numerusform>%n Segment enthält nur einen Kunden; die Silhouette zählt es als 0.</numerusform><numerusform>%n Segmente enthalten nur einen Kunden; die Silhouette zählt sie als 0.</numerusform></translation>
    </message>
    <message>
        <source>The silhouette could not be computed for this result and was left out.</source>
        <translation>Die Silhouette ließ sich für dieses Ergebnis nicht berechnen und wurde weggelassen.</translation>
    </message>
    <message>
        <source>With %1 rows, the tree was built on %2 small groups of similar customers (two-stage mode).</source>
        <translation>Bei %1 Zeilen wurde der Baum aus %2 kleinen Gruppen ähnlicher Kunden aufgebaut (zweistufiges Verfahren).</translation>
    </message>
    <message numerus="yes">
        <source>%n segment shape(s) were nearly flat and were regularised.</source>
        <translation>
            <numerusform>%n Segmentform war nahezu flach und wurde regularisiert.</numerusform>
            <numerusform>%n Segmentformen waren nahezu flach und wurden regularisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>The input</source>
        <translation>Die Eingabe</translation>
    </message>
    <message>
        <source>Row %1, column "%2": a log transform needs values above -1, and this row's value is -1 or below.</source>
        <translation>Zeile %1, Spalte „%2“: Eine Log-Transformation erfordert Werte größer als -1, der Wert dieser Zeile ist aber -1 oder kleiner.</translation>
    </message>
    <message>
        <source>%1 already exists and was not replaced.</source>
        <translation>%1 existiert bereits und wurde nicht ersetzt.</translation>
    </message>
    <message>
        <source>%1: the sheet "%2" would have %3 rows, more than the %4 a worksheet can hold. Export it as CSV instead.</source>
        <translation>%1: Das Arbeitsblatt „%2“ hätte %3 Zeilen, mehr als die %4, die ein Arbeitsblatt fassen kann. Exportieren Sie es stattdessen als CSV.</translation>
    </message>
</context>
<context>
    <name>seg::app::Cli</name>
    <message>
        <source>For workbooks: the sheet to read, by name (default: the first sheet).</source>
        <translation>Bei Arbeitsmappen: Name des einzulesenden Arbeitsblatts (Standard: das erste Blatt).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The row that holds the column names, counting from 1; 0 means the file has no header row (default: found automatically, skipping title rows above it).</source>
        <translation>Die Zeile mit den Spaltennamen, gezählt ab 1; 0 bedeutet, dass die Datei keine Überschriftenzeile hat (Standard: automatisch erkannt, darüberliegende Titelzeilen werden übersprungen).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>For text files: the character between values: ',' ';' '|' or 'tab' (default: detected).</source>
        <translation>Bei Textdateien: das Zeichen zwischen den Werten: ',' ';' '|' oder 'tab' (Standard: automatisch erkannt).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>ZEICHEN</translation>
    </message>
    <message>
        <source>For text files: utf-8, utf-16le, utf-16be or latin-1 (default: detected from the bytes).</source>
        <translation>Bei Textdateien: utf-8, utf-16le, utf-16be oder latin-1 (Standard: anhand des Dateiinhalts erkannt).</translation>
    </message>
    <message>
        <source>--header-row needs a whole number of 0 or more, not '%1'</source>
        <translation>--header-row erwartet eine ganze Zahl ab 0, nicht '%1'</translation>
    </message>
    <message>
        <source>--delimiter must be ',', ';', '|' or 'tab', not '%1'</source>
        <translation>--delimiter muss ',', ';', '|' oder 'tab' sein, nicht '%1'</translation>
    </message>
    <message>
        <source>--encoding must be utf-8, utf-16le, utf-16be or latin-1, not '%1'</source>
        <translation>--encoding muss utf-8, utf-16le, utf-16be oder latin-1 sein, nicht '%1'</translation>
    </message>
    <message>
        <source>%1 needs a FILE</source>
        <translation>%1 erwartet eine Datei</translation>
    </message>
    <message>
        <source>%1 takes one FILE</source>
        <translation>%1 erwartet genau eine Datei</translation>
    </message>
    <message>
        <source>segmentlab-cli: %1</source>
        <translation>segmentlab-cli: %1</translation>
    </message>
    <message>
        <source>Run 'segmentlab-cli --help' for the commands and options.</source>
        <translation>Rufen Sie 'segmentlab-cli --help' auf, um die Befehle und Optionen anzuzeigen.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>segmentlab-cli: cancelled</source>
        <translation>segmentlab-cli: abgebrochen</translation>
    </message>
    <message>
        <source>segmentlab-cli: not enough memory to finish</source>
        <translation>segmentlab-cli: nicht genügend Arbeitsspeicher, um den Vorgang abzuschließen</translation>
    </message>
    <message>
        <source>segmentlab-cli: internal error: %1</source>
        <translation>segmentlab-cli: interner Fehler: %1</translation>
    </message>
    <message>
        <source>unknown command '%1'</source>
        <translation>unbekannter Befehl '%1'</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of %2 or more, not '%3'</source>
        <translation>--%1 erwartet eine ganze Zahl ab %2, nicht '%3'</translation>
    </message>
    <message>
        <source>--%1 needs a number above 0, not '%2'</source>
        <translation>--%1 erwartet eine Zahl größer als 0, nicht '%2'</translation>
    </message>
    <message>
        <source>The elbow of the inertia curve is at k = %1: more segments than that improve the fit much less.</source>
        <translation>Der Knick (Ellbogen) der Inertia-Kurve liegt bei k = %1: Weitere Segmente verbessern die Anpassung nur noch deutlich weniger.</translation>
    </message>
    <message>
        <source>The silhouette is highest at k = %1 (%2): customers are closest to their own segment and farthest from the others.</source>
        <translation>Die Silhouette ist bei k = %1 am höchsten (%2): Die Kunden liegen am nächsten an ihrem eigenen Segment und am weitesten von den anderen entfernt.</translation>
    </message>
    <message>
        <source>Calinski-Harabasz is highest at k = %1: segments are most separated for their spread.</source>
        <translation>Der Calinski-Harabasz-Index ist bei k = %1 am höchsten: Die Segmente sind im Verhältnis zu ihrer Streuung am deutlichsten getrennt.</translation>
    </message>
    <message>
        <source>Davies-Bouldin is lowest at k = %1: segments overlap least.</source>
        <translation>Der Davies-Bouldin-Index ist bei k = %1 am niedrigsten: Die Segmente überschneiden sich am wenigsten.</translation>
    </message>
    <message>
        <source>BIC is lowest at k = %1: the mixture balances fit and complexity best.</source>
        <translation>Das BIC ist bei k = %1 am niedrigsten: Das Mischmodell wägt Anpassung und Komplexität am besten ab.</translation>
    </message>
    <message>
        <source>The columns to segment on, separated by commas; a name that holds a comma can be given alone in its own --features, or in double quotes. Default: every numeric column.</source>
        <translation>Die Spalten, nach denen segmentiert wird, durch Kommas getrennt; ein Name, der selbst ein Komma enthält, kann allein in einem eigenen --features oder in doppelten Anführungszeichen angegeben werden. Standard: alle numerischen Spalten.</translation>
    </message>
    <message>
        <source>A,B,C</source>
        <translation>A,B,C</translation>
    </message>
    <message>
        <source>How to put features on one scale: zscore (default; mean 0, standard deviation 1), minmax (0 to 1), robust (median and interquartile range; resists outliers) or none.</source>
        <translation>Wie die Merkmale auf eine gemeinsame Skala gebracht werden: zscore (Standard; Mittelwert 0, Standardabweichung 1), minmax (0 bis 1), robust (Median und Interquartilsabstand; unempfindlich gegenüber Ausreißern) oder none (keine Skalierung).</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>Columns to log-transform first (log of 1 + x), for skewed amounts such as spend.</source>
        <translation>Spalten, die vorab logarithmiert werden (log von 1 + x), für schief verteilte Beträge wie Kundenausgaben.</translation>
    </message>
    <message>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <source>What to do with missing values: median (default; fill with the column's median), mean, most-frequent, constant (fill with 0), or drop (leave those rows out).</source>
        <translation>Umgang mit fehlenden Werten: median (Standard; mit dem Median der Spalte auffüllen), mean (Mittelwert), most-frequent (häufigster Wert), constant (mit 0 auffüllen) oder drop (diese Zeilen auslassen).</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>STRATEGIE</translation>
    </message>
    <message>
        <source>Seed for every random choice; the same seed repeats the run (default 0).</source>
        <translation>Startwert (Seed) für alle Zufallsentscheidungen; derselbe Startwert wiederholt den Lauf exakt (Standard: 0).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>exact, sample (an estimate from 30,000 rows) or off. Default: exact up to 30,000 rows, sampled above.</source>
        <translation>exact (exakt), sample (Schätzung aus 30.000 Zeilen) oder off (aus). Standard: exact bis 30.000 Zeilen, darüber sample.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>--silhouette must be exact, sample or off, not '%1'</source>
        <translation>--silhouette muss exact, sample oder off sein, nicht '%1'</translation>
    </message>
    <message>
        <source>Warning:   %1</source>
        <translation>Warnung:     %1</translation>
    </message>
    <message>
        <source>Prepares the chosen columns, finds segments with the chosen algorithm, scores them (silhouette, Davies-Bouldin, Calinski-Harabasz), and writes the input rows with a segment column (--out) and a JSON account of the run (--json).</source>
        <translation>Bereitet die gewählten Spalten auf, findet Segmente mit dem gewählten Algorithmus, bewertet sie (Silhouette, Davies-Bouldin, Calinski-Harabasz) und schreibt die Eingabezeilen mit einer Segmentspalte (--out) sowie ein JSON-Protokoll des Laufs (--json).</translation>
    </message>
    <message>
        <source>The spreadsheet to segment.</source>
        <translation>Die zu segmentierende Tabelle.</translation>
    </message>
    <message>
        <source>kmeans (default; round segments of similar size), hierarchical (a tree of merges, cut at k), dbscan (dense groups of any shape, with outliers left as noise) or gmm (overlapping, elliptical segments with membership probabilities).</source>
        <translation>kmeans (Standard; runde Segmente ähnlicher Größe), hierarchical (ein Baum aus Zusammenführungen, bei k geschnitten), dbscan (dichte Gruppen beliebiger Form; Ausreißer bleiben als Rauschen übrig) oder gmm (überlappende, elliptische Segmente mit Zugehörigkeitswahrscheinlichkeiten).</translation>
    </message>
    <message>
        <source>Number of segments (default 4; not used by dbscan).</source>
        <translation>Anzahl der Segmente (Standard: 4; bei dbscan ohne Wirkung).</translation>
    </message>
    <message>
        <source>For hierarchical: ward (default; compact segments), complete, average, single, weighted, centroid or median.</source>
        <translation>Bei hierarchical: ward (Standard; kompakte Segmente), complete, average, single, weighted, centroid oder median.</translation>
    </message>
    <message>
        <source>For dbscan: how close customers must be to count as neighbours, in scaled units (default: suggested from the k-distance curve).</source>
        <translation>Bei dbscan: wie nah Kunden beieinanderliegen müssen, um als Nachbarn zu gelten, in skalierten Einheiten (Standard: aus der k-Distanz-Kurve vorgeschlagen).</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>For gmm: full (default; any elliptical shape), diag (axis-aligned) or spherical (round).</source>
        <translation>Bei gmm: full (Standard; beliebige elliptische Form), diag (achsenparallel) oder spherical (rund).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>Restarts from different starting points, keeping the best (default: 10 for kmeans, 1 for gmm).</source>
        <translation>Neustarts von verschiedenen Startpunkten aus; das beste Ergebnis wird behalten (Standard: 10 bei kmeans, 1 bei gmm).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Write every chart of the run into this folder, as Export All Charts does (pca-scatter, profile-heatmap, dendrogram, silhouette, sizes, k-distance, as the method has them).</source>
        <translation>Jedes Diagramm des Laufs in diesen Ordner schreiben, wie „Alle Diagramme exportieren“ (pca-scatter, profile-heatmap, dendrogram, silhouette, sizes, k-distance, je nach Verfahren).</translation>
    </message>
    <message>
        <source>The charts' format: png (default), svg or pdf.</source>
        <translation>Format der Diagramme: png (Standard), svg oder pdf.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The charts' size in pixels, WIDTHxHEIGHT (default 1920x1080, a slide); a PNG has exactly this many pixels.</source>
        <translation>Größe der Diagramme in Pixeln, BREITExHÖHE (Standard 1920x1080, eine Folie); ein PNG hat genau so viele Pixel.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Pixels per inch of the charts (72 to 600, default 144): higher makes text larger on the same size; a PDF page is the size divided by this.</source>
        <translation>Pixel pro Zoll der Diagramme (72 bis 600, Standard 144): höher macht die Schrift bei gleicher Größe größer; eine PDF-Seite ist die Größe geteilt durch diesen Wert.</translation>
    </message>
    <message>
        <source>Write the run as one JSON object to PATH ('-' for standard output, which then holds only the JSON).</source>
        <translation>Den Lauf als ein JSON-Objekt nach PFAD schreiben ('-' für die Standardausgabe, die dann nur das JSON enthält).</translation>
    </message>
    <message>
        <source>--algorithm must be kmeans, hierarchical, dbscan or gmm, not '%1'</source>
        <translation>--algorithm muss kmeans, hierarchical, dbscan oder gmm sein, nicht '%1'</translation>
    </message>
    <message>
        <source>--linkage must be ward, complete, average, single, weighted, centroid or median, not '%1'</source>
        <translation>--linkage muss ward, complete, average, single, weighted, centroid oder median sein, nicht '%1'</translation>
    </message>
    <message>
        <source>--covariance must be full, diag or spherical, not '%1'</source>
        <translation>--covariance muss full, diag oder spherical sein, nicht '%1'</translation>
    </message>
    <message>
        <source>--chart-format must be png, svg or pdf, not '%1'</source>
        <translation>--chart-format muss png, svg oder pdf sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--chart-size must be WIDTHxHEIGHT in pixels, each %1 to %2, not '%3'</source>
        <translation>--chart-size muss BREITExHÖHE in Pixeln sein, jeweils %1 bis %2, nicht „%3“</translation>
    </message>
    <message>
        <source>--chart-dpi must be a whole number from %1 to %2, not '%3'</source>
        <translation>--chart-dpi muss eine ganze Zahl von %1 bis %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source> (eps %1%2, min-samples %3)</source>
        <translation> (eps %1%2, min-samples %3)</translation>
    </message>
    <message>
        <source>, suggested</source>
        <translation>, vorgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>noise: %1</source>
        <translation>Rauschen: %1</translation>
    </message>
    <message>
        <source> (from a sample of %1 rows)</source>
        <translation> (aus einer Stichprobe von %1 Zeilen)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote:             %1 (%n chart(s))</source>
        <translation>
            <numerusform>Geschrieben:       %1 (%n Diagramm)</numerusform>
            <numerusform>Geschrieben:       %1 (%n Diagramme)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tries every number of segments in a range, scores each (inertia, silhouette, Calinski-Harabasz, Davies-Bouldin, and BIC for mixtures), and recommends one, saying why.</source>
        <translation>Probiert jede Segmentanzahl in einem Bereich aus, bewertet jede (Inertia, Silhouette, Calinski-Harabasz, Davies-Bouldin und bei Mischmodellen BIC) und empfiehlt eine davon mit Begründung.</translation>
    </message>
    <message>
        <source>kmeans (default), gmm or hierarchical (one tree, cut at each k).</source>
        <translation>kmeans (Standard), gmm oder hierarchical (ein Baum, bei jedem k geschnitten).</translation>
    </message>
    <message>
        <source>The range of segment counts to try, as MIN..MAX (default 2..10).</source>
        <translation>Der Bereich der zu testenden Segmentanzahlen, als MIN..MAX (Standard: 2..10).</translation>
    </message>
    <message>
        <source>MIN..MAX</source>
        <translation>MIN..MAX</translation>
    </message>
    <message>
        <source>Restarts per k (default 3).</source>
        <translation>Neustarts pro k (Standard: 3).</translation>
    </message>
    <message>
        <source>For hierarchical: the linkage (default ward).</source>
        <translation>Bei hierarchical: die Linkage-Methode (Standard: ward).</translation>
    </message>
    <message>
        <source>For gmm: full (default), diag or spherical.</source>
        <translation>Bei gmm: full (Standard), diag oder spherical.</translation>
    </message>
    <message>
        <source>Write the sweep as one JSON object to PATH ('-' for standard output).</source>
        <translation>Die Ergebnisse des Suchlaufs als ein JSON-Objekt nach PFAD schreiben ('-' für die Standardausgabe).</translation>
    </message>
    <message>
        <source>--algorithm must be kmeans, gmm or hierarchical, not '%1'</source>
        <translation>--algorithm muss kmeans, gmm oder hierarchical sein, nicht '%1'</translation>
    </message>
    <message>
        <source>--k must be a range such as 2..10, not '%1'</source>
        <translation>--k muss ein Bereich wie 2..10 sein, nicht '%1'</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>inertia</source>
        <translation>Inertia</translation>
    </message>
    <message>
        <source>silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>calinski-harabasz</source>
        <translation>Calinski-Harabasz</translation>
    </message>
    <message>
        <source>davies-bouldin</source>
        <translation>Davies-Bouldin</translation>
    </message>
    <message>
        <source>bic</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Recommended: k = %1</source>
        <translation>Empfohlen: k = %1</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>The spreadsheet to read.</source>
        <translation>Die einzulesende Tabelle.</translation>
    </message>
    <message>
        <source>Also write the description as one JSON object to PATH ('-' for standard output, which then holds only the JSON).</source>
        <translation>Die Beschreibung zusätzlich als ein JSON-Objekt nach PFAD schreiben ('-' für die Standardausgabe, die dann nur das JSON enthält).</translation>
    </message>
    <message>
        <source>File:      %1</source>
        <translation>Datei:       %1</translation>
    </message>
    <message>
        <source>Format:    Excel workbook, sheet "%1" (sheets: %2)</source>
        <translation>Format:      Excel-Arbeitsmappe, Arbeitsblatt „%1“ (Arbeitsblätter: %2)</translation>
    </message>
    <message>
        <source>Format:    delimited text, %1-separated, %2%3</source>
        <translation>Format:      Text mit Trennzeichen (%1), %2%3</translation>
    </message>
    <message>
        <source>, decimal comma</source>
        <translation>, Dezimalkomma</translation>
    </message>
    <message>
        <source>Header:    row %1</source>
        <translation>Überschrift: Zeile %1</translation>
    </message>
    <message>
        <source>Header:    none</source>
        <translation>Überschrift: keine</translation>
    </message>
    <message>
        <source>Rows:      %1</source>
        <translation>Zeilen:      %1</translation>
    </message>
    <message>
        <source>Columns:   %1</source>
        <translation>Spalten:     %1</translation>
    </message>
    <message>
        <source>Read in:   %1 s</source>
        <translation>Lesezeit:    %1 s</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>distinct</source>
        <translation>Verschiedene</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Usage: segmentlab-cli COMMAND [OPTIONS] FILE

Find customer segments in spreadsheets from the command line.

Commands:
  inspect FILE   Read a CSV/TSV or XLSX file and describe its columns.
  cluster FILE   Prepare the chosen columns, find segments, score them, and write the segments.
  sweep FILE     Try a range of segment counts and recommend one.

Run 'segmentlab-cli COMMAND --help' for the options of a command.
Exit status: 0 on success, 2 for unreadable input or invalid options, 1 if the run failed otherwise
(cancelled, out of memory, or an internal error).
</source>
        <translation>Aufruf: segmentlab-cli BEFEHL [OPTIONEN] DATEI

Kundensegmente in Tabellen über die Befehlszeile finden.

Befehle:
  inspect DATEI  Eine CSV/TSV- oder XLSX-Datei lesen und ihre Spalten beschreiben.
  cluster DATEI  Die gewählten Spalten aufbereiten, Segmente finden, bewerten und die Segmente schreiben.
  sweep DATEI    Eine Reihe von Segmentanzahlen ausprobieren und eine empfehlen.

„segmentlab-cli BEFEHL --help“ zeigt die Optionen eines Befehls.
Rückgabewert: 0 bei Erfolg, 2 bei unlesbarer Eingabe oder ungültigen Optionen, 1 wenn der Lauf aus einem
anderen Grund scheiterte (abgebrochen, zu wenig Speicher oder ein interner Fehler).
</translation>
    </message>
    <message>
        <source>Warning:           %1</source>
        <translation>Warnung:           %1</translation>
    </message>
    <message>
        <source>For dbscan: customers (the customer itself included) needed within eps to form the core of a segment (default 5).</source>
        <translation>Bei dbscan: so viele Kunden (den Kunden selbst eingeschlossen) müssen innerhalb von eps liegen, damit ein Kern eines Segments entsteht (Standard: 5).</translation>
    </message>
    <message>
        <source>File:              %1 (%2 rows)</source>
        <translation>Datei:             %1 (%2 Zeilen)</translation>
    </message>
    <message>
        <source>Features:          %1</source>
        <translation>Merkmale:          %1</translation>
    </message>
    <message>
        <source>Algorithm:         %1</source>
        <translation>Algorithmus:       %1</translation>
    </message>
    <message>
        <source>Segments:          %1</source>
        <translation>Segmente:          %1</translation>
    </message>
    <message>
        <source>Sizes:             %1</source>
        <translation>Größen:            %1</translation>
    </message>
    <message>
        <source>Inertia:           %1</source>
        <translation>Inertia:           %1</translation>
    </message>
    <message>
        <source>Silhouette:        %1%2</source>
        <translation>Silhouette:        %1%2</translation>
    </message>
    <message>
        <source>Davies-Bouldin:    %1</source>
        <translation>Davies-Bouldin:    %1</translation>
    </message>
    <message>
        <source>Calinski-Harabasz: %1</source>
        <translation>Calinski-Harabasz: %1</translation>
    </message>
    <message>
        <source>Log-likelihood:    %1 per row; BIC %2; AIC %3</source>
        <translation>Log-Likelihood:    %1 pro Zeile; BIC %2; AIC %3</translation>
    </message>
    <message>
        <source>Time:              read %1 s, prepare %2 s, fit %3 s, metrics %4 s</source>
        <translation>Zeit:              Einlesen %1 s, Aufbereitung %2 s, Modell %3 s, Kennzahlen %4 s</translation>
    </message>
    <message>
        <source>Suggestion:        "%1" is skewed (skewness %2); try --log1p %1</source>
        <translation>Tipp:              „%1“ ist schief verteilt (Schiefe %2); versuchen Sie --log1p %1</translation>
    </message>
    <message>
        <source>Wrote:             %1</source>
        <translation>Gespeichert:       %1</translation>
    </message>
    <message>
        <source>File:              %1 (%2 rows, %3 used)</source>
        <translation>Datei:             %1 (%2 Zeilen, %3 verwendet)</translation>
    </message>
    <message>
        <source>Reads a spreadsheet (CSV, TSV or other delimited text, or an Excel .xlsx workbook) and prints the number of rows and, for each column, its name, inferred type (numeric, categorical, date, text or id), missing and distinct counts, the minimum, maximum and mean of numeric columns, and the first and last date of date columns.</source>
        <translation>Liest eine Tabelle (CSV, TSV oder anderen Text mit Trennzeichen oder eine Excel-Arbeitsmappe .xlsx) und gibt die Anzahl der Zeilen aus sowie für jede Spalte ihren Namen, den erkannten Typ (numeric, categorical, date, text oder id), die Anzahl fehlender und verschiedener Werte, bei numerischen Spalten Minimum, Maximum und Mittelwert und bei Datumsspalten das erste und letzte Datum.</translation>
    </message>
    <message>
        <source>--scale must be zscore, minmax, robust or none, not '%1'</source>
        <translation>--scale muss zscore, minmax, robust oder none sein, nicht '%1'</translation>
    </message>
    <message>
        <source>--missing must be median, mean, most-frequent, constant or drop, not '%1'</source>
        <translation>--missing muss median, mean, most-frequent, constant oder drop sein, nicht '%1'</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more, not '%1'</source>
        <translation>--seed erwartet eine ganze Zahl ab 0, nicht '%1'</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>segmentlab-cli: %1 already exists; add --force to replace it</source>
        <translation>segmentlab-cli: %1 existiert bereits; mit --force wird die Datei ersetzt</translation>
    </message>
    <message>
        <source>--delimiter-out must be ',', ';', '|' or tab, not '%1'</source>
        <translation>--delimiter-out muss ',', ';', '|' oder Tab sein, nicht '%1'</translation>
    </message>
    <message>
        <source>Write every input row to this CSV file with columns added: 'segment' (1..k; 'noise' for dbscan's outliers; empty for rows left out), 'segment_name', and 'distance_to_centre' (or 'membership_probability' for gmm).</source>
        <translation>Jede Eingabezeile in diese CSV-Datei schreiben, ergänzt um die Spalten 'segment' (1..k; 'noise' für die Ausreißer von dbscan; leer für ausgelassene Zeilen), 'segment_name' und 'distance_to_centre' (bei gmm 'membership_probability').</translation>
    </message>
    <message>
        <source>Write one CSV per segment into this folder (01-segment-1.csv, ...; outliers.csv and left-out.csv when there are such rows), all or none.</source>
        <translation>Eine CSV-Datei pro Segment in diesen Ordner schreiben (01-segment-1.csv, ...; outliers.csv und left-out.csv, wenn es solche Zeilen gibt), alle oder keine.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Write an Excel workbook: a Summary sheet, then one sheet per segment with the same columns as --out.</source>
        <translation>Eine Excel-Arbeitsmappe schreiben: ein Arbeitsblatt „Summary“, dann ein Arbeitsblatt pro Segment mit denselben Spalten wie --out.</translation>
    </message>
    <message>
        <source>The delimiter of the CSV files written: ',' (default), ';', '|' or tab.</source>
        <translation>Das Trennzeichen der geschriebenen CSV-Dateien: ',' (Standard), ';', '|' oder Tab.</translation>
    </message>
    <message>
        <source>Start the CSV files written with a UTF-8 byte order mark, so that Excel reads accents correctly.</source>
        <translation>Die geschriebenen CSV-Dateien mit einer UTF-8-Bytereihenfolgemarke (BOM) beginnen, damit Excel Umlaute und Akzente richtig liest.</translation>
    </message>
    <message>
        <source>Name the segments, in order, separated by commas (a name that holds a comma in double quotes); segments without a name here keep the generated one (default: every name generated from what sets the segment apart, as the GUI shows it).</source>
        <translation>Die Segmente der Reihe nach benennen, durch Kommas getrennt (einen Namen mit Komma in doppelte Anführungszeichen setzen); Segmente ohne Namen hier behalten den erzeugten (Standard: jeder Name wird aus dem erzeugt, was das Segment unterscheidet, wie in der Oberfläche).</translation>
    </message>
    <message>
        <source>Write the meeting report as PDF: the data's source, how the segments were made, their names, sizes, descriptions and profiles, and every chart of the run (not the sweep's).</source>
        <translation>Den Bericht für Besprechungen als PDF schreiben: Datenquelle, wie die Segmente gebildet wurden, ihre Namen, Größen, Beschreibungen und Profile sowie alle Diagramme des Laufs (nicht die des Suchlaufs).</translation>
    </message>
    <message>
        <source>Replace output files that already exist (default: refuse).</source>
        <translation>Bereits vorhandene Ausgabedateien ersetzen (Standard: nicht ersetzen).</translation>
    </message>
    <message>
        <source>--names gives %1 names, but the run found %2 segments</source>
        <translation>--names gibt %1 Namen an, der Lauf hat aber %2 Segmente gefunden</translation>
    </message>
    <message numerus="yes">
        <source>Segment %1 (%n customer(s), %2): %3</source>
        <translation>
            <numerusform>Segment %1 (%n Kunde, %2): %3</numerusform>
            <numerusform>Segment %1 (%n Kunden, %2): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Segment %1 (%n customer(s), %2): %3 — %4</source>
        <translation>
            <numerusform>Segment %1 (%n Kunde, %2): %3 — %4</numerusform>
            <numerusform>Segment %1 (%n Kunden, %2): %3 — %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote:             %1 (%n file(s))</source>
        <translation>
            <numerusform>Gespeichert:       %1 (%n Datei)</numerusform>
            <numerusform>Gespeichert:       %1 (%n Dateien)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::chart::Axis</name>
    <message>
        <source>%1B</source>
        <comment>billions on a chart axis</comment>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>millions on a chart axis</comment>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands on a chart axis</comment>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1k</source>
        <comment>thousands</comment>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>millions</comment>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1B</source>
        <comment>billions</comment>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1T</source>
        <comment>trillions</comment>
        <translation>%1 Bio.</translation>
    </message>
</context>
<context>
    <name>seg::chart::ChartOutput</name>
    <message>
        <source>Chart exported from SegmentLab</source>
        <translation>Mit SegmentLab exportiertes Diagramm</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>seg::chart::DendrogramChart</name>
    <message>
        <source>Customer dendrogram</source>
        <translation>Kunden-Dendrogramm</translation>
    </message>
    <message>
        <source>Top %1 clusters of %2 customers; counts under each branch in brackets</source>
        <translation>Oberste %1 Gruppen von %2 Kunden; Anzahl je Zweig in Klammern</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Merge height (distance)</source>
        <translation>Fusionshöhe (Abstand)</translation>
    </message>
    <message>
        <source>Merge height: %1
Customers below: %2</source>
        <translation>Fusionshöhe: %1
Kunden darunter: %2</translation>
    </message>
    <message>
        <source>Drag the dashed line, or press Up and Down, to choose the number of segments.</source>
        <translation>Ziehen Sie die gestrichelte Linie oder drücken Sie die Pfeiltasten nach oben und unten, um die Segmentanzahl zu wählen.</translation>
    </message>
    <message>
        <source>Run hierarchical clustering to see its dendrogram</source>
        <translation>Führen Sie eine hierarchische Segmentierung aus, um das Dendrogramm zu sehen</translation>
    </message>
    <message>
        <source>1 segment</source>
        <translation>1 Segment</translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation>%1 Segmente</translation>
    </message>
</context>
<context>
    <name>seg::chart::ElbowChart</name>
    <message>
        <source>Choosing the number of segments</source>
        <translation>Wahl der Segmentanzahl</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>Inertia</translation>
    </message>
    <message>
        <source>lower, until the elbow</source>
        <translation>niedriger, bis zum Knick</translation>
    </message>
    <message>
        <source>elbow</source>
        <translation>Knick</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>best</source>
        <translation>Bestwert</translation>
    </message>
    <message>
        <source>Calinski-Harabasz</source>
        <translation>Calinski-Harabasz</translation>
    </message>
    <message>
        <source>Davies-Bouldin</source>
        <translation>Davies-Bouldin</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>No recommendation</source>
        <translation>Keine Empfehlung</translation>
    </message>
    <message>
        <source>Recommended: %1 segments</source>
        <translation>Empfohlen: %1 Segmente</translation>
    </message>
    <message>
        <source>the elbow of inertia</source>
        <translation>Knick der Inertia</translation>
    </message>
    <message>
        <source>silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>%1 of %2 criteria point to it: %3.</source>
        <translation>%1 von %2 Kriterien sprechen dafür: %3.</translation>
    </message>
    <message>
        <source>Recommended k</source>
        <translation>Empfohlenes k</translation>
    </message>
    <message>
        <source>Current k</source>
        <translation>Aktuelles k</translation>
    </message>
    <message>
        <source>k = %1
%2: %3</source>
        <translation>k = %1
%2: %3</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>nicht berechnet</translation>
    </message>
    <message>
        <source>Run a sweep over k to compare numbers of segments</source>
        <translation>Probieren Sie mehrere Werte für k aus, um Segmentanzahlen zu vergleichen</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>seg::chart::HeatmapChart</name>
    <message>
        <source>Segment profiles</source>
        <translation>Segmentprofile</translation>
    </message>
    <message>
        <source>Segment average in each cell; colour shows its difference from the average customer</source>
        <translation>Segmentmittelwert in jeder Zelle; die Farbe zeigt die Abweichung vom Durchschnittskunden</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Shares are of all customers in the table (%1).</source>
        <translation>Anteile an allen Kunden der Tabelle (%1).</translation>
    </message>
    <message>
        <source>%1 sd</source>
        <translation>%1 SD</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 · %2
Segment average: %3
Overall average: %4
Difference: %5</source>
        <translation>%1 · %2
Segmentmittelwert: %3
Gesamtmittelwert: %4
Abweichung: %5</translation>
    </message>
    <message>
        <source>%1: %2 customers (%3)
Click to sort the features by this segment; Ctrl+click to select it in the other charts.</source>
        <translation>%1: %2 Kunden (%3)
Klicken, um die Merkmale nach diesem Segment zu sortieren; Strg+Klick wählt es in den anderen Diagrammen aus.</translation>
    </message>
    <message>
        <source>%1
Click to sort the segments by this feature.</source>
        <translation>%1
Klicken, um die Segmente nach diesem Merkmal zu sortieren.</translation>
    </message>
    <message>
        <source>-2 sd</source>
        <translation>-2 SD</translation>
    </message>
    <message>
        <source>average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>+2 sd</source>
        <translation>+2 SD</translation>
    </message>
    <message>
        <source>Run a segmentation to see how its segments differ</source>
        <translation>Führen Sie eine Segmentierung aus, um zu sehen, wie sich die Segmente unterscheiden</translation>
    </message>
</context>
<context>
    <name>seg::chart::KDistanceChart</name>
    <message>
        <source>Choosing eps: k-distance plot</source>
        <translation>Wahl von eps: k-Distanz-Diagramm</translation>
    </message>
    <message>
        <source>Where the curve turns upwards, customers stop having close neighbours: a good eps.</source>
        <translation>Wo die Kurve nach oben knickt, haben Kunden keine nahen Nachbarn mehr: ein guter Wert für eps.</translation>
    </message>
    <message>
        <source>A sample of %1 customers. </source>
        <translation>Stichprobe von %1 Kunden. </translation>
    </message>
    <message>
        <source>Distance to the nearest neighbour</source>
        <translation>Abstand zum nächsten Nachbarn</translation>
    </message>
    <message>
        <source>Distance to the %1th nearest neighbour</source>
        <translation>Abstand zum %1. nächsten Nachbarn</translation>
    </message>
    <message>
        <source>Distance to the %1st nearest neighbour</source>
        <translation>Abstand zum %1. nächsten Nachbarn</translation>
    </message>
    <message>
        <source>Distance to the %1nd nearest neighbour</source>
        <translation>Abstand zum %1. nächsten Nachbarn</translation>
    </message>
    <message>
        <source>Distance to the %1rd nearest neighbour</source>
        <translation>Abstand zum %1. nächsten Nachbarn</translation>
    </message>
    <message>
        <source>Customers, sorted by distance</source>
        <translation>Kunden, nach Abstand sortiert</translation>
    </message>
    <message>
        <source>Suggested eps: %1</source>
        <translation>Vorgeschlagenes eps: %1</translation>
    </message>
    <message>
        <source>Current eps: %1</source>
        <translation>Aktuelles eps: %1</translation>
    </message>
    <message>
        <source>Customer %1 of %2
Distance: %3
Click to use %4 as eps</source>
        <translation>Kunde %1 von %2
Abstand: %3
Klicken, um %4 als eps zu verwenden</translation>
    </message>
    <message>
        <source>Choose DBSCAN to see the k-distance plot</source>
        <translation>Wählen Sie DBSCAN, um das k-Distanz-Diagramm zu sehen</translation>
    </message>
</context>
<context>
    <name>seg::chart::Legend</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::chart::ScatterChart</name>
    <message>
        <source>Customer segments, PC%1 vs PC%2</source>
        <translation>Kundensegmente, HK%1 gegen HK%2</translation>
    </message>
    <message>
        <source>PC%1 (%2% of variance)</source>
        <translation>HK%1 (%2 % der Varianz)</translation>
    </message>
    <message>
        <source>PC%1</source>
        <translation>HK%1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>PC%1 = %2, PC%3 = %4</source>
        <translation>HK%1 = %2, HK%3 = %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Centroid</source>
        <translation>Zentrum</translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>Merkmal %1</translation>
    </message>
    <message>
        <source>No data to show</source>
        <translation>Keine Daten vorhanden</translation>
    </message>
    <message>
        <source>No plottable points</source>
        <translation>Keine darstellbaren Punkte</translation>
    </message>
</context>
<context>
    <name>seg::chart::SegmentLook</name>
    <message>
        <source>Outliers</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
</context>
<context>
    <name>seg::chart::Share</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&lt;%1%</source>
        <translation>&lt;%1 %</translation>
    </message>
    <message>
        <source>%1 of all customers</source>
        <translation>%1 aller Kunden</translation>
    </message>
</context>
<context>
    <name>seg::chart::SilhouetteChart</name>
    <message>
        <source>How well customers fit their segments</source>
        <translation>Wie gut die Kunden zu ihren Segmenten passen</translation>
    </message>
    <message>
        <source>Estimated from a sample of %1 customers</source>
        <translation>Geschätzt aus einer Stichprobe von %1 Kunden</translation>
    </message>
    <message>
        <source>Silhouette (how well each customer fits its segment)</source>
        <translation>Silhouette (wie gut jeder Kunde zu seinem Segment passt)</translation>
    </message>
    <message>
        <source>Average %1</source>
        <translation>Mittelwert %1</translation>
    </message>
    <message>
        <source>%1
Customers: %2
Average silhouette: %3</source>
        <translation>%1
Kunden: %2
Mittlere Silhouette: %3</translation>
    </message>
    <message>
        <source>Run a segmentation to see how well customers fit</source>
        <translation>Führen Sie eine Segmentierung aus, um zu sehen, wie gut die Kunden passen</translation>
    </message>
</context>
<context>
    <name>seg::chart::SizesChart</name>
    <message>
        <source>Customers per segment</source>
        <translation>Kunden pro Segment</translation>
    </message>
    <message>
        <source>Shares are of all customers in the table (%1).</source>
        <translation>Anteile an allen Kunden der Tabelle (%1).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 customers, %2</source>
        <translation>%1 Kunden, %2</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Run a segmentation to see its segment sizes</source>
        <translation>Führen Sie eine Segmentierung aus, um die Segmentgrößen zu sehen</translation>
    </message>
</context>
<context>
    <name>seg::ui::ColumnSummaryModel</name>
    <message>
        <source>&lt;0.1%</source>
        <translation>&lt;0,1 %</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cells with no value: %1 of %2.</source>
        <translation>Zellen ohne Wert: %1 von %2.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Verschiedene Werte</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>The column's name in the file.</source>
        <translation>Der Name der Spalte in der Datei.</translation>
    </message>
    <message>
        <source>What kind of values the column holds, which decides how it can be used.</source>
        <translation>Welche Art von Werten die Spalte enthält; davon hängt ab, wie sie verwendet werden kann.</translation>
    </message>
    <message>
        <source>How many cells are empty or say things like "N/A", and what share of rows that is.</source>
        <translation>Wie viele Zellen leer sind oder Angaben wie „N/A“ enthalten und welchem Anteil der Zeilen das entspricht.</translation>
    </message>
    <message>
        <source>How many different values the column holds.</source>
        <translation>Wie viele verschiedene Werte die Spalte enthält.</translation>
    </message>
    <message>
        <source>The smallest value (numbers and dates only).</source>
        <translation>Der kleinste Wert (nur bei Zahlen und Datumsangaben).</translation>
    </message>
    <message>
        <source>The largest value (numbers and dates only).</source>
        <translation>Der größte Wert (nur bei Zahlen und Datumsangaben).</translation>
    </message>
    <message>
        <source>The average value (numbers and dates only).</source>
        <translation>Der Mittelwert (nur bei Zahlen und Datumsangaben).</translation>
    </message>
</context>
<context>
    <name>seg::ui::ColumnType</name>
    <message>
        <source>Numeric</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Numbers you can compare and average, like age or yearly spend.</source>
        <translation>Zahlen, die sich vergleichen und mitteln lassen, etwa Alter oder Jahresumsatz.</translation>
    </message>
    <message>
        <source>A few repeating labels, like gender, region or plan.</source>
        <translation>Wenige, sich wiederholende Bezeichnungen, etwa Geschlecht, Region oder Tarif.</translation>
    </message>
    <message>
        <source>Calendar dates, like a sign-up or last-purchase date.</source>
        <translation>Kalenderdaten, etwa das Anmeldedatum oder das Datum des letzten Kaufs.</translation>
    </message>
    <message>
        <source>Free text or labels that rarely repeat, like comments. Not used to find segments.</source>
        <translation>Freitext oder selten wiederkehrende Bezeichnungen, etwa Kommentare. Fließt nicht in die Segmentierung ein.</translation>
    </message>
    <message>
        <source>A code unique to each row, like a customer number. Kept with the results but not used to find segments.</source>
        <translation>Ein für jede Zeile eindeutiger Code, etwa eine Kundennummer. Bleibt in den Ergebnissen erhalten, fließt aber nicht in die Segmentierung ein.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ExportChartDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>The file to write; its ending (.png, .svg or .pdf) chooses the format</source>
        <translation>Die zu schreibende Datei; ihre Endung (.png, .svg oder .pdf) bestimmt das Format</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the folder and file name in a file window</source>
        <translation>Ordner und Dateinamen in einem Dateifenster wählen</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Grafik</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>PNG for slides and the web; SVG and PDF stay sharp at any size</source>
        <translation>PNG für Folien und das Web; SVG und PDF bleiben in jeder Größe scharf</translation>
    </message>
    <message>
        <source>Screen (1600 × 1000)</source>
        <translation>Bildschirm (1600 × 1000)</translation>
    </message>
    <message>
        <source>Slide 16:9 (1920 × 1080)</source>
        <translation>Folie 16:9 (1920 × 1080)</translation>
    </message>
    <message>
        <source>Square (1200 × 1200)</source>
        <translation>Quadrat (1200 × 1200)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Common picture sizes in pixels; choose Custom, or type a width and height, for any other</source>
        <translation>Übliche Bildgrößen in Pixeln; für jede andere „Benutzerdefiniert“ wählen oder Breite und Höhe eingeben</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>The picture's width in pixels: a PNG is exactly this wide</source>
        <translation>Breite des Bildes in Pixeln: ein PNG ist genau so breit</translation>
    </message>
    <message>
        <source>The picture's height in pixels: a PNG is exactly this high</source>
        <translation>Höhe des Bildes in Pixeln: ein PNG ist genau so hoch</translation>
    </message>
    <message>
        <source>How large text and lines are drawn: 96 as on the screen, 144 for slides (the default), 192 for twice the screen's size. It does not change the number of pixels; a PDF page is the size divided by this many dots per inch</source>
        <translation>Wie groß Schrift und Linien gezeichnet werden: 96 wie auf dem Bildschirm, 144 für Folien (Standard), 192 für doppelte Bildschirmgröße. Die Zahl der Pixel ändert sich nicht; eine PDF-Seite ist die Größe geteilt durch so viele Punkte pro Zoll</translation>
    </message>
    <message>
        <source>As on screen (keep the highlighted segment)</source>
        <translation>Wie auf dem Bildschirm (hervorgehobenes Segment behalten)</translation>
    </message>
    <message>
        <source>Checked: the segment you highlighted stays bright and the others are pale, as on the screen. Unchecked: every segment in full colour</source>
        <translation>Angekreuzt: das hervorgehobene Segment bleibt kräftig, die anderen blass, wie auf dem Bildschirm. Nicht angekreuzt: jedes Segment in voller Farbe</translation>
    </message>
    <message>
        <source>No segment is highlighted on the screen, so every segment is shown in full colour</source>
        <translation>Auf dem Bildschirm ist kein Segment hervorgehoben, daher wird jedes Segment in voller Farbe gezeigt</translation>
    </message>
    <message>
        <source>What will be written: the picture's pixels, or a PDF's page size</source>
        <translation>Was geschrieben wird: die Pixel des Bildes oder die Seitengröße eines PDF</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Width × height:</source>
        <translation>&amp;Breite × Höhe:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Preview of the exported chart</source>
        <translation>Vorschau des exportierten Diagramms</translation>
    </message>
    <message>
        <source>The exported chart, shrunk to fit here</source>
        <translation>Das exportierte Diagramm, verkleinert</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Write the chart to the file</source>
        <translation>Das Diagramm in die Datei schreiben</translation>
    </message>
    <message>
        <source>Close without writing anything</source>
        <translation>Schließen, ohne etwas zu schreiben</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>In die &amp;Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy the chart at this size, to paste into slides or documents</source>
        <translation>Kopiert das Diagramm in dieser Größe, zum Einfügen in Folien oder Dokumente</translation>
    </message>
    <message>
        <source>%1 × %2 pixels: too large, choose a smaller size</source>
        <translation>%1 × %2 Pixel: zu groß, bitte eine kleinere Größe wählen</translation>
    </message>
    <message>
        <source>A drawing of %1 × %2 screen pixels (at 96 dpi), sharp at any size</source>
        <translation>Eine Zeichnung von %1 × %2 Bildschirmpixeln (bei 96 dpi), in jeder Größe scharf</translation>
    </message>
    <message>
        <source>A page of %1 × %2 mm (%3 × %4 in), sharp at any size</source>
        <translation>Eine Seite von %1 × %2 mm (%3 × %4 Zoll), in jeder Größe scharf</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>Diagramm kopieren</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 existiert bereits. Möchten Sie die Datei ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>seg::ui::FeatureListModel</name>
    <message>
        <source>0%</source>
        <translation>0 %</translation>
    </message>
    <message>
        <source>&lt;0.1%</source>
        <translation>&lt;0,1 %</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Identifiers such as customer numbers say nothing about behaviour, so they cannot be used to form segments.</source>
        <translation>IDs wie Kundennummern sagen nichts über das Verhalten aus und können daher nicht zur Segmentbildung verwendet werden.</translation>
    </message>
    <message>
        <source>Free text and labels that rarely repeat cannot be compared between customers, so they cannot be used to form segments.</source>
        <translation>Freitext und selten wiederkehrende Bezeichnungen lassen sich zwischen Kunden nicht vergleichen und können daher nicht zur Segmentbildung verwendet werden.</translation>
    </message>
    <message>
        <source>Dates cannot be used as they are. A number made from them, such as days since the last purchase, can.</source>
        <translation>Datumsangaben lassen sich nicht direkt verwenden, wohl aber eine daraus abgeleitete Zahl, etwa die Tage seit dem letzten Kauf.</translation>
    </message>
    <message>
        <source>Every value is missing, so this column cannot tell customers apart.</source>
        <translation>Alle Werte fehlen, daher kann diese Spalte Kunden nicht unterscheiden.</translation>
    </message>
    <message>
        <source>Every customer has the same value, so this column cannot tell segments apart.</source>
        <translation>Alle Kunden haben denselben Wert, daher kann diese Spalte Segmente nicht unterscheiden.</translation>
    </message>
    <message>
        <source>Most common: %1</source>
        <translation>Am häufigsten: %1</translation>
    </message>
    <message>
        <source>How the values spread from %1 to %2.</source>
        <translation>Verteilung der Werte von %1 bis %2.</translation>
    </message>
    <message>
        <source>Shown after the logarithm, as the segments will see them.</source>
        <translation>Nach dem Logarithmieren dargestellt, so wie die Segmentierung die Werte sieht.</translation>
    </message>
    <message>
        <source>%1 (%2). %3</source>
        <translation>%1 (%2). %3</translation>
    </message>
    <message>
        <source>%1 of the customers have no value here.</source>
        <translation>%1 der Kunden haben hier keinen Wert.</translation>
    </message>
    <message>
        <source>No missing values.</source>
        <translation>Keine fehlenden Werte.</translation>
    </message>
    <message>
        <source>Categories are compared label by label and are not transformed.</source>
        <translation>Kategorien werden Bezeichnung für Bezeichnung verglichen und nicht transformiert.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>This column has values below zero, so a logarithm does not apply.</source>
        <translation>Diese Spalte enthält Werte unter null, daher lässt sich kein Logarithmus anwenden.</translation>
    </message>
    <message>
        <source>Spend-like columns with a few very large values are squeezed with a logarithm so the big spenders do not dominate.</source>
        <translation>Spalten wie Ausgaben mit einigen sehr großen Werten werden logarithmisch gestaucht, damit Kunden mit sehr hohen Ausgaben nicht alles bestimmen.</translation>
    </message>
    <message>
        <source>Suggested here: a few customers have much larger values than most (skewness %1).</source>
        <translation>Hier empfohlen: Einige Kunden haben viel größere Werte als die meisten (Schiefe %1).</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>Tick the columns that should decide which segment a customer belongs to.</source>
        <translation>Haken Sie die Spalten an, die bestimmen sollen, zu welchem Segment ein Kunde gehört.</translation>
    </message>
    <message>
        <source>What kind of values the column holds, which decides whether it can be used.</source>
        <translation>Welche Art von Werten die Spalte enthält; davon hängt ab, ob sie verwendet werden kann.</translation>
    </message>
    <message>
        <source>The share of customers with no value in this column.</source>
        <translation>Der Anteil der Kunden ohne Wert in dieser Spalte.</translation>
    </message>
    <message>
        <source>A small picture of how the values spread: for numbers, how many customers have low to high values; for categories, the most common labels.</source>
        <translation>Ein kleines Bild der Werteverteilung: bei Zahlen, wie viele Kunden niedrige bis hohe Werte haben; bei Kategorien die häufigsten Bezeichnungen.</translation>
    </message>
    <message>
        <source>Transform: tick to take the logarithm first. Spend-like columns with a few very large values are squeezed with a logarithm so the big spenders do not dominate.</source>
        <translation>Transformation: Anhaken, um zuerst zu logarithmieren. Spalten wie Ausgaben mit einigen sehr großen Werten werden logarithmisch gestaucht, damit Kunden mit sehr hohen Ausgaben nicht alles bestimmen.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportDialog</name>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>Text spreadsheet (CSV)</source>
        <translation>Texttabelle (CSV)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&amp;middot;&amp;nbsp; %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&amp;middot;&amp;nbsp; %2, %3</translation>
    </message>
    <message>
        <source>The worksheet to import. A workbook can hold several; SegmentLab imports one.</source>
        <translation>Das zu importierende Arbeitsblatt. Eine Arbeitsmappe kann mehrere enthalten; SegmentLab importiert eines davon.</translation>
    </message>
    <message>
        <source>The character that separates the values on each line. Automatic looks at the file and picks the most likely one.</source>
        <translation>Das Zeichen, das die Werte in jeder Zeile trennt. „Automatisch“ untersucht die Datei und wählt das wahrscheinlichste aus.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Comma  ( , )</source>
        <translation>Komma  ( , )</translation>
    </message>
    <message>
        <source>Semicolon  ( ; )</source>
        <translation>Semikolon  ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe  ( | )</source>
        <translation>Senkrechter Strich  ( | )</translation>
    </message>
    <message>
        <source>How the letters in the file are stored. Automatic works for nearly every file; pick another one if accented letters look wrong (like "Ã©" instead of "é").</source>
        <translation>Wie die Zeichen in der Datei gespeichert sind. „Automatisch“ funktioniert bei fast jeder Datei; wählen Sie eine andere Kodierung, wenn Umlaute oder Akzente falsch angezeigt werden (etwa „Ã¤“ statt „ä“).</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>Latin-1 (Western European)</source>
        <translation>Latin-1 (westeuropäisch)</translation>
    </message>
    <message>
        <source>The mark between the whole and the fractional part of a number: 3.5 (dot) or 3,5 (comma, common in Europe). Automatic decides from the file.</source>
        <translation>Das Zeichen zwischen ganzzahligem Teil und Nachkommastellen: 3.5 (Punkt) oder 3,5 (Komma, im Deutschen üblich). „Automatisch“ entscheidet anhand der Datei.</translation>
    </message>
    <message>
        <source>Dot  ( 3.5 )</source>
        <translation>Punkt  ( 3.5 )</translation>
    </message>
    <message>
        <source>Comma  ( 3,5 )</source>
        <translation>Komma  ( 3,5 )</translation>
    </message>
    <message>
        <source>The row that holds the column names. Automatic finds it below any title rows; None means the file has no names and the columns are numbered.</source>
        <translation>Die Zeile mit den Spaltennamen. „Automatisch“ findet sie unterhalb eventueller Titelzeilen; „Keine“ bedeutet, dass die Datei keine Spaltennamen enthält und die Spalten nummeriert werden.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Row number:</source>
        <translation>Zeilennummer:</translation>
    </message>
    <message>
        <source>The row, counting from 1 at the top of the file, that holds the column names. Rows above it are skipped.</source>
        <translation>Die Zeile mit den Spaltennamen, gezählt ab 1 am Anfang der Datei. Darüberliegende Zeilen werden übersprungen.</translation>
    </message>
    <message>
        <source>Reading options</source>
        <translation>Einleseoptionen</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Arbeitsblatt:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Zeichenkodierung:</translation>
    </message>
    <message>
        <source>Decimal &amp;mark:</source>
        <translation>&amp;Dezimaltrennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Überschriftenzeile:</translation>
    </message>
    <message>
        <source>Column &amp;types</source>
        <translation>&amp;Spaltentypen</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>How each column will be used. SegmentLab guessed these from the values; change one if it guessed wrong, for example a postcode read as a number.</source>
        <translation>Wie jede Spalte verwendet wird. SegmentLab hat die Typen anhand der Werte erkannt; ändern Sie einen, wenn er falsch erkannt wurde, etwa bei einer Postleitzahl, die als Zahl gelesen wurde.</translation>
    </message>
    <message>
        <source>Change a type if the guess is wrong.</source>
        <translation>Ändern Sie einen Typ, wenn er falsch erkannt wurde.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Read the whole file with these options.</source>
        <translation>Liest die gesamte Datei mit diesen Optionen ein.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Showing the first %1 rows. Loading reads the whole file.</source>
        <translation>Die ersten %1 Zeilen werden angezeigt. Beim Laden wird die gesamte Datei gelesen.</translation>
    </message>
    <message>
        <source>Showing the whole file.</source>
        <translation>Die gesamte Datei wird angezeigt.</translation>
    </message>
    <message>
        <source>The file could not be read with these options.</source>
        <translation>Die Datei konnte mit diesen Optionen nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>dot</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Automatic (row %1)</source>
        <translation>Automatisch (Zeile %1)</translation>
    </message>
    <message>
        <source>Automatic (none)</source>
        <translation>Automatisch (keine)</translation>
    </message>
    <message>
        <source>How the column "%1" will be used.</source>
        <translation>Wie die Spalte „%1“ verwendet wird.</translation>
    </message>
    <message>
        <source>Numbers cannot be read as dates. If this column holds dates, check the file: they may be written in a format SegmentLab does not know.</source>
        <translation>Zahlen können nicht als Datum gelesen werden. Wenn diese Spalte Datumsangaben enthält, prüfen Sie die Datei: Möglicherweise liegen sie in einem Format vor, das SegmentLab nicht kennt.</translation>
    </message>
</context>
<context>
    <name>seg::ui::MainWindow</name>
    <message>
        <source>Loading cancelled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a spreadsheet (CSV, TSV or Excel .xlsx).</source>
        <translation>Öffnet eine Tabelle (CSV, TSV oder Excel .xlsx).</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Sample Data</source>
        <translation>Beispiel&amp;daten öffnen</translation>
    </message>
    <message>
        <source>Open a small customer table that comes with SegmentLab, to try things out.</source>
        <translation>Öffnet eine kleine Kundentabelle, die SegmentLab beiliegt – zum Ausprobieren.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Close SegmentLab.</source>
        <translation>Beendet SegmentLab.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Show or hide the summary of each column.</source>
        <translation>Blendet die Übersicht über alle Spalten ein oder aus.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SegmentLab</source>
        <translation>&amp;Über SegmentLab</translation>
    </message>
    <message>
        <source>Show the version and licence of SegmentLab.</source>
        <translation>Zeigt Version und Lizenz von SegmentLab an.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Show the version of the Qt toolkit SegmentLab is built with.</source>
        <translation>Zeigt die Version des Qt-Toolkits an, mit dem SegmentLab erstellt wurde.</translation>
    </message>
    <message>
        <source>Find the customer segments in your spreadsheet</source>
        <translation>Finden Sie die Kundensegmente in Ihrer Tabelle</translation>
    </message>
    <message>
        <source>Open a CSV or Excel file to begin, or drop one onto this window.
Not sure yet? The sample data shows how it works.</source>
        <translation>Öffnen Sie zunächst eine CSV- oder Excel-Datei oder ziehen Sie sie in dieses Fenster.
Noch unsicher? Die Beispieldaten zeigen, wie es funktioniert.</translation>
    </message>
    <message>
        <source>Open a Spreadsheet…</source>
        <translation>Tabelle öffnen…</translation>
    </message>
    <message>
        <source>Choose a CSV, TSV or Excel (.xlsx) file. (%1)</source>
        <translation>Wählen Sie eine CSV-, TSV- oder Excel-Datei (.xlsx) aus. (%1)</translation>
    </message>
    <message>
        <source>Try the Sample Data</source>
        <translation>Beispieldaten ausprobieren</translation>
    </message>
    <message>
        <source>Open a small customer table that comes with SegmentLab.</source>
        <translation>Öffnet eine kleine Kundentabelle, die SegmentLab beiliegt.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>One line per column of the table: its type, missing values and range.</source>
        <translation>Eine Zeile pro Spalte der Tabelle: Typ, fehlende Werte und Wertebereich.</translation>
    </message>
    <message>
        <source>&amp;Column Summary</source>
        <translation>&amp;Spaltenübersicht</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open a spreadsheet to begin.</source>
        <translation>Öffnen Sie eine Tabelle, um zu beginnen.</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <source>Forget the list of recently opened files.</source>
        <translation>Leert die Liste der zuletzt geöffneten Dateien.</translation>
    </message>
    <message>
        <source>Open Spreadsheet</source>
        <translation>Tabelle öffnen</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>File Not Found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>"%1" no longer exists, so it was removed from the recent files.</source>
        <translation>„%1“ existiert nicht mehr und wurde daher aus der Liste der zuletzt geöffneten Dateien entfernt.</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Sample Data Not Found</source>
        <translation>Beispieldaten nicht gefunden</translation>
    </message>
    <message>
        <source>The sample file customers.csv was not found. SegmentLab looked in:
%1

Reinstalling SegmentLab restores it.</source>
        <translation>Die Beispieldatei customers.csv wurde nicht gefunden. SegmentLab hat hier gesucht:
%1

Eine Neuinstallation von SegmentLab stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>%1 — SegmentLab</source>
        <translation>%1 — SegmentLab</translation>
    </message>
    <message>
        <source>Sheet: %1</source>
        <translation>Arbeitsblatt: %1</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>%1 geladen.</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <source>Could not load %1.</source>
        <translation>%1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>About SegmentLab</source>
        <translation>Über SegmentLab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SegmentLab %1&lt;/h3&gt;&lt;p&gt;Find, see, name and use customer segments in your own spreadsheets.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SegmentLab %1&lt;/h3&gt;&lt;p&gt;Kundensegmente in Ihren eigenen Tabellen finden, sichtbar machen, benennen und nutzen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 rows × %2 columns  ·  loaded in %3</source>
        <translation>%1 Zeilen × %2 Spalten  ·  geladen in %3</translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation>&amp;Segmente</translation>
    </message>
    <message>
        <source>&amp;Find Segments</source>
        <translation>Segmente &amp;finden</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Group the customers with the chosen features and method.</source>
        <translation>Gruppiert die Kunden mit den gewählten Merkmalen und der gewählten Methode.</translation>
    </message>
    <message>
        <source>Find the Best &amp;Number of Segments</source>
        <translation>Beste Segment&amp;anzahl finden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Try 2 to 10 segments, score each and recommend one.</source>
        <translation>Probiert 2 bis 10 Segmente aus, bewertet jede Anzahl und empfiehlt eine.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop what is running; what is on screen stays as it is.</source>
        <translation>Bricht den laufenden Vorgang ab; die Anzeige bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>Dia&amp;gramm</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>Diagramm &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the chart on screen as a PNG picture, SVG drawing or PDF.</source>
        <translation>Speichert das angezeigte Diagramm als PNG-Bild, SVG-Grafik oder PDF.</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <source>Copy the chart on screen, to paste into a slide or document.</source>
        <translation>Kopiert das angezeigte Diagramm zum Einfügen in eine Folie oder ein Dokument.</translation>
    </message>
    <message>
        <source>Export &amp;All Charts…</source>
        <translation>&amp;Alle Diagramme exportieren…</translation>
    </message>
    <message>
        <source>Save every chart as a PNG picture into a folder you choose.</source>
        <translation>Speichert alle Diagramme als PNG-Bilder in einem Ordner Ihrer Wahl.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Show or hide the choice of features and method.</source>
        <translation>Blendet die Auswahl von Merkmalen und Methode ein oder aus.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Show or hide the list of segments.</source>
        <translation>Blendet die Segmentliste ein oder aus.</translation>
    </message>
    <message>
        <source>Stop what is running (Esc). What is on screen now stays as it is.</source>
        <translation>Bricht den laufenden Vorgang ab (Esc). Die aktuelle Anzeige bleibt unverändert.</translation>
    </message>
    <message>
        <source>Discard Segment Names?</source>
        <translation>Segmentnamen verwerfen?</translation>
    </message>
    <message>
        <source>You have named or recoloured segments. %1 discards those choices.</source>
        <translation>Sie haben Segmente benannt oder umgefärbt. %1 verwirft diese Änderungen.</translation>
    </message>
    <message>
        <source>Export the segment list or save the report first to keep the names.</source>
        <translation>Exportieren Sie zuerst die Segmentliste oder speichern Sie den Bericht, um die Namen zu behalten.</translation>
    </message>
    <message>
        <source>Opening another file</source>
        <translation>Das Öffnen einer anderen Datei</translation>
    </message>
    <message>
        <source>Opening the sample data</source>
        <translation>Das Öffnen der Beispieldaten</translation>
    </message>
    <message>
        <source>SegmentLab noticed the following:</source>
        <translation>SegmentLab ist Folgendes aufgefallen:</translation>
    </message>
    <message>
        <source>Quitting</source>
        <translation>Das Beenden</translation>
    </message>
    <message>
        <source>Find Segments</source>
        <translation>Segmente finden</translation>
    </message>
    <message>
        <source>&amp;Features and Method</source>
        <translation>&amp;Merkmale und Methode</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>The segments found. Click one to see its customers in every chart and in the table.</source>
        <translation>Die gefundenen Segmente. Klicken Sie auf eines, um seine Kunden in allen Diagrammen und in der Tabelle zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Segment List</source>
        <translation>Segment&amp;liste</translation>
    </message>
    <message>
        <source>No segments found.</source>
        <translation>Keine Segmente gefunden.</translation>
    </message>
    <message>
        <source>Cannot Find Segments</source>
        <translation>Segmente können nicht gefunden werden</translation>
    </message>
    <message>
        <source>Stopped. The segments shown are from the last finished run.</source>
        <translation>Abgebrochen. Die angezeigten Segmente stammen aus dem letzten abgeschlossenen Lauf.</translation>
    </message>
    <message>
        <source>Cannot Compare Numbers of Segments</source>
        <translation>Segmentanzahlen können nicht verglichen werden</translation>
    </message>
    <message>
        <source>Open a spreadsheet first.</source>
        <translation>Öffnen Sie zuerst eine Tabelle.</translation>
    </message>
    <message>
        <source>Tick at least one column under Features first.</source>
        <translation>Haken Sie zuerst unter „Merkmale“ mindestens eine Spalte an.</translation>
    </message>
    <message>
        <source>Finding segments…</source>
        <translation>Segmente werden gesucht…</translation>
    </message>
    <message>
        <source>DBSCAN finds the number of segments itself; choose another method to compare numbers.</source>
        <translation>DBSCAN bestimmt die Segmentanzahl selbst; wählen Sie eine andere Methode, um Anzahlen zu vergleichen.</translation>
    </message>
    <message>
        <source>Trying 2 to 10 segments…</source>
        <translation>2 bis 10 Segmente werden ausprobiert…</translation>
    </message>
    <message numerus="yes">
        <source>Found %n segment(s) in %1.</source>
        <translation>
            <numerusform>%n Segment in %1 gefunden.</numerusform>
            <numerusform>%n Segmente in %1 gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Average fit (silhouette): %1.</source>
        <translation>Mittlere Passung (Silhouette): %1.</translation>
    </message>
    <message>
        <source>Compared 2 to 10 segments: %1 is recommended.</source>
        <translation>2 bis 10 Segmente verglichen: %1 wird empfohlen.</translation>
    </message>
    <message>
        <source>Choose a chart tab first: this one has nothing to export yet.</source>
        <translation>Wählen Sie zuerst ein Diagramm: Auf diesem Tab gibt es noch nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>Diagramm unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Choose a chart tab first: this one has nothing to copy yet.</source>
        <translation>Wählen Sie zuerst ein Diagramm: Auf diesem Tab gibt es noch nichts zu kopieren.</translation>
    </message>
    <message>
        <source>Copied the chart; paste it into a slide or document.</source>
        <translation>Diagramm kopiert; fügen Sie es in eine Folie oder ein Dokument ein.</translation>
    </message>
    <message>
        <source>Cannot Copy the Chart</source>
        <translation>Diagramm kann nicht kopiert werden</translation>
    </message>
    <message>
        <source>Export All Charts To</source>
        <translation>Alle Diagramme exportieren nach</translation>
    </message>
    <message>
        <source>Replace Files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <source>%1 already holds these files:
%2

Replace them?</source>
        <translation>%1 enthält bereits diese Dateien:
%2

Sollen sie ersetzt werden?</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n chart(s) to %1.</source>
        <translation>
            <numerusform>%n Diagramm in %1 gespeichert.</numerusform>
            <numerusform>%n Diagramme in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Export Charts</source>
        <translation>Diagramme können nicht exportiert werden</translation>
    </message>
    <message>
        <source>&amp;Export Segment List…</source>
        <translation>Segmentliste &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save every customer with its segment, as CSV for any tool or as an Excel workbook.</source>
        <translation>Speichert jeden Kunden mit seinem Segment – als CSV für beliebige Programme oder als Excel-Arbeitsmappe.</translation>
    </message>
    <message>
        <source>Export One File per &amp;Segment…</source>
        <translation>Eine Datei pro &amp;Segment exportieren…</translation>
    </message>
    <message>
        <source>Save one CSV file per segment into a folder, for campaign tools.</source>
        <translation>Speichert pro Segment eine CSV-Datei in einen Ordner – für Kampagnen-Tools.</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>Be&amp;richt speichern…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Save a PDF with the data source, the method, the segments and every chart.</source>
        <translation>Speichert ein PDF mit Datenquelle, Methode, Segmenten und allen Diagrammen.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Re&amp;name Segment…</source>
        <translation>Segment &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Give the chosen segment a name of your own.</source>
        <translation>Gibt dem gewählten Segment einen eigenen Namen.</translation>
    </message>
    <message>
        <source>Change Segment &amp;Colour…</source>
        <translation>Segment&amp;farbe ändern…</translation>
    </message>
    <message>
        <source>Choose the colour the chosen segment has in every chart.</source>
        <translation>Wählt die Farbe des gewählten Segments in allen Diagrammen.</translation>
    </message>
    <message>
        <source>&amp;Present Charts</source>
        <translation>Diagramme &amp;präsentieren</translation>
    </message>
    <message>
        <source>Show the segments and every chart full screen, one at a time (Esc ends).</source>
        <translation>Zeigt die Segmente und alle Diagramme nacheinander im Vollbild (Esc beendet).</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
    <message>
        <source>Wait for the file being saved to finish.</source>
        <translation>Warten Sie, bis die Datei fertig gespeichert ist.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Gespeichert: %1.</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Wird gespeichert: %1…</translation>
    </message>
    <message>
        <source>CSV Options</source>
        <translation>CSV-Optionen</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ), as Excel in many European countries</source>
        <translation>Semikolon ( ; ), wie Excel in vielen europäischen Ländern</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Mark the file as UTF-8 for Excel (byte order mark)</source>
        <translation>Datei für Excel als UTF-8 kennzeichnen (Bytereihenfolgemarke)</translation>
    </message>
    <message>
        <source>Excel then shows accents and other non-English letters correctly; some other tools show a stray character at the start instead.</source>
        <translation>Excel zeigt dann Umlaute, Akzente und andere Sonderzeichen richtig an; manche anderen Programme zeigen dafür ein überzähliges Zeichen am Anfang.</translation>
    </message>
    <message>
        <source>Separate columns with:</source>
        <translation>Spalten trennen mit:</translation>
    </message>
    <message>
        <source>Export One File per Segment To</source>
        <translation>Eine Datei pro Segment exportieren nach</translation>
    </message>
    <message>
        <source>one file per segment</source>
        <translation>eine Datei pro Segment</translation>
    </message>
    <message>
        <source>Export Segment List</source>
        <translation>Segmentliste exportieren</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>-segments.pdf</source>
        <translation>-segmente.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>seg::ui::PresentationWindow</name>
    <message>
        <source>Presentation — %1</source>
        <translation>Präsentation — %1</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Kundensegmente</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 Kunden</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>shares of all customers</source>
        <translation>Anteile an allen Kunden</translation>
    </message>
    <message>
        <source>This chart could not be drawn: %1</source>
        <translation>Dieses Diagramm konnte nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::ProfileTableModel</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Average %1, median %2</source>
        <translation>Mittelwert %1, Median %2</translation>
    </message>
    <message>
        <source>%1 standard deviations from the average customer</source>
        <translation>%1 Standardabweichungen vom Durchschnittskunden entfernt</translation>
    </message>
    <message>
        <source>Index %1 (100 = average)</source>
        <translation>Index %1 (100 = Durchschnitt)</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) without a value</source>
        <translation>
            <numerusform>%n Kunde ohne Wert</numerusform>
            <numerusform>%n Kunden ohne Wert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: used to form the segments.</source>
        <translation>%1: zur Bildung der Segmente verwendet.</translation>
    </message>
    <message>
        <source>%1: not used to form the segments, shown to compare them.</source>
        <translation>%1: nicht zur Bildung der Segmente verwendet, nur zum Vergleich angezeigt.</translation>
    </message>
    <message>
        <source>Share of the differences between customers explained by their segment (eta squared): 0 none, 1 all.</source>
        <translation>Anteil der Unterschiede zwischen den Kunden, der durch ihr Segment erklärt wird (Eta-Quadrat): 0 keiner, 1 alle.</translation>
    </message>
    <message>
        <source>How strongly the segment and this label go together (Cramér's V): 0 not at all, 1 completely.</source>
        <translation>Wie stark Segment und diese Bezeichnung zusammenhängen (Cramérs V): 0 gar nicht, 1 vollständig.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Every number and category column, the most telling first; those not used to form the segments are in italics.</source>
        <translation>Alle Zahlen- und Kategoriespalten, die aussagekräftigsten zuerst; nicht zur Segmentbildung verwendete stehen kursiv.</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>The average (numbers) or most common label (categories) overall.</source>
        <translation>Der Mittelwert (Zahlen) bzw. die häufigste Bezeichnung (Kategorien) über alle Kunden.</translation>
    </message>
    <message>
        <source>Separates</source>
        <translation>Trennkraft</translation>
    </message>
    <message>
        <source>How strongly this column separates the segments, from 0 to 1.</source>
        <translation>Wie stark diese Spalte die Segmente voneinander trennt, von 0 bis 1.</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::ReportWriter</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>SegmentLab</source>
        <translation>SegmentLab</translation>
    </message>
    <message>
        <source>SegmentLab %1</source>
        <translation>SegmentLab %1</translation>
    </message>
    <message>
        <source>%1 · %2 · page %3 of %4</source>
        <translation>%1 · %2 · Seite %3 von %4</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Kundensegmente</translation>
    </message>
    <message>
        <source>k-means</source>
        <translation>k-Means</translation>
    </message>
    <message>
        <source>hierarchical clustering (%1 linkage)</source>
        <translation>hierarchischem Clustering (Verknüpfung: %1)</translation>
    </message>
    <message>
        <source>DBSCAN</source>
        <translation>DBSCAN</translation>
    </message>
    <message>
        <source>a Gaussian mixture</source>
        <translation>einem Gaußschen Mischmodell</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) among %1 customers, found by %2</source>
        <translation>
            <numerusform>%n Segment unter %1 Kunden, gefunden mit %2</numerusform>
            <numerusform>%n Segmente unter %1 Kunden, gefunden mit %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Full path</source>
        <translation>Vollständiger Pfad</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>(not available)</source>
        <translation>(nicht verfügbar)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 rows, %2 columns</source>
        <translation>%1 Zeilen, %2 Spalten</translation>
    </message>
    <message>
        <source>%1 customers in segments</source>
        <translation>%1 Kunden in Segmenten</translation>
    </message>
    <message>
        <source>%1 outliers (in no dense group)</source>
        <translation>%1 Ausreißer (in keiner dichten Gruppe)</translation>
    </message>
    <message>
        <source>%1 left out for missing values</source>
        <translation>%1 wegen fehlender Werte ausgelassen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Datei prüfen</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint changes if a single character of the file changes: compare it to know that this report describes exactly your copy.</source>
        <translation>Der SHA-256-Fingerabdruck ändert sich, sobald sich auch nur ein Zeichen der Datei ändert: Vergleichen Sie ihn, um sicherzugehen, dass dieser Bericht genau Ihre Kopie beschreibt.</translation>
    </message>
    <message>
        <source>Segments at a glance</source>
        <translation>Segmente auf einen Blick</translation>
    </message>
    <message>
        <source>%1 — %2 customers (%3 of all customers)</source>
        <translation>%1 — %2 Kunden (%3 aller Kunden)</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>logarithmisch</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>Gewicht %1</translation>
    </message>
    <message>
        <source>Customers with a missing value in any of these features were left out (%1); they belong to no segment.</source>
        <translation>Kunden mit einem fehlenden Wert in einem dieser Merkmale wurden ausgelassen (%1); sie gehören zu keinem Segment.</translation>
    </message>
    <message>
        <source>Missing numbers were filled in with the column's average, missing categories with the most common one.</source>
        <translation>Fehlende Zahlen wurden mit dem Mittelwert der Spalte ergänzt, fehlende Kategorien mit der häufigsten.</translation>
    </message>
    <message>
        <source>Missing numbers were filled in with the column's median (the middle value), missing categories with the most common one.</source>
        <translation>Fehlende Zahlen wurden mit dem Median der Spalte (dem mittleren Wert) ergänzt, fehlende Kategorien mit der häufigsten.</translation>
    </message>
    <message>
        <source>Missing values were filled in with the column's most common value.</source>
        <translation>Fehlende Werte wurden mit dem häufigsten Wert der Spalte ergänzt.</translation>
    </message>
    <message>
        <source>Missing numbers were filled in with %1, missing categories with the most common one.</source>
        <translation>Fehlende Zahlen wurden mit %1 ergänzt, fehlende Kategorien mit der häufigsten.</translation>
    </message>
    <message>
        <source>Every feature was put on one scale by subtracting its average and dividing by its standard deviation, so each counts equally.</source>
        <translation>Alle Merkmale wurden auf eine gemeinsame Skala gebracht, indem ihr Mittelwert abgezogen und durch ihre Standardabweichung geteilt wurde; so zählt jedes gleich viel.</translation>
    </message>
    <message>
        <source>Every feature was stretched to run from 0 (its smallest value) to 1 (its largest), so each counts equally.</source>
        <translation>Alle Merkmale wurden so gestreckt, dass sie von 0 (kleinster Wert) bis 1 (größter Wert) reichen; so zählt jedes gleich viel.</translation>
    </message>
    <message>
        <source>Every feature was centred on its median and divided by the spread of its middle half, so a few extreme customers do not set the scale.</source>
        <translation>Alle Merkmale wurden um ihren Median zentriert und durch die Streuung ihrer mittleren Hälfte geteilt, damit wenige extreme Kunden nicht die Skala bestimmen.</translation>
    </message>
    <message>
        <source>Features were used in their own units: those with larger numbers weigh more.</source>
        <translation>Die Merkmale wurden in ihren eigenen Einheiten verwendet: Merkmale mit größeren Zahlen wiegen stärker.</translation>
    </message>
    <message>
        <source>k-means: each customer belongs to the nearest of k centres, and each centre is the average of its customers; the best of several starts is kept.</source>
        <translation>k-Means: Jeder Kunde gehört zum nächstgelegenen von k Zentren, und jedes Zentrum ist der Mittelwert seiner Kunden; der beste von mehreren Starts wird behalten.</translation>
    </message>
    <message>
        <source>Hierarchical clustering (%1 linkage): customers are merged step by step into a tree of ever larger groups, which is cut into k segments.</source>
        <translation>Hierarchisches Clustering (Verknüpfung: %1): Die Kunden werden schrittweise zu einem Baum immer größerer Gruppen zusammengeführt, der in k Segmente geschnitten wird.</translation>
    </message>
    <message>
        <source>DBSCAN: segments are dense groups of customers with many close neighbours; customers in sparse areas are outliers and belong to no segment.</source>
        <translation>DBSCAN: Segmente sind dichte Gruppen von Kunden mit vielen nahen Nachbarn; Kunden in dünn besetzten Bereichen sind Ausreißer und gehören zu keinem Segment.</translation>
    </message>
    <message>
        <source>Gaussian mixture (%1 covariance): segments are overlapping bell-shaped clouds, and each customer goes to the most likely one.</source>
        <translation>Gaußsches Mischmodell (Kovarianz: %1): Segmente sind sich überlappende, glockenförmige Wolken, und jeder Kunde wird der wahrscheinlichsten zugeordnet.</translation>
    </message>
    <message>
        <source>k = %1 segments; %2 starts; at most %3 iterations each; tolerance %4</source>
        <translation>k = %1 Segmente; %2 Starts; höchstens %3 Iterationen je Start; Toleranz %4</translation>
    </message>
    <message>
        <source>k = %1 segments; linkage %2</source>
        <translation>k = %1 Segmente; Verknüpfung %2</translation>
    </message>
    <message>
        <source>radius (eps) = %1, %2; at least %3 neighbours make a dense point; %4 segments found</source>
        <translation>Radius (eps) = %1, %2; mindestens %3 Nachbarn ergeben einen dichten Punkt; %4 Segmente gefunden</translation>
    </message>
    <message>
        <source>suggested by the knee of the neighbour-distance curve</source>
        <translation>vorgeschlagen anhand des Knicks der Nachbarabstandskurve</translation>
    </message>
    <message>
        <source>chosen by hand</source>
        <translation>von Hand gewählt</translation>
    </message>
    <message>
        <source>k = %1 segments; %2 covariance; %3 starts; at most %4 iterations</source>
        <translation>k = %1 Segmente; Kovarianz %2; %3 Starts; höchstens %4 Iterationen</translation>
    </message>
    <message>
        <source>How the segments were made</source>
        <translation>Wie die Segmente gebildet wurden</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s): %1</source>
        <translation>
            <numerusform>%n Spalte: %1</numerusform>
            <numerusform>%n Spalten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Fehlende Werte</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Logarithmische Skala</translation>
    </message>
    <message>
        <source>Features marked “log scale” were taken as log(1 + value) first, so a few very large amounts do not dominate.</source>
        <translation>Mit „logarithmisch“ markierte Merkmale wurden zuerst als log(1 + Wert) genommen, damit wenige sehr große Beträge nicht dominieren.</translation>
    </message>
    <message>
        <source>Extreme values</source>
        <translation>Extremwerte</translation>
    </message>
    <message>
        <source>Values below the %1th percentile or above the %2th were pulled in to it.</source>
        <translation>Werte unter dem %1. Perzentil oder über dem %2. Perzentil wurden auf diese Grenze gesetzt.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Each category became a yes/no column per label (at most %1 labels; the rarer ones grouped as “Other”).</source>
        <translation>Jede Kategorie wurde zu einer Ja/Nein-Spalte pro Bezeichnung (höchstens %1 Bezeichnungen; seltenere unter „Other“ zusammengefasst).</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert (Seed)</translation>
    </message>
    <message>
        <source>%1 — the same data, settings and seed give the same segments again.</source>
        <translation>%1 — dieselben Daten, Einstellungen und derselbe Startwert ergeben wieder dieselben Segmente.</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>%1 — how much closer customers are to their own segment than to the next one (−1 to 1; above 0.5 clear, 0.25 to 0.5 reasonable, below 0.25 weak).</source>
        <translation>%1 — wie viel näher die Kunden ihrem eigenen Segment sind als dem nächsten (−1 bis 1; über 0,5 deutlich, 0,25 bis 0,5 brauchbar, unter 0,25 schwach).</translation>
    </message>
    <message>
        <source>Estimated on a random sample of %1 customers.</source>
        <translation>Geschätzt anhand einer Zufallsstichprobe von %1 Kunden.</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>Silhouette</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>nicht berechnet</translation>
    </message>
    <message>
        <source>Davies-Bouldin</source>
        <translation>Davies-Bouldin</translation>
    </message>
    <message>
        <source>%1 — how much segments overlap compared with their spread (lower is better; 0 means entirely apart).</source>
        <translation>%1 — wie stark sich die Segmente im Verhältnis zu ihrer Streuung überlappen (niedriger ist besser; 0 heißt völlig getrennt).</translation>
    </message>
    <message>
        <source>Calinski-Harabasz</source>
        <translation>Calinski-Harabasz</translation>
    </message>
    <message>
        <source>%1 — spread between segments against spread within them (higher is better; compare runs on the same data).</source>
        <translation>%1 — Streuung zwischen den Segmenten im Verhältnis zur Streuung innerhalb (höher ist besser; nur Läufe mit denselben Daten vergleichen).</translation>
    </message>
    <message>
        <source>Inertia</source>
        <translation>Inertia</translation>
    </message>
    <message>
        <source>%1 — total squared distance of customers to their segment's centre (lower is tighter; it always falls as k grows).</source>
        <translation>%1 — Summe der quadrierten Abstände der Kunden zum Zentrum ihres Segments (niedriger ist kompakter; sinkt immer, wenn k steigt).</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>%1 customers · %2 of all</source>
        <translation>%1 Kunden · %2 aller</translation>
    </message>
    <message>
        <source>Outliers: %1 customers (%2 of all rows) lie in sparse areas and belong to no segment.</source>
        <translation>Ausreißer: %1 Kunden (%2 aller Zeilen) liegen in dünn besetzten Bereichen und gehören zu keinem Segment.</translation>
    </message>
    <message>
        <source>Left out: %1 customers (%2 of all rows) had missing values and belong to no segment.</source>
        <translation>Ausgelassen: %1 Kunden (%2 aller Zeilen) hatten fehlende Werte und gehören zu keinem Segment.</translation>
    </message>
    <message>
        <source>index 100</source>
        <translation>Index 100</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>η² %1</source>
        <translation>η² %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>V %1</source>
        <translation>V %1</translation>
    </message>
    <message>
        <source>Segment profiles</source>
        <translation>Segmentprofile</translation>
    </message>
    <message>
        <source>Each segment's average against all customers in segments (“Overall”). The index is the segment's average as a percentage of the overall one (100 = average); categories show the share of their most common labels. Shaded cells are clearly above (orange) or below (blue) the overall average: by half a standard deviation or more. “Effect” is how much the segments tell customers apart on the feature: η² is the share of its variation they explain (numbers), Cramér's V the strength of the association (categories), from 0 (none) to 1. Features are listed by effect, strongest first.</source>
        <translation>Der Mittelwert jedes Segments im Vergleich zu allen Kunden in Segmenten („Gesamt“). Der Index ist der Mittelwert des Segments in Prozent des Gesamtmittelwerts (100 = Durchschnitt); bei Kategorien steht der Anteil ihrer häufigsten Bezeichnungen. Schattierte Zellen liegen deutlich über (orange) oder unter (blau) dem Gesamtdurchschnitt: um mindestens eine halbe Standardabweichung. „Effekt“ gibt an, wie gut die Segmente die Kunden bei diesem Merkmal unterscheiden: η² ist der Anteil der Streuung, den sie erklären (Zahlen), Cramérs V die Stärke des Zusammenhangs (Kategorien), jeweils von 0 (keiner) bis 1. Die Merkmale sind nach Effekt sortiert, der stärkste zuerst.</translation>
    </message>
    <message>
        <source>Segments %1 to %2 of %3</source>
        <translation>Segmente %1 bis %2 von %3</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Chart %1 of %2</source>
        <translation>Diagramm %1 von %2</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::SegmentCommands</name>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Change Colour of %1</source>
        <translation>Farbe von %1 ändern</translation>
    </message>
</context>
<context>
    <name>seg::ui::SegmentListModel</name>
    <message>
        <source>Outliers</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>Left out (missing values)</source>
        <translation>Ausgelassen (fehlende Werte)</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>Customers DBSCAN found in no dense group: unusual customers worth a look on their own.</source>
        <translation>Kunden, die DBSCAN keiner dichten Gruppe zugeordnet hat: ungewöhnliche Kunden, die einen eigenen Blick wert sind.</translation>
    </message>
    <message>
        <source>Customers with a missing value in a chosen feature. They were left out of the run, so they belong to no segment.</source>
        <translation>Kunden mit einem fehlenden Wert in einem gewählten Merkmal. Sie wurden bei der Segmentierung ausgelassen und gehören daher zu keinem Segment.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Share of all</source>
        <translation>Anteil an allen</translation>
    </message>
    <message>
        <source>Groups of similar customers found by the last run. Outliers and customers left out are listed after the segments.</source>
        <translation>Gruppen ähnlicher Kunden aus dem letzten Lauf. Ausreißer und ausgelassene Kunden stehen nach den Segmenten.</translation>
    </message>
    <message>
        <source>How many customers (spreadsheet rows) are in the group.</source>
        <translation>Wie viele Kunden (Tabellenzeilen) zur Gruppe gehören.</translation>
    </message>
    <message>
        <source>The group's part of all rows in the spreadsheet, counting outliers and customers left out too.</source>
        <translation>Der Anteil der Gruppe an allen Zeilen der Tabelle, Ausreißer und ausgelassene Kunden mitgezählt.</translation>
    </message>
</context>
<context>
    <name>seg::ui::SegmentWorkspace</name>
    <message>
        <source>Show All Customers</source>
        <translation>Alle Kunden anzeigen</translation>
    </message>
    <message>
        <source>Show every row of the table again and clear the chosen segment.</source>
        <translation>Zeigt wieder alle Zeilen der Tabelle an und hebt die Segmentauswahl auf.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Every customer as a dot on a map of the chosen features (PCA scatter plot): customers close together are alike. Drag to move, Shift+drag to choose customers, scroll to zoom.</source>
        <translation>Jeder Kunde als Punkt auf einer Karte der gewählten Merkmale (PCA-Streudiagramm): nahe beieinander liegende Kunden ähneln sich. Ziehen verschiebt, Umschalt+Ziehen wählt Kunden aus, Scrollen zoomt.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>How each segment differs from the average customer, feature by feature.</source>
        <translation>Wie sich jedes Segment vom Durchschnittskunden unterscheidet, Merkmal für Merkmal.</translation>
    </message>
    <message>
        <source>Number of Segments</source>
        <translation>Segmentanzahl</translation>
    </message>
    <message>
        <source>Scores for 2 to 10 segments, to help choose how many to ask for. Click a number to use it.</source>
        <translation>Bewertungen für 2 bis 10 Segmente als Hilfe bei der Wahl der Anzahl. Klicken Sie auf eine Zahl, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>How hierarchical clustering merged customers into segments. Drag the dashed line up or down to get fewer or more segments.</source>
        <translation>Wie die hierarchische Segmentierung Kunden zu Segmenten zusammengeführt hat. Ziehen Sie die gestrichelte Linie nach oben oder unten für weniger oder mehr Segmente.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passung</translation>
    </message>
    <message>
        <source>How well each customer fits its segment (silhouette): long bars to the right fit well, bars to the left would fit better elsewhere.</source>
        <translation>Wie gut jeder Kunde zu seinem Segment passt (Silhouette): Lange Balken nach rechts passen gut, Balken nach links würden woanders besser passen.</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Größen</translation>
    </message>
    <message>
        <source>How many customers each segment has.</source>
        <translation>Wie viele Kunden jedes Segment hat.</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>For DBSCAN: how far each customer is from its nearest neighbours. The bend suggests the neighbourhood radius; click to choose another.</source>
        <translation>Für DBSCAN: wie weit jeder Kunde von seinen nächsten Nachbarn entfernt ist. Der Knick schlägt den Nachbarschaftsradius vor; klicken Sie, um einen anderen zu wählen.</translation>
    </message>
    <message>
        <source>The summary direction shown across. Component 1 separates customers the most, component 2 the most of what is left, and so on.</source>
        <translation>Die zusammenfassende Richtung auf der waagerechten Achse. Komponente 1 trennt die Kunden am stärksten, Komponente 2 am stärksten im verbleibenden Rest usw.</translation>
    </message>
    <message>
        <source>The summary direction shown upwards.</source>
        <translation>Die zusammenfassende Richtung auf der senkrechten Achse.</translation>
    </message>
    <message>
        <source>Feature arrows</source>
        <translation>Merkmalspfeile</translation>
    </message>
    <message>
        <source>Draw an arrow per feature: customers towards an arrow's tip have more of that feature (a biplot).</source>
        <translation>Zeichnet einen Pfeil pro Merkmal: Kunden in Richtung einer Pfeilspitze haben mehr von diesem Merkmal (Biplot).</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show every customer again (or double-click the map).</source>
        <translation>Zeigt wieder alle Kunden (oder doppelklicken Sie auf die Karte).</translation>
    </message>
    <message>
        <source>Across:</source>
        <translation>Waagerecht:</translation>
    </message>
    <message>
        <source>Up:</source>
        <translation>Senkrecht:</translation>
    </message>
    <message>
        <source>Not sure how many segments to ask for? SegmentLab can try every number from 2 to 10 with the chosen features and method, score each, and recommend one.</source>
        <translation>Unsicher, wie viele Segmente es sein sollen? SegmentLab kann jede Anzahl von 2 bis 10 mit den gewählten Merkmalen und der gewählten Methode ausprobieren, bewerten und eine empfehlen.</translation>
    </message>
    <message>
        <source>Find the Best Number of Segments</source>
        <translation>Beste Segmentanzahl finden</translation>
    </message>
    <message>
        <source>Runs in the background; the current segments stay on screen meanwhile.</source>
        <translation>Läuft im Hintergrund; die aktuellen Segmente bleiben so lange sichtbar.</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>Größte zuerst</translation>
    </message>
    <message>
        <source>List the segments from the largest to the smallest instead of in order.</source>
        <translation>Die Segmente vom größten zum kleinsten statt der Reihe nach zeigen.</translation>
    </message>
    <message>
        <source>Component %1 (%2%)</source>
        <translation>Komponente %1 (%2 %)</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n customer(s) of %1.</source>
        <translation>
            <numerusform>Angezeigt: %n Kunde aus %1.</numerusform>
            <numerusform>Angezeigt: %n Kunden aus %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n customer(s) chosen on the map.</source>
        <translation>
            <numerusform>Angezeigt: %n auf der Karte ausgewählter Kunde.</numerusform>
            <numerusform>Angezeigt: %n auf der Karte ausgewählte Kunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), %1 of all</source>
        <translation>
            <numerusform>%n Kunde, %1 aller</numerusform>
            <numerusform>%n Kunden, %1 aller</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>Customer map</source>
        <translation>Kundenkarte</translation>
    </message>
    <message>
        <source>Segment profiles</source>
        <translation>Segmentprofile</translation>
    </message>
    <message>
        <source>Choosing the number of segments</source>
        <translation>Wahl der Segmentanzahl</translation>
    </message>
    <message>
        <source>Segment tree</source>
        <translation>Segmentbaum</translation>
    </message>
    <message>
        <source>Segment fit (silhouette)</source>
        <translation>Segmentpassung (Silhouette)</translation>
    </message>
    <message>
        <source>Segment sizes</source>
        <translation>Segmentgrößen</translation>
    </message>
    <message>
        <source>Neighbour distances</source>
        <translation>Nachbarabstände</translation>
    </message>
    <message>
        <source>Each segment in a sentence, from what sets it apart most.</source>
        <translation>Jedes Segment in einem Satz, ausgehend von dem, was es am stärksten unterscheidet.</translation>
    </message>
</context>
<context>
    <name>seg::ui::SegmentationPanel</name>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Find the best number of segments</source>
        <translation>Beste Segmentanzahl finden</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>The columns that decide which segment a customer belongs to.</source>
        <translation>Die Spalten, die bestimmen, zu welchem Segment ein Kunde gehört.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Use every column that can form segments.</source>
        <translation>Verwendet alle Spalten, die sich zur Segmentbildung eignen.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Clear the choice, to tick a few columns yourself.</source>
        <translation>Hebt die Auswahl auf, damit Sie selbst einige Spalten anhaken können.</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Aufbereitung</translation>
    </message>
    <message>
        <source>Leave out the customer</source>
        <translation>Kunden auslassen</translation>
    </message>
    <message>
        <source>Customers with a gap in any chosen column get no segment. Pick this when few customers have gaps, so nothing is made up.</source>
        <translation>Kunden mit einer Lücke in einer der gewählten Spalten erhalten kein Segment. Wählen Sie dies, wenn nur wenige Kunden Lücken haben – so wird nichts erfunden.</translation>
    </message>
    <message>
        <source>Fill with the median</source>
        <translation>Mit dem Median auffüllen</translation>
    </message>
    <message>
        <source>A gap gets the middle value of the column (categories: the most common label). A safe default: a few very large values do not pull it.</source>
        <translation>Eine Lücke erhält den mittleren Wert der Spalte (bei Kategorien: die häufigste Bezeichnung). Eine sichere Standardwahl: Einige sehr große Werte verschieben ihn nicht.</translation>
    </message>
    <message>
        <source>Fill with the mean</source>
        <translation>Mit dem Mittelwert auffüllen</translation>
    </message>
    <message>
        <source>A gap gets the column's average (categories: the most common label). Fine for evenly spread values such as age; big spenders pull it up.</source>
        <translation>Eine Lücke erhält den Mittelwert der Spalte (bei Kategorien: die häufigste Bezeichnung). Gut für gleichmäßig verteilte Werte wie das Alter; Kunden mit sehr hohen Ausgaben ziehen ihn nach oben.</translation>
    </message>
    <message>
        <source>Fill with the most frequent value</source>
        <translation>Mit dem häufigsten Wert auffüllen</translation>
    </message>
    <message>
        <source>A gap gets the value seen most often. Suits columns with a few repeating values, such as number of children.</source>
        <translation>Eine Lücke erhält den am häufigsten vorkommenden Wert. Passt zu Spalten mit wenigen, sich wiederholenden Werten, etwa der Kinderzahl.</translation>
    </message>
    <message>
        <source>What to do when a customer has no value in a chosen column.</source>
        <translation>Was geschieht, wenn ein Kunde in einer gewählten Spalte keinen Wert hat.</translation>
    </message>
    <message>
        <source>&amp;Missing values</source>
        <translation>&amp;Fehlende Werte</translation>
    </message>
    <message>
        <source>Put on the same scale (z-score)</source>
        <translation>Gleiche Skala (z-Wert)</translation>
    </message>
    <message>
        <source>Each column is measured in standard deviations from its average, so income in thousands and age in years count equally. The usual choice.</source>
        <translation>Jede Spalte wird in Standardabweichungen vom Mittelwert gemessen, sodass Einkommen in Tausend und Alter in Jahren gleich stark zählen. Die übliche Wahl.</translation>
    </message>
    <message>
        <source>Squeeze to 0–1</source>
        <translation>Auf 0–1 stauchen</translation>
    </message>
    <message>
        <source>The smallest value becomes 0 and the largest 1. Good for scores and rates with fixed ends; one extreme value squeezes everyone else together.</source>
        <translation>Der kleinste Wert wird 0, der größte 1. Gut für Punktwerte und Quoten mit festen Grenzen; ein einzelner Extremwert drückt alle anderen zusammen.</translation>
    </message>
    <message>
        <source>Robust to outliers</source>
        <translation>Robust gegen Ausreißer</translation>
    </message>
    <message>
        <source>Centred on the median and measured by the spread of the middle half of customers, so a few extreme values do not set the scale. Pick it when some customers are far out.</source>
        <translation>Am Median ausgerichtet und an der Streuung der mittleren Hälfte der Kunden gemessen, sodass einige Extremwerte die Skala nicht bestimmen. Wählen Sie dies, wenn einige Kunden weit abseits liegen.</translation>
    </message>
    <message>
        <source>Keep as is</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message>
        <source>Values are used in their own units: the column with the biggest numbers dominates. Only when all columns already share one unit.</source>
        <translation>Die Werte werden in ihren eigenen Einheiten verwendet: Die Spalte mit den größten Zahlen dominiert. Nur sinnvoll, wenn alle Spalten bereits dieselbe Einheit haben.</translation>
    </message>
    <message>
        <source>How columns measured in different units are made comparable.</source>
        <translation>Wie Spalten mit unterschiedlichen Einheiten vergleichbar gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Scaling</source>
        <translation>&amp;Skalierung</translation>
    </message>
    <message>
        <source>k-means starts from randomly chosen customers. It tries this many starts and keeps the best; more is slower but more reliable.</source>
        <translation>k-Means beginnt bei zufällig gewählten Kunden. Es probiert so viele Starts aus und behält den besten; mehr ist langsamer, aber zuverlässiger.</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <source>Ward (compact, similar-sized groups)</source>
        <translation>Ward (kompakte, ähnlich große Gruppen)</translation>
    </message>
    <message>
        <source>Joins the two groups that keep segments tightest. Gives compact segments of similar size; the usual choice.</source>
        <translation>Fügt die beiden Gruppen zusammen, bei denen die Segmente am kompaktesten bleiben. Ergibt kompakte Segmente ähnlicher Größe; die übliche Wahl.</translation>
    </message>
    <message>
        <source>Average (balanced)</source>
        <translation>Durchschnitt (ausgewogen)</translation>
    </message>
    <message>
        <source>Joins the groups whose customers are closest on average. A middle way between compact and stretched segments.</source>
        <translation>Fügt die Gruppen zusammen, deren Kunden sich im Durchschnitt am nächsten sind. Ein Mittelweg zwischen kompakten und gestreckten Segmenten.</translation>
    </message>
    <message>
        <source>Complete (tight, even spread)</source>
        <translation>Vollständig (eng, gleichmäßig)</translation>
    </message>
    <message>
        <source>Joins groups whose farthest customers are still close. Gives tight segments; sensitive to outliers.</source>
        <translation>Fügt Gruppen zusammen, deren am weitesten entfernte Kunden sich noch nahe sind. Ergibt enge Segmente; empfindlich gegenüber Ausreißern.</translation>
    </message>
    <message>
        <source>Single (follows chains)</source>
        <translation>Einfach (folgt Ketten)</translation>
    </message>
    <message>
        <source>Joins groups through their two closest customers. Finds long, winding shapes but often gives one big segment and a few tiny ones.</source>
        <translation>Fügt Gruppen über ihre beiden nächstgelegenen Kunden zusammen. Findet lange, gewundene Formen, ergibt aber oft ein großes Segment und einige winzige.</translation>
    </message>
    <message>
        <source>Centroid (group centres)</source>
        <translation>Zentroid (Gruppenmitten)</translation>
    </message>
    <message>
        <source>Joins the groups whose centres are closest.</source>
        <translation>Fügt die Gruppen zusammen, deren Mittelpunkte am nächsten beieinanderliegen.</translation>
    </message>
    <message>
        <source>Median (centres, size ignored)</source>
        <translation>Median (Mitten, ohne Größe)</translation>
    </message>
    <message>
        <source>Like centroid, but a small group counts as much as a big one when centres are updated.</source>
        <translation>Wie Zentroid, aber eine kleine Gruppe zählt beim Aktualisieren der Mittelpunkte so viel wie eine große.</translation>
    </message>
    <message>
        <source>Weighted (average, size ignored)</source>
        <translation>Gewichtet (Durchschnitt, ohne Größe)</translation>
    </message>
    <message>
        <source>Like average, but a small group counts as much as a big one.</source>
        <translation>Wie Durchschnitt, aber eine kleine Gruppe zählt so viel wie eine große.</translation>
    </message>
    <message>
        <source>How the distance between two groups of customers is measured when deciding which to join next.</source>
        <translation>Wie der Abstand zwischen zwei Kundengruppen gemessen wird, um zu entscheiden, welche als Nächstes zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Linkage</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Take the radius at the bend of the k-distance curve, where dense groups end and scattered customers begin.</source>
        <translation>Verwendet den Radius am Knick der k-Distanz-Kurve, wo dichte Gruppen enden und verstreute Kunden beginnen.</translation>
    </message>
    <message>
        <source>How close two customers must be, on the prepared scale, to count as neighbours. Smaller gives smaller segments and more outliers.</source>
        <translation>Wie nah sich zwei Kunden auf der aufbereiteten Skala sein müssen, um als Nachbarn zu gelten. Kleinere Werte ergeben kleinere Segmente und mehr Ausreißer.</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Radius</translation>
    </message>
    <message>
        <source>How many customers, the customer itself included, must be within the radius to form the dense heart of a segment. More gives fewer, denser segments and more outliers.</source>
        <translation>Wie viele Kunden (den Kunden selbst eingeschlossen) innerhalb des Radius liegen müssen, um den dichten Kern eines Segments zu bilden. Mehr ergibt weniger, dichtere Segmente und mehr Ausreißer.</translation>
    </message>
    <message>
        <source>Min. neighbours</source>
        <translation>Min. Nachbarn</translation>
    </message>
    <message>
        <source>Any oval (full)</source>
        <translation>Beliebige Ovale (voll)</translation>
    </message>
    <message>
        <source>Segments may be stretched ovals in any direction, e.g. income rising with age. The most flexible; needs more customers per segment.</source>
        <translation>Segmente dürfen gestreckte Ovale in beliebiger Richtung sein, z. B. wenn das Einkommen mit dem Alter steigt. Am flexibelsten; braucht mehr Kunden pro Segment.</translation>
    </message>
    <message>
        <source>Ovals along the columns (diagonal)</source>
        <translation>Ovale entlang der Spalten (diagonal)</translation>
    </message>
    <message>
        <source>Segments may be wider in one column than another, but not tilted. A good choice with many columns.</source>
        <translation>Segmente dürfen in einer Spalte breiter sein als in einer anderen, aber nicht schräg liegen. Eine gute Wahl bei vielen Spalten.</translation>
    </message>
    <message>
        <source>Round (spherical)</source>
        <translation>Rund (sphärisch)</translation>
    </message>
    <message>
        <source>Every segment is round, each with its own size. Closest to k-means.</source>
        <translation>Jedes Segment ist rund, jedes mit eigener Größe. Am ähnlichsten zu k-Means.</translation>
    </message>
    <message>
        <source>The shapes segments may take.</source>
        <translation>Die Formen, die Segmente annehmen dürfen.</translation>
    </message>
    <message>
        <source>Segment shape</source>
        <translation>Segmentform</translation>
    </message>
    <message>
        <source>Fits from this many starting points and keeps the best. Each start is already the best of ten k-means runs, so one is usually enough.</source>
        <translation>Rechnet von so vielen Startpunkten aus und behält das beste Ergebnis. Jeder Start ist bereits der beste von zehn k-Means-Läufen, daher genügt meist einer.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>k-means</source>
        <translation>k-Means</translation>
    </message>
    <message>
        <source>Splits customers into the number of segments you ask for, each gathered round an average customer. Fast, even with a million customers, and the best first try.</source>
        <translation>Teilt die Kunden in die gewünschte Anzahl von Segmenten auf, jedes um einen Durchschnittskunden gruppiert. Schnell, auch bei einer Million Kunden, und der beste erste Versuch.</translation>
    </message>
    <message>
        <source>Hierarchical</source>
        <translation>Hierarchisch</translation>
    </message>
    <message>
        <source>Joins the most similar customers step by step into a family tree. Cut the tree at any height to get more or fewer segments without running again. Good for seeing how segments nest.</source>
        <translation>Fügt die ähnlichsten Kunden Schritt für Schritt zu einem Stammbaum zusammen. Schneiden Sie den Baum in beliebiger Höhe, um ohne neuen Lauf mehr oder weniger Segmente zu erhalten. Gut, um zu sehen, wie Segmente ineinander verschachtelt sind.</translation>
    </message>
    <message>
        <source>DBSCAN (density)</source>
        <translation>DBSCAN (Dichte)</translation>
    </message>
    <message>
        <source>Finds crowded areas of customers, of any shape, and leaves customers who fit nowhere as outliers. It decides the number of segments itself.</source>
        <translation>Findet dicht besetzte Kundenbereiche beliebiger Form und lässt Kunden, die nirgends hineinpassen, als Ausreißer übrig. Bestimmt die Segmentanzahl selbst.</translation>
    </message>
    <message>
        <source>Gaussian mixture</source>
        <translation>Gaußsches Mischmodell</translation>
    </message>
    <message>
        <source>Like k-means, but segments may be ovals that overlap, and each customer gets a probability of belonging to each segment. Pick it for borderline customers.</source>
        <translation>Wie k-Means, aber Segmente dürfen sich überlappende Ovale sein, und jeder Kunde erhält eine Wahrscheinlichkeit für die Zugehörigkeit zu jedem Segment. Geeignet für Kunden im Grenzbereich.</translation>
    </message>
    <message>
        <source>The way customers are grouped.</source>
        <translation>Die Art, wie Kunden gruppiert werden.</translation>
    </message>
    <message>
        <source>&amp;Algorithm</source>
        <translation>&amp;Algorithmus</translation>
    </message>
    <message>
        <source>How many segments to split the customers into. Not sure? Try "Find the best number of segments" below.</source>
        <translation>In wie viele Segmente die Kunden aufgeteilt werden. Unsicher? Probieren Sie unten „Beste Segmentanzahl finden“.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Random seed — the same seed gives the same segments. Change it to see whether the segments hold up when the random starting points differ.</source>
        <translation>Startwert für den Zufall – derselbe Startwert ergibt dieselben Segmente. Ändern Sie ihn, um zu prüfen, ob die Segmente auch bei anderen zufälligen Startpunkten Bestand haben.</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Round segments of similar spread around an average customer. Fast; a good first try.</source>
        <translation>Runde Segmente ähnlicher Streuung um einen Durchschnittskunden. Schnell; ein guter erster Versuch.</translation>
    </message>
    <message>
        <source>A family tree of customers, cut into segments. Drag the cut on the tree to change the number without running again.</source>
        <translation>Ein Stammbaum der Kunden, in Segmente geschnitten. Verschieben Sie den Schnitt im Baum, um die Anzahl ohne neuen Lauf zu ändern.</translation>
    </message>
    <message>
        <source>With this many customers, similar ones are first gathered into %1 small groups, joined with Ward's method.</source>
        <translation>Bei so vielen Kunden werden ähnliche zuerst in %1 kleinen Gruppen gesammelt, die nach der Ward-Methode zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Crowded areas of any shape become segments; customers in sparse areas are left out as outliers. It finds the number of segments itself.</source>
        <translation>Dicht besetzte Bereiche beliebiger Form werden zu Segmenten; Kunden in dünn besetzten Bereichen bleiben als Ausreißer außen vor. Bestimmt die Segmentanzahl selbst.</translation>
    </message>
    <message>
        <source>Overlapping oval segments; each customer gets a probability of belonging to each one.</source>
        <translation>Sich überlappende ovale Segmente; jeder Kunde erhält eine Wahrscheinlichkeit für die Zugehörigkeit zu jedem davon.</translation>
    </message>
    <message>
        <source>No table open</source>
        <translation>Keine Tabelle geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 columns chosen</source>
        <translation>
            <numerusform>%1 von %2 Spalte ausgewählt</numerusform>
            <numerusform>%1 von %2 Spalten ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a spreadsheet first (File ▸ Open).</source>
        <translation>Öffnen Sie zuerst eine Tabelle (Datei ▸ Öffnen).</translation>
    </message>
    <message>
        <source>Tick at least one column under Features to segment on.</source>
        <translation>Haken Sie unter „Merkmale“ mindestens eine Spalte für die Segmentierung an.</translation>
    </message>
    <message>
        <source>Start again with these settings; the run in progress is dropped (%1).</source>
        <translation>Mit diesen Einstellungen neu starten; die laufende Berechnung wird verworfen (%1).</translation>
    </message>
    <message>
        <source>Find segments with these settings (%1).</source>
        <translation>Segmente mit diesen Einstellungen finden (%1).</translation>
    </message>
    <message>
        <source>DBSCAN decides the number of segments itself, so there is nothing to try. Choose another method to compare numbers of segments.</source>
        <translation>DBSCAN bestimmt die Segmentanzahl selbst, daher gibt es nichts auszuprobieren. Wählen Sie eine andere Methode, um Segmentanzahlen zu vergleichen.</translation>
    </message>
    <message>
        <source>Tries %1 to %2 segments and recommends the number that separates customers best, saying why.</source>
        <translation>Probiert %1 bis %2 Segmente aus und empfiehlt mit Begründung die Anzahl, die die Kunden am besten trennt.</translation>
    </message>
    <message>
        <source>Finding segments… Press Run again to start over with new settings.</source>
        <translation>Segmente werden gesucht… Klicken Sie erneut auf „Starten“, um mit neuen Einstellungen von vorn zu beginnen.</translation>
    </message>
</context>
<context>
    <name>seg::ui::TableModel</name>
    <message>
        <source>Missing value</source>
        <translation>Fehlender Wert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Type: %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Typ: %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Outlier</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>This customer has missing values in a chosen feature, so it was left out</source>
        <translation>Dieser Kunde hat fehlende Werte in einem gewählten Merkmal und wurde daher ausgelassen</translation>
    </message>
    <message>
        <source>An outlier: DBSCAN found this customer in no dense group of similar customers</source>
        <translation>Ein Ausreißer: DBSCAN hat diesen Kunden keiner dichten Gruppe ähnlicher Kunden zugeordnet</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>&lt;b&gt;Segment&lt;/b&gt;&lt;br&gt;The group of similar customers the last run put this customer in. Sort by it to see each segment's customers together.</source>
        <translation>&lt;b&gt;Segment&lt;/b&gt;&lt;br&gt;Die Gruppe ähnlicher Kunden, der der letzte Lauf diesen Kunden zugeordnet hat. Sortieren Sie danach, um die Kunden jedes Segments beisammen zu sehen.</translation>
    </message>
</context>
</TS>
