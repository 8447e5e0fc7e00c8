#!/usr/bin/env bash
# The R oracle in CI: installs R with the survival package if missing (Debian: r-base-core,
# r-cran-survival), runs a shipped sweep with each confidence-interval type, and checks every
# Kaplan-Meier estimate, interval and median of summary.csv, the log-rank statistic and the
# cumulative incidence against R (scripts/r-oracle.R); then a sweep of two ceasefires
# (south-asia-spillover) for the same and hazard.csv (counts, hazards, crude and Mantel-Haenszel
# rate ratios). Fails on any difference.
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
