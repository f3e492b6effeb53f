#!/usr/bin/env bash
# Screenshot a built page with headless Chromium: tools/screenshot.sh PAGE.html OUT.png [HEIGHT]
set -euo pipefail
page="$1"; out="$2"; height="${3:-2400}"
profile="$(mktemp -d)"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --disable-quic --user-data-dir="$profile" --hide-scrollbars \
  --virtual-time-budget=3000 --window-size=1280,"$height" --screenshot="$out" "file://$(realpath "$page")" \
  >/dev/null 2>&1
rm -rf "$profile"
