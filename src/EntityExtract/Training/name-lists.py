#!/usr/bin/env python3
"""Builds the sorted name lists that Entities reads through Text/Lexicon/SortedLines, from the
gazetteers alone:

    python3 src/EntityExtract/Training/name-lists.py places ../shared/data/gazetteers \
        > src/EntityExtract/Entities/Resources/place-names.txt
    python3 src/EntityExtract/Training/name-lists.py first-names ../shared/data/gazetteers \
        > src/EntityExtract/Entities/Resources/common-first-names.txt

places: the known places, in three parts with a line "-" between them: the countries (every name
the country gazetteer gives them); the US states and every country's first-level divisions
(which hold England and Scotland); the capitals and the cities of 100,000 people or more. The
corpus table keys an organization written as a country or a division apart from the place
(Entities/Tables/CorpusNames.SharedType): it is the national or state team, which
Entities/Teams/SportsTeams reads in sports reports; outside them, a country or division typed an
organization is read as the place. A town typed an organization may join the one team named after
it (Entities/Joining/NameJoiner).

first-names: the common first names. A person written by a first name alone joins the one full
name in the corpus that starts with it only when that first name is not a common one
(Entities/Joining/NameJoiner): "Jansher" is Jansher Khan, but "Tony" is not always Tony Blair.
"""
import sys
from pathlib import Path

PLACES = [["countries.txt"], ["us-states.txt", "admin-divisions.txt"], ["capitals.txt", "cities-major.txt"]]
FIRST_NAMES = ["first-names-common.txt"]


def names(folder, lists):
    found = set()
    for name in lists:
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            line = " ".join(line.split())
            # Only names a tokenizer keeps whole: no commas, and written in ASCII (each list also
            # gives its names with diacritics stripped), so that a name's key is its lower case
            # (SortedLines compares them ignoring case).
            if line and not line.startswith("#") and line.isascii() and "," not in line:
                found.add(line)
    return found


def sorted_blind(names):
    """The names in the order Text/Lexicon/SortedLines searches (upper-cased ordinal), one per
    spelling that differs in case only."""
    return sorted({name.upper(): name for name in sorted(names)}.values(), key=str.upper)


def places(folder):
    print("# Known places: countries; '-'; US states and first-level divisions; '-'; capitals and cities")
    print("# of 100,000 or more. A country is in the first part only; a division named as a town is a")
    print("# town. Generated from the gazetteers by src/EntityExtract/Training/name-lists.py; do not edit.")
    countries, divisions, towns = (names(folder, part) for part in PLACES)
    # A division that shares its name with a town is left to the towns: "New York", and
    # "Manchester", a parish of Jamaica as well as an English city.
    for i, part in enumerate([countries, divisions - countries - towns, towns - countries]):
        if i > 0:
            print("-")
        for name in sorted_blind(part):
            print(name)


def first_names(folder):
    print("# Common first names. Generated from the gazetteers by")
    print("# src/EntityExtract/Training/name-lists.py; do not edit.")
    for name in sorted_blind(names(folder, FIRST_NAMES)):
        print(name)


def main():
    lists = {"places": places, "first-names": first_names}
    if len(sys.argv) != 3 or sys.argv[1] not in lists:
        sys.exit("usage: name-lists.py places|first-names GAZETTEER_FOLDER")
    lists[sys.argv[1]](Path(sys.argv[2]))


if __name__ == "__main__":
    main()
