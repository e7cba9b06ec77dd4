// --since for `digest`: an ISO date/time, or a duration back from now ("24h", "90m", "7d").
export function parseSince(value: string | undefined, now: Date): Date | { error: string } {
  const text = (value ?? '24h').trim();
  const duration = /^(\d+)\s*([mhd])$/i.exec(text);
  if (duration) {
    const unit = { m: 60_000, h: 3_600_000, d: 86_400_000 }[(duration[2] ?? 'h').toLowerCase() as 'm' | 'h' | 'd'];
    return new Date(now.getTime() - Number(duration[1]) * unit);
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const date = new Date(text);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return { error: `--since ${text}: use an ISO date/time (2025-09-12 or 2025-09-12T08:00:00Z) or a duration like 24h, 90m, 7d` };
}
