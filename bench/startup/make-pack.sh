#!/usr/bin/env bash
# Writes a pack of N generated questions (default 10,000) of every type to stdout, in the pack format
# of shared/spec/packs.md. The questions are made up; they only give the bank its size.
set -euo pipefail
N=${1:-10000}
awk -v n="$N" 'BEGIN {
  print "pack: bench-startup"
  print "title: Startup benchmark pack"
  print "version: 1"
  print "language: en"
  print "sources:"
  print "  - id: bench-source"
  print "    title: Generated briefing for the startup benchmark"
  print "    publisher: PolicyQuiz bench"
  print "    published: 2025-01-01"
  print "questions:"
  split("who where when what", kinds, " ")
  for (i = 1; i <= n; i++) {
    t = i % 7; k = kinds[(i % 4) + 1]
    printf "  - id: q%05d\n", i
    printf "    kind: %s\n", k
    printf "    source: bench-source\n"
    printf "    evidence: Generated sentence number %d of the benchmark briefing.\n", i
    if (t == 0) {
      print "    type: choice"
      printf "    prompt: Which delegate signed communique %d?\n", i
      printf "    answer: Delegate %d\n", i
      printf "    distractors: [Delegate %d, Delegate %d, Delegate %d]\n", i + 1, i + 2, i + 3
    } else if (t == 1) {
      print "    type: truefalse"
      printf "    prompt: Communique %d was signed in public.\n", i
      print "    answer: true"
    } else if (t == 2) {
      print "    type: multi"
      printf "    prompt: Which cities hosted round %d?\n", i
      printf "    answer: [City %d, City %d]\n", i, i + 1
      printf "    distractors: [Town %d, Town %d, Town %d]\n", i, i + 1, i + 2
    } else if (t == 3) {
      print "    type: short"
      printf "    prompt: Name the envoy of mission %d.\n", i
      printf "    answer: Envoy%d\n", i
    } else if (t == 4) {
      print "    type: cloze"
      printf "    prompt: Round %d took place in ____.\n", i
      printf "    answer: Capital%d\n", i
    } else if (t == 5) {
      print "    type: order"
      printf "    prompt: Put the steps of process %d in order.\n", i
      printf "    answer: [Step A%d, Step B%d, Step C%d]\n", i, i, i
    } else {
      print "    type: match"
      printf "    prompt: Match each envoy of group %d with a country.\n", i
      print "    answer:"
      printf "      - Envoy X%d: Country X%d\n", i, i
      printf "      - Envoy Y%d: Country Y%d\n", i, i
    }
  }
}'
