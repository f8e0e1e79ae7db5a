#!/usr/bin/python3
"""Carries translations over when code moves: after lupdate, every unfinished message of a .ts file takes the
translation of a finished message with the same source text (and comment) from an earlier copy of the file,
preferring the same context. Used when the views became chart objects (seg::ui::*View -> seg::chart::*Chart):
their strings kept their English text, so their German follows them.

Run: cp translations/segmentlab_de.ts /tmp/old.ts; (lupdate ...); /usr/bin/python3 translations/carry_translations.py /tmp/old.ts translations/segmentlab_de.ts
"""
import sys
import xml.etree.ElementTree as ET


def key(message):
    comment = message.find("comment")
    return (message.find("source").text or "", comment.text if comment is not None else "")


def finished(message):
    t = message.find("translation")
    return t is not None and t.get("type") not in ("unfinished", "vanished", "obsolete") and (
        (t.text or "").strip() or len(t))


def main(old_path, new_path):
    old = ET.parse(old_path).getroot()
    by_context, by_source = {}, {}
    for context in old.iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            t = message.find("translation")
            if t is None or (not (t.text or "").strip() and not len(t)):
                continue
            if t.get("type") == "unfinished":
                continue
            by_context[(name,) + key(message)] = t
            by_source.setdefault(key(message), t)
    tree = ET.parse(new_path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            t = message.find("translation")
            # lupdate may have guessed a translation from similar text: only an identical source counts.
            if t is None or t.get("type") != "unfinished":
                continue
            source = by_context.get((name,) + key(message)) or by_source.get(key(message))
            if source is None:
                continue
            t.attrib.pop("type", None)
            t.text = source.text
            for child in list(t):
                t.remove(child)
            for child in list(source):
                copy = ET.SubElement(t, child.tag)
                copy.text = child.text
            filled += 1
    tree.write(new_path, encoding="utf-8", xml_declaration=True)
    with open(new_path, "r+", encoding="utf-8") as f:
        body = f.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
        f.seek(0)
        f.write(body + ("" if body.endswith("\n") else "\n"))
        f.truncate()
    print(f"{filled} translations carried over into {new_path}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
