#!/usr/bin/env bash
# FSRS replay benchmark: `policyquiz fsrs replay` against the reference (ts-fsrs 5.4.2 via
# tools/fsrs-vectors/replay.mjs) on the same generated review log, timed in one run, outputs compared.
#
#   bench/fsrs/run.sh                    # 50,000 cards x 20 reviews = 1,000,000 reviews
#   CARDS=5000 REVIEWS=20 bench/fsrs/run.sh
#
# Environment: CARDS, REVIEWS (size), RUNS (timed runs of ours, best kept; default 3),
# ARTIFACTS (dotnet artifacts folder; default /tmp/art-bench-fsrs), WORK (scratch folder; default a new temp folder).
# Prints wall-clock and CPU (user+sys) seconds of both whole processes, and reference/ours ratios.
# Exits 1 if the two outputs differ.
set -euo pipefail
cd "$(dirname "$0")/../.."

CARDS=${CARDS:-50000}
REVIEWS=${REVIEWS:-20}
RUNS=${RUNS:-3}
ARTIFACTS=${ARTIFACTS:-/tmp/art-bench-fsrs}
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/fsrs-bench.XXXXXX")}
mkdir -p "$WORK"

echo "== preparing (reference install, Release build, input) in $WORK"
if [ ! -d tools/fsrs-vectors/node_modules/ts-fsrs ]; then
  (cd tools/fsrs-vectors && npm ci --no-audit --no-fund --silent)
fi
dotnet build src/PolicyQuiz -c Release --artifacts-path "$ARTIFACTS" -v q -nologo >"$WORK/build.log" 2>&1 \
  || { cat "$WORK/build.log"; exit 1; }
DLL="$ARTIFACTS/bin/PolicyQuiz/release/policyquiz.dll"
INPUT="$WORK/reviews.csv"
node bench/fsrs/make-reviews.mjs "$INPUT" "$CARDS" "$REVIEWS" 2>"$WORK/make-reviews.log"
ROWS=$(($(wc -l <"$INPUT") - 1))

# time NAME OUTPUT COMMAND...: runs COMMAND > OUTPUT, leaves "wall user sys" in $WORK/NAME.time
time_it() {
  local name=$1 output=$2
  shift 2
  local TIMEFORMAT='%R %U %S'
  { time "$@" >"$output" 2>"$WORK/$name.err"; } 2>"$WORK/$name.time"
}

echo "== reference: node tools/fsrs-vectors/replay.mjs ($ROWS reviews)"
time_it reference "$WORK/reference.csv" node tools/fsrs-vectors/replay.mjs "$INPUT"
read -r REF_WALL REF_USER REF_SYS <"$WORK/reference.time"

echo "== ours: dotnet policyquiz.dll fsrs replay (best of $RUNS)"
OUR_WALL="" OUR_CPU=""
for run in $(seq 1 "$RUNS"); do
  time_it ours "$WORK/ours.csv" dotnet "$DLL" fsrs replay "$INPUT"
  read -r wall user sys <"$WORK/ours.time"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
  echo "   run $run: ${wall}s wall, ${cpu}s CPU"
  OUR_WALL=$(awk -v a="$wall" -v b="${OUR_WALL:-$wall}" 'BEGIN { print (a < b ? a : b) }')
  OUR_CPU=$(awk -v a="$cpu" -v b="${OUR_CPU:-$cpu}" 'BEGIN { print (a < b ? a : b) }')
done

if cmp -s "$WORK/reference.csv" "$WORK/ours.csv"; then
  SAME="identical"
else
  SAME="DIFFERENT"
fi

REF_CPU=$(awk -v u="$REF_USER" -v s="$REF_SYS" 'BEGIN { print u + s }')
printf '\n%-28s %12s %12s\n' "replay of $ROWS reviews" "wall (s)" "CPU (s)"
printf '%-28s %12.2f %12.2f\n' "reference (ts-fsrs, node)" "$REF_WALL" "$REF_CPU"
printf '%-28s %12.2f %12.2f\n' "policyquiz fsrs replay" "$OUR_WALL" "$OUR_CPU"
printf '%-28s %12.1fx %11.1fx   (target: at least 10x)\n' "reference / ours" \
  "$(awk -v a="$REF_WALL" -v b="$OUR_WALL" 'BEGIN { print a / b }')" "$(awk -v a="$REF_CPU" -v b="$OUR_CPU" 'BEGIN { print a / b }')"
echo "outputs: $SAME ($(wc -l <"$WORK/ours.csv") lines each)   load average: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$SAME" = identical ] || { diff "$WORK/reference.csv" "$WORK/ours.csv" | head -5; exit 1; }
