#!/usr/bin/env bash
# Re-runs a shipped calibration and updates what the README shows from it:
#   scripts/calibrate.sh NAME      (NAME: open-ended, cessation, preliminary, definitive, open-ended-1989-2009)
# runs ./truce calibrate scenarios/calibration/NAME.yaml into results/NAME/, then copies its
# posterior to scenarios/calibration/posteriors/NAME.csv (which the forecast sweeps read), its
# posterior summary beside it, and its posterior predictive charts to docs/calibration-NAME-<measure>.png.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
name="${1:?usage: scripts/calibrate.sh NAME}"
cd "$root"
./truce calibrate "scenarios/calibration/$name.yaml" --out "results/$name" --force
mkdir -p scenarios/calibration/posteriors docs
cp "results/$name/posterior.csv" "scenarios/calibration/posteriors/$name.csv"
cp "results/$name/posterior-summary.csv" "scenarios/calibration/posteriors/$name-summary.csv"
cp "results/$name/predictive.csv" "scenarios/calibration/posteriors/$name-predictive.csv"
for chart in "results/$name"/charts/predictive-*.png; do
  cp "$chart" "docs/calibration-$name-$(basename "$chart" .png | sed 's/^predictive-//').png"
done
echo "model version: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)" > "scenarios/calibration/posteriors/$name-version.txt"
