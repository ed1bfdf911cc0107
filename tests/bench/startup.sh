#!/usr/bin/env bash
# Start-up as a newcomer meets it: the tool packed with `dotnet pack` (top-level, framework-
# dependent and, on Linux x64, Native AOT packages), installed with `dotnet tool install`, and one
# 5 KB file run through the installed command.
#
# Usage: tests/bench/startup.sh
#   RUNS=N      timed runs after one untimed warm-up (default 5); figures are medians
#   LIMIT=S     exit 1 when the median wall time is over S seconds (default 0.2)
#   PACKAGES=D  install from the packages already in folder D instead of packing anew
#   GLOBAL=1    install with --global (into ~/.dotnet/tools, replacing what is there) instead
#               of into a temporary tool path; the command run is the same either way
# Prints each run's wall and CPU (user + system) seconds, the medians, and the load average:
# on a shared 2-core machine wall time is only meaningful when the load is low.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${RUNS:-5}
LIMIT=${LIMIT:-0.2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

packages=${PACKAGES:-}
if [[ -z $packages ]]; then
  packages=$work/packages
  echo "packing the tool (Native AOT takes a few minutes)" >&2
  dotnet pack -c Release src/EntityExtract.Cli -o "$packages" -nologo >"$work/pack.log" 2>&1 || { cat "$work/pack.log" >&2; exit 2; }
fi

if [[ ${GLOBAL:-0} == 1 ]]; then
  dotnet tool uninstall --global EntityExtract.Tool >/dev/null 2>&1 || true
  dotnet tool install --global --add-source "$packages" EntityExtract.Tool >&2
  tool=$HOME/.dotnet/tools/entity-extract
else
  dotnet tool install --tool-path "$work/tools" --add-source "$packages" EntityExtract.Tool >&2
  tool=$work/tools/entity-extract
fi
echo "installed: $("$tool" --version) -> $(readlink -f "$tool")" >&2

# 5 KB (5,120 bytes) of news text from the samples.
cat samples/*.txt samples/*.txt samples/*.txt >"$work/text.txt"
head -c 5120 "$work/text.txt" >"$work/five.txt"

"$tool" -q "$work/five.txt" >/dev/null # warm-up: file cache, not timed
walls=() cpus=()
for ((i = 1; i <= RUNS; i++)); do
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$tool" -q "$work/five.txt" >/dev/null
  read -r wall user sys <"$work/time"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  echo "run $i: ${wall} s wall, ${cpu} s CPU"
  walls+=("$wall") cpus+=("$cpu")
done

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
wall=$(median "${walls[@]}")
cpu=$(median "${cpus[@]}")
echo "one 5 KB file through the installed tool: median ${wall} s wall, ${cpu} s CPU (${RUNS} runs; load average $(cut -d' ' -f1-3 /proc/loadavg))"
awk -v w="$wall" -v l="$LIMIT" 'BEGIN { exit !(w <= l) }' || { echo "over the limit of ${LIMIT} s" >&2; exit 1; }
