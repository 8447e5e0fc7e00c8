#!/usr/bin/env bash
# slurm-it.sh: integration test of `truce slurm` on a real single-node SLURM cluster.
#
# It builds the jar if needed, starts a local cluster (scripts/slurm-cluster.sh), generates the
# job scripts for scenarios/sweeps/leverage-x-attacks.yaml in 4 shards, submits them with the
# generated submit.sh, waits for the merge job, checks that every array task and the merge
# completed with exit code 0, then runs the same sweep in one process and checks that the
# cluster's runs.csv and summary.csv are byte-identical to it. Prints one PASS or FAIL line
# last and exits non-zero on failure, after printing the job and daemon logs.
#
# Meant for a fresh Debian 12 machine with Java 17 and Maven, run as root (as CI runs it):
# the cluster script installs slurm-wlm and munge with apt-get if they are missing. Running it
# again is fine: it stops the daemons it started, and each run works in a new directory.
# If a cluster started by `scripts/slurm-cluster.sh start` is already up, the test uses it and
# leaves it running.
#
# Environment:
#   TRUCE_IT_TIMEOUT   seconds to wait for the jobs (default 600)
#   TRUCE_IT_JAR       test this jar instead of building target/truce.jar
#   TRUCE_IT_KEEP=1    keep the work directory after a pass (it is always kept after a failure)
#   TRUCE_SLURM_DIR    where the cluster keeps its files (see slurm-cluster.sh)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cluster="$root/scripts/slurm-cluster.sh"
sweep="scenarios/sweeps/leverage-x-attacks.yaml"
shards=4
timeout="${TRUCE_IT_TIMEOUT:-600}"
cd "$root"

log() { echo "slurm-it: $*" >&2; }

work=""
started_cluster=no
array_job=""
merge_job=""
verdict=""   # set to PASS at the very end; anything else on exit is a failure

# fail REASON: record why, and exit; the EXIT trap prints the logs and the FAIL line.
fail() {
  verdict="FAIL: $*"
  exit 1
}

# Diagnostics for a failure: what SLURM knows of our jobs, their logs, the daemons' logs.
print_diagnostics() {
  echo "===== diagnostics"
  if [ -n "$array_job$merge_job" ]; then
    local j
    for j in $array_job $merge_job; do
      echo "----- scontrol show job $j"
      timeout 10 scontrol show job "$j" 2>&1 || true
    done
  fi
  if [ -n "$work" ]; then
    local f
    # The jobs' logs, then the output of the commands this script ran (*.log).
    for f in "$work"/cluster/slurm/logs/* "$work"/*.log; do
      [ -f "$f" ] || continue
      echo "----- $f (last 40 lines)"
      tail -n 40 "$f"
    done
  fi
  "$cluster" logs || true
  [ -n "$work" ] && echo "(work directory kept: $work)"
}

on_exit() {
  local rc=$?
  set +e
  if [ "$verdict" != PASS ]; then
    [ -n "$verdict" ] || verdict="FAIL: unexpected error (exit code $rc); see the output above"
    print_diagnostics >&2
    # Do not leave our jobs queued or running, and let them end before slurmd is stopped.
    if [ -n "$array_job$merge_job" ]; then
      # shellcheck disable=SC2086 # two job ids, or one
      scancel $array_job $merge_job 2>/dev/null
      local i
      for ((i = 0; i < 15; i++)); do
        [ -z "$(squeue -h -j "${array_job:-0},${merge_job:-0}" 2>/dev/null)" ] && break
        sleep 1
      done
    fi
  fi
  # Stop the daemons only if this test started them (by their recorded pids).
  [ "$started_cluster" = yes ] && "$cluster" stop
  if [ "$verdict" = PASS ]; then
    if [ "${TRUCE_IT_KEEP:-0}" = 1 ]; then
      log "results kept in $work"
    elif [ -n "$work" ]; then
      rm -rf "$work"
    fi
    echo "slurm-it: PASS ($shards shards on SLURM match the single-process sweep; ${SECONDS}s)"
    exit 0
  fi
  echo "slurm-it: $verdict (${SECONDS}s)"
  exit 1
}
trap on_exit EXIT
trap 'fail "interrupted"' INT TERM

# --- 1. the jar ------------------------------------------------------------------------------
work="$(mktemp -d /tmp/truce-slurm-it.XXXXXX)"
log "work directory $work"
if [ -n "${TRUCE_IT_JAR:-}" ]; then
  jar="$TRUCE_IT_JAR"
  [ -f "$jar" ] || fail "TRUCE_IT_JAR=$jar does not exist"
else
  jar="$root/target/truce.jar"
  # Same rule as the ./truce launcher: build when the jar is missing or older than the sources.
  if [ ! -f "$jar" ] || [ "$root/pom.xml" -nt "$jar" ] \
      || [ -n "$(find "$root/src/main" -newer "$jar" -type f -print -quit)" ]; then
    log "building target/truce.jar (mvn -B -DskipTests package)"
    if ! mvn -q -B -DskipTests package >"$work/build.log" 2>&1; then
      fail "the build failed (mvn -B -DskipTests package)"
    fi
  fi
fi
command -v java >/dev/null || fail "java is not on PATH"
# Jobs and the single-process run use one copy of the jar, so a rebuild of target/ while the
# test runs cannot make them differ. `truce slurm` writes the path of the jar it runs from
# into the job scripts.
cp "$jar" "$work/truce.jar"
truce() { java -jar "$work/truce.jar" "$@"; }

# --- 2. the cluster --------------------------------------------------------------------------
if "$cluster" status >/dev/null 2>&1; then
  log "using the cluster that is already running (it is left running)"
else
  started_cluster=yes
  "$cluster" start >/dev/null || fail "the SLURM cluster did not start"
fi
# sbatch, squeue, scontrol and scancel read SLURM_CONF; sbatch passes it (and PATH, for java)
# on to the jobs, as it propagates the submitting environment by default.
eval "$("$cluster" env)"
export SLURM_CONF

# --- 3. generate and submit ------------------------------------------------------------------
# 1 CPU and 500M per task fit any machine that can run the test: 2 tasks at a time on 2 CPUs.
# The JVM's default heap is a quarter of the machine's memory, which a cluster enforcing --mem
# would kill; 256m is plenty for a shard and for the merge.
truce slurm "$sweep" --shards "$shards" --cpus-per-task 1 --mem 500M \
  --setup 'export JAVA_TOOL_OPTIONS=-Xmx256m' --out "$work/cluster" >"$work/truce-slurm.log" 2>&1 \
  || fail "truce slurm failed"
submitted="$(bash "$work/cluster/slurm/submit.sh")" || fail "submit.sh failed: $submitted"
log "$(head -n 1 <<<"$submitted")"
# submit.sh prints: "submitted shard array job <id> (<n> tasks) and merge job <id>"
array_job="$(sed -n 's/.*array job \([0-9][0-9]*\).*/\1/p' <<<"$submitted" | head -n 1)"
merge_job="$(sed -n 's/.*merge job \([0-9][0-9]*\).*/\1/p' <<<"$submitted" | head -n 1)"
if [ -z "$array_job" ] || [ -z "$merge_job" ]; then
  fail "could not read the job ids from submit.sh's output: $submitted"
fi

# --- 4. wait for the merge -------------------------------------------------------------------
# No accounting database, so no sacct: scontrol reports finished jobs for MinJobAge (600 s in
# the cluster's conf). The merge ends as COMPLETED, or FAILED, or CANCELLED when a shard failed
# (afterok can no longer be met, and the conf has kill_invalid_depend); we also stop waiting as
# soon as SLURM says the dependency can never be satisfied.
job_field() { # job_field FIELD RECORD: the value of FIELD=... in one `scontrol -o` record
  tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p" | head -n 1
}
merge_state=""
queue=""
last_queue=""
last_report=0
deadline=$((SECONDS + timeout))
while :; do
  record="$(scontrol -o show job "$merge_job" 2>/dev/null)" \
    || fail "scontrol no longer knows merge job $merge_job"
  merge_state="$(job_field JobState "$record")"
  if [ "$(job_field Reason "$record")" = DependencyNeverSatisfied ]; then
    merge_state="$merge_state (DependencyNeverSatisfied: a shard failed)"
    break
  fi
  case "$merge_state" in
    PENDING | CONFIGURING | RUNNING | COMPLETING | SUSPENDED | REQUEUED | RESIZING) ;;
    *) break ;;
  esac
  ((SECONDS < deadline)) || fail "the jobs did not finish within ${timeout}s (merge job $merge_state)"
  # Progress: the queue whenever it changes, and at least once a minute.
  queue="$(squeue -h -j "$array_job,$merge_job" -o '%i:%T' 2>/dev/null | tr '\n' ' ')"
  if [ "$queue" != "$last_queue" ] || ((SECONDS - last_report >= 60)); then
    log "queue: ${queue:-(empty)}"
    last_queue="$queue"
    last_report=$SECONDS
  fi
  sleep 1
done
log "merge job $merge_job: $merge_state"

# --- 5. check every array task and the merge -------------------------------------------------
tasks_ok=0
while read -r record; do
  [ -n "$record" ] || continue
  task="$(job_field ArrayTaskId "$record")"
  state="$(job_field JobState "$record")"
  code="$(job_field ExitCode "$record")"
  if [ "$state" = COMPLETED ] && [ "$code" = 0:0 ]; then
    tasks_ok=$((tasks_ok + 1))
  else
    log "array task ${array_job}_$task: $state, exit code $code"
  fi
done <<<"$(scontrol -o show job "$array_job" 2>/dev/null)"
((tasks_ok == shards)) || fail "$tasks_ok of $shards array tasks completed with exit code 0"
merge_code="$(job_field ExitCode "$(scontrol -o show job "$merge_job")")"
if [ "$merge_state" != COMPLETED ] || [ "$merge_code" != 0:0 ]; then
  fail "merge job $merge_job: $merge_state, exit code $merge_code"
fi
log "all $shards array tasks and the merge completed with exit code 0"

# --- 6. compare with a single-process sweep --------------------------------------------------
truce sweep "$sweep" --out "$work/single" >"$work/single-sweep.log" 2>&1 \
  || fail "the single-process sweep failed"
for f in runs.csv summary.csv; do
  [ -f "$work/cluster/$f" ] || fail "the merge wrote no $f"
  cmp "$work/single/$f" "$work/cluster/$f" \
    || fail "$f differs between the cluster ($work/cluster) and one process ($work/single)"
done
log "runs.csv ($(($(wc -l <"$work/cluster/runs.csv") - 1)) runs) and summary.csv are identical"
verdict=PASS
