#!/usr/bin/env bash
# Rebuilds the embedded default model byte for byte. Run from the repository root.
# The CLI's `train` command calls EntityExtract.Tagging.Training.TaggerTrainer.Train(TrainingOptions, ...)
# and saves the result with EntityTagger.Save; training is seeded and single-threaded, so the same
# data, options and seed always give the same bytes. Options not given here keep their defaults
# (TrainingOptions: MinFeatureCount 1, PruneThreshold 0.05, MinClusterWordCount 1).
# Word clusters: ../artifacts/clusters.txt, sha256 cf6423c3296a90cad09e9e1648f46442d9527e3354ea64056700225eea43bec3.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
dotnet run --project src/EntityExtract.Cli -c Release -- train \
  --train ../shared/data/conll2003/eng.train \
  --dev ../shared/data/conll2003/eng.testa \
  --gazetteers ../shared/data/gazetteers \
  --clusters ../artifacts/clusters.txt \
  --epochs 12 --seed 1 \
  -o src/EntityExtract/Tagging/Resources/default-model.bin
sha256sum src/EntityExtract/Tagging/Resources/default-model.bin
