<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <source>--scale must be zscore, minmax, robust or none, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--missing must be median, mean, most-frequent, constant or drop, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Find customer segments in your spreadsheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet (CSV, TSV or .xlsx) to open with automatic options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[file]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &lt;file&gt; with automatic options, without the import preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the window to &lt;dir&gt;/window.png after loading, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one file can be opened at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ErrorText</name>
    <message>
        <source>the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to open (%2 bytes; the limit is %3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file SegmentLab can read (%2). Save it as CSV or as an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not look like a text spreadsheet: line %2 holds binary data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text encoding %2 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the text is not valid in the chosen encoding. Try another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a quoted value starts here but its closing quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: this row has %3 values but the header has %4. Check the delimiter or the quoting on that line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as a delimiter: choose a comma, semicolon, tab or pipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has column names but no rows of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 cannot be the header: the file has only %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the column name &quot;%2&quot; appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid Excel workbook (.xlsx): it is not a zip archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 of the workbook cannot be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not opened: its part %2 unpacks to more than %3 bytes, which is far more than a spreadsheet needs (a possible zip bomb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 cells, more than SegmentLab can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 is not well-formed XML (line %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a complete Excel workbook: the part %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no worksheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the cell reference &quot;%2&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected with a password. Save an unprotected copy and open that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; cannot be given that type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 is not valid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the limit is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the option&apos;s help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 usable rows, but at least %2 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column &quot;%2&quot;: the value is not a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable feature is left: choose at least one column with varying values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column &quot;%2&quot;: a log transform needs values above -1, and this row has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a fitted model; run the clustering first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal error occurred (%1). Please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; it was read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 had an empty or repeated name and was named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n blank row(s) were skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 rows are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in &quot;%1&quot; could not be converted and are now missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) with spreadsheet errors (such as #DIV/0!) in sheet &quot;%1&quot; are treated as missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n formula cell(s) in sheet &quot;%1&quot; have no saved result and are treated as missing. Open and save the workbook in a spreadsheet program to store the results.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file mixes Windows and Unix line endings (%n line(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the same value in every row and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no values and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows had missing values and were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n missing value(s) in &quot;%1&quot; were filled in.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is very skewed (a few very large values); a log transform may help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 categories; the %3 most common were kept and the rest grouped as &quot;Other&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A segment became empty %n time(s) and was restarted from a distant customer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The algorithm had not settled after %1 iterations; the result may improve with more iterations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 different customers exist for %2 segments; some segments are duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The silhouette was estimated from a sample of %1 of %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 rows, the tree was built on %2 small groups of similar customers (two-stage mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n segment shape(s) were nearly flat and were regularised.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::app::Cli</name>
    <message>
        <source>For workbooks: the sheet to read, by name (default: the first sheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row that holds the column names, counting from 1; 0 means the file has no header row (default: found automatically, skipping title rows above it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For text files: the character between values: &apos;,&apos; &apos;;&apos; &apos;|&apos; or &apos;tab&apos; (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For text files: utf-8, utf-16le, utf-16be or latin-1 (default: detected from the bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header-row needs a whole number of 0 or more, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter must be &apos;,&apos;, &apos;;&apos;, &apos;|&apos; or &apos;tab&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding must be utf-8, utf-16le, utf-16be or latin-1, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segmentlab-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;segmentlab-cli --help&apos; for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: segmentlab-cli COMMAND [OPTIONS] FILE

Find customer segments in spreadsheets from the command line.

Commands:
  inspect FILE   Read a CSV/TSV or XLSX file and describe its columns.
  cluster FILE   Prepare the chosen columns, find segments, score them, and write the segments.
  sweep FILE     Try a range of segment counts and recommend one.

Run &apos;segmentlab-cli COMMAND --help&apos; for the options of a command.
Exit status: 0 on success, 2 for unreadable input or invalid options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segmentlab-cli: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segmentlab-cli: not enough memory to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segmentlab-cli: internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number of %2 or more, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a number above 0, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The elbow of the inertia curve is at k = %1: more segments than that improve the fit much less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The silhouette is highest at k = %1 (%2): customers are closest to their own segment and farthest from the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calinski-Harabasz is highest at k = %1: segments are most separated for their spread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Davies-Bouldin is lowest at k = %1: segments overlap least.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIC is lowest at k = %1: the mixture balances fit and complexity best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns to segment on, separated by commas; a name that holds a comma can be given alone in its own --features, or in double quotes. Default: every numeric column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A,B,C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to put features on one scale: zscore (default; mean 0, standard deviation 1), minmax (0 to 1), robust (median and interquartile range; resists outliers) or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns to log-transform first (log of 1 + x), for skewed amounts such as spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A,B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with missing values: median (default; fill with the column&apos;s median), mean, most-frequent, constant (fill with 0), or drop (leave those rows out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for every random choice; the same seed repeats the run (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact, sample (an estimate from 30,000 rows) or off. Default: exact up to 30,000 rows, sampled above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--silhouette must be exact, sample or off, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepares the chosen columns, finds segments with the chosen algorithm, scores them (silhouette, Davies-Bouldin, Calinski-Harabasz), and writes the input rows with a segment column (--out) and a JSON account of the run (--json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet to segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kmeans (default; round segments of similar size), hierarchical (a tree of merges, cut at k), dbscan (dense groups of any shape, with outliers left as noise) or gmm (overlapping, elliptical segments with membership probabilities).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of segments (default 4; not used by dbscan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For hierarchical: ward (default; compact segments), complete, average, single, weighted, centroid or median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For dbscan: how close customers must be to count as neighbours, in scaled units (default: suggested from the k-distance curve).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For dbscan: customers (itself included) needed within eps to form the core of a segment (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For gmm: full (default; any elliptical shape), diag (axis-aligned) or spherical (round).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts from different starting points, keeping the best (default: 10 for kmeans, 1 for gmm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every input row with a &apos;segment&apos; column added (1..k; &apos;noise&apos; for dbscan&apos;s outliers; empty for rows left out) to this CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the run as one JSON object to PATH (&apos;-&apos; for standard output, which then holds only the JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--algorithm must be kmeans, hierarchical, dbscan or gmm, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--linkage must be ward, complete, average, single, weighted, centroid or median, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--covariance must be full, diag or spherical, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:        %1 (%2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (eps %1%2, min-samples %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noise: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inertia:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silhouette:  %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from a sample of %1 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Davies-Bouldin:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calinski-Harabasz:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-likelihood: %1 per row; BIC %2; AIC %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:        read %1 s, prepare %2 s, fit %3 s, metrics %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion:  &quot;%1&quot; is skewed (skewness %2); try --log1p %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries every number of segments in a range, scores each (inertia, silhouette, Calinski-Harabasz, Davies-Bouldin, and BIC for mixtures), and recommends one, saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kmeans (default), gmm or hierarchical (one tree, cut at each k).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range of segment counts to try, as MIN..MAX (default 2..10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIN..MAX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts per k (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For hierarchical: the linkage (default ward).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For gmm: full (default), diag or spherical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the sweep as one JSON object to PATH (&apos;-&apos; for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--algorithm must be kmeans, gmm or hierarchical, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--k must be a range such as 2..10, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:        %1 (%2 rows, %3 used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inertia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silhouette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calinski-harabasz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>davies-bouldin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: k = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads a spreadsheet (CSV, TSV or other delimited text, or an Excel .xlsx workbook) and prints the number of rows and, for each column, its name, inferred type (numeric, categorical, date, text or id), missing and distinct counts, and the minimum, maximum and mean of numeric columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the description as one JSON object to PATH (&apos;-&apos; for standard output, which then holds only the JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:    Excel workbook, sheet &quot;%1&quot; (sheets: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:    delimited text, %1-separated, %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, decimal comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header:    row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header:    none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read in:   %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::ColumnSummaryModel</name>
    <message>
        <source>&lt;0.1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells with no value: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column&apos;s name in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of values the column holds, which decides how it can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cells are empty or say things like &quot;N/A&quot;, and what share of rows that is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many different values the column holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest value (numbers and dates only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest value (numbers and dates only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average value (numbers and dates only).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::ColumnType</name>
    <message>
        <source>Numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers you can compare and average, like age or yearly spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few repeating labels, like gender, region or plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar dates, like a sign-up or last-purchase date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text or labels that rarely repeat, like comments. Not used to find segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code unique to each row, like a customer number. Kept with the results but not used to find segments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportDialog</name>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;&amp;middot;&amp;nbsp; %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worksheet to import. A workbook can hold several; SegmentLab imports one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character that separates the values on each line. Automatic looks at the file and picks the most likely one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma  ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon  ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe  ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the letters in the file are stored. Automatic works for nearly every file; pick another one if accented letters look wrong (like &quot;Ã©&quot; instead of &quot;é&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin-1 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark between the whole and the fractional part of a number: 3.5 (dot) or 3,5 (comma, common in Europe). Automatic decides from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot  ( 3.5 )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma  ( 3,5 )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row that holds the column names. Automatic finds it below any title rows; None means the file has no names and the columns are numbered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row, counting from 1 at the top of the file, that holds the column names. Rows above it are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal &amp;mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &amp;types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each column will be used. SegmentLab guessed these from the values; change one if it guessed wrong, for example a postcode read as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a type if the guess is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the whole file with these options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 rows. Loading reads the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read with these options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (row %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the column &quot;%1&quot; will be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers cannot be read as dates. If this column holds dates, check the file: they may be written in a format SegmentLab does not know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::MainWindow</name>
    <message>
        <source>Loading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a spreadsheet (CSV, TSV or Excel .xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a small customer table that comes with SegmentLab, to try things out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close SegmentLab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the summary of each column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SegmentLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and licence of SegmentLab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version of the Qt toolkit SegmentLab is built with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the customer segments in your spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a CSV or Excel file to begin, or drop one onto this window.
Not sure yet? The sample data shows how it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV, TSV or Excel (.xlsx) file. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the Sample Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a small customer table that comes with SegmentLab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per column of the table: its type, missing values and range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Column Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading the file (Esc). The table shown now stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a spreadsheet to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the list of recently opened files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Not Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists, so it was removed from the recent files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample Data Not Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample file customers.csv was not found. SegmentLab looked in:
%1

Reinstalling SegmentLab restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — SegmentLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows × %2 columns  ·  loaded in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was loaded, but SegmentLab noticed the following:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SegmentLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SegmentLab %1&lt;/h3&gt;&lt;p&gt;Find, see, name and use customer segments in your own spreadsheets.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::TableModel</name>
    <message>
        <source>Missing value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Type: %2&lt;br&gt;%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
