/** Percentile (nearest-rank) of durations in milliseconds. */
export function percentile(sortedMs: number[], p: number): number {
  if (!sortedMs.length) return Number.NaN;
  const rank = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[rank]!;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and returns p50/p95/p99/mean in ms. */
export async function measure(runs: number, fn: (i: number) => Promise<unknown>, warmup = Math.min(50, runs)) {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn(i);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return { runs, p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99), mean };
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

export function printRow(label: string, stats: { p50: number; p95: number; p99: number; runs: number }, extra = "") {
  console.log(
    `  ${label.padEnd(44)} p50 ${ms(stats.p50).padStart(9)}  p95 ${ms(stats.p95).padStart(9)}  p99 ${ms(stats.p99).padStart(9)}  (${stats.runs} runs)${extra}`,
  );
}
