// Peer speed benchmark: in-process named-entity extraction with wink-nlp and compromise over
// the same article set as `policyquiz generate`. Usage: node peer.mjs DIR [wink|compromise|all] [MAX_WORDS]
// Prints one line per peer: "PEER words=N seconds=S words_per_s=R cpu_seconds=C words_per_cpu_s=P entities=E"
// (wall clock and CPU time of reading and extraction; on a busy machine the CPU figure is the fair one).
// Words are counted as in run.sh: whitespace-separated tokens of the body (front matter left out).
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const [dir, which = 'all', maxWordsArg] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node peer.mjs DIR [wink|compromise|all] [MAX_WORDS]');
  process.exit(2);
}
const maxWords = maxWordsArg ? Number(maxWordsArg) : Infinity;

function body(text) {
  if (!text.startsWith('---\n')) return text;
  const end = text.indexOf('\n---\n', 4);
  return end < 0 ? text : text.slice(end + 5);
}

const countWords = (text) => text.split(/\s+/).filter((w) => w.length > 0).length;

function run(name, extract) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  let words = 0;
  let entities = 0;
  // the clocks run over reading and extraction only: counting the words (a regex split) is the benchmark's own
  // bookkeeping, not the peer's work, so it is left out of the peer's time
  let nanoseconds = 0n;
  let cpuMicroseconds = 0;
  for (const file of files) {
    if (words >= maxWords) break;
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    const text = body(readFileSync(join(dir, file), 'utf8'));
    entities += extract(text);
    const cpu = process.cpuUsage(cpuStart);
    cpuMicroseconds += cpu.user + cpu.system;
    nanoseconds += process.hrtime.bigint() - start;
    words += countWords(text);
  }
  const seconds = Number(nanoseconds) / 1e9;
  const cpuSeconds = cpuMicroseconds / 1e6;
  console.log(`${name} words=${words} seconds=${seconds.toFixed(2)} words_per_s=${Math.round(words / seconds)} cpu_seconds=${cpuSeconds.toFixed(2)} words_per_cpu_s=${Math.round(words / cpuSeconds)} entities=${entities}`);
}

if (which === 'wink' || which === 'all') {
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  run('wink-nlp', (text) => nlp.readDoc(text).entities().out(its.detail).length);
}

if (which === 'compromise' || which === 'all') {
  const nlp = require('compromise');
  run('compromise', (text) => {
    const doc = nlp(text);
    return doc.people().length + doc.places().length + doc.organizations().length;
  });
}
