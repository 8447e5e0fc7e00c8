#!/usr/bin/env bash
# Builds target/benchmarks.jar (Maven profile `bench`) and runs the JMH benchmarks of
# src/jmh/java, writing JMH's results as JSON, then prints the sweep runner's overhead per run:
# batch-per-run / bare-per-run (BatchBench.sweepRunner over ModelBench.bareLoop).
#
#   scripts/jmh.sh                          # every benchmark, short settings (a few seconds each)
#   scripts/jmh.sh 'ModelBench|BatchBench'  # only these benchmarks (regexps), short settings
#   scripts/jmh.sh -f 3 -wi 5 -i 10 Model   # any JMH option replaces all the short settings
#                                           #   (java -jar target/benchmarks.jar -h lists them)
#   JMH_SKIP_BUILD=1 scripts/jmh.sh ...     # reuse target/benchmarks.jar as it is
#
# Results go to results/jmh.json unless the arguments name a file with -rff.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${JMH_SKIP_BUILD:-}" ]]; then
  mvn -q -B -Pbench -DskipTests package
fi

# Short settings unless the arguments give JMH options of their own (JMH refuses an option twice).
args=(-f 1 -wi 2 -w 2s -i 3 -r 2s)
for a in "$@"; do
  if [[ "$a" == -* ]]; then
    args=()
    break
  fi
done
args+=("$@")

# Results file: the one given with -rff, or results/jmh.json (as JSON).
out=""
for ((i = 0; i < ${#args[@]}; i++)); do
  if [[ "${args[i]}" == "-rff" && $((i + 1)) -lt ${#args[@]} ]]; then
    out="${args[i + 1]}"
  fi
done
if [[ -z "$out" ]]; then
  out=results/jmh.json
  args+=(-rf json -rff "$out")
fi
mkdir -p "$(dirname "$out")"

java -jar target/benchmarks.jar "${args[@]}"

if [[ ! -s "$out" ]] || [[ "$(head -c 1 "$out")" != "[" ]]; then
  echo "jmh.sh: $out is not JMH JSON (-rf json); no ratios" >&2
  exit 0
fi

# Each benchmark's primary score, and its best (lowest-time) iteration, as seconds per operation
# (JMH writes one key or value per line). On a busy machine the best iterations are the steadier
# ratio: other processes only ever add time.
awk '
  function seconds(score, unit,   u, per, f) {
    # "us/op" (average/sample/single-shot time) or "ops/us" (throughput)
    if (unit ~ /\/op$/) { u = unit; sub(/\/op$/, "", u); per = 1 }
    else if (unit ~ /^ops\//) { u = unit; sub(/^ops\//, "", u); per = 0 }
    else return -1
    f = (u == "ns") ? 1e-9 : (u == "us") ? 1e-6 : (u == "ms") ? 1e-3 : (u == "s") ? 1 \
      : (u == "min") ? 60 : (u == "hr") ? 3600 : (u == "day") ? 86400 : -1
    if (f < 0 || score <= 0) return -1
    return per ? score * f : f / score
  }
  function value(line) { sub(/^[^:]*:[ \t]*/, "", line); gsub(/[",]/, "", line); return line }
  function ratio(label, a, b) {
    if (sec[a] > 0 && sec[b] > 0)
      printf "%-62s %7.3f   (best iterations: %.3f)\n", label, sec[a] / sec[b], best[a] / best[b]
  }
  /"benchmark"[ \t]*:/ {
    name = value($0); cls = name; sub(/^.*\./, "", name); sub(/\.[^.]*$/, "", cls); sub(/^.*\./, "", cls)
    name = cls "." name; state = 0
  }
  /"primaryMetric"[ \t]*:/ { state = 1; next }
  state == 1 && /"score"[ \t]*:/ { score = value($0) + 0; state = 2; next }
  state == 2 && /"scoreUnit"[ \t]*:/ { unit = value($0); state = 3; next }
  state == 3 && /"rawData"[ \t]*:/ { state = 4; depth = 1; lo = -1; next }
  state == 4 && /^[ \t]*\[[ \t]*$/ { depth++; next }
  state == 4 && /^[ \t]*[-+0-9.eE]+,?[ \t]*$/ {
    v = $0; gsub(/[ \t,]/, "", v); t = seconds(v + 0, unit)
    if (t > 0 && (lo < 0 || t < lo)) { lo = t; lov = v + 0 }
    next
  }
  state == 4 && /^[ \t]*\][ \t]*,?[ \t]*$/ && --depth == 0 {
    # the end of rawData: one list of iteration scores per fork
    s = seconds(score, unit)
    if (s > 0) { sec[name] = s; best[name] = lo }
    printf "  %-36s %14.3f %-8s best iteration %.3f\n", name, score, unit, lov
    state = 0
  }
  END {
    print ""
    ratio("batch per run / bare per run   (sweepRunner / bareLoop):", "BatchBench.sweepRunner", "ModelBench.bareLoop")
    if (!(sec["BatchBench.sweepRunner"] > 0 && sec["ModelBench.bareLoop"] > 0))
      print "batch per run / bare per run: needs BatchBench.sweepRunner and ModelBench.bareLoop in the results"
    ratio("Simulation.run / bare          (simulationRun / bareLoop):", "ModelBench.simulationRun", "ModelBench.bareLoop")
    ratio("batch per run / Simulation.run (sweepRunner / simulationRun):", "BatchBench.sweepRunner", "ModelBench.simulationRun")
  }
' "$out" | { echo "scores ($out):"; cat; }
