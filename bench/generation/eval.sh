#!/usr/bin/env bash
# Generates a pack per dev article and scores them: bench/generation/eval.sh [--debug]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dev="${DEV_DIR:-/work/shared/eval/dev}"
art="${ARTIFACTS:-/tmp/art-gen}"
out="$(mktemp -d)"
dotnet build "$here/PolicyQuiz.Bench.Generation.csproj" -c Release --artifacts-path "$art" -v q -nologo >/dev/null
dotnet "$art/bin/PolicyQuiz.Bench.Generation/release/PolicyQuiz.Bench.Generation.dll" packs "$dev" "$out" "$@"
python3 /work/shared/eval/score.py "$dev" "$out" --verbose
echo "packs in $out"
