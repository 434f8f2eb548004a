#!/usr/bin/env python3
"""Helpers for the Qt Linguist .ts files.

fill-english FILE   give every message its source text as translation (English is the source)
check FILE...       fail (exit 1) listing every message without a finished translation
check-sources LUPDATE ROOT FILE...
                    the same on copies refreshed from the sources by lupdate first, so a new
                    tr() string that nobody translated fails too
"""
import os
import shutil
import subprocess
import sys
import tempfile
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
    if len(argv) >= 5 and argv[1] == "check-sources":
        lupdate, root, paths = argv[2], argv[3], argv[4:]
        with tempfile.TemporaryDirectory() as work:
            copies = []
            for path in paths:
                copy = os.path.join(work, os.path.basename(path))
                shutil.copyfile(path, copy)
                copies.append(copy)
            sources = [os.path.join(root, d) for d in ("assessment", "gis", "ui", "app")]
            for copy in copies:
                subprocess.run([lupdate, "-silent", "-locations", "none", "-no-obsolete",
                                "-source-language", "en", *sources, "-ts", copy], check=True)
            return main([argv[0], "check", *copies])
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
