#!/usr/bin/env bash
# Recovery of known parameters for the shipped calibration set-up: 20 repetitions, each a data set
# of 100 simulated ceasefires at parameters drawn from the prior, calibrated by ABC-SMC; prints how
# often each 90% interval covers the truth and writes results/recover-recovery/recovery.csv.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./truce recover scenarios/calibration/recovery.yaml --repetitions "${1:-20}" --size 100
