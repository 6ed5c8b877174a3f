#!/usr/bin/env bash
# First-frame benchmark: the time from process start to the first question on screen for
# `policyquiz study` on a bank of 10,000 questions, in a real terminal (tmux), for the Native AOT
# binary and for the JIT build. Each run starts the program in a fresh tmux session; the program,
# with POLICYQUIZ_TRACE_FIRST_FRAME set, writes the time the first question was drawn and quits.
# Prints every run and the median of each build.
#
#   bench/startup/run.sh            # RUNS=15 by default; SKIP_BUILD=1 reuses the last builds
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-15}
WORK=${WORK:-/tmp/policyquiz-bench-startup}
ART="$WORK/artifacts"
mkdir -p "$WORK"
command -v tmux >/dev/null || { echo "bench: tmux is needed (apt-get install tmux)" >&2; exit 1; }

JIT="$ART/jit/bin/PolicyQuiz/release/policyquiz"
AOT="$ART/aot/publish/PolicyQuiz/release_linux-x64/policyquiz"
if [ -z "${SKIP_BUILD:-}" ]; then
  echo "building the JIT program (Release) ..." >&2
  dotnet build src/PolicyQuiz -c Release --artifacts-path "$ART/jit" -nologo -v q >&2
  echo "publishing the Native AOT program ..." >&2
  dotnet publish src/PolicyQuiz -c Release -r linux-x64 -p:PublishAot=true --artifacts-path "$ART/aot" -nologo -v q >&2
fi

DB="$WORK/bank.db"
if [ ! -f "$DB" ] || [ -n "${NEW_BANK:-}" ]; then
  rm -f "$DB" "$DB"-*
  bash bench/startup/make-pack.sh 10000 > "$WORK/bench-startup.yaml"
  "$JIT" --db "$DB" packs import "$WORK/bench-startup.yaml" >&2
fi
questions=$(sqlite3 "$DB" 'select count(*) from questions' 2>/dev/null || echo "10000+")
echo "bank: $DB ($questions questions)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (figures grow with the load)"

# one run: prints milliseconds from just before exec to the first question drawn
one_run() {
  local bin=$1 socket="pqbench-$$-$RANDOM"  # a fresh server per run: reusing one socket races with the previous server shutting down
  rm -f "$WORK/start" "$WORK/frame"
  tmux -L "$socket" new-session -d -x 100 -y 30 \
    "sh -c 'date +%s%N > $WORK/start; exec env NO_COLOR=1 POLICYQUIZ_TRACE_FIRST_FRAME=$WORK/frame $bin --db $DB study'"
  for _ in $(seq 300); do
    [ -s "$WORK/frame" ] && break
    sleep 0.1
  done
  tmux -L "$socket" kill-server 2>/dev/null || true
  [ -s "$WORK/frame" ] || { echo "bench: no first frame within 30 s from $bin" >&2; return 1; }
  local start frame
  start=$(cat "$WORK/start"); frame=$(cat "$WORK/frame")
  awk -v s="$start" -v f="$frame" 'BEGIN { printf "%.1f\n", (f * 1000 - s) / 1e6 }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

for build in aot jit; do
  bin=$AOT; [ "$build" = jit ] && bin=$JIT
  one_run "$bin" >/dev/null  # warm the page cache
  times=()
  for _ in $(seq "$RUNS"); do times+=("$(one_run "$bin")"); done
  echo "$build runs (ms): ${times[*]}"
  echo "$build median first question: $(printf '%s\n' "${times[@]}" | median) ms over $RUNS runs"
done
