#!/usr/bin/env bash
# Measures the heap a sweep keeps per design point (its statistics: the per-point summary,
# Kaplan-Meier curve, endings and, with several ceasefires, hazards), the figure behind
# truce.analysis.StatisticsFootprint: a Latin hypercube sweep runs in a large heap while
# `jmap -histo:live` (a full collection, then the live objects' bytes) is taken when a quarter
# and when three quarters of its runs are done; bytes a point = the growth between the two over
# the points closed between them. Then the same sweep's report phase: the live heap after the last
# full collection of the whole sweep (GC log), over the live heap at the end of the runs.
#
#   scripts/heap-per-point.sh                    # the configurations of StatisticsFootprint
#   CONFIGS="baseline-2025:1:200000" scripts/heap-per-point.sh   # SCENARIO:REPLICATES:POINTS
#
# Output: one line a configuration on stdout; work files under ${WORK:-/tmp/truce-heap}.
set -uo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
jar="${JAR:-$root/target/truce.jar}"
work="${WORK:-/tmp/truce-heap}"
mkdir -p "$work"
[[ -f "$jar" ]] || mvn -q -B -DskipTests package
# (No adaptive configuration: an adaptive sweep keeps nothing a point while it runs, and re-reads
# runs.csv for its report, where its points stay open; StatisticsFootprint.AN_OPEN_DAY is the
# arrays' size.)
configs=(${CONFIGS:-baseline-2025:1:200000 baseline-2025:20:15000 south-asia-2025:1:40000 south-asia-2025:20:6000})

sweep_file() { # NAME SCENARIO REPLICATES POINTS
  local f="$work/$1.yaml"
  {
    echo "name: $1"
    echo "scenario: $root/scenarios/$2.yaml"
    echo "replicates: $3"
    echo "masterSeed: 20251019"
    echo "design:"
    echo "  type: lhs"
    echo "  samples: $4"
    echo "  parameters:"
    echo "    states.*.forgiveness: {from: 0, to: 0.8}"
    echo "    states.*.perceptionNoise: {from: 0, to: 0.05}"
    echo "    mediators.*.leverage: {from: 0.1, to: 0.9}"
    echo "    militants.*.attackRate: {from: 0.2, to: 2.0}"
    echo "    collapse.violations: {from: 2, to: 6, integer: true}"
  } >"$f"
  echo "$f"
}

live_bytes() { jmap -histo:live "$1" 2>/dev/null | awk '/^Total/ {print $3}'; }

for c in "${configs[@]}"; do
  IFS=: read -r scenario reps points mode <<<"$c"
  name="heap-$scenario-$reps-$points${mode:+-$mode}"
  f="$(sweep_file "$name" "$scenario" "$reps" "$points")"
  extra=()
  rm -rf "$work/$name"
  runs=$((reps * points))
  java -XX:+UseParallelGC -Xmn64m -XX:MetaspaceSize=64m -Xmx6g -Xlog:gc:file="$work/$name.gc" \
    -jar "$jar" sweep "$f" --out "$work/$name" "${extra[@]}" >"$work/$name.out" 2>"$work/$name.err" &
  pid=$!
  taken=(); at=()
  for share in 25 75; do
    want=$((runs * share / 100))
    while kill -0 "$pid" 2>/dev/null; do
      done_runs=$(grep -o '^[0-9]*/' "$work/$name.err" | tail -1 | tr -d /)
      [[ -n "$done_runs" && "$done_runs" -ge "$want" ]] && break
      sleep 0.5
    done
    done_runs=$(grep -o '^[0-9]*/' "$work/$name.err" | tail -1 | tr -d /)
    taken+=("$(live_bytes "$pid")"); at+=("$done_runs")
  done
  wait "$pid"; rc=$?
  closed=$(( (at[1] - at[0]) / reps ))
  per=$(( (taken[1] - taken[0]) / (closed > 0 ? closed : 1) ))
  last_full=$(grep 'Pause Full' "$work/$name.gc" | tail -1 | sed -E 's/.*->([0-9]+)M.*/\1/')
  echo "$c: $per bytes a point (live ${taken[0]} at ${at[0]} runs, ${taken[1]} at ${at[1]} runs); exit $rc; last full GC left ${last_full:-none} MiB"
done
