#!/usr/bin/env bash
# The test command: installs what is missing, builds, and runs every test.
#   0. clang-format check of every C++ file;
#   1. the `dev` preset: everything built, every test (unit, qml, integration, e2e) run;
#   2. the `asan` preset: the unit tests again under AddressSanitizer + UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."

bash provisioning/install-deps.sh

echo "== format: every C++ file as .clang-format says"
clang-format --dry-run --Werror $(git ls-files '*.cpp' '*.h')

echo "== dev: build and run every test"
cmake --preset dev
cmake --build --preset dev
ctest --preset dev

echo "== asan: unit tests under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake --preset asan
cmake --build --preset asan
ctest --preset asan
