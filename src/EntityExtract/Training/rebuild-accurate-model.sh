#!/usr/bin/env bash
# Rebuilds the accurate model (extract/eval --accurate) byte for byte, from ../shared/data. Run from anywhere.
#
# The settings of rebuild-model.sh (five gold sets, name lists, the same Brown word clusters, two
# passes with 5 jackknife folds, 15% case-changed copies, 12 epochs, seed 2) plus contextual codes
# from the all-MiniLM-L6-v2 encoder (Tagging/Contextual): each token's vector quantised by k-means
# at three sizes (--contextual-sizes), fitted on 60,000 training tokens (EXPERIMENTS.md, "An
# accurate mode"; row 42).
# 1. Word clusters: as rebuild-model.sh (Clusters/rebuild-clusters.sh, about 6 minutes on a quiet
#    machine, much longer on a busy one), skipped when artifacts/clusters.txt has the expected hash.
# 2. The encoder's vectors of the training and dev files are kept in artifacts/contextual-cache
#    (not committed, about 0.5 GB): the first run encodes ~0.7 M tokens (2 to 10 minutes on 2
#    cores), later runs read them back.
# 3. Training (about 5 minutes alone on 2 cores). Writes
#    src/EntityExtract/Tagging/Resources/accurate-model.zip (the model and the k-means centroids),
#    which the build embeds.
set -euo pipefail
cd "$(dirname "$0")"
exec bash rebuild-model.sh src/EntityExtract/Tagging/Resources/accurate-model.zip \
  --contextual-cache artifacts/contextual-cache --contextual-sizes 128 512 2048
