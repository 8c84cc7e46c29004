// Durations as people type them: "90s", "15m", "2h", "7d" (also "500ms"). Used by --every, --since and the
// environment. A bare number or an unknown unit is refused with the value and the units that work.

const units: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

export function parseDuration(value: string, what = 'duration'): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)\s*$/.exec(value);
  if (!match) throw new Error(`${what} "${value}" is not a duration: expected a number and a unit (ms, s, m, h, d, w), e.g. 15m or 7d`);
  const ms = Math.round(Number(match[1]) * units[match[2]!]!);
  if (ms <= 0) throw new Error(`${what} "${value}" must be longer than zero`);
  return ms;
}

/** 900000 → "15m": the largest unit that divides the duration exactly. */
export function formatDuration(ms: number): string {
  for (const unit of ['w', 'd', 'h', 'm', 's'] as const) if (ms % units[unit]! === 0) return `${ms / units[unit]!}${unit}`;
  return `${ms}ms`;
}
