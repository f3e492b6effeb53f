#!/usr/bin/env bash
# Make sure Debian's headless-capable Chromium is on PATH (the browser tests drive it through playwright).
# If it is missing and we are root, install it quietly with apt-get. Prints one line saying what it did.
# Exit 0 if chromium is available afterwards, 1 otherwise.
set -uo pipefail

if command -v chromium >/dev/null 2>&1; then
  echo "ensure_chromium: chromium already installed at $(command -v chromium)"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "ensure_chromium: chromium is not on PATH and we are not root: install it with 'apt-get install chromium'" >&2
  exit 1
fi

log="$(mktemp)"
if DEBIAN_FRONTEND=noninteractive apt-get update -qq >"$log" 2>&1 \
   && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >>"$log" 2>&1 \
   && command -v chromium >/dev/null 2>&1; then
  echo "ensure_chromium: installed chromium with apt-get ($(command -v chromium))"
  rm -f "$log"
  exit 0
fi

echo "ensure_chromium: apt-get could not install chromium; last lines of its output: $(tail -n 5 "$log" | tr '\n' ' ')" >&2
rm -f "$log"
exit 1
