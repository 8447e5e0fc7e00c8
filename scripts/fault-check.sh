#!/usr/bin/env bash
# Re-runs every fault-injection measurement of issue 12 against a built jar and prints one line a
# case:   case | expected | observed | PASS or FAIL
#
#   lock      two writers on one folder: two fresh starts (6 tries), two resumes, a resume while
#             the sweep runs, a resume after the holder was killed with SIGKILL
#   tamper    files changed after Truce wrote them, for `sweep --resume`, `merge` and `chart`, on a
#             one-ceasefire sweep (leverage-x-attacks) and a two-ceasefire one (south-asia-spillover,
#             whose per-ceasefire columns are parsed too): edited outcomes (with and without a
#             forged digest), forged, moved, swapped, deleted, duplicated and cut rows, malformed
#             cells, trailing bytes, truncated manifests, impossible shard indexes, another sweep's
#             runs.csv, impossible outcomes (survived with day 10)
#   output    output safety: the user's own files, --force, `/`, home, '', a file, a dangling link,
#             stale charts
#   size      designs of a million points in -Xmx256m (a Latin hypercube and a 100^3 grid: refused
#             at once by the heap estimate; with it off, planning must finish and the runs start;
#             then SIGTERM), --replicates 2000000000, planning time
#             of 50,000 points
#   late      names that cannot be file names, YAML 1.1 octal and sexagesimal numbers, names that
#             differ only in case, a full disk (a small tmpfs: needs root, else the case says SKIP)
#   signal    SIGTERM and SIGINT while planning, while running and while writing the report: exit
#             143/130 within 15 s and one line saying how to go on; the printed command is then run
#   full      (only when asked: FULL=1 or `full` as an argument; ~5-15 min) a 1,000,000-point Latin
#             hypercube at 1 replicate in -Xmx512m is refused, naming the most points that fit; that
#             many then run to the end in -Xmx512m: heap after GC, time
#
#   scripts/fault-check.sh                       # every part but `full` (about 10 minutes on 2 cores)
#   scripts/fault-check.sh tamper output         # only these parts
#   JAR=/elsewhere/truce.jar scripts/fault-check.sh   # another build (before/after)
#   KEEP=1 scripts/fault-check.sh                # keep the work folder (its path is printed)
#
# Needs bash, coreutils, awk, sha256sum and Java 17; the tmpfs case needs root (mount/umount).
# Exit status: 0 if no case failed, 1 otherwise. Processes and mounts it starts are cleaned up.
set -uo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
jar="${JAR:-$root/target/truce.jar}"
[[ -f "$jar" ]] || mvn -q -B -o -DskipTests package || exit 1
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
work="$(mktemp -d "${TMPDIR:-/tmp}/truce-faults.XXXXXX")"
parts=("$@")
[[ ${#parts[@]} -gt 0 ]] || parts=(lock tamper output size late signal)
[[ "${FULL:-0}" == 1 ]] && parts+=(full)
LEV="$root/scenarios/sweeps/leverage-x-attacks.yaml"
SA="$root/scenarios/sweeps/south-asia-spillover.yaml"
started=()  # pids of background processes this script started
mounted=()  # tmpfs mounts this script made
failures=0

cleanup() {
  local p m
  for p in "${started[@]}"; do kill -9 "$p" 2>/dev/null; done
  for m in "${mounted[@]}"; do umount "$m" 2>/dev/null; done
  if [[ "${KEEP:-0}" == 1 ]]; then echo "work folder kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

truce() { java -XX:+UseParallelGC -Xmn64m -Djava.awt.headless=true ${JOPTS:-} -jar "$jar" "$@"; }

# ---- reporting

short() { # text shortened for the table: the work folder as $W, at most 230 characters
  local t="${1//$work/\$W}"
  t="${t//$root/.}"
  t="${t//$'\n'/ / }"
  (( ${#t} > 230 )) && t="${t:0:227}..."
  printf '%s' "$t"
}

result() { # CASE EXPECTED OBSERVED OK(0/1)
  local verdict=PASS
  [[ "$4" == 0 ]] || { verdict=FAIL; failures=$((failures + 1)); }
  printf '%s | %s | %s | %s\n' "$1" "$2" "$(short "$3")" "$verdict"
}

skip() { printf '%s | %s | %s | SKIP\n' "$1" "$2" "$(short "$3")"; }

# Runs a command (truce's arguments) and checks it was refused: exit CODE, exactly one line
# starting "error: ", containing the extended regex WANT, no stack trace.
# refused CASE CODE WANT [truce arguments...]
refused() {
  local case="$1" code="$2" want="$3"; shift 3
  truce "$@" >"$work/out.txt" 2>"$work/err.txt"
  check_refusal "$case" "$code" "$want" $? "$work/err.txt"
}

check_refusal() { # CASE CODE WANT RC ERRFILE
  local errors first ok=1
  errors=$(grep -c '^error: ' "$5")
  first=$(grep -m1 '^error: ' "$5")
  if [[ "$4" == "$2" && "$errors" == 1 ]] && grep -qE -- "$3" <<<"$first" \
      && ! grep -qE 'Exception|^[[:space:]]+at ' "$5"; then ok=0; fi
  local observed="exit $4: ${first:-$(grep -m1 . "$5")}"
  [[ "$errors" -gt 1 ]] && observed+=" (+$((errors - 1)) more error lines)"
  grep -qE 'Exception|^[[:space:]]+at ' "$5" && observed+=" [stack trace]"
  result "$1" "exit $2, one line: /$3/" "$observed" $ok
}

# ---- results files

copy() { rm -rf "$2"; cp -a "$1" "$2"; }

col() { # FILE COLUMN -> 1-based index of the column in the header
  head -1 "$1" | tr ',' '\n' | grep -nx -- "$2" | cut -d: -f1
}

getcell() { # FILE LINE COLUMN
  awk -F, -v l="$2" -v k="$(col "$1" "$3")" 'NR==l{print $k; exit}' "$1"
}

setcell() { # FILE LINE COLUMN VALUE (the digest is left as it was)
  awk -F, -v OFS=, -v l="$2" -v k="$(col "$1" "$3")" -v v="$4" 'NR==l{$k=v} {print}' "$1" >"$1.tmp" \
    && cat "$1.tmp" >"$1" && rm "$1.tmp"
}

forge() { # FILE: rewrites FILE.digest to match FILE's complete lines, as a careful forger would
  local f="$1" n bytes full b
  n=$(wc -l <"$f")
  bytes=$(head -n "$n" "$f" | wc -c)
  full=$((n / 1024))
  {
    echo "truce line digest 1"
    echo "file $(basename "$f")"
    echo "lines $n"
    echo "bytes $bytes"
    echo "block-lines 1024"
    echo "sha256 $(head -n "$n" "$f" | sha256sum | cut -c1-64)"
    for ((b = 0; b < full; b++)); do
      echo "block $(sed -n "$((b * 1024 + 1)),$(((b + 1) * 1024))p" "$f" | sha256sum | cut -c1-64)"
    done
    if ((n % 1024)); then echo "last $(tail -n +$((full * 1024 + 1)) "$f" | head -n $((n % 1024)) | sha256sum | cut -c1-64)"; fi
  } >"$f.digest.tmp" && mv "$f.digest.tmp" "$f.digest"
}

lines_of() { wc -l <"$1"; }

wait_for() { # SECONDS CONDITION... : polls every 0.1 s; status 0 when the condition held in time
  local end=$((SECONDS + $1)); shift
  until "$@"; do ((SECONDS < end)) || return 1; sleep 0.1; done
}

bigger() { [[ -f "$1" ]] && (($(stat -c %s "$1") > $2)); }

start_bg() { # LOG ARGS... : starts truce in the background; the Java process's pid in $bg
  local log="$1"; shift
  # (env --default-signal: a script started in the background has SIGINT ignored, and Java would inherit that)
  (exec env --default-signal=INT java -XX:+UseParallelGC -Xmn64m -Djava.awt.headless=true ${JOPTS:-} -jar "$jar" "$@") \
    >"$log.out" 2>"$log" &
  bg=$!
  started+=("$bg")
}

finish_bg() { # PID SECONDS: waits for it; its exit status in $rc ("timeout" after killing it)
  local pid="$1" end=$((SECONDS + $2))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < end)); do sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rc=timeout; return; fi
  wait "$pid"; rc=$?
}

no_dup_runs() { [[ -z "$(tail -n +2 "$1" | cut -d, -f1 | sort | uniq -d | head -1)" ]]; }

# ---- fixtures (made on first use)

made=()
fixture() { # NAME: makes work/fix/NAME once
  local name="$1" dir="$work/fix/$1"
  [[ " ${made[*]} " == *" $name "* ]] && return
  mkdir -p "$work/fix"
  case "$name" in
    lev) truce sweep "$LEV" --replicates 1 -t 1 --out "$dir" >/dev/null 2>&1 ;;
    lev0) truce sweep "$LEV" --replicates 1 -t 1 --shard 0/2 --out "$dir" >/dev/null 2>&1 ;;
    lev1) truce sweep "$LEV" --replicates 1 -t 1 --shard 1/2 --out "$dir" >/dev/null 2>&1 ;;
    sa) truce sweep "$SA" --replicates 4 -t 1 --out "$dir" >/dev/null 2>&1 ;;
    sa0) truce sweep "$SA" --replicates 4 -t 1 --shard 0/2 --out "$dir" >/dev/null 2>&1 ;;
    sa1) truce sweep "$SA" --replicates 4 -t 1 --shard 1/2 --out "$dir" >/dev/null 2>&1 ;;
    sabig) truce sweep "$SA" --replicates 200 --out "$dir" >/dev/null 2>&1 ;;
    ref) truce sweep "$LEV" --replicates 1000 --out "$dir" >/dev/null 2>&1 ;;
  esac || echo "fixture $name could not be made" >&2
  made+=("$name")
}

# The replicates of each fixture's sweep, for resuming it.
reps_of() { case "$1" in lev*) echo 1 ;; sa*) echo 4 ;; esac; }
file_of() { case "$1" in lev*) echo "$LEV" ;; sa*) echo "$SA" ;; esac; }

# ================================================================ lock

part_lock() {
  fixture ref
  local ref="$work/fix/ref" i a b ra rb dir wins=0 refusals=0 same=0 tries=6 obs
  for ((i = 1; i <= tries; i++)); do
    dir="$work/lock/fresh$i"
    mkdir -p "$work/lock"
    start_bg "$work/lock/fresh$i-a.err" sweep "$LEV" --replicates 1000 --out "$dir"; a=$bg
    start_bg "$work/lock/fresh$i-b.err" sweep "$LEV" --replicates 1000 --out "$dir"; b=$bg
    finish_bg "$a" 300; ra=$rc; finish_bg "$b" 300; rb=$rc
    if [[ "$ra $rb" == "0 2" || "$ra $rb" == "2 0" ]]; then wins=$((wins + 1)); fi
    if grep -q 'is in use by another Truce process (pid [0-9]* on host .*, since .*)' "$work/lock/fresh$i-a.err" \
        "$work/lock/fresh$i-b.err"; then refusals=$((refusals + 1)); fi
    cmp -s "$ref/runs.csv" "$dir/runs.csv" && cmp -s "$ref/summary.csv" "$dir/summary.csv" && same=$((same + 1))
    obs+="$ra/$rb "
  done
  result "lock: two fresh sweeps at once into one folder ($tries tries)" \
    "each try one exit 0, one exit 2 naming the holder; files = an uninterrupted sweep's" \
    "exits ${obs}; holder named $refusals/$tries; files equal $same/$tries" \
    $(( wins == tries && refusals == tries && same == tries ? 0 : 1 ))

  # an interrupted folder: a sweep killed with SIGKILL
  dir="$work/lock/resume2"
  start_bg "$work/lock/killed.err" sweep "$LEV" --replicates 1000 --out "$dir"; a=$bg
  wait_for 120 bigger "$dir/runs.csv" 200000; kill -9 "$a"; wait "$a" 2>/dev/null
  copy "$dir" "$work/lock/afterkill"
  start_bg "$work/lock/r2-a.err" sweep "$LEV" --replicates 1000 --resume --out "$dir"; a=$bg
  start_bg "$work/lock/r2-b.err" sweep "$LEV" --replicates 1000 --resume --out "$dir"; b=$bg
  finish_bg "$a" 300; ra=$rc; finish_bg "$b" 300; rb=$rc
  local held; held=$(grep -h '^error: ' "$work/lock/r2-a.err" "$work/lock/r2-b.err" | head -1)
  ok=1
  if [[ "$ra $rb" == "0 2" || "$ra $rb" == "2 0" ]] && [[ "$held" == *"is in use by another Truce process"* ]] \
      && cmp -s "$ref/runs.csv" "$dir/runs.csv" && no_dup_runs "$dir/runs.csv" \
      && cmp -s "$ref/summary.csv" "$dir/summary.csv"; then ok=0; fi
  result "lock: two --resume at once into one folder" \
    "one exit 0, one exit 2 naming the holder; runs.csv/summary.csv = an uninterrupted sweep's, no run id twice" \
    "exits $ra/$rb; $held; runs.csv $(cmp -s "$ref/runs.csv" "$dir/runs.csv" && echo equal || echo DIFFERENT), $(($(lines_of "$dir/runs.csv") - 1)) rows" $ok

  dir="$work/lock/afterkill"
  truce sweep "$LEV" --replicates 1000 --resume --out "$dir" >/dev/null 2>"$work/lock/afterkill.err"; ra=$?
  ok=1; [[ "$ra" == 0 ]] && cmp -s "$ref/runs.csv" "$dir/runs.csv" && ok=0
  result "lock: --resume after the holder was killed with SIGKILL (its lock file left behind)" \
    "exit 0 (the OS released the lock); runs.csv = an uninterrupted sweep's" \
    "exit $ra; runs.csv $(cmp -s "$ref/runs.csv" "$dir/runs.csv" && echo equal || echo DIFFERENT)" $ok

  dir="$work/lock/during"
  start_bg "$work/lock/during-a.err" sweep "$LEV" --replicates 1000 --out "$dir"; a=$bg
  wait_for 120 bigger "$dir/runs.csv" 100000
  local t0=$SECONDS
  truce sweep "$LEV" --replicates 1000 --resume --out "$dir" >/dev/null 2>"$work/lock/during-b.err"; rb=$?
  local secs=$((SECONDS - t0))
  finish_bg "$a" 300; ra=$rc
  local nul; nul=$(tr -d -c '\000' <"$dir/runs.csv" | wc -c)
  local n; n=$(awk -F, -v k="$(col "$dir/summary.csv" n)" 'NR>1{print $k}' "$dir/summary.csv" 2>/dev/null | sort -u | tr '\n' ' ')
  ok=1
  if [[ "$rb" == 2 && "$ra" == 0 && "$nul" == 0 ]] && cmp -s "$ref/runs.csv" "$dir/runs.csv" \
      && cmp -s "$ref/summary.csv" "$dir/summary.csv"; then ok=0; fi
  result "lock: --resume while the sweep is running" \
    "the resume exits 2 at once naming the holder; the sweep exits 0 whole (no NUL bytes, n = 1000 a point)" \
    "resume exit $rb after ${secs}s: $(grep -m1 '^error: ' "$work/lock/during-b.err"); sweep exit $ra; NUL bytes $nul; summary n: $n" $ok
}

# ================================================================ tamper

resume_of() { # FIXTURE DIR -> truce arguments resuming DIR
  echo sweep "$(file_of "$1")" --replicates "$(reps_of "$1")" -t 1 --resume --out "$2"
}

part_tamper() {
  local fx d t ended line
  for fx in lev sa; do fixture "$fx"; fixture "${fx}0"; fixture "${fx}1"; done
  fixture sabig
  local base="$work/tamper"
  mkdir -p "$base"
  # the forger, checked: a forged digest of an unchanged file equals the real one
  copy "$work/fix/sa" "$base/forger"
  forge "$base/forger/runs.csv"
  cmp -s "$base/forger/runs.csv.digest" "$work/fix/sa/runs.csv.digest"
  result "forger self-check: a forged digest of an unchanged runs.csv" "the digest Truce wrote, byte for byte" \
    "$(cmp -s "$base/forger/runs.csv.digest" "$work/fix/sa/runs.csv.digest" && echo identical || echo different)" $?

  for fx in lev sa; do
    local F="$work/fix/$fx" tag="[$fx]"
    # per-ceasefire column to edit, or a plain outcome
    local ed=attacks; [[ "$fx" == sa ]] && ed=western_ending_day
    # ---- resume
    d="$base/$fx-r1"; copy "$F" "$d"; setcell "$d/runs.csv" 5 "$ed" 99
    refused "resume $tag: edited $ed (digest left)" 2 "runs.csv: lines 1-[0-9]+ do not match runs.csv.digest" $(resume_of $fx "$d")
    d="$base/$fx-r2"; copy "$F" "$d"; setcell "$d/runs.csv" 5 "$ed" $(( $(getcell "$d/runs.csv" 5 "$ed") - 1 )); forge "$d/runs.csv"
    refused "resume $tag: edited $ed, digest forged" 2 "runs.csv:5: (.*$ed|column 'ending')" $(resume_of $fx "$d")
    d="$base/$fx-r3"; copy "$F" "$d"; t=$(tail -1 "$d/runs.csv"); n=$(($(lines_of "$d/runs.csv") - 1))
    echo "$n,${t#*,}" >>"$d/runs.csv"; forge "$d/runs.csv"
    refused "resume $tag: forged row appended, digest forged" 2 "runs.csv.*(holds $((n + 1)) runs|:$((n + 2)):)" $(resume_of $fx "$d")
    d="$base/$fx-r4"; copy "$F" "$d"; setcell "$d/runs.csv" 4 point p0005; forge "$d/runs.csv"
    refused "resume $tag: row moved to another point, digest forged" 2 "runs.csv:4: .*point" $(resume_of $fx "$d")
    d="$base/$fx-r5"; copy "$F" "$d"; awk 'NR==3{h=$0; next} NR==4{print; print h; next} {print}' "$d/runs.csv" >"$d/x" && mv "$d/x" "$d/runs.csv"; forge "$d/runs.csv"
    refused "resume $tag: two rows swapped, digest forged" 2 "runs.csv:3: " $(resume_of $fx "$d")
    if [[ "$fx" == sa ]]; then
      d="$base/$fx-r6"; copy "$F" "$d"; setcell "$d/runs.csv" 6 eastern_ending abc; forge "$d/runs.csv"
      refused "resume $tag: malformed eastern_ending 'abc', digest forged" 2 "runs.csv:6: column 'eastern_ending'" $(resume_of $fx "$d")
      d="$base/$fx-r7"; copy "$F" "$d"; setcell "$d/runs.csv" 7 western_start_day 1x; forge "$d/runs.csv"
      refused "resume $tag: malformed western_start_day '1x', digest forged" 2 "runs.csv:7: column 'western_start_day'" $(resume_of $fx "$d")
      d="$base/$fx-r8"; copy "$F" "$d"; setcell "$d/runs.csv" 8 eastern_violations -3; forge "$d/runs.csv"
      refused "resume $tag: negative eastern_violations, digest forged" 2 "runs.csv:8: .*eastern_violations" $(resume_of $fx "$d")
    else
      d="$base/$fx-r6"; copy "$F" "$d"; setcell "$d/runs.csv" 6 collapse_day abc; forge "$d/runs.csv"
      refused "resume $tag: malformed collapse_day 'abc', digest forged" 2 "runs.csv:6: column 'collapse_day'" $(resume_of $fx "$d")
    fi
    d="$base/$fx-r9"; copy "$F" "$d"; head -c $(($(stat -c %s "$d/manifest.json") / 2)) "$F/manifest.json" >"$d/manifest.json"
    refused "resume $tag: truncated manifest.json" 2 "manifest.json" $(resume_of $fx "$d")
    d="$base/$fx-r10"; copy "$F" "$d"; printf '%s' "$(sed -n 3p "$d/runs.csv" | cut -c1-25)" >>"$d/runs.csv"
    truce $(resume_of $fx "$d") >/dev/null 2>"$work/err.txt"; r=$?
    ok=1; [[ $r == 0 ]] && cmp -s "$F/runs.csv" "$d/runs.csv" && ok=0
    result "resume $tag: trailing bytes without a newline (a torn last line)" \
      "exit 0; the torn line is cut and the file equals the sweep's (rows after the checkpoint are run again)" \
      "exit $r; runs.csv $(cmp -s "$F/runs.csv" "$d/runs.csv" && echo equal || echo DIFFERENT); $(grep -m1 -iE 'cut|torn|checkpoint' "$work/err.txt")" $ok

    # ---- merge
    local S0="$work/fix/${fx}0" S1="$work/fix/${fx}1" m="$base/$fx-merged"
    d="$base/$fx-m1"; copy "$S0" "$d"; setcell "$d/runs.csv" 3 "$ed" 99
    refused "merge $tag: shard with an edited $ed (digest left)" 2 "runs.csv: lines 1-[0-9]+ do not match" merge --out "$m" "$d" "$S1"
    d="$base/$fx-m2"; copy "$S0" "$d"; setcell "$d/runs.csv" 3 "$ed" $(( $(getcell "$d/runs.csv" 3 "$ed") - 1 )); forge "$d/runs.csv"
    refused "merge $tag: shard with an edited $ed, digest forged" 2 "runs.csv:3: (.*$ed|column 'ending')" merge --out "$m" "$d" "$S1"
    d="$base/$fx-m3"; copy "$S0" "$d"; setcell "$d/runs.csv" 3 point p0003; forge "$d/runs.csv"
    refused "merge $tag: row moved to another point, digest forged" 2 "runs.csv:3: .*point" merge --out "$m" "$d" "$S1"
    d="$base/$fx-m4"; copy "$S0" "$d"; t=$(tail -1 "$d/runs.csv"); echo "$t" >>"$d/runs.csv"; forge "$d/runs.csv"
    refused "merge $tag: a row doubled, digest forged" 2 "runs.csv:[0-9]+: " merge --out "$m" "$d" "$S1"
    for idx in 7 -1; do
      d="$base/$fx-m5$idx"; copy "$S1" "$d"; sed -i "s/\"shardIndex\" : 1/\"shardIndex\" : $idx/" "$d/manifest.json"
      refused "merge $tag: manifest shardIndex $idx" 2 "manifest.json: .*shard $idx of 2 is impossible" merge --out "$m" "$S0" "$d"
    done
    d="$base/$fx-m6"; copy "$S1" "$d"; head -c $(($(stat -c %s "$d/manifest.json") / 2)) "$S1/manifest.json" >"$d/manifest.json"
    refused "merge $tag: truncated manifest.json" 2 "manifest.json" merge --out "$m" "$S0" "$d"
    if [[ "$fx" == sa ]]; then
      d="$base/$fx-m7"; copy "$S0" "$d"; setcell "$d/runs.csv" 4 eastern_ending_day 12.5; forge "$d/runs.csv"
      refused "merge $tag: malformed eastern_ending_day '12.5', digest forged" 2 "runs.csv:4: column 'eastern_ending_day'" merge --out "$m" "$d" "$S1"
    fi
    [[ -e "$m/runs.csv" ]] && result "merge $tag: nothing written by a refused merge" "no runs.csv in --out" "runs.csv exists" 1

    # ---- chart
    d="$base/$fx-c1"; copy "$F" "$d"; sed -i 5d "$d/runs.csv"
    refused "chart $tag: a row deleted (digest left)" 2 "runs.csv: lines 1-[0-9]+ do not match" chart "$d"
    d="$base/$fx-c2"; copy "$F" "$d"; sed -i 5d "$d/runs.csv"; forge "$d/runs.csv"
    refused "chart $tag: a row deleted, digest forged" 2 "runs.csv:5: " chart "$d"
    d="$base/$fx-c3"; copy "$F" "$d"; sed -n 5p "$d/runs.csv" >>"$d/runs.csv"
    refused "chart $tag: a row duplicated at the end (digest left)" 2 "runs.csv.*(after line|checkpoint)" chart "$d"
    d="$base/$fx-c4"; copy "$F" "$d"; sed -i '5{p}' "$d/runs.csv"; forge "$d/runs.csv"
    refused "chart $tag: a row duplicated in place, digest forged" 2 "runs.csv:6: " chart "$d"
    d="$base/$fx-c5"; copy "$F" "$d"; sed -i '11s/^\(.\{20\}\).*/\1/' "$d/runs.csv"; forge "$d/runs.csv"
    refused "chart $tag: a partial row (cut to 20 characters), digest forged" 2 "runs.csv:11: " chart "$d"
    d="$base/$fx-c6"; copy "$F" "$d"; setcell "$d/runs.csv" 10 collapse_day abc; forge "$d/runs.csv"
    refused "chart $tag: malformed middle row (collapse_day=abc), digest forged" 2 "runs.csv:10: column 'collapse_day'" chart "$d"
    d="$base/$fx-c7"; copy "$F" "$d"; line=$(awk -F, -v k="$(col "$d/runs.csv" survived)" 'NR>1 && $k=="FALSE"{print NR; exit}' "$d/runs.csv")
    setcell "$d/runs.csv" "$line" survived TRUE; setcell "$d/runs.csv" "$line" collapse_day 10; forge "$d/runs.csv"
    refused "chart $tag: survived=TRUE with collapse_day 10, digest forged" 2 "runs.csv:$line: column '(collapse_day|survived|cause)'" chart "$d"
    d="$base/$fx-c8"; copy "$F" "$d"; printf '%s' "$(sed -n 3p "$d/runs.csv" | cut -c1-25)" >>"$d/runs.csv"
    refused "chart $tag: trailing bytes without a newline" 2 "runs.csv.*(after line|checkpoint|torn)" chart "$d"
    d="$base/$fx-c9"; copy "$F" "$d"; head -c $(($(stat -c %s "$d/manifest.json") / 2)) "$F/manifest.json" >"$d/manifest.json"
    refused "chart $tag: truncated manifest.json" 2 "manifest.json" chart "$d"
    d="$base/$fx-c10"; copy "$F" "$d"; setcell "$d/runs.csv" 20 "$ed" $(( $(getcell "$d/runs.csv" 20 "$ed") + 1 )); forge "$d/runs.csv"
    refused "chart $tag: edited $ed, digest forged" 2 "runs.csv:20: (.*$ed|column 'ending')" chart "$d"
    if [[ "$fx" == sa ]]; then
      d="$base/$fx-c11"; copy "$F" "$d"; setcell "$d/runs.csv" 12 all_survived maybe; forge "$d/runs.csv"
      refused "chart $tag: malformed all_survived 'maybe', digest forged" 2 "runs.csv:12: column 'all_survived'" chart "$d"
    fi
  done

  # another sweep's runs.csv (with its digest) in a results folder
  d="$base/other"; copy "$work/fix/sa" "$d"; cp "$work/fix/lev/runs.csv" "$work/fix/lev/runs.csv.digest" "$d/"
  refused "chart: another sweep's runs.csv and digest copied in" 2 "runs.csv:1: " chart "$d"
  refused "resume: another sweep's runs.csv and digest copied in" 2 "runs.csv:1: " $(resume_of sa "$d")

  # a large two-ceasefire folder (1,600 runs, most rows not replayed): impossible per-ceasefire
  # outcomes with a forged digest must be caught by the row checks
  local B="$work/fix/sabig" k
  d="$base/big1"; copy "$B" "$d"; line=$(awk -F, -v k="$(col "$d/runs.csv" western_ending)" 'NR>1000 && $k=="in_force"{print NR; exit}' "$d/runs.csv")
  setcell "$d/runs.csv" "$line" western_ending_day 200; forge "$d/runs.csv"
  refused "chart [sa, 1600 runs]: western in_force with western_ending_day 200 < horizon, digest forged" 2 "runs.csv:$line: column 'western_ending_day'" chart "$d"
  d="$base/big2"; copy "$B" "$d"; line=$(awk -F, -v k="$(col "$d/runs.csv" western_ending)" 'NR>1000 && $k=="breakdown"{print NR; exit}' "$d/runs.csv")
  setcell "$d/runs.csv" "$line" western_ending_day 900; forge "$d/runs.csv"
  refused "chart [sa, 1600 runs]: western_ending_day 900 beyond the horizon, digest forged" 2 "runs.csv:$line: column 'western_ending_day'" chart "$d"
  d="$base/big3"; copy "$B" "$d"; line=$(awk -F, -v k="$(col "$d/runs.csv" all_survived)" 'NR>1000 && $k=="FALSE"{print NR; exit}' "$d/runs.csv")
  setcell "$d/runs.csv" "$line" all_survived TRUE; forge "$d/runs.csv"
  refused "chart [sa, 1600 runs]: all_survived TRUE in a row with a breakdown, digest forged" 2 "runs.csv:$line: column 'all_survived'" chart "$d"
  d="$base/big4"; copy "$B" "$d"; line=$(awk -F, -v k="$(col "$d/runs.csv" eastern_ending)" -v s="$(col "$d/runs.csv" western_ending)" 'NR>1000 && $k=="breakdown" && $s=="in_force"{print NR; exit}' "$d/runs.csv")
  setcell "$d/runs.csv" "$line" eastern_ending in_force; forge "$d/runs.csv"
  refused "chart [sa, 1600 runs]: eastern breakdown edited to in_force (composite says breakdown), digest forged" 2 "runs.csv:$line: column '(eastern_ending|ending|all_survived|survived)" chart "$d"
  d="$base/big5"; copy "$B" "$d"; setcell "$d/runs.csv" 1500 western_talks -1; forge "$d/runs.csv"
  refused "chart [sa, 1600 runs]: negative western_talks, digest forged" 2 "runs.csv:1500: column 'western_talks'" chart "$d"
  d="$base/big6"; copy "$B" "$d"; setcell "$d/runs.csv" 1400 ending settled; forge "$d/runs.csv"
  refused "chart [sa, 1600 runs]: ending 'settled' (not an ending), digest forged" 2 "runs.csv:1400: column 'ending'" chart "$d"
}

# ================================================================ output

part_output() {
  local d="$work/out" r before after
  mkdir -p "$d"
  mkdir -p "$d/own"; echo '<p>mine</p>' >"$d/own/index.html"
  refused "output: folder holding the user's own index.html (no runs.csv)" 2 "holds a file Truce did not write \(index.html\)" sweep "$LEV" --replicates 2 --out "$d/own"
  result "output: the user's index.html afterwards" "unchanged, no runs.csv written" \
    "$(cat "$d/own/index.html"); runs.csv $( [[ -e "$d/own/runs.csv" ]] && echo written || echo absent)" \
    $( [[ "$(cat "$d/own/index.html")" == '<p>mine</p>' && ! -e "$d/own/runs.csv" ]] && echo 0 || echo 1)
  mkdir -p "$d/force/charts"
  for f in runs.csv summary.csv index.html charts/kaplan-meier.png; do echo mine >"$d/force/$f"; done
  refused "output: --force on the user's runs.csv, summary.csv, index.html, charts/kaplan-meier.png" 2 "did not write" sweep "$LEV" --replicates 2 --force --out "$d/force"
  r=0; for f in runs.csv summary.csv index.html charts/kaplan-meier.png; do [[ "$(cat "$d/force/$f")" == mine ]] || r=1; done
  result "output: the user's four files after --force" "all unchanged" "$( ((r == 0)) && echo unchanged || echo CHANGED)" $r
  refused "output: --out /" 2 "root of the file system" sweep "$LEV" --replicates 2 --out /
  before=$(ls -A "$HOME" | md5sum)
  refused "output: --out ~ (home folder)" 2 "home folder" sweep "$LEV" --replicates 2 --out "$HOME"
  refused "output: merge --out ~" 2 "home folder" merge --out "$HOME" "$d/a" "$d/b"
  after=$(ls -A "$HOME" | md5sum)
  result "output: home folder after both" "listing unchanged" "$([[ "$before" == "$after" ]] && echo unchanged || echo CHANGED)" $([[ "$before" == "$after" ]] && echo 0 || echo 1)
  (cd "$d" && mkdir -p empty && cd empty && truce sweep "$LEV" --replicates 2 --out '' >/dev/null 2>"$work/err.txt"; echo $? >"$work/rc.txt")
  check_refusal "output: --out ''" 2 "empty path" "$(cat "$work/rc.txt")" "$work/err.txt"
  result "output: current folder after --out ''" "still empty" "$(ls -A "$d/empty" | wc -l) entries" $([[ -z "$(ls -A "$d/empty")" ]] && echo 0 || echo 1)
  ln -s "$d/nowhere/at/all" "$d/dangling"
  refused "output: --out a dangling symbolic link" 2 "symbolic link to nothing|dangling|points to" sweep "$LEV" --replicates 2 --out "$d/dangling"
  if grep -q 'already exists' "$work/err.txt"; then result "output: dangling link message" "not 'already exists'" "says already exists" 1; fi
  echo file >"$d/afile"
  refused "output: --out a file" 2 "is a file, not a folder" sweep "$LEV" --replicates 2 --out "$d/afile"
  # stale charts: a grid sweep, then another sweep (other charts) with --force into the same folder
  truce sweep "$LEV" --replicates 2 --out "$d/stale" >/dev/null 2>&1
  mkdir -p "$d/stale/notes"; echo mine >"$d/stale/notes/mine.txt"
  truce sweep "$SA" --replicates 2 --force --out "$d/stale" >/dev/null 2>"$work/err.txt"; r=$?
  truce sweep "$SA" --replicates 2 --out "$d/fresh" >/dev/null 2>&1
  local a b; a=$(ls "$d/stale/charts" | md5sum); b=$(ls "$d/fresh/charts" | md5sum)
  result "output: charts of an earlier sweep after --force (another sweep into its folder)" \
    "exit 0; charts/ lists exactly the new sweep's charts; the user's notes/mine.txt kept" \
    "exit $r; charts $([[ "$a" == "$b" ]] && echo "= a fresh sweep's" || echo "differ: $(comm -23 <(ls "$d/stale/charts") <(ls "$d/fresh/charts") | head -3 | tr '\n' ' ')"); notes/mine.txt $(cat "$d/stale/notes/mine.txt" 2>/dev/null || echo GONE)" \
    $([[ $r == 0 && "$a" == "$b" && "$(cat "$d/stale/notes/mine.txt" 2>/dev/null)" == mine ]] && echo 0 || echo 1)
  mkdir -p "$d/chartown"; truce sweep "$LEV" --replicates 2 --out "$d/chartown" >/dev/null 2>&1; echo mine >"$d/chartown/charts/extra.svg"
  refused "output: chart on a folder with the user's charts/extra.svg" 2 "charts/extra.svg" chart "$d/chartown"
  mkdir -p "$d/mergeown"; echo '<p>mine</p>' >"$d/mergeown/index.html"
  fixture lev0; fixture lev1
  refused "output: merge --out a folder holding the user's index.html" 2 "index.html" merge --out "$d/mergeown" "$work/fix/lev0" "$work/fix/lev1"
}

# ================================================================ size

gc_max_after() { # GCLOG: the largest heap after a collection, in MB
  grep -oE '\->[0-9]+M\(' "$1" | tr -dc '0-9\n' | sort -n | tail -1
}

huge_sweep() { # CASE TYPE : a million-point design in -Xmx256m, the heap estimate off: planning must end and the runs start
  local case="$1" type="$2" f="$work/size/$2.yaml" dir="$work/size/$2" log="$work/size/$2.err" gc="$work/size/$2.gc"
  mkdir -p "$work/size"
  {
    echo "name: huge-$type"; echo "scenario: $root/scenarios/baseline-2025.yaml"; echo "replicates: 1"
    echo "masterSeed: 1"; echo "design:"; echo "  type: $type"
    if [[ $type == lhs ]]; then
      echo "  samples: 1000000"; echo "  parameters:"
      echo "    mediators.*.leverage: {from: 0.1, to: 0.9}"
      echo "    militants.ttp.attackRate: {from: 0.2, to: 2.0}"
      echo "    collapse.violations: {from: 2, to: 6, integer: true}"
    else
      echo "  parameters:"
      echo "    mediators.*.leverage: {from: 0.1, to: 0.9, steps: 100}"
      echo "    militants.ttp.attackRate: {from: 0.2, to: 2.0, steps: 100}"
      echo "    collapse.violations: {from: 1, to: 100, steps: 100}"
    fi
  } >"$f"
  local t0=$SECONDS pid rc started_runs=no
  JOPTS="-Xmx256m -Xlog:gc:file=$gc" start_bg "$log" sweep "$f" --out "$dir" --no-heap-check; pid=$bg
  if wait_for 600 grep -q 'runs (' "$log"; then started_runs="after $((SECONDS - t0)) s"; fi
  sleep 5
  kill -TERM "$pid" 2>/dev/null; local t1=$SECONDS
  finish_bg "$pid" 60; rc=$rc
  local last; last=$(grep . "$log" | tail -1)
  local oom; oom=$(grep -c OutOfMemoryError "$log")
  result "$case" "planning ends and the runs start (no OutOfMemoryError); SIGTERM then exit 143 with the resume line" \
    "runs started: $started_runs; OOM lines $oom; heap after GC max $(gc_max_after "$gc") MB; exit $rc $((SECONDS - t1)) s after SIGTERM: $last" \
    $([[ $started_runs != no && $oom == 0 && $rc == 143 && "$last" == *"resume with: truce sweep"* ]] && echo 0 || echo 1)
}

part_size() {
  huge_sweep "size: LHS of 1,000,000 samples, -Xmx256m, --no-heap-check" lhs
  huge_sweep "size: 100 x 100 x 100 grid, -Xmx256m, --no-heap-check" grid
  local t0=$SECONDS
  JOPTS="-Xmx256m" refused "size: LHS of 1,000,000 samples, -Xmx256m (the heap estimate on)" 2 \
    "1,000,000 design points x 1 replicate need about .* MiB of heap .* use at most [0-9,]+ points" \
    sweep "$work/size/lhs.yaml" --out "$work/size/lhs-refused"
  result "size: the refused million points" "refused within 15 s; no results folder" \
    "$((SECONDS - t0)) s; $([[ -e "$work/size/lhs-refused" ]] && echo 'folder EXISTS' || echo 'no folder')" \
    $([[ $((SECONDS - t0)) -le 15 && ! -e "$work/size/lhs-refused" ]] && echo 0 || echo 1)
  local d="$work/size/reps"
  refused "size: --replicates 2000000000 on the command line" 2 "replicates" sweep "$LEV" --replicates 2000000000 --out "$d"
  result "size: --replicates 2000000000 leaves nothing behind" "no results folder (no manifest.json, no header)" \
    "$([[ -e "$d" ]] && ls -A "$d" | tr '\n' ' ' || echo 'no folder')" $([[ -e "$d" ]] && echo 1 || echo 0)
  sed 's/^replicates: .*/replicates: 2000000000/' "$LEV" >"$work/size/reps.yaml"
  sed -i "s#^scenario: ../#scenario: $root/scenarios/#" "$work/size/reps.yaml"
  refused "size: replicates: 2000000000 in the file" 2 "replicates" sweep "$work/size/reps.yaml" --out "$d"
  # planning time of 50,000 points (Sobol, 5 parameters): validate builds and checks the plan
  local f="$work/size/sobol.yaml"
  {
    echo "name: sobol50k"; echo "scenario: $root/scenarios/baseline-2025.yaml"; echo "replicates: 1"; echo "masterSeed: 1"
    echo "design:"; echo "  type: sobol"; echo "  samples: 50000"; echo "  parameters:"
    echo "    mediators.*.leverage: {from: 0.1, to: 0.9}"; echo "    militants.ttp.attackRate: {from: 0.2, to: 2.0}"
    echo "    militants.ttp.attribution: {from: 0, to: 0.5}"; echo "    states.*.forgiveness: {from: 0, to: 0.8}"
    echo "    collapse.violations: {from: 2, to: 6, integer: true}"
  } >"$f"
  local tm="$work/size/time.txt" rc
  /usr/bin/time -f '%e %U %S %M' -o "$tm" java -XX:+UseParallelGC -Xmn64m -jar "$jar" validate "$f" >/dev/null 2>&1; rc=$?
  read -r wall user sys rss <"$tm"
  local cpu; cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}')
  result "size: planning a Sobol design of 50,000 points (validate)" "exit 0; CPU <= 2 s (the target is 2 s of wall time on an idle machine)" \
    "exit $rc; wall ${wall} s, CPU ${cpu} s, peak RSS $((rss / 1024)) MB" $([[ $rc == 0 ]] && awk -v c="$cpu" 'BEGIN{exit !(c <= 2)}' && echo 0 || echo 1)
}

# ================================================================ late

scenario_with() { # NAME SED-EXPRESSION -> path of a copy of baseline-2025 edited
  local f="$work/late/$1.yaml"
  mkdir -p "$work/late"
  sed "$2" "$root/scenarios/baseline-2025.yaml" >"$f"
  echo "$f"
}

sweep_over() { # NAME SCENARIO [NAME-IN-FILE] -> a small sweep file over SCENARIO
  local f="$work/late/$1-sweep.yaml"
  {
    echo "name: ${3:-$1}"; echo "scenario: $2"; echo "replicates: 2"; echo "masterSeed: 1"
    echo "design:"; echo "  type: grid"; echo "  parameters:"; echo "    militants.ttp.attackRate: [0.3, 0.6]"
  } >"$f"
  echo "$f"
}

part_late() {
  local long f s d="$work/late"
  long=$(printf 'q%.0s' $(seq 1 1000))
  f=$(scenario_with longactor "s/^mediators:/mediators:\n  $long: {leverage: 0.5}/")
  refused "late: an actor name of 1,000 characters (validate)" 2 "mediators\.q+.*: .*name" validate "$f"
  s=$(sweep_over longactor "$f")
  refused "late: the same in a sweep" 2 "name" sweep "$s" --out "$d/longactor-out"
  result "late: ... before anything is written" "no results folder" "$([[ -e "$d/longactor-out" ]] && echo written || echo 'no folder')" $([[ -e "$d/longactor-out" ]] && echo 1 || echo 0)
  s=$(sweep_over longname "$root/scenarios/baseline-2025.yaml" "$(printf 's%.0s' $(seq 1 300))")
  refused "late: a sweep name of 300 characters" 2 "name: expected a name of at most 100" sweep "$s" --out "$d/longname-out"
  f=$(scenario_with octal 's/^horizon: 365 /horizon: 0555 /')
  refused "late: horizon: 0555 (YAML 1.1 octal)" 2 "horizon: .*0555" validate "$f"
  f=$(scenario_with sexagesimal 's/^horizon: 365 /horizon: 6:05 /')
  refused "late: horizon: 6:05 (YAML 1.1 sexagesimal)" 2 "horizon" validate "$f"
  f=$(scenario_with casename 's/^mediators:/mediators:\n  Qatar: {leverage: 0.5}/')
  refused "late: actor names differing only in case (qatar, Qatar)" 2 "differs only in case" validate "$f"
  f=$(scenario_with casestate 's/^mediators:/mediators:\n  PAKISTAN: {leverage: 0.5}/')
  refused "late: a mediator named as a state in other case (PAKISTAN)" 2 "differs only in case" validate "$f"

  # a full disk: a 2 MiB tmpfs (runs.csv fills it) and a 1 MiB one (the report fills it)
  local disk="$d/disk" rc
  mkdir -p "$disk"
  if [[ $(id -u) != 0 ]] || ! mount -t tmpfs -o size=2m tmpfs "$disk" 2>"$work/err.txt"; then
    skip "late: a full disk (ENOSPC)" "one line naming the file, exit 1" "cannot mount a tmpfs (needs root): $(cat "$work/err.txt")"
    return
  fi
  mounted+=("$disk")
  refused "late: a full disk while runs.csv is written (2 MiB tmpfs)" 1 "cannot write or read $disk/results/[^ ]+: No space left on device" \
    sweep "$LEV" --replicates 20000 --out "$disk/results"
  umount "$disk"; mount -t tmpfs -o size=1500k tmpfs "$disk"
  refused "late: a full disk while the report is written (1.5 MiB tmpfs)" 1 "cannot write or read $disk/results/[^ ]+: No space left on device" \
    sweep "$SA" --replicates 20 --out "$disk/results"
  umount "$disk"; mounted=()
}

# ================================================================ signal

part_signal() {
  fixture ref
  local d="$work/sig" pid rc t1 last f
  mkdir -p "$d"
  for sig in TERM INT; do
    local code=143; [[ $sig == INT ]] && code=130
    start_bg "$d/run-$sig.err" sweep "$LEV" --replicates 1000 --out "$d/run-$sig"; pid=$bg
    wait_for 120 bigger "$d/run-$sig/runs.csv" 100000
    kill -$sig "$pid"; t1=$SECONDS
    finish_bg "$pid" 60; rc=$rc
    last=$(grep . "$d/run-$sig.err" | tail -1)
    local kept=${last#interrupted: }; kept=${kept%% of*}; kept=${kept//,/}
    local rows=$(($(lines_of "$d/run-$sig/runs.csv") - 1))
    result "signal: SIG$sig while running" "exit $code within 15 s; last line 'interrupted: N of M runs are in .../runs.csv; resume with: truce sweep ... --resume'; N = rows in runs.csv" \
      "exit $rc after $((SECONDS - t1)) s; rows $rows; $last" \
      $([[ $rc == $code && $((SECONDS - t1)) -le 15 && "$last" =~ ^interrupted:\ [0-9,]+\ of\ [0-9,]+\ runs\ are\ in\ .*runs.csv\;\ resume\ with:\ truce\ sweep\ .*--resume$ && "$kept" == "$rows" ]] && echo 0 || echo 1)
    local cmd=${last#*resume with: truce }
    eval "truce $cmd" >/dev/null 2>"$d/resume-$sig.err"; rc=$?
    result "signal: the printed resume command after SIG$sig" "exit 0; runs.csv and summary.csv = an uninterrupted sweep's" \
      "exit $rc; runs.csv $(cmp -s "$work/fix/ref/runs.csv" "$d/run-$sig/runs.csv" && echo equal || echo DIFFERENT); summary.csv $(cmp -s "$work/fix/ref/summary.csv" "$d/run-$sig/summary.csv" && echo equal || echo DIFFERENT)" \
      $([[ $rc == 0 ]] && cmp -s "$work/fix/ref/runs.csv" "$d/run-$sig/runs.csv" && cmp -s "$work/fix/ref/summary.csv" "$d/run-$sig/summary.csv" && echo 0 || echo 1)
  done

  # planning: a design whose parameters a rule couples, so every one of its million points is checked
  f="$d/coupled.yaml"
  {
    echo "name: coupled"; echo "scenario: $root/scenarios/baseline-2025.yaml"; echo "replicates: 1"; echo "masterSeed: 1"
    echo "design:"; echo "  type: lhs"; echo "  samples: 1000000"; echo "  parameters:"
    echo "    horizon: {from: 100, to: 365, integer: true}"; echo "    events[7].day: {from: 40, to: 60, integer: true}"
  } >"$f"
  start_bg "$d/plan.err" sweep "$f" --out "$d/plan" --no-heap-check; pid=$bg
  sleep 3
  local alive=no; kill -0 "$pid" 2>/dev/null && alive=yes
  kill -TERM "$pid"; t1=$SECONDS; finish_bg "$pid" 60; rc=$rc
  last=$(grep . "$d/plan.err" | tail -1)
  result "signal: SIGTERM while planning (a coupled design of 1,000,000 points, 3 s in)" \
    "exit 143 within 15 s; 'interrupted while planning, before anything was written; start again with: truce sweep ...'; no folder" \
    "still planning at 3 s: $alive; exit $rc after $((SECONDS - t1)) s; $last; folder $([[ -e "$d/plan" ]] && echo EXISTS || echo absent)" \
    $([[ $alive == yes && $rc == 143 && $((SECONDS - t1)) -le 15 && "$last" == "interrupted while planning, before anything was written; start again with: truce sweep "* && ! -e "$d/plan" ]] && echo 0 || echo 1)

  # hashing and preparing: a separable million-point design plans in about a second, then hashes
  # every point and prepares its per-point statistics; SIGTERM right after the plan line
  f="$d/lhs.yaml"
  {
    echo "name: lhs"; echo "scenario: $root/scenarios/baseline-2025.yaml"; echo "replicates: 1"; echo "masterSeed: 1"
    echo "design:"; echo "  type: lhs"; echo "  samples: 1000000"; echo "  parameters:"
    echo "    mediators.*.leverage: {from: 0.1, to: 0.9}"; echo "    militants.ttp.attackRate: {from: 0.2, to: 2.0}"
  } >"$f"
  start_bg "$d/prep.err" sweep "$f" --out "$d/prep" --no-heap-check; pid=$bg
  wait_for 120 grep -q '^sweep lhs' "$d/prep.err"
  local before_runs=yes; grep -q 'runs (' "$d/prep.err" && before_runs=no
  kill -TERM "$pid"; t1=$SECONDS; finish_bg "$pid" 60; rc=$rc
  last=$(grep . "$d/prep.err" | tail -1)
  result "signal: SIGTERM after planning, before the first run (1,000,000 points)" \
    "exit 143 within 15 s; one line saying what is kept and how to go on, true of the folder" \
    "before the first run: $before_runs; exit $rc after $((SECONDS - t1)) s; $last; folder: $([[ -e "$d/prep" ]] && ls -A "$d/prep" | tr '\n' ' ' || echo absent)" \
    $([[ $rc == 143 && $((SECONDS - t1)) -le 15 && "$last" == interrupted* ]] && echo 0 || echo 1)

  # post-processing: 50,000 points x 1, SIGTERM when the last run is done
  f="$d/post.yaml"
  {
    echo "name: post"; echo "scenario: $root/scenarios/baseline-2025.yaml"; echo "replicates: 1"; echo "masterSeed: 1"
    echo "design:"; echo "  type: sobol"; echo "  samples: 50000"; echo "  parameters:"
    echo "    mediators.*.leverage: {from: 0.1, to: 0.9}"; echo "    militants.ttp.attackRate: {from: 0.2, to: 2.0}"
  } >"$f"
  start_bg "$d/post.err" sweep "$f" --out "$d/post"; pid=$bg
  wait_for 600 grep -q '(100.0%)' "$d/post.err"
  sleep 0.5
  local reporting=yes; kill -0 "$pid" 2>/dev/null || reporting="no (it had ended)"
  kill -TERM "$pid"; t1=$SECONDS; finish_bg "$pid" 60; rc=$rc
  last=$(grep . "$d/post.err" | tail -1)
  result "signal: SIGTERM while writing the summary and report (50,000 points)" \
    "exit 143 within 15 s; 'interrupted while writing the summary and charts: all N runs are in ...; make them with: truce chart DIR'" \
    "still reporting: $reporting; exit $rc after $((SECONDS - t1)) s; $last" \
    $([[ $reporting == yes && $rc == 143 && $((SECONDS - t1)) -le 15 && "$last" == "interrupted while writing the summary and charts: all 50,000 runs are in "*"make them with: truce chart "* ]] && echo 0 || echo 1)
  local cmd=${last#*make them with: truce }
  eval "truce $cmd" >/dev/null 2>"$d/chart.err"; rc=$?
  result "signal: the printed chart command after it" "exit 0; summary.csv and index.html written" \
    "exit $rc; $(ls "$d/post" | grep -cE '^(summary.csv|index.html)$') of 2 files" \
    $([[ $rc == 0 && -f "$d/post/summary.csv" && -f "$d/post/index.html" ]] && echo 0 || echo 1)
}

# ================================================================ full

part_full() {
  local d="$work/full" f="$work/full/lhs1m.yaml" gc="$work/full/gc.log" log="$work/full/err.txt" pid rc t0
  mkdir -p "$d"
  {
    echo "name: lhs1m"; echo "scenario: $root/scenarios/baseline-2025.yaml"; echo "replicates: 1"; echo "masterSeed: 42"
    echo "design:"; echo "  type: lhs"; echo "  samples: 1000000"; echo "  parameters:"
    echo "    mediators.*.leverage: {from: 0.1, to: 0.9}"; echo "    militants.ttp.attackRate: {from: 0.2, to: 2.0}"
    echo "    collapse.violations: {from: 2, to: 6, integer: true}"
  } >"$f"
  JOPTS="-Xmx512m" refused "full: 1,000,000 points x 1 replicate, -Xmx512m" 2 \
    "1,000,000 design points x 1 replicate need about .* use at most [0-9,]+ points" sweep "$f" --out "$d/out"
  local most; most=$(grep -m1 -oE 'use at most [0-9,]+ points' "$work/err.txt" | tr -dc '0-9')
  sed -i "s/samples: 1000000/samples: ${most:-0}/" "$f"
  t0=$SECONDS
  JOPTS="-Xmx512m -Xlog:gc:file=$gc" start_bg "$log" sweep "$f" --out "$d/out"; pid=$bg
  finish_bg "$pid" 7200; rc=$rc
  result "full: the most points that line allows (${most:-none}), -Xmx512m, to the end" "exit 0, no heap-full stop" \
    "exit $rc after $((SECONDS - t0)) s; heap after GC max $(gc_max_after "$gc") MB; full GCs $(grep -c 'Pause Full' "$gc"); $(grep . "$log" | tail -1)" \
    $([[ $rc == 0 ]] && echo 0 || echo 1)
}

echo "# fault-check: jar $jar ($(date -u +%FT%TZ)); work folder \$W = $work"
echo "case | expected | observed | verdict"
for p in "${parts[@]}"; do "part_$p"; done
echo "# $failures failed"
((failures == 0))
