#!/usr/bin/env python3
"""Builds src/EntityExtract/Entities/Resources/common-first-names.txt: the common first names of the
gazetteer (first-names-common.txt), one per line, those written in ASCII, sorted as
Text/Lexicon/SortedLines searches them (upper-cased, one spelling per name).

    python3 src/EntityExtract/Training/first-names.py ../shared/data/gazetteers \
        > src/EntityExtract/Entities/Resources/common-first-names.txt

A person written by a first name alone joins the one full name in the corpus that starts with it
only when that first name is not a common one (Entities/Joining/NameJoiner): "Jansher" is Jansher
Khan, but "Tony" is not always Tony Blair.
"""
import sys
from pathlib import Path


def main():
    path = Path(sys.argv[1]) / "first-names-common.txt"
    found = {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#") and line.strip().isascii()}
    print("# Common first names. Generated from the gazetteers by")
    print("# src/EntityExtract/Training/first-names.py; do not edit.")
    for name in sorted({name.upper(): name for name in sorted(found)}.values(), key=str.upper):
        print(name)


if __name__ == "__main__":
    main()
