#!/usr/bin/env python3
"""Checks that LibreOffice Calc shows a workbook's filter buttons over all its rows.

Usage: filter-check.py TABLE.csv WORKBOOK.ods LABEL
WORKBOOK.ods is the workbook as Calc saved it as OpenDocument: Calc shows filter buttons for a
database range with table:display-filter-buttons="true". The one sheet of the workbook must have
such a range from A1 to the last column and last row of the CSV of the same run. Exit 0 when it
does, else 1.
"""
import csv, sys, zipfile
import xml.etree.ElementTree as ET

TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"

csv_path, ods_path, label = sys.argv[1:4]
with open(csv_path, encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))

def column(n):
    name = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        name = chr(65 + r) + name
    return name

content = ET.fromstring(zipfile.ZipFile(ods_path).read("content.xml"))
sheets = [t.get(TABLE + "name") for t in content.iter(TABLE + "table")]
shown = [r.get(TABLE + "target-range-address") for r in content.iter(TABLE + "database-range")
         if r.get(TABLE + "display-filter-buttons") == "true"]
quoted = sheets[0] if sheets[0].isalnum() else "'" + sheets[0].replace("'", "''") + "'"
want = f"{quoted}.A1:{quoted}.{column(len(rows[0]))}{len(rows)}"
if shown != [want]:
    print(f"{label}: Calc shows filter buttons over {shown or 'nothing'}, not {want}")
    sys.exit(1)
print(f"{label}: Calc shows filter buttons over {want}")
