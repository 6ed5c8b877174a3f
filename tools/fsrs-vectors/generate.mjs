// Writes FSRS-6 conformance vectors computed by ts-fsrs (pinned in package.json).
// Usage: node generate.mjs OUT_DIR   (writes OUT_DIR/histories.csv and OUT_DIR/histories-fuzz.csv)
// Deterministic: the random histories come from a seeded mulberry32 generator, so a rerun gives the same files.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fsrs, createEmptyCard, generatorParameters, State } from 'ts-fsrs';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node generate.mjs OUT_DIR');
  process.exit(2);
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECOND = 1000, MINUTE = 60 * SECOND, HOUR = 60 * MINUTE, DAY = 24 * HOUR;

// How long after the previous review the next one happens: from seconds to years, including the same day,
// reviews right when due, early (before due) and late (well after due).
function nextGap(random, card) {
  const dueIn = card.due.getTime() - card.last_review.getTime();
  const pick = random();
  if (pick < 0.12) return Math.floor(random() * 90 * SECOND);            // seconds later
  if (pick < 0.24) return Math.floor(random() * 50 * MINUTE) + MINUTE;    // minutes later (same session)
  if (pick < 0.34) return Math.floor(random() * 10 * HOUR) + HOUR;        // hours later (often the same day)
  if (pick < 0.58) return Math.max(0, dueIn + Math.floor((random() - 0.5) * 2 * HOUR)); // about when due
  if (pick < 0.68) return Math.floor(dueIn * (0.2 + random() * 0.6));     // early
  if (pick < 0.80) return Math.floor(dueIn * (1.2 + random() * 3));       // late
  if (pick < 0.90) return Math.floor(random() * 60 * DAY);                // days to two months
  if (pick < 0.97) return Math.floor(random() * 730 * DAY);               // up to two years
  return Math.floor(random() * 3650 * DAY);                               // up to ten years
}

function nextRating(random, style) {
  const pick = random();
  if (style === 'uniform') return 1 + Math.floor(pick * 4);
  if (style === 'struggling') return pick < 0.4 ? 1 : pick < 0.65 ? 2 : pick < 0.95 ? 3 : 4;
  return pick < 0.12 ? 1 : pick < 0.25 ? 2 : pick < 0.85 ? 3 : 4;
}

function histories(count, enableFuzz, seed) {
  const random = mulberry32(seed);
  const scheduler = fsrs(generatorParameters({ enable_fuzz: enableFuzz }));
  const rows = ['history,review_time,rating,state,stability,difficulty,due,elapsed_days,scheduled_days,learning_steps,reps,lapses'];
  const styles = ['typical', 'uniform', 'struggling'];
  for (let h = 0; h < count; h++) {
    const style = styles[h % 3];
    const reviews = 1 + Math.floor(random() * 30);
    // start somewhere in 2020-2030, at any millisecond of the day
    let time = Date.UTC(2020, 0, 1) + Math.floor(random() * 3650 * DAY);
    let card = createEmptyCard(new Date(time));
    for (let i = 0; i < reviews; i++) {
      if (i > 0) time += nextGap(random, card);
      const rating = nextRating(random, style);
      const now = new Date(time);
      card = scheduler.next(card, now, rating).card;
      rows.push([
        h, now.toISOString(), rating, State[card.state], card.stability, card.difficulty, card.due.toISOString(),
        card.elapsed_days, card.scheduled_days, card.learning_steps, card.reps, card.lapses,
      ].join(','));
    }
  }
  return rows.join('\n') + '\n';
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'histories.csv'), histories(400, false, 20250324));
writeFileSync(join(outDir, 'histories-fuzz.csv'), histories(150, true, 20250325));
console.log(`wrote ${join(outDir, 'histories.csv')} and ${join(outDir, 'histories-fuzz.csv')}`);
