// Writes the small replay sample used by the replay tests (input only; its expected output comes from replay.mjs).
// Usage: node make-replay-sample.mjs OUT.csv
// Six cards, interleaved, in time order: learning steps, same-day reviews, lapses, early and very late reviews,
// and the time spellings the contract accepts (fractions, +00:00, minutes without seconds).
import { writeFileSync } from 'node:fs';

let seed = 424242;
function random() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const MINUTE = 60000, HOUR = 60 * MINUTE, DAY = 24 * HOUR;
const gaps = [MINUTE, 9 * MINUTE, 3 * HOUR, DAY, 3 * DAY, 12 * DAY, 40 * DAY, 200 * DAY, 900 * DAY];
const rows = [];
for (let card = 1; card <= 6; card++) {
  let time = Date.UTC(2025, 2, 24, 8 + card, 0, 0) + Math.floor(random() * HOUR);
  for (let i = 0; i < 8; i++) {
    const pick = random();
    rows.push({ id: `q${card}`, time, rating: pick < 0.2 ? 1 : pick < 0.35 ? 2 : pick < 0.85 ? 3 : 4 });
    time += Math.floor(gaps[Math.floor(random() * gaps.length)] * (0.5 + random()));
  }
}
rows.sort((a, b) => a.time - b.time || a.id.localeCompare(b.id));
const spell = (time, i) => {
  const iso = new Date(time).toISOString();
  if (i % 7 === 3) return iso.replace('Z', '+00:00');
  if (i % 7 === 5) return iso.slice(0, 19) + 'Z';
  if (i % 11 === 4) return iso.slice(0, 23) + '456Z';
  return iso;
};
const lines = ['card_id,review_time,rating', ...rows.map((row, i) => `${row.id},${spell(row.time, i)},${row.rating}`)];
writeFileSync(process.argv[2], lines.join('\n') + '\n');
