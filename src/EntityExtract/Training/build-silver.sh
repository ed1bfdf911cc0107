#!/usr/bin/env bash
# Builds silver training data for the fast model, byte for byte, into artifacts/silver/ (not
# committed: derived from text we may not redistribute; SILVER_DIR=DIR writes elsewhere). Run from
# anywhere.
#
# Unlabeled text of four genres from ../shared/data/unlabeled (the Wikipedia sample, BBC news
# 2004-5, Reuters-21578 part 1, the CIA factbook) is picked by silver-text.py (every K-th article,
# its leading prose paragraphs up to N words), cut into sentences and tokens by our own
# tokenizer (`tokenize`, so silver tokens look like those the tagger sees), written as CoNLL
# documents by silver-conll.py (documents sharing text with a dev file left out) and labelled
# by the accurate tagger (`eval --accurate --predictions`, the embedded accurate model with its
# document evidence). Each document is labelled on its own, so the labels depend on nothing else.
# Output: one file per genre, `token TAG` lines (IOB), for `train --train FILE,weight=W`
# (EXPERIMENTS.md, "The fast model taught by the accurate one"). WIKI_STRIDE, BBC_STRIDE,
# REUTERS_STRIDE and FACTBOOK_STRIDE pick every K-th article of a source (0: none of it); the
# defaults make the largest mix of the experiments (about 620,000 tokens). The accurate tagger
# labels about 3,500 tokens per CPU second: a few minutes. Needs xz and python3.
set -euo pipefail
cd "$(dirname "$0")/../../.."
data=../shared/data
here=src/EntityExtract/Training
out=${SILVER_DIR:-artifacts/silver}
bin=(dotnet src/EntityExtract.Cli/bin/Release/net10.0/entity-extract.dll)
dev=("$data/conll2003/eng.testa" "$data/gum/gum-dev.iob2" "$data/uner-ewt/dev.iob2" \
     "$data/wnut17/dev.iob2" "$data/sec-filings/dev.iob2" "$data/wikiann-en/dev")
dotnet build -c Release src/EntityExtract.Cli -v quiet -nologo
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# silver NAME FILE STRIDE DOC_WORDS [--titled]
silver() {
  local name=$1 file=$2 stride=$3 words=$4
  shift 4
  python3 "$here/silver-text.py" "$file" "$name" --stride "$stride" --doc-words "$words" "$@" > "$work/$name.jsonl"
  "${bin[@]}" tokenize --input-format jsonl --format tsv --no-sanitize --threads 1 -q "$work/$name.jsonl" > "$work/$name.tsv"
  python3 "$here/silver-conll.py" "${dev[@]}" < "$work/$name.tsv" > "$work/$name.conll"
  "${bin[@]}" eval --accurate --predictions "$work/$name.tagged" "$work/$name.conll" > /dev/null
  awk 'NF == 3 { print $1 " " $3; next } { print }' "$work/$name.tagged" > "$out/$name.iob"
}

wiki=${WIKI_STRIDE:-14} bbc=${BBC_STRIDE:-6} reuters=${REUTERS_STRIDE:-16} factbook=${FACTBOOK_STRIDE:-2}
[ "$wiki" = 0 ] || xz -dc "$data/unlabeled/enwiki-2015-sample.txt.xz" > "$work/wiki.txt"
[ "$wiki" = 0 ] || silver wiki "$work/wiki.txt" "$wiki" 250
[ "$bbc" = 0 ] || silver bbc "$data/unlabeled/bbc-news-2004-2005.txt" "$bbc" 1000
[ "$reuters" = 0 ] || silver reuters "$data/unlabeled/reuters21578-part1.txt" "$reuters" 400 --titled
[ "$factbook" = 0 ] || silver factbook "$data/unlabeled/cia-world-factbook.txt" "$factbook" 300 --titled
sha256sum "$out"/*.iob
