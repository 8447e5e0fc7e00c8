#!/usr/bin/env bash
# Measures how Truce scales with design size, outside the runs themselves (issue 12, item 4):
#
#   planning   wall time of `truce validate` on a Sobol sweep of 1, 10,000 and 50,000 points
#              (validate builds and checks the whole plan, as `sweep` does before its first run),
#              its peak RSS and the live heap after the last full collection
#   huge       a 100 x 100 x 100 grid and a 1,000,000-sample Latin hypercube validated with
#              -Xmx256m and -Xmx512m (capped by `timeout`: a failure shows as exit 124 or an
#              OutOfMemoryError; exit 2 is the heap estimate refusing the design once every point
#              is planned and checked: their statistics would not fit)
#   post       a Sobol sweep of POINTS points x REPS replicates (default 50,000 x 4 = 200,000 runs):
#              the runs phase the sweep reports, the wall time around it (planning +
#              post-processing), `truce chart` on the folder, each in -Xmx256m; then the sweep with
#              the launcher's options: the JVM's CPU time in the runs phase and after the last run
#              (post-processing: summary, incidence, analysis, charts, report, GC), post CPU over
#              the runs' CPU per core (its share of the runs phase on idle cores), the wall-time
#              share, and peak RSS
#
#   scripts/scale-bench.sh                 # everything (a few minutes on 2 cores)
#   scripts/scale-bench.sh planning huge   # only these parts
#   POINTS=50000 REPS=20 scripts/scale-bench.sh post    # 1,000,000 runs
#   JAR=/elsewhere/truce.jar scripts/scale-bench.sh     # another build (before/after)
#
# Each figure is one measurement (these take seconds to minutes); run it twice on a busy machine.
# Output: one line a measurement on stdout; work files under ${WORK:-/tmp/truce-scale}.
set -uo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
jar="${JAR:-$root/target/truce.jar}"
work="${WORK:-/tmp/truce-scale}"
points="${POINTS:-50000}"
reps="${REPS:-4}"
cap="${CAP:-180}"
mkdir -p "$work"
[[ -f "$jar" ]] || mvn -q -B -DskipTests package
parts=("$@")
[[ ${#parts[@]} -gt 0 ]] || parts=(planning huge post)

sweep_file() { # NAME TYPE SIZE -> prints the path of a sweep file over baseline-2025
  local name="$1" type="$2" size="$3" f="$work/$1.yaml"
  {
    echo "name: $name"
    echo "scenario: $root/scenarios/baseline-2025.yaml"
    echo "replicates: 1"
    echo "masterSeed: 20251019"
    echo "design:"
    echo "  type: $type"
    if [[ "$type" == grid ]]; then
      echo "  parameters:"
      echo "    mediators.*.leverage: {from: 0.1, to: 0.9, steps: $size}"
      echo "    militants.ttp.attackRate: {from: 0.2, to: 2.0, steps: $size}"
      echo "    states.*.forgiveness: {from: 0, to: 0.8, steps: $size}"
    else
      echo "  samples: $size"
      echo "  parameters:"
      echo "    mediators.*.leverage: {from: 0.1, to: 0.9}"
      echo "    militants.ttp.attackRate: {from: 0.2, to: 2.0}"
      echo "    militants.ttp.attribution: {from: 0, to: 0.5}"
      echo "    states.*.forgiveness: {from: 0, to: 0.8}"
      echo "    collapse.violations: {from: 2, to: 6, integer: true}"
    fi
  } >"$f"
  echo "$f"
}

# Splits "JAVA_OPTS... -- ARGS..." into the caller's arrays opts and args.
split_args() {
  opts=(); args=()
  while [[ "$1" != "--" ]]; do opts+=("$1"); shift; done
  shift
  args=("$@")
}

# Runs java with a GC log; prints "wall=..s cpu=..s rss=..MiB live=..MiB exit=N" and the last output
# line (cpu: user + system time of the JVM, steadier than wall time on a shared machine).
measure() { # LABEL JAVA_OPTS... -- ARGS...
  local label="$1" opts args; shift
  split_args "$@"
  local gc="$work/gc-$label.log" t="$work/time-$label.txt" out="$work/out-$label.txt"
  local t0 t1 rc
  t0=$(date +%s.%N)
  /usr/bin/time -f "%M %U %S" -o "$t" timeout "$cap" java "${opts[@]}" -Xlog:gc:file="$gc" -jar "$jar" "${args[@]}" >"$out" 2>&1
  rc=$?
  t1=$(date +%s.%N)
  local rss live cpu kb user sys
  read -r kb user sys < <(tail -1 "$t" 2>/dev/null || echo "0 0 0")
  rss=$(( ${kb:-0} / 1024 ))
  cpu=$(echo "${user:-0} + ${sys:-0}" | bc)
  # live heap: occupancy after the last full collection (else after the last collection)
  live=$(grep -E 'Pause Full' "$gc" | tail -1 | sed -E 's/.*->([0-9]+)M.*/\1/')
  [[ -n "$live" ]] || live=$(grep -E -- '->[0-9]+M' "$gc" | tail -1 | sed -E 's/.*->([0-9]+)M.*/\1/')
  printf '%-28s wall=%6.2fs cpu=%6.2fs rss=%5sMiB live=%5sMiB exit=%s | %s\n' "$label" "$(echo "$t1 - $t0" | bc)" \
    "$cpu" "$rss" "${live:-?}" "$rc" "$(grep -v '^\s*$' "$out" | tail -1 | cut -c1-110)"
}

# Runs a sweep and reads the JVM's CPU time (user + system, from /proc) when its first run starts
# (the "sweep ..." line) and when its last one ends (the 100% progress line); prints the CPU of the
# runs phase and of everything after it, post CPU / (runs CPU / cores) -- post-processing's share
# of the runs phase on idle cores, steadier than wall time on a shared machine -- the wall-time
# share, and peak RSS.
phases() { # LABEL JAVA_OPTS... -- ARGS...
  local label="$1" opts args; shift
  split_args "$@"
  local err="$work/err-$label.txt" out="$work/out-$label.txt" t="$work/time-$label.txt"
  local tick cores pid="" c0="" c1="" w0="" w1="" w2
  tick=$(getconf CLK_TCK)
  cores=$(nproc)
  : >"$err"
  /usr/bin/time -f "%M %U %S" -o "$t" java "${opts[@]}" -jar "$jar" "${args[@]}" >"$out" 2>"$err" &
  local timer=$!
  while [[ -z "$pid" ]] && kill -0 "$timer" 2>/dev/null; do pid=$(pgrep -P "$timer" java); sleep 0.02; done
  cpu_of() { awk -v t="$tick" '{ sub(/^.*\) /, ""); split($0, f, " "); printf "%.2f", (f[12] + f[13]) / t }' "/proc/$1/stat"; }
  while [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; do
    if [[ -z "$c0" ]] && grep -q ' -> ' "$err"; then c0=$(cpu_of "$pid"); w0=$(date +%s.%N); fi
    if [[ -z "$c1" ]] && grep -q '(100.0%)' "$err"; then c1=$(cpu_of "$pid"); w1=$(date +%s.%N); break; fi
    sleep 0.05
  done
  wait "$timer"; local rc=$?
  w2=$(date +%s.%N)
  local kb user sys
  read -r kb user sys < <(tail -1 "$t")
  local total rss=$(( ${kb:-0} ))
  total=$(echo "${user:-0} + ${sys:-0}" | bc)
  local runs_wall; runs_wall=$(grep -o '[0-9]* runs in [0-9.]* s' "$out" | awk '{print $4}')
  awk -v l="$label" -v c0="${c0:-0}" -v c1="${c1:-0}" -v c2="${total:-0}" -v n="$cores" -v w0="${w0:-0}" \
      -v w1="${w1:-0}" -v w2="$w2" -v rw="${runs_wall:-0}" -v rss="$rss" -v rc="$rc" 'BEGIN {
    runs = c1 - c0; post = c2 - c1
    printf "%-28s runs cpu=%6.1fs post cpu=%5.1fs idle-equivalent share=%5.1f%% | runs wall=%6.1fs post wall=%5.1fs (%4.1f%%) | rss=%dMiB exit=%s\n",
      l, runs, post, (runs > 0 ? 100 * post / (runs / n) : 0), rw, w2 - w1, (rw > 0 ? 100 * (w2 - w1) / rw : 0), rss / 1024, rc }'
}

for part in "${parts[@]}"; do
  case "$part" in
    planning)
      for n in 1 10000 50000; do
        f=$(sweep_file "sobol-$n" sobol "$n")

        measure "plan-sobol-$n" -XX:+UseParallelGC -- validate "$f"
      done
      ;;
    huge)
      g=$(sweep_file grid-100 grid 100)
      l=$(sweep_file lhs-1m lhs 1000000)
      for x in 256m 512m; do
        measure "grid100^3-Xmx$x" -XX:+UseParallelGC "-Xmx$x" -- validate "$g"
        measure "lhs1M-Xmx$x" -XX:+UseParallelGC "-Xmx$x" -- validate "$l"
      done
      ;;
    post)
      runs=$((points * reps))
      f=$(sweep_file "sobol-$points" sobol "$points")
      d="$work/results-$runs"
      # --no-heap-check: this measures the heap really used; the estimate (which assumes every run ends
      # on a day of its own) refuses 50,000 points x 20 in 256 MB, which run there
      measure "sweep-$runs-Xmx256m" -XX:+UseParallelGC -Xmx256m -- sweep "$f" --replicates "$reps" --force --out "$d" --no-heap-check
      grep -o '[0-9]* runs in [0-9.]* s' "$work/out-sweep-$runs-Xmx256m.txt" | sed 's/^/  runs phase: /'
      measure "chart-$runs-Xmx256m" -XX:+UseParallelGC -Xmx256m -- chart "$d" --no-heap-check
      launcher_opts=$(grep -o 'exec java [^$]*' "$root/truce" | sed -E 's/exec java //')
      # shellcheck disable=SC2086
      phases "sweep-$runs-launcher" $launcher_opts -- sweep "$f" --replicates "$reps" --force --out "$d"
      ;;
    *) echo "unknown part: $part (planning, huge, post)" >&2; exit 2 ;;
  esac
done
