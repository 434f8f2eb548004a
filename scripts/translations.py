#!/usr/bin/env python3
"""Helpers for the Qt Linguist .ts files.

fill-english FILE   give every message its source text as translation (English is the source)
check FILE...       fail (exit 1) listing every message without a finished translation
"""
import sys
import xml.etree.ElementTree as ET


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def fill_english(path):
    tree = ET.parse(path)
    for _, message in messages(tree):
        source = message.findtext("source")
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for text in (source.replace("(s)", ""), source.replace("(s)", "s")):
                form = ET.SubElement(translation, "numerusform")
                form.text = text
            translation.text = None
        else:
            translation.text = source
    write(tree, path)


def unfinished(path):
    tree = ET.parse(path)
    problems = []
    for context, message in messages(tree):
        translation = message.find("translation")
        forms = list(translation) if message.get("numerus") == "yes" else [translation]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or any(
            not (form.text or "").strip() for form in forms
        ):
            problems.append(f"{path}: {context}: {message.findtext('source')!r}")
    return problems


def write(tree, path):
    with open(path, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")


def main(argv):
    if len(argv) >= 3 and argv[1] == "fill-english":
        fill_english(argv[2])
        return 0
    if len(argv) >= 3 and argv[1] == "check":
        problems = [p for path in argv[2:] for p in unfinished(path)]
        for problem in problems:
            print("untranslated:", problem)
        print(f"{len(problems)} untranslated message(s)")
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
