#!/usr/bin/env bash
# gui-it.sh: integration test of `truce gui` on a real X display server (Xvfb).
#
# It builds the jar if needed, checks that the headless commands never load the GUI, starts
# Xvfb, opens `truce gui scenarios/baseline-2025.yaml --seed 1 --autoplay 30` on it (the console
# plays 30 days and pauses), presses the console's step button once, double-clicks the state
# "pakistan" to inspect it, takes a screenshot of the whole screen and checks that:
#   - the three windows are mapped: the display ("Truce — baseline-2025"), the charts ("Trust
#     and escalation — baseline-2025") and the console ("Truce");
#   - none of them is blank: each has many colours, the display shows the states' colours and
#     the chart window draws their lines in the same colours;
#   - step advanced exactly one day, the double-click opened an inspector in the console, and
#     the GUI wrote no exception.
# Prints one PASS or FAIL line last and exits non-zero on failure, after printing the GUI's
# output and the window list. The screenshot is kept in target/gui-it/screen.png.
#
# Meant for a fresh Debian 12 machine with Java 17 and Maven, run as root (as CI runs it): it
# installs xvfb, x11-utils, xdotool, imagemagick and fonts with apt-get if they are missing,
# and the JRE's X11 libraries (openjdk-17-jre) if this Java lacks them. It stops only the
# processes it started (by their pids).
#
# Environment:
#   TRUCE_IT_JAR          test this jar instead of building target/truce.jar
#   TRUCE_IT_TIMEOUT      seconds to wait for the window and the 30 days (default 120)
#   TRUCE_IT_SCREENSHOT   also copy the screenshot there (e.g. docs/gui.png)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
scenario="scenarios/baseline-2025.yaml"
days=30
timeout="${TRUCE_IT_TIMEOUT:-120}"
screen_w=1600
screen_h=1000
out="$root/target/gui-it"

log() { echo "gui-it: $*" >&2; }

xvfb_pid=""
gui_pid=""
verdict=""   # set to PASS at the very end; anything else on exit is a failure

fail() {
  verdict="FAIL: $*"
  exit 1
}

print_diagnostics() {
  echo "===== diagnostics"
  local f
  for f in "$out"/gui.out "$out"/gui.err "$out"/xvfb.log "$out"/*.log; do
    [ -f "$f" ] || continue
    echo "----- $f (last 60 lines)"
    tail -n 60 "$f"
  done
  if [ -n "$xvfb_pid" ] && [ -n "${DISPLAY:-}" ]; then
    echo "----- windows (xwininfo -root -tree)"
    xwininfo -root -tree 2>&1 | grep '"' | head -40 || true
  fi
}

on_exit() {
  local rc=$?
  set +e
  [ "$verdict" = PASS ] || print_diagnostics >&2
  # Stop only what this script started, by pid.
  if [ -n "$gui_pid" ] && kill -0 "$gui_pid" 2>/dev/null; then
    kill "$gui_pid" 2>/dev/null
    wait "$gui_pid" 2>/dev/null
  fi
  if [ -n "$xvfb_pid" ] && kill -0 "$xvfb_pid" 2>/dev/null; then
    kill "$xvfb_pid" 2>/dev/null
    wait "$xvfb_pid" 2>/dev/null
  fi
  if [ "$verdict" = PASS ]; then
    echo "gui-it: PASS (the window shows the actors and the charts after $days days; ${SECONDS}s)"
    exit 0
  fi
  [ -n "$verdict" ] || verdict="FAIL: unexpected error (exit code $rc); see the output above"
  echo "gui-it: $verdict (${SECONDS}s)"
  exit 1
}
trap on_exit EXIT
trap 'fail "interrupted"' INT TERM

rm -rf "$out"
mkdir -p "$out"

# --- 1. what the test needs from Debian ------------------------------------------------------
command -v java >/dev/null || fail "java is not on PATH"
java_home="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')"
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xwininfo >/dev/null || need+=(x11-utils)
command -v xdotool >/dev/null || need+=(xdotool)
command -v import >/dev/null || need+=(imagemagick)
[ "$(fc-list 2>/dev/null | wc -l)" -gt 0 ] || need+=(fontconfig fonts-dejavu-core)
if [ ! -e "$java_home/lib/libawt_xawt.so" ]; then
  # Debian's headless JRE has no X11 toolkit; the full JRE of the same version adds it.
  version="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  need+=("openjdk-${version}-jre")
fi
if [ "${#need[@]}" -gt 0 ]; then
  log "installing ${need[*]} (apt-get)"
  [ "$(id -u)" = 0 ] || fail "missing ${need[*]}: install them, or run this as root"
  command -v apt-get >/dev/null || fail "missing ${need[*]} and no apt-get to install them"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -q && apt-get install -y -q --no-install-recommends "${need[@]}"; } \
    >"$out/apt.log" 2>&1 || fail "apt-get install ${need[*]} failed"
fi
[ -e "$java_home/lib/libawt_xawt.so" ] || fail "this Java ($java_home) has no X11 toolkit"

# --- 2. the jar --------------------------------------------------------------------------------
if [ -n "${TRUCE_IT_JAR:-}" ]; then
  jar="$TRUCE_IT_JAR"
  [ -f "$jar" ] || fail "TRUCE_IT_JAR=$jar does not exist"
else
  jar="$root/target/truce.jar"
  # Same rule as the ./truce launcher: build when the jar is missing or older than the sources.
  if [ ! -f "$jar" ] || [ "$root/pom.xml" -nt "$jar" ] \
      || [ -n "$(find "$root/src/main" -newer "$jar" -type f -print -quit)" ]; then
    log "building target/truce.jar (mvn -B -DskipTests package)"
    mvn -q -B -DskipTests package >"$out/build.log" 2>&1 \
      || fail "the build failed (mvn -B -DskipTests package)"
  fi
fi

# --- 3. headless use is unaffected -----------------------------------------------------------
log "checking that other commands never load the GUI"
env -u DISPLAY java -verbose:class -jar "$jar" run "$scenario" --days 20 --out "$out/run" \
  >"$out/run-classes.log" 2>&1 || fail "truce run failed without a display"
loaded="$(grep -cE ' (truce\.gui|sim\.display|sim\.portrayal)\.' "$out/run-classes.log" || true)"
[ "$loaded" = 0 ] || fail "truce run loaded $loaded GUI classes (see run-classes.log)"
set +e
env -u DISPLAY java -jar "$jar" gui "$scenario" >"$out/nodisplay.log" 2>&1
rc=$?
set -e
[ "$rc" = 1 ] || fail "truce gui without a display: exit code $rc, expected 1"
[ "$(wc -l <"$out/nodisplay.log")" = 1 ] && grep -q "needs a display" "$out/nodisplay.log" \
  || fail "truce gui without a display: expected one line saying so, got: $(cat "$out/nodisplay.log")"

# --- 4. Xvfb ---------------------------------------------------------------------------------
n=99
while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do
  n=$((n + 1))
done
export DISPLAY=":$n"
log "starting Xvfb $DISPLAY (${screen_w}x${screen_h})"
Xvfb "$DISPLAY" -screen 0 "${screen_w}x${screen_h}x24" -nolisten tcp >"$out/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do
  xwininfo -root >/dev/null 2>&1 && break
  kill -0 "$xvfb_pid" 2>/dev/null || fail "Xvfb did not start"
  sleep 0.2
done
xwininfo -root >/dev/null 2>&1 || fail "Xvfb did not answer on $DISPLAY"

# --- 5. the window, 30 days played -----------------------------------------------------------
log "truce gui $scenario --seed 1 --autoplay $days"
java -jar "$jar" gui "$scenario" --seed 1 --autoplay "$days" >"$out/gui.out" 2>"$out/gui.err" &
gui_pid=$!
deadline=$((SECONDS + timeout))
until grep -q '^autoplay: paused' "$out/gui.out"; do
  kill -0 "$gui_pid" 2>/dev/null || fail "truce gui exited before playing $days days"
  grep -q '^autoplay: run ended' "$out/gui.out" && fail "the run ended before day $days"
  [ "$SECONDS" -lt "$deadline" ] || fail "no pause after $days days within ${timeout}s"
  sleep 0.5
done
grep -q "^autoplay: paused after day $((days - 1));" "$out/gui.out" \
  || fail "expected a pause after day $((days - 1)), got: $(cat "$out/gui.out")"
sleep 2 # let the last day's drawing reach the screen

# window geometry: "x y width height" of the top-level window with exactly this title
geometry() {
  local info
  info="$(xwininfo -name "$1" 2>/dev/null)" || return 1
  grep -q 'Map State: IsViewable' <<<"$info" || return 1
  awk '/Absolute upper-left X/ {x=$NF} /Absolute upper-left Y/ {y=$NF}
       /^ *Width:/ {w=$NF} /^ *Height:/ {h=$NF} END {print x, y, w, h}' <<<"$info"
}
display_title="Truce — baseline-2025"
charts_title="Trust and escalation — baseline-2025"
read -r dx dy dw dh < <(geometry "$display_title") || fail "no window \"$display_title\" on screen"
read -r cx cy cw ch < <(geometry "$charts_title") || fail "no window \"$charts_title\" on screen"
read -r kx ky kw kh < <(geometry "Truce") || fail "no console window \"Truce\" on screen"
log "display ${dw}x${dh}+$dx+$dy, charts ${cw}x${ch}+$cx+$cy, console ${kw}x${kh}+$kx+$ky"

# --- 6. step once, inspect a state -----------------------------------------------------------
# While paused, the console's first button (bottom left) steps one day.
xdotool mousemove $((kx + 14)) $((ky + kh - 17)) click 1
for _ in $(seq 20); do
  grep -q "^autoplay: stepped after day $days;" "$out/gui.out" && break
  sleep 0.25
done
grep -q "^autoplay: stepped after day $days;" "$out/gui.out" \
  || fail "the step button did not advance one day: $(tail -n 2 "$out/gui.out")"
sleep 0.5
[ "$(grep -c '^autoplay: stepped' "$out/gui.out")" = 1 ] || fail "one press stepped more than one day"

import -window root "$out/before-inspect.png"
# pakistan sits at (25, 34) of the 100 x 74 field, drawn at scale width/100 under the toolbar
scale=$((dw / 100))
px=$((dx + 25 * scale))
py=$((dy + dh - 74 * scale + 34 * scale))
xdotool mousemove "$px" "$py" click --repeat 2 --delay 100 1
sleep 2
import -window root "$out/screen.png"
[ -n "${TRUCE_IT_SCREENSHOT:-}" ] && cp "$out/screen.png" "$TRUCE_IT_SCREENSHOT"

# --- 7. what the screenshot shows ------------------------------------------------------------
crop() { # crop NAME X Y W H: one window of the screenshot
  convert "$out/screen.png" -crop "${4}x${5}+${2}+${3}" +repage "$out/$1.png"
}
colours() { identify -format '%k' "$1"; }
# pixels within 8% of a colour
pixels() { convert "$1" -fuzz 8% -fill black +opaque "$2" -fill white -opaque "$2" \
  -format '%[fx:round(mean*w*h)]' info:; }

crop display "$dx" "$dy" "$dw" "$dh"
crop charts "$cx" "$cy" "$cw" "$ch"
crop console "$kx" "$ky" "$kw" "$kh"
convert "$out/before-inspect.png" -crop "${kw}x${kh}+${kx}+${ky}" +repage "$out/console-before.png"

all="$(colours "$out/screen.png")"
d="$(colours "$out/display.png")"
c="$(colours "$out/charts.png")"
k="$(colours "$out/console.png")"
log "distinct colours: screen $all, display $d, charts $c, console $k"
[ "$all" -ge 500 ] || fail "the screen looks blank: $all colours"
[ "$d" -ge 200 ] || fail "the display looks blank: $d colours"
[ "$c" -ge 100 ] || fail "the charts look blank: $c colours"
[ "$k" -ge 30 ] || fail "the console looks blank: $k colours"
# each state's colour (Okabe-Ito blue, orange): its outline on the display, its lines in the charts
for colour in "#0072B2" "#E69F00"; do
  pd="$(pixels "$out/display.png" "$colour")"
  pc="$(pixels "$out/charts.png" "$colour")"
  log "$colour: $pd pixels on the display, $pc in the charts"
  [ "$pd" -ge 100 ] || fail "the display does not show the state coloured $colour"
  [ "$pc" -ge 300 ] || fail "the charts do not draw the state coloured $colour"
done
changed="$(compare -metric AE "$out/console-before.png" "$out/console.png" null: 2>&1 || true)"
log "console pixels changed by the double-click: $changed"
[ "${changed%%.*}" -ge 2000 ] 2>/dev/null || fail "double-clicking pakistan opened no inspector"

grep -E 'Exception|Error' "$out/gui.err" | grep -v 'probably no Java3D' && fail "the GUI wrote errors"
kill -0 "$gui_pid" 2>/dev/null || fail "truce gui exited"
verdict=PASS
