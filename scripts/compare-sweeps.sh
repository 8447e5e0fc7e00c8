#!/usr/bin/env bash
# Runs sweep files with two builds of Truce and compares the results byte for byte: the check
# that a change meant to be invisible (speed, memory) is. Compares runs.csv, summary.csv, logrank.csv,
# incidence.csv, forecast.csv, codebook.csv, daily-means.csv, hazard.csv, incidence-by-ceasefire.csv,
# sensitivity.csv and morris.csv, and the manifest and index.html without their times and versions.
#
#   scripts/compare-sweeps.sh OLD.jar NEW.jar SWEEP.yaml...    # exit 0 if every file matches
set -uo pipefail
old="$1" new="$2"; shift 2
work="$(mktemp -d)"
status=0
for f in "$@"; do
  name="$(basename "$f" .yaml)"
  for side in old new; do
    jar="$old"; [[ "$side" == new ]] && jar="$new"
    java -XX:+UseParallelGC -jar "$jar" sweep "$f" --out "$work/$side/$name" >/dev/null 2>"$work/$side-$name.err" \
      || { echo "FAIL $name: $side build exited non-zero"; cat "$work/$side-$name.err"; status=1; }
  done
  for file in runs.csv summary.csv logrank.csv incidence.csv sensitivity.csv morris.csv forecast.csv codebook.csv daily-means.csv hazard.csv incidence-by-ceasefire.csv index.html manifest.json; do
    a="$work/old/$name/$file" b="$work/new/$name/$file"
    [[ -f "$a" || -f "$b" ]] || continue
    if [[ "$file" == manifest.json || "$file" == index.html ]]; then
      strip() { grep -vE '"(started|finished|javaVersion|toolVersion)"|<dt>(started|finished|tool)</dt>' "$1"; }
      if cmp -s <(strip "$a") <(strip "$b"); then echo "same $name/$file"; else echo "DIFF $name/$file"; status=1; fi
    elif cmp -s "$a" "$b"; then echo "same $name/$file ($(wc -l <"$a") lines)"; else echo "DIFF $name/$file"; status=1; fi
  done
done
rm -rf "$work"
exit "$status"
