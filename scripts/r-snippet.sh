#!/usr/bin/env bash
# CI: runs the README's five-line R snippet (between <!-- r-snippet --> markers) on a finished
# leverage-x-attacks sweep, then checks that R read runs.csv as promised: survived is logical,
# every seed comes back digit for digit, and survfit found one curve per attack rate.
# Usage: scripts/r-snippet.sh [RESULTS_DIR]   (default: runs the sweep into target/r-snippet)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/need-r.sh
dir=${1:-}
if [ -z "$dir" ]; then
  dir=target/r-snippet/sweep
  ./truce sweep scenarios/sweeps/leverage-x-attacks.yaml --replicates 50 --out "$dir" --force >/dev/null
fi
work=target/r-snippet
mkdir -p "$work"
runs="$(cd "$dir" && pwd)/runs.csv"
sed -n '/<!-- r-snippet -->/,/<!-- \/r-snippet -->/p' README.md | sed '/^<!--/d;/^```/d' \
  | sed "s#results/leverage-x-attacks/runs.csv#$runs#" > "$work/snippet.R"
test "$(wc -l < "$work/snippet.R")" -eq 5
cat >> "$work/snippet.R" <<'R'
stopifnot(is.logical(runs$survived))
raw <- sapply(strsplit(readLines(commandArgs(TRUE)[1])[-1], ","), `[`, 4)   # the seed column as text
stopifnot(identical(runs$seed, raw), length(raw) == nrow(runs))
stopifnot(length(fit$strata) == length(unique(runs$militants.ttp.attackRate)))
cat(sprintf("R snippet: %d runs read, survived logical, %d seeds exact, %d curves\n", nrow(runs), length(raw), length(fit$strata)))
R
(cd "$work" && Rscript snippet.R "$runs" | tail -1)
