// Writes a time-ordered review log for the replay benchmark: CARDS cards x REVIEWS reviews each, interleaved.
// Usage: node make-reviews.mjs OUT.csv [CARDS=50000] [REVIEWS=20]. Seeded, so the same arguments give the same file.
import { writeFileSync } from 'node:fs';

const [out, cardsArg, reviewsArg] = process.argv.slice(2);
const cards = Number(cardsArg ?? 50000);
const reviewsPerCard = Number(reviewsArg ?? 20);

let seed = 0x5eed1234;
function random() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const MINUTE = 60000, DAY = 86400000;
const start = Date.UTC(2024, 0, 1);
const rows = new Array(cards * reviewsPerCard);
let n = 0;
for (let c = 0; c < cards; c++) {
  let time = start + Math.floor(random() * 365 * DAY);
  let ivl = 10 * MINUTE;
  for (let r = 0; r < reviewsPerCard; r++) {
    const pick = random();
    const rating = pick < 0.1 ? 1 : pick < 0.25 ? 2 : pick < 0.9 ? 3 : 4;
    rows[n++] = { time, card: c, rating };
    // next review: mostly around a growing interval, sometimes minutes later, sometimes very late
    const gap = random();
    if (gap < 0.2) time += Math.floor(random() * 30 * MINUTE) + MINUTE;
    else if (gap < 0.9) { ivl = Math.min(ivl * (1.5 + random() * 2), 400 * DAY); time += Math.floor(ivl * (0.7 + random() * 0.6)); }
    else time += Math.floor(random() * 900 * DAY);
  }
}
rows.sort((a, b) => a.time - b.time || a.card - b.card);
const lines = ['card_id,review_time,rating'];
for (const row of rows) lines.push(`card-${row.card},${new Date(row.time).toISOString()},${row.rating}`);
writeFileSync(out, lines.join('\n') + '\n');
console.error(`wrote ${rows.length} reviews of ${cards} cards to ${out}`);
