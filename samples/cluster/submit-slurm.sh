#!/bin/bash
# Submits extract.sbatch, then a merge that runs once every task has finished.
set -euo pipefail
mkdir -p logs out
job=$(sbatch --parsable "$(dirname "$0")/extract.sbatch")
sbatch --dependency=afterok:"$job" --job-name=entities-merge --output=logs/merge-%j.log --wrap '
  entity-extract merge out/corpus-*.csv -o corpus.csv &&
  { head -n 1 out/mentions-0.csv; tail -q -n +2 out/mentions-*.csv | LC_ALL=C sort -s -t, -k1,1 -k4,4n; } > mentions.csv'
