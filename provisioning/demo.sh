#!/usr/bin/env bash
# The demo command: installs what is missing, builds, and runs the terminal in demo mode.
# With a display the kiosk runs fullscreen (Esc does not quit: close it from the window
# manager or with Ctrl+C here). Without one it runs offscreen and a tour writes screenshots
# of each screen to demo-screenshots/ (or $KIOSK_DEMO_OUT).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

bash provisioning/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target kiosk kiosk_tour

kiosk="$root/build/dev/kiosk/app/kiosk"
config="$root/provisioning/kiosk.ini.example"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
    exec "$kiosk" --config "$config"
fi

out=${KIOSK_DEMO_OUT:-$root/demo-screenshots}
mkdir -p "$out"
run=$(mktemp -d)
socket="$run/automation.sock"
QT_QPA_PLATFORM=offscreen "$kiosk" --config "$config" --automation "$socket" >"$run/kiosk.log" 2>&1 &
kiosk_pid=$!
trap 'kill "$kiosk_pid" 2>/dev/null || true; wait "$kiosk_pid" 2>/dev/null || true; rm -rf "$run"' EXIT
for _ in $(seq 1 100); do [ -S "$socket" ] && break; sleep 0.1; done
[ -S "$socket" ] || { echo "demo: the kiosk did not start; its log:" >&2; cat "$run/kiosk.log" >&2; exit 1; }
"$root/build/dev/tests/e2e/kiosk_tour" --socket "$socket" --out "$out"
echo "demo: no display, so the kiosk ran offscreen; screenshots are in $out"
