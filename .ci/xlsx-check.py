#!/usr/bin/env python3
"""Compares a workbook as LibreOffice saved it with the CSV of the same run.

Usage: xlsx-check.py TABLE.csv WORKBOOK.xlsx LABEL
Every row and cell must match (numbers compared as numbers), every number column
(line, column, start, end, score, mentions, files, first_line, first_start, sentence)
must hold number cells, and no cell may be a formula. Exit 0 when all holds, else 1.
"""
import csv, io, posixpath, re, sys, zipfile
import xml.etree.ElementTree as ET

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RNS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
NUMBER_COLUMNS = {"line", "column", "start", "end", "score", "mentions", "files", "first_line", "first_start", "sentence"}

csv_path, xlsx_path, label = sys.argv[1:4]
with open(csv_path, encoding="utf-8-sig", newline="") as f:
    want = list(csv.reader(f))

z = zipfile.ZipFile(xlsx_path)
shared = []
if "xl/sharedStrings.xml" in z.namelist():
    for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(NS + "si"):
        shared.append("".join(t.text or "" for t in si.iter(NS + "t")))
wb = ET.fromstring(z.read("xl/workbook.xml"))
rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels")).iter(PKG + "Relationship")}

def col_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1

rows, header = [], None
for sheet in wb.iter(NS + "sheet"):
    target = rels[sheet.get(RNS + "id")]
    path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
    for n, row in enumerate(ET.fromstring(z.read(path)).iter(NS + "row")):
        cells = {}
        for c in row.findall(NS + "c"):
            t, v, f = c.get("t", "n"), c.find(NS + "v"), c.find(NS + "f")
            if f is not None:
                kind, value = "formula", f.text or ""
            elif t == "s":
                kind, value = "text", shared[int(v.text)]
            elif t == "inlineStr":
                kind, value = "text", "".join(x.text or "" for x in c.iter(NS + "t"))
            elif t == "str":
                kind, value = "text", v.text or "" if v is not None else ""
            elif v is None:
                continue
            else:
                kind, value = ("number" if t == "n" else t), v.text
            cells[col_index(c.get("r"))] = (kind, value)
        line = [cells.get(i, ("text", "")) for i in range(max(cells) + 1 if cells else 0)]
        if n == 0:
            if header is None:
                header = line
                rows.append(line)
            elif [v for _, v in line] != [v for _, v in header]:
                print(f"{label}: a later sheet does not start with the header"); sys.exit(1)
        else:
            rows.append(line)

problems = []
if len(rows) != len(want):
    problems.append(f"{len(rows)} rows in the workbook, {len(want)} in the CSV")
names = want[0] if want else []
for r, (got, exp) in enumerate(zip(rows, want)):
    exp = exp + [""] * (len(got) - len(exp))
    for c, e in enumerate(exp):
        kind, value = got[c] if c < len(got) else ("text", "")
        numeric = r > 0 and c < len(names) and names[c] in NUMBER_COLUMNS
        if kind == "formula":
            problems.append(f"row {r + 1} col {c + 1}: formula {value!r}")
        elif numeric and kind != "number":
            problems.append(f"row {r + 1} {names[c]}: {kind} {value!r}, not a number")
        elif numeric and float(value) != float(e):
            problems.append(f"row {r + 1} {names[c]}: {value} != {e}")
        elif not numeric and value != e:
            problems.append(f"row {r + 1} col {c + 1}: {value!r} != {e!r}")
for p in problems[:20]:
    print(f"{label}: {p}")
print(f"{label}: {len(rows)} rows, {len(problems)} differences")
sys.exit(1 if problems else 0)
