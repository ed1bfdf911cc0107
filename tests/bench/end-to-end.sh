#!/usr/bin/env bash
# End-to-end benchmark of `entity-extract extract` over two corpus shapes.
#
# Usage: tests/bench/end-to-end.sh
#
# Uses the fast binary in artifacts/fast/ when it has been built (see "The fast binary" in tests/bench/README.md),
# else builds the CLI in Release. ENTITY_EXTRACT=PATH picks another binary; RUNS=N changes the
# number of timed runs (default 5, figures are medians). Builds under a temp dir, removed at exit:
#   big:   ~20 MB of news text in ~200 files of ~100 KB (from ../shared/data/unlabeled/*.txt
#          when present, else generated), and
#   small: 5,000 files of ~4 KB cut from the same text.
# For each it prints tokens/s, MB/s and peak RSS (medians), and our wall time as a multiple of
# `cat` over the same files timed in the same run. Last, the wall time of one run over a single
# 5 KB file, start-up and model load included. Takes about 2 to 4 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${RUNS:-5}
THREADS=${THREADS:-2}
# ARGS: more extract options (ARGS=--accurate times the accurate model); BIG_COUNT and SMALL_COUNT
# shrink the corpora for it (ARGS=--accurate BIG_COUNT=10 SMALL_COUNT=250 RUNS=1: 1 MB each).
ARGS=${ARGS:-}
# COMPARE: options whose cost to measure (COMPARE=--entity: the corpus-wide entity column); each
# round then runs without and with them, in turn, and the figures end with with/without ratios.
COMPARE=${COMPARE:-}
BIG_COUNT=${BIG_COUNT:-200}
SMALL_COUNT=${SMALL_COUNT:-5000}
DATA=../shared/data/unlabeled

source tests/bench/binary.sh
if [[ ! -x /usr/bin/time ]]; then
  echo "needs /usr/bin/time (apt-get install time)" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# All the source text as one stream of lines: the unlabeled news files, else generated news.
source_text() {
  if compgen -G "$DATA/*.txt" > /dev/null; then
    cat "$DATA"/*.txt
  else
    local cities=(London Paris Berlin Tokyo Nairobi Ottawa Lima Madrid Seoul Cairo)
    local people=("Angela Merkel" "John Smith" "Maria Garcia" "Li Wei" "Ahmed Hassan")
    local orgs=("Reuters" "the United Nations" "Acme Corp." "the World Bank" "Google")
    for ((i = 0; i < 120000; i++)); do
      echo "${people[i % 5]} told ${orgs[i % 5 ]} in ${cities[i % 10]} on Tuesday that talks with ${orgs[(i + 2) % 5]} would resume, officials said."
      ((i % 6 == 5)) && echo
    done
  fi
}

# make_corpus DIR FILE_BYTES FILE_COUNT: cuts the source at line ends into files of about FILE_BYTES.
make_corpus() {
  mkdir -p "$1"
  # awk stops reading once it has enough, so the source may end on a broken pipe
  { source_text || true; } | LC_ALL=C awk -v dir="$1" -v size="$2" -v count="$3" '
    BEGIN { n = 0; bytes = 0; file = sprintf("%s/doc%05d.txt", dir, n) }
    {
      print > file
      bytes += length($0) + 1
      if (bytes >= size) {
        close(file); n++; bytes = 0
        if (n >= count) exit
        file = sprintf("%s/doc%05d.txt", dir, n)
      }
    }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

now() { date +%s.%N; }

elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.4f\n", b - a }'; }

# run_once DIR [OPTIONS]: runs extract over DIR; prints "seconds tokens bytes rss_kb cpu_seconds".
run_once() {
  local start end
  start=$(now)
  # shellcheck disable=SC2086 # ARGS and OPTIONS hold several words
  /usr/bin/time -v -o "$work/time.txt" "$bin" extract --threads "$THREADS" $ARGS ${2:-} "$1" > /dev/null 2> "$work/err.txt"
  end=$(now)
  local summary rss cpu
  summary=$(grep '^entity-extract: .* files, ' "$work/err.txt" | tail -n 1)
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
  cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ { c += $2 } END { print c }' "$work/time.txt")
  echo "$summary" | awk -v s="$(elapsed "$start" "$end")" -v rss="$rss" -v cpu="$cpu" '
    { for (i = 1; i <= NF; i++) { if ($(i + 1) ~ /^bytes,/) b = $i; if ($(i + 1) ~ /^tokens,/) t = $i } }
    END { printf "%.3f %d %d %d %.2f\n", s, t, b, rss, cpu }'
}

time_cat() {
  local start end
  start=$(now)
  find "$1" -type f -exec cat {} + > /dev/null
  end=$(now)
  elapsed "$start" "$end"
}

# report NAME FILES SIZE RUNS_FILE CAT_FILE: the medians of one set of runs.
report() {
  local secs tokens bytes rss cpu cat_secs
  secs=$(awk '{ print $1 }' "$4" | median)
  tokens=$(awk '{ print $2 }' "$4" | median)
  bytes=$(awk '{ print $3 }' "$4" | median)
  rss=$(awk '{ print $4 }' "$4" | median)
  cpu=$(awk '{ print $5 }' "$4" | median)
  cat_secs=$(median < "$5")
  awk -v name="$1" -v files="$2" -v size="$3" -v s="$secs" -v t="$tokens" -v b="$bytes" \
      -v rss="$rss" -v cpu="$cpu" -v c="$cat_secs" -v runs="$RUNS" 'BEGIN {
    printf "%-6s %5d files, %.1f MB, %d tokens; median of %d runs\n", name, files, size / 1e6, t, runs
    printf "       %.2f s wall, %.0f tokens/s, %.2f MB/s, peak RSS %.0f MB\n", s, t / s, b / 1e6 / s, rss / 1024
    printf "       %.1f CPU s, %.0f tokens per CPU second (less noisy on a shared machine)\n", cpu, t / cpu
    printf "       cat over the same files: %.3f s; extract takes %.0fx as long\n", c, s / c
  }'
}

# bench NAME DIR
bench() {
  local name=$1 dir=$2 files size
  files=$(find "$dir" -type f | wc -l)
  size=$(du -sb "$dir" | cut -f1)
  run_once "$dir" > /dev/null # warm the page cache and the binary
  : > "$work/runs.txt"
  : > "$work/runs-compare.txt"
  : > "$work/cat.txt"
  for ((r = 0; r < RUNS; r++)); do
    run_once "$dir" >> "$work/runs.txt"
    if [[ -n $COMPARE ]]; then
      run_once "$dir" "$COMPARE" >> "$work/runs-compare.txt"
    fi
    time_cat "$dir" >> "$work/cat.txt"
  done
  report "$name" "$files" "$size" "$work/runs.txt" "$work/cat.txt"
  if [[ -n $COMPARE ]]; then
    echo "       with $COMPARE, in the same rounds:"
    report "$name" "$files" "$size" "$work/runs-compare.txt" "$work/cat.txt"
    # The ratio of the medians, and the median of the rounds' ratios (each round ran both in turn).
    paste -d ' ' "$work/runs.txt" "$work/runs-compare.txt" | awk '{ print $6 / $1, $10 / $5 }' > "$work/ratios.txt"
    awk -v w="$(awk '{ print $1 }' "$work/ratios.txt" | median)" -v c="$(awk '{ print $2 }' "$work/ratios.txt" | median)" \
        -v opts="$COMPARE" 'BEGIN { printf "       %s costs %+.1f%% CPU, %+.1f%% wall (medians of the rounds'"'"' ratios)\n", opts, (c - 1) * 100, (w - 1) * 100 }'
  fi
}

echo "binary: $bin"
echo "threads: $THREADS, host: $(nproc) cores${ARGS:+, options: $ARGS}${COMPARE:+, compared with and without: $COMPARE}"
make_corpus "$work/big" 100000 "$BIG_COUNT"
make_corpus "$work/small" 4000 "$SMALL_COUNT"
bench big "$work/big"
bench small "$work/small"

# One 5 KB file, start-up and model load included.
make_corpus "$work/one" 5000 1
# shellcheck disable=SC2086
"$bin" extract $ARGS "$work/one" > /dev/null 2>&1
: > "$work/one-times.txt"
for ((r = 0; r < RUNS; r++)); do
  start=$(now)
  # shellcheck disable=SC2086
  "$bin" extract $ARGS "$work/one" > /dev/null 2>&1
  end=$(now)
  elapsed "$start" "$end" >> "$work/one-times.txt"
done
awk -v s="$(median < "$work/one-times.txt")" -v runs="$RUNS" \
  'BEGIN { printf "one 5 KB file: %.0f ms wall (median of %d runs)\n", s * 1000, runs }'
