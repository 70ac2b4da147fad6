#!/usr/bin/env bash
# Installs every Debian 12 package the project needs to build, test and run its demo, and
# nothing it does not use yet: each issue adds the packages its code starts to use.
# Idempotent and non-interactive: packages already present are skipped, and apt-get
# update runs once, only when something is missing.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache clang-format
  # Qt 6.4
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml-workerscript
  qml6-module-qttest
  # core libraries
  nlohmann-json3-dev libsqlite3-dev libssl-dev
  # tests
  libgtest-dev libgmock-dev
  # fonts: Noto CJK on screen
  fonts-noto-cjk
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
