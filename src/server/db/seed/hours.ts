import type { Rng } from "./random";

/** One opening interval: ISO weekday (1 = Monday … 7 = Sunday), minutes from local midnight. */
export type OpeningInterval = { weekday: number; opensAt: number; closesAt: number };

const h = (hours: number, minutes = 0) => hours * 60 + minutes;

/** Monday–Friday patterns of Polish workshops (intervals per day), by how common they are. */
const WEEKDAY_PATTERNS: readonly { weight: number; intervals: [number, number][] }[] = [
  { weight: 34, intervals: [[h(8), h(17)]] },
  { weight: 14, intervals: [[h(7, 30), h(16)]] },
  { weight: 18, intervals: [[h(8), h(18)]] },
  {
    weight: 10,
    intervals: [
      [h(8), h(13)],
      [h(13, 30), h(17)],
    ],
  },
  { weight: 8, intervals: [[h(7), h(15)]] },
  { weight: 10, intervals: [[h(9), h(18)]] },
  { weight: 6, intervals: [[h(8), h(16)]] },
];

const SATURDAY_PATTERNS: readonly [number, number][] = [
  [h(8), h(13)],
  [h(9), h(14)],
  [h(8), h(14)],
];

/**
 * A week of opening hours: Monday–Friday from a common pattern (some close an hour early on
 * Friday), ~60% open on Saturday morning, ~5% also for a few hours on Sunday; `allDay` is 24/7.
 */
export function openingHoursFor(rng: Rng, allDay = false): OpeningInterval[] {
  if (allDay) return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: 0, closesAt: 1440 }));
  const pattern = rng.weighted(WEEKDAY_PATTERNS, (p) => p.weight);
  const shortFriday = rng.chance(0.15);
  const out: OpeningInterval[] = [];
  for (let weekday = 1; weekday <= 5; weekday++) {
    pattern.intervals.forEach(([opensAt, closesAt], i) => {
      const last = i === pattern.intervals.length - 1;
      const close = weekday === 5 && shortFriday && last ? closesAt - 60 : closesAt;
      out.push({ weekday, opensAt, closesAt: close });
    });
  }
  if (rng.chance(0.6)) {
    const [opensAt, closesAt] = rng.pick(SATURDAY_PATTERNS);
    out.push({ weekday: 6, opensAt, closesAt });
    // ~5% of all workshops: 0.6 × 0.083.
    if (rng.chance(0.083)) out.push({ weekday: 7, opensAt: h(10), closesAt: h(14) });
  }
  return out;
}
