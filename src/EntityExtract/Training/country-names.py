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
"""
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


def main(folder):
    folder = Path(folder)
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
                for part in parts:
                    if part.lower() in known and " " in part:
                        claims.setdefault(part, set()).add(known[head.lower()])

    groups = {}
    for long_form, shorts in claims.items():
        if len(shorts) == 1:
            groups.setdefault(next(iter(shorts)), set()).add(long_form)

    print("# Countries: the short name first, then long forms that restate it, '|' between.")
    print("# Generated from the country gazetteer by src/EntityExtract/Training/country-names.py; do not edit.")
    for short in sorted(groups):
        if short in claims or short.lower() in demonyms:
            continue  # a short name that is itself another's long form, or an adjective
        lower = {g.lower() for g in groups[short]} - {"the " + short.lower()}
        if any(a != b and a.endswith(" " + b) for a in lower for b in lower):
            continue  # "People's Republic of China", "Republic of China": two states share the short name
        print(" | ".join([short] + sorted(groups[short])))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/gazetteers")
