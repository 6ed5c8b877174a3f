#!/usr/bin/env bash
# Speed of `policyquiz generate` (whole process, one core) against in-process entity extraction
# with wink-nlp and compromise, over the same article set, in the same run.
#   bench/generation-peer/run.sh [MILLION_WORDS]        (default 3)
# Env: DEV_DIR (articles to replicate, default /work/shared/eval/dev), ARTIFACTS (build folder),
#      JIT=1 (measure the JIT build instead of the Native AOT binary), RID (default linux-x64),
#      COMPROMISE_WORDS (compromise runs on this many words of the set, default 300000: it is slow),
#      ROUNDS (policyquiz and wink-nlp timed back to back this many times, default 3; the verdict is the median ratio).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dev="${DEV_DIR:-/work/shared/eval/dev}"
art="${ARTIFACTS:-/tmp/art-generation-peer}"
million="${1:-3}"
compromise_words="${COMPROMISE_WORDS:-300000}"
target=$(awk -v m="$million" 'BEGIN { printf "%d", m * 1000000 }')
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
set_dir="$work/articles"
mkdir -p "$set_dir"

# words of an article: whitespace-separated tokens after the front matter (as peer.mjs counts them)
body_words() { awk 'NR==1 && $0=="---" { fm=1; next } fm && $0=="---" { fm=0; next } !fm { n += NF } END { print n+0 }' "$1"; }

round_words=0
for f in "$dev"/*.md; do round_words=$((round_words + $(body_words "$f"))); done
if [ "$round_words" -eq 0 ]; then echo "no articles in $dev" >&2; exit 2; fi
rounds=$(( (target + round_words - 1) / round_words ))
for ((r = 0; r < rounds; r++)); do
  for f in "$dev"/*.md; do cp "$f" "$set_dir/$(basename "$f" .md)-$r.md"; done
done
words=$((rounds * round_words))
files=$(find "$set_dir" -name '*.md' | wc -l)
echo "article set: $files files, $words words ($rounds copies of $dev)"

if [ ! -d "$here/node_modules/wink-nlp" ] || [ ! -d "$here/node_modules/compromise" ]; then
  (cd "$here" && npm ci --no-audit --no-fund >/dev/null)
fi

# The binary measured: by default the Native AOT binary (README: `dotnet publish src/PolicyQuiz -c Release
# -r linux-x64 -p:PublishAot=true`), the form shipped to users; JIT=1 measures the JIT build (`dotnet build -c Release`).
rid="${RID:-linux-x64}"
if [ "${JIT:-0}" != 1 ] && dotnet publish "$root/src/PolicyQuiz/PolicyQuiz.csproj" -c Release -r "$rid" -p:PublishAot=true --artifacts-path "$art" -v q -nologo >"$work/build.log" 2>&1; then
  bin="$art/publish/PolicyQuiz/release_$rid/policyquiz"
  echo "binary measured: Native AOT ($bin)"
else
  if [ "${JIT:-0}" != 1 ]; then
    echo "the Native AOT publish failed; measuring the JIT build instead:" >&2
    grep -E ' error ' "$work/build.log" | sort -u | head -5 >&2
  fi
  bin="$art/bin/PolicyQuiz/release/policyquiz"
  if dotnet build "$root/src/PolicyQuiz/PolicyQuiz.csproj" -c Release --artifacts-path "$art" -v q -nologo >"$work/build.log" 2>&1; then
    echo "binary measured: JIT build, dotnet build -c Release ($bin)"
  else
    echo "the policyquiz program does not build:" >&2
    grep -E ' error ' "$work/build.log" | sort -u | head -5 >&2
    bin=/nonexistent
  fi
fi

# ROUNDS rounds (default 3), each timing policyquiz and then wink-nlp back to back, so that both see the same
# phase of a shared machine; the verdict takes the median of the rounds' ratios. compromise (about 20x slower
# than wink-nlp) runs once, on part of the set.
rounds_wanted="${ROUNDS:-3}"
whole_process=0
if [ -x "$bin" ] && "$bin" generate --help >/dev/null 2>&1; then whole_process=1; fi

measure_ours() {
  if [ "$whole_process" = 1 ]; then
    TIMEFORMAT='%R %U %S'
    { time "${pin[@]}" "$bin" generate "$set_dir" -o "$work/out.json" >/dev/null 2>"$work/generate.err"; } 2>"$work/time.txt" || {
      echo "policyquiz generate failed:" >&2; tail -5 "$work/generate.err" >&2; exit 1; }
    read -r wall user sys <"$work/time.txt"
    ours=$(awk -v w="$words" -v s="$wall" 'BEGIN { printf "%d", w / s }')
    ours_cpu=$(awk -v w="$words" -v u="$user" -v k="$sys" 'BEGIN { printf "%d", w / (u + k) }')
    echo "  policyquiz generate (whole process, one core): $words words; wall $wall s = $ours words/s; cpu ${user}+${sys} s = $ours_cpu words/cpu-s"
  else
    echo "policyquiz has no generate command yet: measuring bench/generation's in-process speed mode instead" >&2
    dotnet build "$root/bench/generation/PolicyQuiz.Bench.Generation.csproj" -c Release --artifacts-path "$art" -v q -nologo >/dev/null
    out=$("${pin[@]}" dotnet "$art/bin/PolicyQuiz.Bench.Generation/release/PolicyQuiz.Bench.Generation.dll" speed "$dev" "$million")
    echo "$out" | sed 's/^/  bench\/generation: /'
    ours=$(echo "$out" | awk -F': *' '/words\/s \(wall\)/ { gsub(/,/, "", $2); print $2 }')
    ours_cpu=$(echo "$out" | awk -F': *' '/words\/s \(cpu\)/ { gsub(/,/, "", $2); print $2 }')
    echo "  policyquiz generator (in-process, not whole process): $ours words/s"
  fi
}

rate() { echo "$1" | sed -n "s/.* $2=\([0-9]*\).*/\1/p"; }
: >"$work/rounds.txt"
for ((round = 1; round <= rounds_wanted; round++)); do
  echo "round $round of $rounds_wanted:"
  measure_ours
  wink=$("${pin[@]}" node "$here/peer.mjs" "$set_dir" wink)
  echo "  $wink"
  echo "$ours $ours_cpu $(rate "$wink" words_per_s) $(rate "$wink" words_per_cpu_s)" >>"$work/rounds.txt"
done
comp=$("${pin[@]}" node "$here/peer.mjs" "$set_dir" compromise "$compromise_words")
echo "$comp"
c=$(rate "$comp" words_per_s)
cc=$(rate "$comp" words_per_cpu_s)
# per round: the ratio to the fastest peer (wink-nlp of that round, or compromise if it were faster)
awk -v c="$c" -v cc="$cc" '{
  f = $3 > c ? $3 : c; fc = $4 > cc ? $4 : cc
  printf "%d %d %d %d %.4f %.4f\n", $1, $2, f, fc, $1 / f, $2 / fc
}' "$work/rounds.txt" >"$work/ratios.txt"
median() { sort -g | awk '{ v[NR] = $1 } END { printf "%s", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
awk '{ printf "round %d: wall: ours %d words/s, fastest peer %d: %.2fx; cpu: ours %d words/cpu-s, fastest peer %d: %.2fx\n", NR, $1, $3, $5, $2, $4, $6 }' "$work/ratios.txt"
ours_median=$(cut -d' ' -f1 "$work/ratios.txt" | median)
ours_cpu_median=$(cut -d' ' -f2 "$work/ratios.txt" | median)
ratio=$(cut -d' ' -f5 "$work/ratios.txt" | median)
ratio_cpu=$(cut -d' ' -f6 "$work/ratios.txt" | median)
awk -v o="$ours_median" -v oc="$ours_cpu_median" -v r="$ratio" -v rc="$ratio_cpu" -v n="$rounds_wanted" 'BEGIN {
  printf "median of %d rounds: wall: ours %d words/s, %.2fx the fastest peer; cpu: ours %d words/cpu-s, %.2fx\n", n, o, r, oc, rc
  printf "targets: >= 500000 words/s and >= 2x the fastest peer: %s\n", (o >= 500000 && r >= 2) ? "met (wall)" : (oc >= 500000 && rc >= 2) ? "met on cpu time only (busy machine?)" : "NOT met"
}'
