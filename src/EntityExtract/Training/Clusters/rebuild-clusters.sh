#!/usr/bin/env bash
# Rebuilds the word clusters that the default model is trained with, byte for byte, into
# artifacts/clusters.txt (ignored by git: it is derived from the training text, which is not
# ours to redistribute, and the model carries what it needs of it). Run from anywhere.
# Takes about 4 minutes on one core.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
data=../shared/data
mkdir -p artifacts
dotnet build -c Release src/EntityExtract.Cli -v quiet -nologo
dotnet src/EntityExtract.Cli/bin/Release/net10.0/entity-extract.dll clusters \
  --text "$data/unlabeled/bbc-news-2004-2005.txt" "$data/unlabeled/cia-world-factbook.txt" \
         "$data/unlabeled/reuters21578-part1.txt" "$data/unlabeled/reuters21578-part2.txt" \
         "$data/unlabeled/reuters21578-part3.txt" \
  --conll "$data/conll2003/eng.train" \
  --count 1000 --min-count 3 \
  -o artifacts/clusters.txt
sha256sum artifacts/clusters.txt
