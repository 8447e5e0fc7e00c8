#!/usr/bin/env bash
# The R oracle in CI: installs R with the survival package if missing (Debian: r-base-core,
# r-cran-survival), runs a shipped sweep with each confidence-interval type, and checks every
# Kaplan-Meier estimate, interval and median of summary.csv, the log-rank statistic and the
# cumulative incidence against R (scripts/r-oracle.R); then a sweep of two ceasefires
# (south-asia-spillover) for the same and hazard.csv (counts, hazards, crude and Mantel-Haenszel
# rate ratios), also grouped by a parameter's levels and with all runs together on the test
# scenario of two ceasefires. Fails on any difference.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/need-r.sh
sweep=${1:-scenarios/sweeps/leverage-x-attacks.yaml}
out=target/r-oracle
rm -rf "$out"
./truce sweep "$sweep" --out "$out/log" >/dev/null
Rscript scripts/r-oracle.R "$out/log"
for ci in plain log-log; do
  mkdir -p "$out/$ci"
  # the ledger (.truce-files) too: chart refuses a folder holding files it has no record of writing
  cp "$out/log/manifest.json" "$out/log/runs.csv" "$out/log/runs.csv.digest" "$out/log/.truce-files" "$out/$ci/"
  ./truce chart "$out/$ci" --ci "$ci" >/dev/null
  Rscript scripts/r-oracle.R "$out/$ci"
done
# several ceasefires: hazard.csv, the conditional hazards and their ratios
./truce sweep scenarios/sweeps/south-asia-spillover.yaml --out "$out/regional" >/dev/null
Rscript scripts/r-oracle.R "$out/regional"
# hazard.csv's other groupings, on the two-ceasefire test scenario: more than 8 points grouped by the
# levels of a swept parameter (a 3 x 3 grid), and all runs together (a sampled design)
cat > "$out/levels.yaml" <<'YAML'
name: oracle-levels
scenario: ../../src/test/resources/scenarios/two-fronts.yaml
replicates: 30
masterSeed: 7
design:
  type: grid
  parameters:
    mediators.*.leverage: [0.2, 0.5, 0.8]
    militants.spoiler.attackRate: [0.3, 0.6, 1.2]
YAML
cat > "$out/sampled.yaml" <<'YAML'
name: oracle-sampled
scenario: ../../src/test/resources/scenarios/two-fronts.yaml
replicates: 20
masterSeed: 7
design:
  type: lhs
  samples: 12
  parameters:
    mediators.*.leverage: {from: 0.2, to: 0.8}
YAML
for design in levels sampled; do
  ./truce sweep "$out/$design.yaml" --out "$out/$design" >/dev/null 2>&1
  Rscript scripts/r-oracle.R "$out/$design"
done
