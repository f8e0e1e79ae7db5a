#!/usr/bin/python3
"""Regenerates the XLSX test fixtures in this folder (tests/core/tst_xlsxreader.cpp reads them).

Run with Debian's interpreter from anywhere: /usr/bin/python3 tests/data/xlsx/make_fixtures.py
Needs python3-openpyxl; the LibreOffice fixture also needs soffice (libreoffice-calc) and is kept as it is
when soffice is missing. Everything else is written byte for byte with zipfile, so the hand-made packages
exercise what Excel, LibreOffice and openpyxl never write (cells without r, lying zip directories...).
After writing, it reads the openpyxl and LibreOffice files back with openpyxl and prints what it saw: the
expected values in the test were checked against that output.
"""
import datetime
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FIXED_TIME = (2024, 1, 31, 12, 0, 0)


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------------------------------------
# Hand-made packages


def content_types(sheet_parts, wb_dir="xl"):
    overrides = (f'<Override PartName="/{wb_dir}/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.spreadsheetml.sharedStrings+xml"/>'
                 f'<Override PartName="/{wb_dir}/styles.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.spreadsheetml.styles+xml"/>') + "".join(
        f'<Override PartName="/{p}" ContentType="application/vnd.openxmlformats-officedocument.'
        f'spreadsheetml.worksheet+xml"/>' for p in sheet_parts)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.sheet.main+xml"/>' + overrides + '</Types>')


def styles_xml(num_fmts=(), xfs=(0,)):
    """num_fmts: (id, code) pairs; xfs: the numFmtId of each cellXfs entry (index = the cell's s)."""
    fmts = ""
    if num_fmts:
        fmts = f'<numFmts count="{len(num_fmts)}">' + "".join(
            f'<numFmt numFmtId="{i}" formatCode={quoteattr(c)}/>' for i, c in num_fmts) + "</numFmts>"
    cell_xfs = f'<cellXfs count="{len(xfs)}">' + "".join(
        f'<xf numFmtId="{n}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        for n in xfs) + "</cellXfs>"
    # cellStyleXfs comes first and must not be mistaken for cellXfs.
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<styleSheet xmlns="{MAIN_NS}">{fmts}'
            '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="2"><xf numFmtId="14"/><xf numFmtId="22"/></cellStyleXfs>'
            f'{cell_xfs}</styleSheet>')


def shared_strings_xml(items):
    """items: raw inner XML of each <si>."""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="{MAIN_NS}" count="{len(items)}" '
            f'uniqueCount="{len(items)}">' + "".join(f"<si>{i}</si>" for i in items) + "</sst>")


def sheet_xml(rows_xml, before="", after=""):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN_NS}" '
            f'xmlns:r="{REL_NS}">{before}<sheetData>{rows_xml}</sheetData>{after}</worksheet>')


def write_package(path, sheets, shared=None, styles=None, date1904=False, workbook_part="xl/workbook.xml",
                  extra=None, compress=zipfile.ZIP_DEFLATED):
    """sheets: list of (name, part name, xml text or bytes)."""
    wb_dir = workbook_part.rsplit("/", 1)[0]
    files = []
    files.append(("[Content_Types].xml", content_types([p for _, p, _ in sheets], wb_dir)))
    files.append(("_rels/.rels",
                  f'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="{PKG_REL_NS}">'
                  f'<Relationship Id="rId1" Type="{DOC_REL}/officeDocument" Target="/{workbook_part}"/>'
                  '</Relationships>'))
    rels = []
    sheet_entries = []
    # Relationship ids run backwards, so the workbook order is not the order of ids or of part names.
    for i, (name, part, _) in enumerate(sheets):
        rid = f"rId{len(sheets) - i + 10}"
        target = os.path.relpath(part, wb_dir)
        rels.append(f'<Relationship Id="{rid}" Type="{DOC_REL}/worksheet" Target="{target}"/>')
        sheet_entries.append(f'<sheet name="{name}" sheetId="{i + 1}" r:id="{rid}"/>')
    if shared is not None:
        rels.append(f'<Relationship Id="rId3" Type="{DOC_REL}/sharedStrings" Target="sharedStrings.xml"/>')
        files.append((f"{wb_dir}/sharedStrings.xml", shared_strings_xml(shared)))
    if styles is not None:
        rels.append(f'<Relationship Id="rId4" Type="{DOC_REL}/styles" Target="styles.xml"/>')
        files.append((f"{wb_dir}/styles.xml", styles))
    pr = '<workbookPr date1904="true"/>' if date1904 else '<workbookPr/>'
    files.append((workbook_part,
                  f'<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">{pr}'
                  f'<sheets>{"".join(sheet_entries)}</sheets></workbook>'))
    rels_part = f"{wb_dir}/_rels/{workbook_part.rsplit('/', 1)[1]}.rels"
    files.append((rels_part, f'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="{PKG_REL_NS}">'
                  + "".join(rels) + "</Relationships>"))
    for _, part, xml in sheets:
        files.append((part, xml))
    for name, data in (extra or []):
        files.append((name, data))
    with zipfile.ZipFile(path, "w", compress) as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = compress
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


def c(ref, value=None, t=None, s=None, f=None, inline=None):
    attrs = (f' r="{ref}"' if ref else "") + (f' t="{t}"' if t else "") + (f' s="{s}"' if s is not None else "")
    inner = (f"<f>{f}</f>" if f else "") + (f"<v>{value}</v>" if value is not None else "") + \
        (f"<is>{inline}</is>" if inline else "")
    return f"<c{attrs}>{inner}</c>" if inner else f"<c{attrs}/>"


def row(r, *cells, attrs=""):
    ra = f' r="{r}"' if r else ""
    return f"<row{ra}{attrs}>{''.join(cells)}</row>"


def make_types():
    # Every cell type of ST_CellType (ECMA-376 18.18.11), dates in both built-in and custom formats, and the
    # 1900 leap-year bug's neighbourhood (serials 59, 60, 61).
    shared = [f"<t>{s}</t>" for s in ("Name", "Kind", "Amount", "When", "Flag", "Formula", "Ann", "Bob", "Cy", "Dee")]
    styles = styles_xml(num_fmts=[(164, "yyyy-mm-dd hh:mm"), (165, '0.0 "m"'), (166, "[h]:mm"),
                                  (167, "[$-409]d-mmm-yy;@"), (168, "[Red]0.00"), (169, "dd/mm/yyyy\\ \"at\"")],
                        xfs=[0, 14, 164, 165, 166, 167, 168, 169, 22, 4])
    rows = [
        row(1, c("A1", 0, "s"), c("B1", 1, "s"), c("C1", 2, "s"), c("D1", 3, "s"), c("E1", 4, "s"),
            c("F1", 5, "s")),
        row(2, c("A2", 6, "s"), c("B2", "plain", "str"), c("C2", "12.5"), c("D2", "45306", s=1),
            c("E2", "1", "b"), c("F2", "25", f="C2*2")),
        row(3, c("A3", 7, "s"), c("B3", inline="<t>inline</t>", t="inlineStr"), c("C3", "-3", s=3),
            c("D3", "45306.75", s=2), c("E3", "0", "b"), c("F3", "#DIV/0!", "e", f="1/0")),
        row(4, c("A4", 8, "s"), c("B4", "7", s=4), c("C4", "1.5E3", s=6), c("D4", "60", s=1),
            c("E4", None, "b", f="TRUE()"), c("F4", None, f="C4*2")),
        row(5, c("A5", 9, "s"), c("B5", "2023-07-01T09:15:00", "d"), c("C5", "0.25", s=9),
            c("D5", "59", s=5), c("E5", "#N/A", "e"), c("F5", None, "str", f="A5")),
        row(6, c("A6", "Eve", "str"), c("B6", "x"), c("C6", "1"), c("D6", "61", s=7), c("E6", "1", "b"),
            c("F6", "1", s=9)),
    ]
    write_package(out("types.xlsx"), [("Types", "xl/worksheets/sheet1.xml", sheet_xml("".join(rows)))],
                  shared=shared, styles=styles)
    write_package(out("types_1904.xlsx"), [("Types", "xl/worksheets/sheet1.xml", sheet_xml("".join(rows)))],
                  shared=shared, styles=styles, date1904=True)


def make_sparse():
    # Rows and cells without r follow on from the previous one (18.3.1.73, 18.3.1.4); row 3 and 6 are absent;
    # the second sheet lives in a part whose name is not sheetN.xml and comes first in the zip.
    rows = [
        row(None, c(None, None, "inlineStr", inline="<t>id</t>"), c(None, None, "inlineStr", inline="<t>x</t>"),
            c("D1", None, "inlineStr", inline="<t>z</t>")),
        row(None, c(None, "1"), c(None, "10"), c(None, "100"), c(None, "1000")),
        row(4, c("B4", "20"), c(None, "200"), c("A4", "2")),
        row(5, c("A5", "3"), c("F5", "5")),
        row(7, c("D7", "400"), c("A7", "4")),
    ]
    other = [row(1, c("A1", None, "inlineStr", inline="<t>k</t>")), row(2, c("A2", "9"))]
    write_package(out("sparse.xlsx"),
                  [("Other", "xl/worksheets/zz_other.xml", sheet_xml("".join(other))),
                   ("Sparse", "xl/sheets/data/part1.xml", sheet_xml("".join(rows)))])


def make_richtext():
    shared = [
        "<t>Label</t>",
        "<t>Score</t>",
        # rich text runs with a phonetic run that must not show
        '<r><rPr><b/></rPr><t>Big</t></r><r><t xml:space="preserve"> spender</t></r>'
        '<rPh sb="0" eb="3"><t>BIGU</t></rPh><phoneticPr fontId="1"/>',
        "<t>Tab_x0009_and_x005F_x0041_</t>",
        "<t>caf\u00e9 &amp; cr\u00e8me &lt;3</t>",
        "<t>\u6771\u4eac</t><rPh sb=\"0\" eb=\"2\"><t>\u30c8\u30a6\u30ad\u30e7\u30a6</t></rPh>",
    ]
    rows = [
        row(1, c("A1", 0, "s"), c("B1", 1, "s")),
        row(2, c("A2", 2, "s"), c("B2", "1")),
        row(3, c("A3", 3, "s"), c("B3", "2")),
        row(4, c("A4", 4, "s"), c("B4", "3")),
        row(5, c("A5", 5, "s"), c("B5", "4")),
        row(6, c("A6", None, "inlineStr", inline='<r><t>in</t></r><r><rPr><i/></rPr><t>line</t></r>'
                 '<rPh sb="0" eb="1"><t>X</t></rPh>'), c("B6", "5")),
        row(7, c("A7", None, "inlineStr", inline="<t><![CDATA[<cdata> & co]]></t>"), c("B7", "6")),
    ]
    write_package(out("richtext.xlsx"), [("Rich", "xl/worksheets/sheet1.xml", sheet_xml("".join(rows)))],
                  shared=shared)


def make_numbers_as_text():
    # Numbers typed into cells formatted as text keep t="s"/"inlineStr"; they are read as numbers.
    vals = [("42", "1,234.5", "007", " 3.5 "), ("43", "2,000", "012", "4"), ("44", "17.25", "999", "-1e3")]
    shared = ["<t>n</t>", "<t>grouped</t>", "<t>code</t>", "<t>spaced</t>"]
    rows = [row(1, *(c(f"{col}1", i, "s") for i, col in enumerate("ABCD")))]
    for r, v in enumerate(vals, start=2):
        cells = []
        for i, col in enumerate("ABCD"):
            shared.append(f'<t xml:space="preserve">{v[i]}</t>')
            cells.append(c(f"{col}{r}", len(shared) - 1, "s"))
        rows.append(row(r, *cells))
    write_package(out("numbers_as_text.xlsx"), [("Text", "xl/worksheets/sheet1.xml", sheet_xml("".join(rows)))],
                  shared=shared)


def make_header_detect():
    # Title (merged A1:E1), subtitle, blank row, header on row 5 with an empty and a duplicate name, data with
    # a blank row inside and a column (G) beyond the header; merged cells after sheetData.
    def s(ref, text):
        return c(ref, None, "inlineStr", inline=f"<t>{text}</t>")
    rows = [
        row(1, s("A1", "Customer report 2024"), c("B1"), c("C1")),
        row(2, s("A2", "Generated by hand")),
        row(3, attrs=' spans="1:5"'),
        row(5, s("A5", "Region"), s("B5", "Sales"), s("D5", "Sales"), s("E5", " Units ")),
        row(6, s("A6", "North"), c("B6", "10.5"), c("C6", "1"), c("D6", "11"), c("E6", "3"), c("G6", "7")),
        row(7, s("A7", "South"), c("B7", "20"), c("C7", "2"), c("D7", "21"), c("E7", "4")),
        row(8, c("A8"), c("B8", None, "inlineStr", inline="<t> </t>")),
        row(10, s("A10", "East"), c("B10", "30"), c("C10", "3"), c("D10", "31"), c("E10", "5"), c("G10", "8")),
    ]
    write_package(out("header_detect.xlsx"),
                  [("Report", "xl/worksheets/sheet1.xml",
                    sheet_xml("".join(rows), after='<mergeCells count="1"><mergeCell ref="A1:E1"/></mergeCells>'))])


def make_utf16():
    rows = [row(1, c("A1", None, "inlineStr", inline="<t>ville</t>"), c("B1", None, "inlineStr", inline="<t>n</t>")),
            row(2, c("A2", None, "inlineStr", inline="<t>Besan\u00e7on</t>"), c("B2", "1")),
            row(3, c("A3", None, "inlineStr", inline="<t>\u0141\u00f3d\u017a</t>"), c("B3", "2"))]
    xml = sheet_xml("".join(rows)).replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    write_package(out("utf16_sheet.xlsx"), [("Villes", "xl/worksheets/sheet1.xml", xml)])


def make_many_rows():
    # 3000 rows: enough for progress reports and a maxRows preview to stop early.
    rows = [row(1, c("A1", None, "inlineStr", inline="<t>i</t>"), c("B1", None, "inlineStr", inline="<t>sq</t>"))]
    rows += [row(r, c(f"A{r}", str(r - 1)), c(f"B{r}", str((r - 1) ** 2))) for r in range(2, 3002)]
    write_package(out("many_rows.xlsx"), [("Rows", "xl/worksheets/sheet1.xml", sheet_xml("".join(rows)))])


def patch_sizes(path, entry, declared):
    """Rewrites the uncompressed size of one entry in both the local header and the central directory."""
    data = bytearray(open(path, "rb").read())
    name = entry.encode()
    pos = 0
    while True:
        pos = data.find(b"PK\x03\x04", pos)
        if pos < 0:
            break
        n = struct.unpack_from("<H", data, pos + 26)[0]
        if data[pos + 30:pos + 30 + n] == name:
            struct.pack_into("<I", data, pos + 22, declared)
        pos += 4
    pos = 0
    while True:
        pos = data.find(b"PK\x01\x02", pos)
        if pos < 0:
            break
        n = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46:pos + 46 + n] == name:
            struct.pack_into("<I", data, pos + 24, declared)
        pos += 4
    open(path, "wb").write(data)


def make_bad_files():
    # A sheet that inflates to 2 MiB of whitespace from about 2 KiB (the test sets maxEntryBytes to 1 MiB).
    padding = " " * (2 << 20)
    bomb = sheet_xml(row(1, c("A1", "1")) + padding)
    write_package(out("bomb.xlsx"), [("Bomb", "xl/worksheets/sheet1.xml", bomb)])
    # The same, with a zip directory that claims the part is 1000 bytes: the limit must still hold.
    write_package(out("bomb_lying_size.xlsx"), [("Bomb", "xl/worksheets/sheet1.xml", bomb)])
    patch_sizes(out("bomb_lying_size.xlsx"), "xl/worksheets/sheet1.xml", 1000)
    # A directory that understates a small part (no limit is hit): the size check at the end catches it.
    small = sheet_xml(row(1, c("A1", "1")) + row(2, c("A2", "2")))
    write_package(out("size_mismatch.xlsx"), [("S", "xl/worksheets/sheet1.xml", small)])
    patch_sizes(out("size_mismatch.xlsx"), "xl/worksheets/sheet1.xml", 100)
    # Mismatched end tag on line 4 of the sheet part.
    bad = ('<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="' + MAIN_NS + '">\n<sheetData>\n'
           '<row r="1"><c r="A1"><v>1</v></row></c>\n</sheetData></worksheet>')
    write_package(out("malformed.xlsx"), [("Bad", "xl/worksheets/sheet1.xml", bad)])
    bad_styles = styles_xml().replace("</styleSheet>", "<unclosed></styleSheet>")
    write_package(out("malformed_styles.xlsx"), [("S", "xl/worksheets/sheet1.xml", small)], styles=bad_styles)
    entity = sheet_xml(row(1, c("A1", None, "inlineStr", inline="<t>&bogus;</t>")))
    write_package(out("undefined_entity.xlsx"), [("E", "xl/worksheets/sheet1.xml", entity)])
    # Truncated: the first half of a valid package (its central directory is gone).
    data = open(out("types.xlsx"), "rb").read()
    open(out("truncated.xlsx"), "wb").write(data[:len(data) // 2])
    open(out("not_a_zip.xlsx"), "wb").write(b"Name,Amount\nAnn,1\n")
    # An OLE2 compound file header: legacy .xls or an encrypted OOXML workbook.
    open(out("ole2.xlsx"), "wb").write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
    with zipfile.ZipFile(out("no_workbook.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("docProps/app.xml", FIXED_TIME), "<Properties/>")
        z.writestr(zipfile.ZipInfo("hello.txt", FIXED_TIME), "not a workbook")
    write_package(out("stored.xlsx"), [("Stored", "xl/worksheets/sheet1.xml", small)], compress=zipfile.ZIP_STORED)


# ---------------------------------------------------------------------------------------------------------
# openpyxl


def make_openpyxl():
    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    for name, epoch in (("openpyxl_two_sheets.xlsx", None), ("openpyxl_1904.xlsx", CALENDAR_MAC_1904)):
        wb = openpyxl.Workbook()
        if epoch is not None:
            wb.epoch = epoch
        ws = wb.active
        ws.title = "Customers"
        ws.append(["CustomerID", "Name", "Joined", "LastSeen", "Birthday", "Spend", "Member"])
        data = [
            (1001, "Ann", datetime.date(2021, 3, 4), datetime.datetime(2024, 1, 31, 8, 26), datetime.date(1990, 12, 25),
             120.5, True),
            (1002, "Bob", datetime.date(2022, 11, 30), datetime.datetime(2024, 2, 1, 17, 5, 30),
             datetime.date(1985, 1, 1), 80.0, False),
            (1003, "Cy", datetime.date(2020, 2, 29), datetime.datetime(2023, 12, 31, 23, 59),
             datetime.date(2001, 7, 14), 0.25, True),
        ]
        for d in data:
            ws.append(list(d))
        for r in range(2, 5):
            ws.cell(r, 3).number_format = "yyyy-mm-dd"
            ws.cell(r, 4).number_format = "dd/mm/yyyy hh:mm:ss"
            ws.cell(r, 5).number_format = "d mmm yyyy"
            ws.cell(r, 6).number_format = '#,##0.00 "EUR"'
        orders = wb.create_sheet("Orders")
        orders.append(["Order", "Customer", "Date", "Total"])
        for i in range(5):
            orders.append([f"O-{i + 1}", 1001 + i % 3, datetime.datetime(2024, 1, 1 + i, 9 + i, 30), 10.0 * (i + 1)])
        for r in range(2, 7):
            orders.cell(r, 3).number_format = "m/d/yy h:mm"
        wb.save(out(name))


# ---------------------------------------------------------------------------------------------------------
# LibreOffice


FODS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:date-style style:name="N_DATE"><number:year number:style="long"/><number:text>-</number:text>
   <number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
  <number:date-style style:name="N_DT"><number:day number:style="long"/><number:text>/</number:text>
   <number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/>
   <number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text>
   <number:minutes number:style="long"/></number:date-style>
  <style:style style:name="ce_date" style:family="table-cell" style:data-style-name="N_DATE"/>
  <style:style style:name="ce_dt" style:family="table-cell" style:data-style-name="N_DT"/>
  <style:style style:name="T_bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 </office:automatic-styles>
 <office:body><office:spreadsheet><table:table table:name="Report">
  <table:table-column table:number-columns-repeated="6"/>
  <table:table-row>
   <table:table-cell table:number-columns-spanned="4" office:value-type="string"><text:p>Quarterly customer report</text:p></table:table-cell>
   <table:covered-table-cell table:number-columns-repeated="3"/><table:table-cell table:number-columns-repeated="2"/>
  </table:table-row>
  <table:table-row><table:table-cell table:number-columns-repeated="6"/></table:table-row>
  <table:table-row>
   <table:table-cell office:value-type="string"><text:p>Customer</text:p></table:table-cell>
   <table:table-cell office:value-type="string"><text:p>Joined</text:p></table:table-cell>
   <table:table-cell office:value-type="string"><text:p>Spend</text:p></table:table-cell>
   <table:table-cell office:value-type="string"><text:p>Active</text:p></table:table-cell>
   <table:table-cell office:value-type="string"><text:p>Note</text:p></table:table-cell>
   <table:table-cell office:value-type="string"><text:p>Ratio</text:p></table:table-cell>
  </table:table-row>
  <table:table-row>
   <table:table-cell office:value-type="string"><text:p>Ann</text:p></table:table-cell>
   <table:table-cell table:style-name="ce_date" office:value-type="date" office:date-value="2023-01-15"><text:p>2023-01-15</text:p></table:table-cell>
   <table:table-cell office:value-type="float" office:value="120.5"><text:p>120.5</text:p></table:table-cell>
   <table:table-cell table:formula="of:=TRUE()" office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>
   <table:table-cell office:value-type="string"><text:p><text:span text:style-name="T_bold">big</text:span> spender</text:p></table:table-cell>
   <table:table-cell table:formula="of:=[.C4]/4" office:value-type="float" office:value="30.125"><text:p>30.125</text:p></table:table-cell>
  </table:table-row>
  <table:table-row><table:table-cell table:number-columns-repeated="6"/></table:table-row>
  <table:table-row>
   <table:table-cell office:value-type="string"><text:p>Bob</text:p></table:table-cell>
   <table:table-cell table:style-name="ce_dt" office:value-type="date" office:date-value="2023-03-01T14:30:00"><text:p>01/03/2023 14:30</text:p></table:table-cell>
   <table:table-cell office:value-type="float" office:value="0"><text:p>0</text:p></table:table-cell>
   <table:table-cell table:formula="of:=FALSE()" office:value-type="boolean" office:boolean-value="false"><text:p>FALSE</text:p></table:table-cell>
   <table:table-cell office:value-type="string"><text:p>new</text:p></table:table-cell>
   <table:table-cell table:formula="of:=1/[.C6]" office:value-type="string" office:string-value=""><text:p>#DIV/0!</text:p></table:table-cell>
  </table:table-row>
  <table:table-row>
   <table:table-cell office:value-type="string"><text:p>Cy</text:p></table:table-cell>
   <table:table-cell table:style-name="ce_date" office:value-type="date" office:date-value="1900-01-01"><text:p>1900-01-01</text:p></table:table-cell>
   <table:table-cell office:value-type="string"><text:p>75</text:p></table:table-cell>
   <table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>
   <table:table-cell/>
   <table:table-cell table:formula="of:=[.C7]/4" office:value-type="float" office:value="18.75"><text:p>18.75</text:p></table:table-cell>
  </table:table-row>
 </table:table></office:spreadsheet></office:body>
</office:document>
"""


def make_libreoffice():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found: libreoffice_report.xlsx left as it is", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "libreoffice_report.fods")
        open(src, "w", encoding="utf-8").write(FODS)
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to",
                        "xlsx:Calc MS Excel 2007 XML", "--outdir", tmp, src], check=True, capture_output=True)
        shutil.copy(os.path.join(tmp, "libreoffice_report.xlsx"), out("libreoffice_report.xlsx"))


def read_back(name):
    import openpyxl
    try:
        wb = openpyxl.load_workbook(out(name))
    except ValueError as e:  # types.xlsx has a number cell holding "x" on purpose
        print(f"{name}: openpyxl cannot read it ({e})")
        return
    for ws in wb.worksheets:
        print(f"{name} [{ws.title}] epoch={wb.epoch}")
        for r in ws.iter_rows():
            print("   ", [(cell.value, cell.number_format) if cell.value is not None else None for cell in r])


def main():
    make_types()
    make_sparse()
    make_richtext()
    make_numbers_as_text()
    make_header_detect()
    make_utf16()
    make_many_rows()
    make_bad_files()
    make_openpyxl()
    make_libreoffice()
    for name in ("openpyxl_two_sheets.xlsx", "openpyxl_1904.xlsx", "libreoffice_report.xlsx", "types.xlsx"):
        if os.path.exists(out(name)):
            read_back(name)


if __name__ == "__main__":
    main()
