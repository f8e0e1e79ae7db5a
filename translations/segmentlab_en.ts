<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>seg::ErrorText</name>
    <message numerus="yes">
        <source>%n blank row(s) were skipped.</source>
        <translation>
            <numerusform>%n blank row was skipped.</numerusform>
            <numerusform>%n blank rows were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in "%1" could not be converted and are now missing.</source>
        <translation>
            <numerusform>%n value in "%1" could not be converted and is now missing.</numerusform>
            <numerusform>%n values in "%1" could not be converted and are now missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) with spreadsheet errors (such as #DIV/0!) in sheet "%1" are treated as missing.</source>
        <translation>
            <numerusform>%n cell with spreadsheet errors (such as #DIV/0!) in sheet "%1" is treated as missing.</numerusform>
            <numerusform>%n cells with spreadsheet errors (such as #DIV/0!) in sheet "%1" are treated as missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n formula cell(s) in sheet "%1" have no saved result and are treated as missing. Open and save the workbook in a spreadsheet program to store the results.</source>
        <translation>
            <numerusform>%n formula cell in sheet "%1" has no saved result and is treated as missing. Open and save the workbook in a spreadsheet program to store the results.</numerusform>
            <numerusform>%n formula cells in sheet "%1" have no saved result and are treated as missing. Open and save the workbook in a spreadsheet program to store the results.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file mixes Windows and Unix line endings (%n line(s)).</source>
        <translation>
            <numerusform>The file mixes Windows and Unix line endings (%n line).</numerusform>
            <numerusform>The file mixes Windows and Unix line endings (%n lines).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing value(s) in "%1" were filled in.</source>
        <translation>
            <numerusform>%n missing value in "%1" was filled in.</numerusform>
            <numerusform>%n missing values in "%1" were filled in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A segment became empty %n time(s) and was restarted from a distant customer.</source>
        <translation>
            <numerusform>A segment became empty %n time and was restarted from a distant customer.</numerusform>
            <numerusform>A segment became empty %n times and was restarted from a distant customer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) hold a single customer; the silhouette counts them as 0.</source>
        <translation>
            <numerusform>%n segment holds a single customer; the silhouette counts it as 0.</numerusform><numerusform>%n segments hold a single customer; the silhouette counts them as 0.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n segment shape(s) were nearly flat and were regularised.</source>
        <translation>
            <numerusform>%n segment shape was nearly flat and was regularised.</numerusform>
            <numerusform>%n segment shapes were nearly flat and were regularised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::app::Cli</name>
    <message numerus="yes">
        <source>Segment %1 (%n customer(s), %2): %3</source>
        <translation>
            <numerusform>Segment %1 (%n customer, %2): %3</numerusform>
            <numerusform>Segment %1 (%n customers, %2): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Segment %1 (%n customer(s), %2): %3 — %4</source>
        <translation>
            <numerusform>Segment %1 (%n customer, %2): %3 — %4</numerusform>
            <numerusform>Segment %1 (%n customers, %2): %3 — %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote:             %1 (%n file(s))</source>
        <translation>
            <numerusform>Wrote:             %1 (%n file)</numerusform>
            <numerusform>Wrote:             %1 (%n files)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote:             %1 (%n chart(s))</source>
        <translation>
            <numerusform>Wrote:             %1 (%n chart)</numerusform>
            <numerusform>Wrote:             %1 (%n charts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::chart::Legend</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::MainWindow</name>
    <message numerus="yes">
        <source>Found %n segment(s) in %1.</source>
        <translation>
            <numerusform>Found %n segment in %1.</numerusform>
            <numerusform>Found %n segments in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n chart(s) to %1.</source>
        <translation>
            <numerusform>Saved %n chart to %1.</numerusform>
            <numerusform>Saved %n charts to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::PresentationWindow</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::ProfileTableModel</name>
    <message numerus="yes">
        <source>%n customer(s) without a value</source>
        <translation>
            <numerusform>%n customer without a value</numerusform>
            <numerusform>%n customers without a value</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::ReportWriter</name>
    <message numerus="yes">
        <source>%n segment(s) among %1 customers, found by %2</source>
        <translation>
            <numerusform>%n segment among %1 customers, found by %2</numerusform>
            <numerusform>%n segments among %1 customers, found by %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s): %1</source>
        <translation>
            <numerusform>%n column: %1</numerusform>
            <numerusform>%n columns: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::SegmentWorkspace</name>
    <message numerus="yes">
        <source>Showing the %n customer(s) of %1.</source>
        <translation>
            <numerusform>Showing the %n customer of %1.</numerusform>
            <numerusform>Showing the %n customers of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n customer(s) chosen on the map.</source>
        <translation>
            <numerusform>Showing the %n customer chosen on the map.</numerusform>
            <numerusform>Showing the %n customers chosen on the map.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), %1 of all</source>
        <translation>
            <numerusform>%n customer, %1 of all</numerusform>
            <numerusform>%n customers, %1 of all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::SegmentationPanel</name>
    <message numerus="yes">
        <source>%1 of %2 columns chosen</source>
        <translation>
            <numerusform>%1 of %2 columns chosen</numerusform>
            <numerusform>%1 of %2 columns chosen</numerusform>
        </translation>
    </message>
</context>
</TS>