#!/usr/bin/python3
"""Fills the singular and plural forms of English messages that count something ("%n value(s)"), the only
messages segmentlab_en.ts holds (lupdate -pluralonly). Run after lupdate; it leaves filled entries alone.

Run: /usr/bin/python3 translations/fill_english_plurals.py
"""
import os
import re
import xml.etree.ElementTree as ET

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "segmentlab_en.ts")
# Verb agreement for the singular form.
SINGULAR = [(" were ", " was "), (" are ", " is "), (" have ", " has ")]


def forms(source):
    plural = source.replace("(s)", "s")
    singular = source.replace("(s)", "")
    # Only verbs that follow the counted noun change: "%n values were" -> "%n value was".
    for many, one in SINGULAR:
        singular = singular.replace(many, one) if re.search(r"%n [^.]*\(s\)[^.]*" + many.strip(), source) else singular
    return singular, plural


def main():
    tree = ET.parse(PATH)
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation.get("type") != "unfinished" and len(translation):
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        for text in forms(message.find("source").text):
            ET.SubElement(translation, "numerusform").text = text
    tree.write(PATH, encoding="utf-8", xml_declaration=True)
    with open(PATH, "r+", encoding="utf-8") as f:
        body = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
        f.seek(0)
        f.write(body)
        f.truncate()


if __name__ == "__main__":
    main()
