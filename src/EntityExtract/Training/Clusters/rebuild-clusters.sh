#!/usr/bin/env bash
# Rebuilds the word clusters that the default model is trained with, byte for byte, into
# artifacts/clusters.txt (ignored by git: it is derived from the training text, which is not
# ours to redistribute, and the model carries what it needs of it). Run from anywhere.
# The text: the news and factbook files of ../shared/data/unlabeled, its whole English Wikipedia
# sample (250 MB, about 40 M words: the words of every genre that news lacks; EXPERIMENTS.md rows
# 26-39), and eng.train; words seen fewer than 10 times are left out. Needs xz. Takes about 6
# minutes on one core and 1.1 GB of memory.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
data=../shared/data
mkdir -p artifacts
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
xz -dc "$data/unlabeled/enwiki-2015-sample.txt.xz" > "$work/enwiki-2015-sample.txt"
dotnet build -c Release src/EntityExtract.Cli -v quiet -nologo
dotnet src/EntityExtract.Cli/bin/Release/net10.0/entity-extract.dll clusters \
  --text "$data/unlabeled/bbc-news-2004-2005.txt" "$data/unlabeled/cia-world-factbook.txt" \
         "$data/unlabeled/reuters21578-part1.txt" "$data/unlabeled/reuters21578-part2.txt" \
         "$data/unlabeled/reuters21578-part3.txt" "$work/enwiki-2015-sample.txt" \
  --conll "$data/conll2003/eng.train" \
  --count 1000 --min-count 10 \
  -o artifacts/clusters.txt
sha256sum artifacts/clusters.txt
