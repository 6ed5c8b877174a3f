// The reference replay: the same contract as `policyquiz fsrs replay`, computed with ts-fsrs.
// Usage: node replay.mjs REVIEWS.csv > OUT.csv
// Input: card_id,review_time,rating (valid rows only: this script is a yardstick, it does not check input).
// Output: card_id,review_time,rating,state,stability,difficulty,due (6 decimals, due as toISOString()).
import { readFileSync, writeSync } from 'node:fs';
import { fsrs, createEmptyCard, generatorParameters, State } from 'ts-fsrs';

const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));
const lines = readFileSync(process.argv[2], 'utf8').split('\n');
const cards = new Map();
const out = ['card_id,review_time,rating,state,stability,difficulty,due'];
for (let i = 1; i < lines.length; i++) {
  const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
  if (line.trim() === '') continue;
  const [id, time, rating] = line.split(',');
  const now = new Date(time);
  const card = scheduler.next(cards.get(id) ?? createEmptyCard(now), now, Number(rating)).card;
  cards.set(id, card);
  out.push(`${id},${time},${rating},${State[card.state]},${card.stability.toFixed(6)},${card.difficulty.toFixed(6)},${card.due.toISOString()}`);
}
// write in pieces: one string of 100 MB is more than some stdout pipes take in one call
const text = out.join('\n') + '\n';
for (let offset = 0; offset < text.length; offset += 1 << 24) {
  writeSync(1, text.slice(offset, offset + (1 << 24)));
}
