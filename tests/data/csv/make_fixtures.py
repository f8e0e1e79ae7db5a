#!/usr/bin/python3
"""Writes the CSV fixtures of tests/core/tst_csvreader.cpp (run from anywhere; the files are committed).

Each file is written as exact bytes, so encodings, BOMs and line endings are what the tests say they are.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


PEOPLE = "name,age,city\nAnna,34,Lyon\nBen,28,Oslo\nChloé,45,Paris\n"

# Dialects
write("comma.csv", PEOPLE)
write("semicolon.csv", PEOPLE.replace(",", ";"))
write("tab.tsv", PEOPLE.replace(",", "\t"))
write("pipe.txt", PEOPLE.replace(",", "|"))
write("crlf.csv", PEOPLE.replace("\n", "\r\n"))
write("cr_only.csv", PEOPLE.replace("\n", "\r"))
write("no_final_newline.csv", PEOPLE.rstrip("\n"))
write("sep_hint.csv", "sep=;\n" + PEOPLE.replace(",", ";"))
write("decimal_comma.csv", "product;price;stock\nTea;1,5;1.200\nCoffee;12,25;30\nCocoa;1.234,5;4\n")
write("decimal_dot_semicolon.csv", "product;price;stock\nTea;1.5;1200\nCoffee;12.25;30\nCocoa;1234.5;4\n")
write("thousands.csv", 'product,revenue\nTea,"1,234.5"\nCoffee,"12,000"\nCocoa,7\n')
write("quoted.csv",
      'id,comment,score\r\n'
      '1,"Hello, world",3\r\n'
      '2,"She said ""hi""",4\r\n'
      '3,"two\r\nlines",5\r\n'
      '4, "spaced, quoted" ,6\r\n'
      '5,plain "inner" quote,7\r\n')
write("missing.csv", "a,b\n1,x\nNA,y\nN/A,z\nnull,\n-,w\n5,NaN\n")

# Encodings
write("bom_utf8.csv", b"\xef\xbb\xbf" + PEOPLE.encode("utf-8"))
write("utf16le.csv", b"\xff\xfe" + PEOPLE.encode("utf-16-le"))
write("utf16be.csv", b"\xfe\xff" + PEOPLE.encode("utf-16-be"))
write("latin1.csv", "name;price\nCrème brûlée;4,5\nCafé;2\nEuro € sign;3\n".encode("cp1252"))

# Header detection
write("no_header_numbers.csv", "1,2.5,3\n4,5.5,6\n7,8.5,9\n")
write("header_all_text.csv", "first,last,city\nAnna,Smith,Lyon\nBen,Jones,Lyon\nCara,Brown,Oslo\n")
write("no_header_text.csv", "Anna,Smith,Lyon\nBen,Jones,Lyon\nCara,Smith,Oslo\nAnna,Brown,Oslo\n")
write("titles_above.csv", "Sales report\nExported 2024-01-31\nregion,revenue\nNorth,10\nSouth,20\n")
write("renamed.csv", "Age,,Age,Name\n1,2,3,a\n4,5,6,b\n")
write("blank_lines.csv", "\nx,y\n1,2\n\n   \n3,4\n,\n5,6\n\n")
write("trailing_delimiter.csv", "x;y;\n1;2;\n3;4;\n")
write("trailing_header_only.csv", "x,y,\n1,2\n3,4\n")

# Errors
write("empty.csv", b"")
write("whitespace.csv", b"\xef\xbb\xbf  \r\n\n\t\n")
write("header_only.csv", "name,age,city\n")
write("binary.csv", b"a,b\n1,2\n3,\x004\n")
write("control_bytes.csv", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 18, 19, 20, 10]) * 40)
write("unterminated.csv", 'a,b\n1,x\n2,"never closed\n3,y\n')
write("ragged_more.csv", "a,b,c\n1,2,3\n4,5,6\n7,8,9,10\n")
write("ragged_fewer.csv", "a,b,c\n1,2,3\n\"multi\nline\",5,6\n7,8\n")

# A small realistic customer file: each inferred type once.
rows = ["CustomerID,Gender,Age,Income,Signup,Comment"]
comments = ["likes tea", "asked for a refund", "VIP since 2019", "moved to Oslo", "prefers email", "no calls",
            "birthday in May", "paid late once", "referred two friends", "new this year", "returns often",
            "big spender"]
for i in range(12):
    rows.append(f"C{1001 + i},{'Female' if i % 3 else 'Male'},{20 + 3 * i},{30000 + 1500 * i},"
                f"2023-{1 + i % 12:02d}-{10 + i:02d},{comments[i]}")
write("customers.csv", "\n".join(rows) + "\n")
