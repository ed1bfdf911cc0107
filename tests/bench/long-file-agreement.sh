#!/usr/bin/env bash
# Does a file of many articles tag like the same articles one per file? For each news file of
# ../shared/data/unlabeled (default: reuters21578-part2.txt and bbc-news-2004-2005.txt, or the
# files named as arguments), runs `extract` once on the whole file and once on a folder holding
# its articles (the file split on blank lines, one article per file), and prints:
#   - agreement: the (type, text) mention multisets A (one file) and B (split) compared as
#     |A ∩ B| / |A ∪ B| (multiset Jaccard; 1 = the same mentions, as often);
#   - junk PERSON: PERSON mentions that are a pronoun, month, weekday, "said"/"Mr"/"Mrs"/"Ms", or
#     have no letter, in each run.
# Target (issue 13): agreement >= 0.97 for both files, junk PERSON <= 10 over all four runs.
# Uses tests/bench/binary.sh's binary (ENTITY_EXTRACT=PATH to pick one). About a minute on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/bench/binary.sh
data=../shared/data/unlabeled
files=("$@")
if [[ ${#files[@]} -eq 0 ]]; then
  files=("$data/reuters21578-part2.txt" "$data/bbc-news-2004-2005.txt")
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# type TAB text of every mention, one per line (TSV columns: file line column start end type text ...).
mentions() { "$bin" extract --format tsv --no-header -q "$@" | awk -F'\t' '{ print $6 "\t" $7 }'; }

junk() {
  awk -F'\t' '$1 == "PERSON" {
    t = tolower($2)
    if (t ~ /^(i|me|my|you|he|him|his|she|her|it|its|we|us|they|them|their|who)$/ ||
        t ~ /^(january|february|march|april|may|june|july|august|september|october|november|december)$/ ||
        t ~ /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/ ||
        t ~ /^(said|mr|mrs|ms)\.?$/ || t !~ /[[:alpha:]]/) n++
  } END { print n + 0 }' "$1"
}

total_junk=0
for file in "${files[@]}"; do
  name=$(basename "$file" .txt)
  mkdir -p "$work/$name"
  LC_ALL=C awk -v dir="$work/$name" 'BEGIN { RS = "" } { f = sprintf("%s/a%05d.txt", dir, NR); print > f; close(f) }' "$file"
  mentions "$file" | LC_ALL=C sort > "$work/one.txt"
  mentions "$work/$name" | LC_ALL=C sort > "$work/split.txt"
  a=$(wc -l < "$work/one.txt")
  b=$(wc -l < "$work/split.txt")
  common=$(LC_ALL=C comm -12 "$work/one.txt" "$work/split.txt" | wc -l)
  j1=$(junk "$work/one.txt")
  j2=$(junk "$work/split.txt")
  total_junk=$((total_junk + j1 + j2))
  awk -v n="$name" -v a="$a" -v b="$b" -v c="$common" -v j1="$j1" -v j2="$j2" -v k="$(ls "$work/$name" | wc -l)" 'BEGIN {
    printf "%-26s %5d articles; mentions one file %d, split %d, common %d; agreement %.4f; junk PERSON %d + %d\n",
      n, k, a, b, c, c / (a + b - c), j1, j2 }'
  rm -rf "${work:?}/$name"
done
echo "junk PERSON in all runs: $total_junk"
