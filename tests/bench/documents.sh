#!/usr/bin/env bash
# Documents benchmark: throughput of reading each document kind (PDF, .docx, .odt, HTML, .eml)
# against the same text as a .txt file, and peak memory on a PDF of about 500 pages.
#
# Usage: tests/bench/documents.sh
#   TEXT_KB=N   size of the text converted into each format (default 1500: about 500 PDF pages)
#   RUNS=N      timed runs per file; the median is reported (default 3)
# Needs LibreOffice (`soffice`; apt-get install libreoffice-writer) to make the documents and
# python3 for the e-mail. ENTITY_EXTRACT=PATH picks the binary (tests/bench/binary.sh).
# For each kind it prints the median wall time and peak memory of `entity-extract text FILE`
# (extraction alone) and of `entity-extract FILE` (extraction and tagging), and MB of extracted
# text per second; for the PDF, pages per second too.
set -euo pipefail
cd "$(dirname "$0")/../.."

TEXT_KB=${TEXT_KB:-1500}
RUNS=${RUNS:-3}
DATA=../shared/data/unlabeled

source tests/bench/binary.sh
command -v soffice >/dev/null || { echo "soffice not found: apt-get install libreoffice-writer" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# News paragraphs, a blank line between them, cut at a paragraph end near TEXT_KB.
if compgen -G "$DATA/reuters21578-part1.txt" > /dev/null; then
  source_text=$DATA/reuters21578-part1.txt
else
  source_text=$(mktemp -p "$work"); for _ in $(seq 400); do cat samples/*.txt; done >"$source_text"
fi
head -c $((TEXT_KB * 1024)) "$source_text" | sed '$d' >"$work/doc.txt"

filter='Text (encoded):UTF8,LF,,,'
for format in docx odt pdf; do
  soffice --headless --infilter="$filter" --convert-to "$format" --outdir "$work" "$work/doc.txt" >/dev/null 2>&1
done
soffice --headless --convert-to html --outdir "$work/html" "$work/doc.docx" >/dev/null 2>&1
mv "$work/html/doc.html" "$work/doc.html"
python3 - "$work/doc.html" "$work/doc.eml" <<'PY'
import sys
from email.message import EmailMessage
m = EmailMessage()
m["Subject"] = "News digest"; m["From"] = "desk@example.com"; m["To"] = "reader@example.com"
m.set_content(open(sys.argv[1], encoding="utf-8").read(), subtype="html")
open(sys.argv[2], "wb").write(bytes(m))
PY

pages=$("$bin" -q "$work/doc.pdf" | awk -F, 'NR > 1 && $NF > max { max = $NF } END { print max + 0 }')
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# Prints "seconds peak_KB" medians of RUNS runs of the command.
measure() {
  local times=() mems=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1 || true
    read -r t m <"$work/time"
    times+=("$t"); mems+=("$m")
  done
  echo "$(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${mems[@]}" | median)"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; binary: $bin"
printf '%-5s %9s %10s %10s %9s %10s %10s %9s\n' kind "file KB" "text KB" "text s" "text MB/s" "extract s" "MB/s" "peak MB"
for kind in txt docx odt pdf html eml; do
  file=$work/doc.$kind
  chars=$("$bin" text "$file" 2>/dev/null | wc -c)
  read -r ts _ < <(measure "$bin" text "$file")
  read -r es em < <(measure "$bin" -q "$file")
  awk -v k="$kind" -v f="$(stat -c %s "$file")" -v c="$chars" -v ts="$ts" -v es="$es" -v em="$em" 'BEGIN {
    printf "%-5s %9.0f %10.0f %10.2f %9.2f %10.2f %10.2f %9.0f\n", k, f / 1024, c / 1024, ts, c / 1048576 / ts, es, c / 1048576 / es, em / 1024 }'
done
echo "PDF: $pages pages"
