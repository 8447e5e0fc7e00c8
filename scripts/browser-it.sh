#!/usr/bin/env bash
# Every shipped sweep's report, opened in a real browser: installs Debian's Chromium and
# puppeteer-core (npm) if missing, runs each sweep in scenarios/sweeps/ and scenarios/sensitivity/,
# and checks each index.html in headless Chromium (scripts/browser-check.mjs): images load, no
# horizontal scrolling at 1280 px, no console error. Screenshots stay in target/browser/.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
if ! command -v node >/dev/null; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
work=target/browser
mkdir -p "$work/node"
if [ ! -d "$work/node/node_modules/puppeteer-core" ]; then
  npm install --prefix "$work/node" --no-audit --no-fund --silent puppeteer-core@23 >/dev/null
fi
cp scripts/browser-check.mjs "$work/node/"
reports=()
for f in scenarios/sweeps/*.yaml scenarios/sensitivity/*.yaml; do
  name=$(basename "$f" .yaml)
  if grep -qE 'type: *(saltelli|morris)' "$f"; then cmd=sensitivity; else cmd=sweep; fi
  ./truce "$cmd" "$f" --out "$work/reports/$name" --force >/dev/null 2>&1 || { ./truce "$cmd" "$f" --out "$work/reports/$name" --force; exit 1; }
  reports+=("$work/reports/$name")
done
node "$work/node/browser-check.mjs" "$work/screenshots" "${reports[@]}"
