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
        <source>Save the window to &lt;dir&gt;/window.png after loading, then quit.</source>
        <translation>Das Fenster nach dem Laden als &lt;Ordner&gt;/window.png speichern und dann beenden.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Only one file can be opened at a time.</source>
        <translation>Es kann nur eine Datei auf einmal geöffnet werden.</translation>
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
        <source>Write every input row with a 'segment' column added (1..k; 'noise' for dbscan's outliers; empty for rows left out) to this CSV file.</source>
        <translation>Alle Eingabezeilen mit einer zusätzlichen Spalte 'segment' (1..k; 'noise' für die Ausreißer von dbscan; leer für ausgelassene Zeilen) in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
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
        <source>Stop loading the file (Esc). The table shown now stays as it is.</source>
        <translation>Bricht das Laden der Datei ab (Esc). Die angezeigte Tabelle bleibt unverändert.</translation>
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
        <source>The file was loaded, but SegmentLab noticed the following:</source>
        <translation>Die Datei wurde geladen, SegmentLab ist jedoch Folgendes aufgefallen:</translation>
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
</context>
</TS>