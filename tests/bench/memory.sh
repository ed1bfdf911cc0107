#!/usr/bin/env bash
# Memory benchmark: peak resident memory of `entity-extract extract` on one huge file and on a
# folder of very many small files. The target is under 300 MB for both.
#
# Usage: tests/bench/memory.sh
#
# Sizes can be turned down: BIG_FILE_MB (default 2048), SMALL_FILES (default 200000) and
# SMALL_FILE_BYTES (default 2000). At full size a run takes a long time (tens of minutes on
# 2 cores); BIG_FILE_MB=200 SMALL_FILES=20000 gives a quick check. ENTITY_EXTRACT=PATH picks the
# binary; by default the fast binary in artifacts/fast/ when built, else a Release build.
# Everything is generated under a temp dir (TMPDIR) and removed at exit.
set -euo pipefail
cd "$(dirname "$0")/../.."

BIG_FILE_MB=${BIG_FILE_MB:-2048}
SMALL_FILES=${SMALL_FILES:-200000}
SMALL_FILE_BYTES=${SMALL_FILE_BYTES:-2000}
THREADS=${THREADS:-2}
DATA=../shared/data/unlabeled

source tests/bench/binary.sh

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One pass of news paragraphs; pass N changes numbers and names so no two passes are identical.
paragraphs() {
  if compgen -G "$DATA/*.txt" > /dev/null; then
    cat "$DATA"/*.txt
  else
    for ((i = 0; i < 20000; i++)); do
      echo "Shares in Acme Corp. rose 3% in London after Maria Garcia told Reuters the firm would expand to Madrid and Seoul."
      ((i % 5 == 4)) && echo
    done
  fi
}

# Endless varied news text, cut by the consumer (head -c, or awk's own exit).
news() {
  for ((pass = 1; ; pass++)); do
    paragraphs | LC_ALL=C awk -v pass="$pass" '
      { gsub(/ 200[0-9]/, " " (1990 + pass % 35)); gsub(/ said /, pass % 2 ? " told reporters " : " said ") }
      pass % 3 == 0 && NR % 7 == 0 { $0 = $0 " (Report " pass " from the Reuters desk in Geneva.)" }
      { print }' || break # the reader has all it wants
  done
}

# measure NAME PATH: one extract run; prints wall time, throughput and peak RSS.
measure() {
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -v -o "$work/time.txt" "$bin" extract --threads "$THREADS" "$2" > /dev/null 2> "$work/err.txt" || true
  end=$(date +%s.%N)
  local summary rss
  summary=$(grep '^entity-extract: .* files, ' "$work/err.txt" | tail -n 1)
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
  echo "$summary" | awk -v name="$1" -v a="$start" -v b="$end" -v rss="$rss" '
    { for (i = 1; i <= NF; i++) { if ($(i + 1) ~ /^bytes,/) by = $i; if ($(i + 1) ~ /^tokens,/) t = $i; if ($(i + 1) ~ /^files,/) f = $i } }
    END {
      s = b - a
      printf "%-6s %d files, %.0f MB, %d tokens: %.1f s, %.0f tokens/s, %.2f MB/s, peak RSS %.0f MB%s\n",
        name, f, by / 1e6, t, s, t / s, by / 1e6 / s, rss / 1024, (rss / 1024 < 300 ? "" : "  (over 300 MB)")
    }'
  grep -v '^entity-extract: .* files, ' "$work/err.txt" | head -n 5 >&2 || true
}

echo "binary: $bin"
echo "big file: $BIG_FILE_MB MB; small files: $SMALL_FILES of about $SMALL_FILE_BYTES bytes"

{ news || true; } | head -c "$((BIG_FILE_MB * 1024 * 1024))" > "$work/big.txt"
measure big "$work/big.txt"
rm -f "$work/big.txt"

mkdir -p "$work/small"
{ news || true; } | LC_ALL=C awk -v dir="$work/small" -v size="$SMALL_FILE_BYTES" -v count="$SMALL_FILES" '
  BEGIN { n = 0; bytes = 0; file = sprintf("%s/%03d/note%06d.txt", dir, 0, 0); system("mkdir -p " dir "/000") }
  {
    print > file
    bytes += length($0) + 1
    if (bytes >= size) {
      close(file); n++; bytes = 0
      if (n >= count) exit
      if (n % 1000 == 0) system("mkdir -p " dir "/" sprintf("%03d", n / 1000))
      file = sprintf("%s/%03d/note%06d.txt", dir, int(n / 1000), n)
    }
  }'
measure small "$work/small"
