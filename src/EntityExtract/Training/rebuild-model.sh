#!/usr/bin/env bash
# Rebuilds the embedded default model byte for byte, from ../shared/data. Run from anywhere.
#
# 1. Word clusters: Clusters/rebuild-clusters.sh learns Brown clusters (C=1000) from the
#    unlabeled text and eng.train into artifacts/clusters.txt (not committed: derived from text
#    we may not redistribute; the model carries what it needs). Skipped when the file is there
#    with the expected hash.
# 2. The model: the CLI's `train` command (TaggerTrainer.Train, then EntityTagger.Save). Training
#    is seeded and single-threaded, so the same data, options and seed give the same bytes.
#    --jackknife-folds 5: five first passes, each trained on 4/5 of the documents, label the
#    held-out fifth for the document-level second pass, which is then trained with the shipped
#    first pass (all data). --case-augmentation 0.15 adds 15% of the training documents again
#    upper-cased and 15% lower-cased. Other options keep their defaults (MinFeatureCount 1,
#    PruneThreshold 0.05, MinClusterWordCount 1).
set -euo pipefail
cd "$(dirname "$0")/../../.."
clusters_sha=0942212c5232a25e4e48a07aca6ec8ace416e0210c17a76b00fde3742b224355
if [ "$(sha256sum artifacts/clusters.txt 2>/dev/null | cut -d' ' -f1)" != "$clusters_sha" ]; then
  bash src/EntityExtract/Training/Clusters/rebuild-clusters.sh
fi
dotnet build -c Release src/EntityExtract.Cli -v quiet -nologo
dotnet src/EntityExtract.Cli/bin/Release/net10.0/entity-extract.dll train \
  --train ../shared/data/conll2003/eng.train \
  --dev ../shared/data/conll2003/eng.testa \
  --gazetteers ../shared/data/gazetteers \
  --clusters artifacts/clusters.txt \
  --epochs 12 --seed 1 \
  --jackknife-folds 5 --case-augmentation 0.15 \
  -o src/EntityExtract/Tagging/Resources/default-model.bin
sha256sum src/EntityExtract/Tagging/Resources/default-model.bin
