#!/usr/bin/env bash
# Rebuilds the accurate model (extract/eval --accurate) byte for byte, from ../shared/data. Run from anywhere.
#
# The settings of rebuild-model.sh (five gold sets, name lists, two passes with 5 jackknife folds,
# 15% case-changed copies, 12 epochs, seed 2, features seen once dropped), with contextual codes
# from the all-MiniLM-L6-v2 encoder (Tagging/Contextual) instead of Brown word clusters: each
# token's vector quantised by k-means at three sizes (--contextual-sizes), fitted on 60,000 training
# tokens. The encoder's vectors of the training and dev files are kept in
# artifacts/contextual-cache (not committed, about 0.5 GB), so training again does not encode
# again: the first run encodes ~0.7 M tokens (10 to 30 minutes on 2 cores), later ones train only.
# Writes src/EntityExtract/Tagging/Resources/accurate-model.zip (the model and the centroids),
# which the build embeds.
set -euo pipefail
cd "$(dirname "$0")/../../.."
dotnet build -c Release src/EntityExtract.Cli -v quiet -nologo
dotnet src/EntityExtract.Cli/bin/Release/net10.0/entity-extract.dll train \
  --train ../shared/data/conll2003/eng.train ../shared/data/gum/gum-train.iob2 \
          ../shared/data/uner-ewt/train.iob2,unlabelled=MISC ../shared/data/wnut17/train.iob2,unlabelled=MISC \
          ../shared/data/sec-filings/train.iob2 \
  --dev ../shared/data/conll2003/eng.testa \
  --gazetteers ../shared/data/gazetteers \
  --contextual-cache artifacts/contextual-cache --contextual-sizes 128 512 2048 \
  --epochs 12 --seed 2 \
  --jackknife-folds 5 --case-augmentation 0.15 --min-feature-count 2 \
  -o src/EntityExtract/Tagging/Resources/accurate-model.zip
sha256sum src/EntityExtract/Tagging/Resources/accurate-model.zip
