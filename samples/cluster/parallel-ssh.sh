#!/bin/bash
# GNU parallel over ssh: hosts.txt lists one ssh login per line; the project is on a file system
# every host mounts at the same path, and entity-extract is installed on each host.
set -euo pipefail
N=${N:-12}
cd "${PROJECT:-/shared/project}" && mkdir -p out
parallel --sshloginfile hosts.txt --workdir "$PWD" --jobs 1 --halt now,fail=1 \
  entity-extract extract --shard {}/$N -q --group corpus docs/ -o out/corpus-{}.csv ::: $(seq 0 $((N - 1)))
entity-extract merge out/corpus-*.csv -o corpus.csv
