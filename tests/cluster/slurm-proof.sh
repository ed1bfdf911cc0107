#!/usr/bin/env bash
# Proof that sharded runs on a real scheduler give the same bytes as one run.
#
# Installs Slurm from Debian's packages, starts a one-node cluster on this machine (munged,
# slurmctld and one slurmd, set up for a container: no cgroups, linuxproc process tracking),
# runs `extract --shard auto` as a 4-task job array over samples/ plus generated files, merges
# the shards' outputs and compares them byte for byte with a single run:
#   - mention CSVs: shard 0 with its header, the others --no-header, concatenated and sorted by
#     file then offset;
#   - --group corpus tables: `merge`;
#   - --group file tables: `merge`, and `merge --group corpus` against the single corpus table.
# Needs root (apt-get and the daemons). Every daemon it starts is stopped on exit, whatever happens.
# Usage: tests/cluster/slurm-proof.sh   (from anywhere; exits 0 when the proof holds)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=$(mktemp -d /tmp/entity-extract-slurm.XXXXXX)
chmod 755 "$WORK"
TASKS=4
FIRST_TASK=1 # the array starts at 1, so --shard auto must subtract SLURM_ARRAY_TASK_MIN
PIDS=()
START=$SECONDS

say() { echo "slurm-proof: $*" >&2; }
fail() {
    say "FAILED: $*"
    for log in "$WORK"/log/*.log "$WORK"/log/*.out; do
        [[ -s $log ]] && { say "--- last lines of $log"; tail -n 15 "$log" >&2; }
    done
    exit 1
}

cleanup() {
    local status=$?
    if [[ -n ${JOB:-} ]] && command -v scancel >/dev/null; then
        SLURM_CONF="$WORK/etc/slurm.conf" scancel "$JOB" 2>/dev/null || true
    fi
    # Stop only what this script started, newest first.
    for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
        kill "${PIDS[i]}" 2>/dev/null || true
    done
    for pid in "${PIDS[@]}"; do
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    [[ ${KEEP_WORK:-0} == 1 ]] || rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[[ $(id -u) == 0 ]] || fail "must run as root (it installs packages and starts the Slurm daemons)"

# 1. Slurm and munge from Debian's packages.
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null; then
    say "installing slurm-wlm and munge"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null || fail "apt-get update failed"
    apt-get install -y -q slurm-wlm munge >/dev/null || fail "apt-get install slurm-wlm munge failed"
fi
say "$(slurmctld -V)"

# 2. The program, built once and shared by every task (one machine, one file system).
say "building entity-extract"
dotnet build "$ROOT/src/EntityExtract.Cli/EntityExtract.Cli.csproj" -c Release -o "$WORK/bin" -nologo -v q >/dev/null \
    || fail "dotnet build failed"
EE=("$(command -v dotnet)" "$WORK/bin/entity-extract.dll")

# 3. A corpus: the samples plus generated files, some sharing entities across files.
mkdir -p "$WORK/corpus/samples" "$WORK/corpus/generated" "$WORK/out" "$WORK/single" "$WORK/log" "$WORK/state" "$WORK/spool" "$WORK/etc"
cp "$ROOT"/samples/*.txt "$WORK/corpus/samples/"
people=("Angela Merkel" "Barack Obama" "Emmanuel Macron" "Olaf Scholz" "Jacinda Ardern" "Narendra Modi")
places=("Berlin" "Paris" "Washington" "Tokyo" "Nairobi" "Brasilia")
orgs=("the United Nations" "Siemens" "the World Bank" "Reuters" "the European Union" "Google")
for i in $(seq 0 39); do
    p=${people[i % 6]} q=${people[(i + 2) % 6]} l=${places[i % 6]} o=${orgs[(i * 5) % 6]}
    {
        echo "$p travelled to $l on Monday to meet officials from $o."
        echo
        echo "Later, $p and $q spoke to reporters in ${places[(i + 3) % 6]} about a report by $o."
        echo "Mr. ${q##* } said the talks with ${orgs[(i + 1) % 6]} would continue in $l, file $i."
    } >"$WORK/corpus/generated/report-$(printf %02d "$i").txt"
done

# 4. A one-node cluster on this machine, set up for a container.
read -r -a NODE <<<"$(slurmd -C | head -n 1)"
HOST=$(hostname -s)
dd if=/dev/urandom of="$WORK/etc/munge.key" bs=1024 count=1 status=none
chmod 600 "$WORK/etc/munge.key"
cat >"$WORK/etc/slurm.conf" <<CONF
ClusterName=proof
SlurmctldHost=$HOST
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$WORK/munge.socket
SlurmctldPort=16817
SlurmdPort=16818
StateSaveLocation=$WORK/state
SlurmdSpoolDir=$WORK/spool
SlurmctldPidFile=$WORK/slurmctld.pid
SlurmdPidFile=$WORK/slurmd.pid
SlurmctldLogFile=$WORK/log/slurmctld.log
SlurmdLogFile=$WORK/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
SchedulerType=sched/backfill
${NODE[*]} State=UNKNOWN
PartitionName=proof Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$WORK/etc/slurm.conf"

say "starting munged, slurmctld and slurmd on $HOST (${NODE[*]:1})"
munged --foreground --force --key-file="$WORK/etc/munge.key" --socket="$WORK/munge.socket" \
    --pid-file="$WORK/munged.pid" --log-file="$WORK/log/munged.log" --seed-file="$WORK/munge.seed" \
    >"$WORK/log/munged.out" 2>&1 &
PIDS+=($!)
for _ in $(seq 50); do [[ -S $WORK/munge.socket ]] && break; sleep 0.1; done
[[ -S $WORK/munge.socket ]] || fail "munged did not start"
slurmctld -D -i -f "$SLURM_CONF" >"$WORK/log/slurmctld.out" 2>&1 &
PIDS+=($!)
slurmd -D -f "$SLURM_CONF" >"$WORK/log/slurmd.out" 2>&1 &
PIDS+=($!)
state=""
for _ in $(seq 60); do
    state=$(sinfo -h -n "$HOST" -o %T 2>/dev/null || true)
    [[ $state == idle* ]] && break
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null || fail "a Slurm daemon exited while starting (node state '$state')"; done
    sleep 1
done
[[ $state == idle* ]] || fail "Slurm did not start: node $HOST is '${state:-unknown}' after 60 s"
say "cluster up: $(sinfo -h -o '%P %D %T %c CPUs')"

# 5. The job array: each task takes its shard from the environment Slurm gives it.
cat >"$WORK/job.sh" <<JOB
#!/usr/bin/env bash
set -euo pipefail
cd "$WORK/corpus"
n=\$SLURM_ARRAY_TASK_ID
header=--no-header
[[ \$n == \$SLURM_ARRAY_TASK_MIN ]] && header=
ee() { "${EE[0]}" "${EE[1]}" "\$@"; }
ee extract --shard auto --threads 1 -q \$header samples generated -o "$WORK/out/mentions-\$n.csv"
ee extract --shard auto --threads 1 -q --group corpus samples generated -o "$WORK/out/corpus-\$n.csv"
ee extract --shard auto --threads 1 -q --group file samples generated -o "$WORK/out/files-\$n.csv"
JOB
chmod +x "$WORK/job.sh"
say "submitting a $TASKS-task array"
JOB=$(sbatch --parsable --array="$FIRST_TASK-$((FIRST_TASK + TASKS - 1))" --cpus-per-task=1 --job-name=ee-proof \
    --output="$WORK/log/task-%a.log" "$WORK/job.sh") || fail "sbatch refused the job"
for _ in $(seq 180); do
    [[ -z $(squeue -h -j "$JOB" 2>/dev/null) ]] && break
    sleep 1
done
[[ -z $(squeue -h -j "$JOB" 2>/dev/null) ]] && unset JOB || fail "the job array did not finish in 180 s"
for n in $(seq "$FIRST_TASK" $((FIRST_TASK + TASKS - 1))); do
    for table in mentions corpus files; do
        [[ -f $WORK/out/$table-$n.csv ]] || fail "array task $n wrote no $table table (see its log)"
    done
done

# 6. One run over everything, and the merged shards.
say "single run and merge"
cd "$WORK/corpus"
"${EE[@]}" extract -q samples generated -o "$WORK/single/mentions.csv"
"${EE[@]}" extract -q --group corpus samples generated -o "$WORK/single/corpus.csv"
"${EE[@]}" extract -q --group file samples generated -o "$WORK/single/files.csv"
shards=$(seq "$FIRST_TASK" $((FIRST_TASK + TASKS - 1)))
{
    cat "$WORK/out/mentions-$FIRST_TASK.csv" | head -n 1
    for n in $shards; do cat "$WORK/out/mentions-$n.csv"; done | tail -n +2 | LC_ALL=C sort -s -t, -k1,1 -k4,4n
} >"$WORK/out/mentions.csv"
"${EE[@]}" merge $(for n in $shards; do echo "$WORK/out/corpus-$n.csv"; done) -o "$WORK/out/corpus.csv"
"${EE[@]}" merge $(for n in $shards; do echo "$WORK/out/files-$n.csv"; done) -o "$WORK/out/files.csv"
"${EE[@]}" merge --group corpus $(for n in $shards; do echo "$WORK/out/files-$n.csv"; done) -o "$WORK/out/corpus-from-files.csv"

# 7. The proof.
for n in $shards; do
    rows=$(($(wc -l <"$WORK/out/files-$n.csv") - 1))
    say "shard $((n - FIRST_TASK))/$TASKS: $rows file-table rows"
done
cmp "$WORK/single/mentions.csv" "$WORK/out/mentions.csv" || fail "mention rows of the shards differ from a single run"
cmp "$WORK/single/corpus.csv" "$WORK/out/corpus.csv" || fail "merged corpus table differs from a single run"
cmp "$WORK/single/files.csv" "$WORK/out/files.csv" || fail "merged file table differs from a single run"
cmp "$WORK/single/corpus.csv" "$WORK/out/corpus-from-files.csv" || fail "corpus table merged from file tables differs from a single run"
say "PASSED in $((SECONDS - START)) s: $(($(wc -l <"$WORK/single/mentions.csv") - 1)) mentions, $(($(wc -l <"$WORK/single/corpus.csv") - 1)) corpus rows, byte-identical"
