#!/usr/bin/env bash
# Prints the dev table of EXPERIMENTS.md for a model: one `eval` row per genre (CoNLL-2003 dev as
# written, upper- and lower-cased; GUM, UNER-EWT, WNUT-17, SEC and WikiANN dev).
# Usage: dev-table.sh [MODEL]   (no MODEL: the embedded default model). Run from anywhere.
# ENTITY_EXTRACT=PATH picks the binary (default: the Release build of the CLI).
set -euo pipefail
cd "$(dirname "$0")/../../.."
data=../shared/data
bin=${ENTITY_EXTRACT:-src/EntityExtract.Cli/bin/Release/net10.0/entity-extract}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Case-changed copies of CoNLL dev: every token upper- or lower-cased, tags and other columns kept.
mkdir -p "$work/upper" "$work/lower"
awk '$1 != "-DOCSTART-" && NF { $1 = toupper($1) } { print }' "$data/conll2003/eng.testa" > "$work/upper/eng.testa"
awk '$1 != "-DOCSTART-" && NF { $1 = tolower($1) } { print }' "$data/conll2003/eng.testa" > "$work/lower/eng.testa"
model=()
if [[ $# -gt 0 ]]; then model=(--model "$1"); fi
"$bin" eval "${model[@]}" --table "$data/conll2003/eng.testa" "$work/upper/eng.testa" "$work/lower/eng.testa" \
  "$data/gum/gum-dev.iob2" "$data/uner-ewt/dev.iob2" "$data/wnut17/dev.iob2" "$data/sec-filings/dev.iob2" "$data/wikiann-en/dev"
