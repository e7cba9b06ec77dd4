import { describe, expect, it } from 'vitest';
import { applyPlan, declaredTtlMinutes, planNextFetch, type FetchOutcome, type PollPolicy } from '../../src/sources/poll-plan.js';
import { newSource, sourceSchema, type Source } from '../../src/sources/source.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const MIN = 60_000;
const policy: PollPolicy = { baseMinutes: 15, failingAfter: 3, spread: 0 };
const failed: FetchOutcome = { kind: 'failed', error: 'HTTP 500 from example.com: try again later', httpStatus: 500 };

const feed = (chatId?: number): Source =>
  newSource({ url: 'https://example.com/feed.xml', feedUrl: 'https://example.com/feed.xml', kind: 'feed', title: 'Example', ...(chatId === undefined ? {} : { chatId }) }, NOW);
const minutesUntil = (iso: string, from = NOW) => (Date.parse(iso) - from.getTime()) / MIN;

/** Feeds `outcomes` one after another, each fetch at the previous plan's nextFetchAt. */
function run(source: Source, outcomes: FetchOutcome[], options = policy) {
  let current = source;
  let at = NOW;
  const plans = outcomes.map((outcome) => {
    const plan = planNextFetch(current, outcome, at, options);
    current = applyPlan(current, plan);
    at = new Date(plan.nextFetchAt);
    return plan;
  });
  return { plans, source: current };
}

describe('polling plan', () => {
  it('when a fetch brings new items then the next one is a base interval later and health is clean', () => {
    const plan = planNextFetch(feed(), { kind: 'new', httpStatus: 200 }, NOW, policy);
    expect(minutesUntil(plan.nextFetchAt)).toBe(15);
    expect(plan.health).toEqual({ lastFetchedAt: NOW.toISOString(), lastStatus: 'new', lastHttpStatus: 200, consecutiveFailures: 0 });
    expect(plan.alert).toBeUndefined();
  });

  it('when a feed declares a ttl then it is honoured within 5 min and 24 h', () => {
    const at = (ttlMinutes: number | null, options = policy) =>
      minutesUntil(planNextFetch(feed(), { kind: 'unchanged', httpStatus: 304, ttlMinutes }, NOW, options).nextFetchAt);
    expect(at(60)).toBe(60);
    expect(at(5)).toBe(15); // shorter than the base: the base wins
    expect(at(10_000)).toBe(1440);
    expect(at(1, { ...policy, baseMinutes: 1 })).toBe(5);
    expect(at(null)).toBe(15);
  });

  it('when a later fetch carries no ttl then the stored one stays, and null clears it', () => {
    const { source } = run(feed(), [{ kind: 'new', httpStatus: 200, ttlMinutes: 120 }, { kind: 'unchanged', httpStatus: 304 }, failed]);
    expect(source.ttlMinutes).toBe(120);
    const cleared = run(source, [{ kind: 'new', httpStatus: 200, ttlMinutes: null }]);
    expect(cleared.source.ttlMinutes).toBeUndefined();
    expect(minutesUntil(cleared.plans[0]!.nextFetchAt)).toBe(15);
  });

  it('when fetches keep failing then the delay doubles up to the 6 h cap', () => {
    const { plans } = run(feed(), Array<FetchOutcome>(8).fill(failed), { ...policy, failingAfter: 100 });
    const gaps = plans.map((p, i) => minutesUntil(p.nextFetchAt, new Date(i === 0 ? NOW : plans[i - 1]!.nextFetchAt)));
    expect(gaps).toEqual([15, 30, 60, 120, 240, 360, 360, 360]);
    expect(plans.at(-1)!.health.consecutiveFailures).toBe(8);
  });

  it('when a server sends Retry-After then it is honoured when longer than the back-off, up to 24 h', () => {
    const at = (retryAfterMs: number) => minutesUntil(planNextFetch(feed(), { ...failed, httpStatus: 429, retryAfterMs }, NOW, policy).nextFetchAt);
    expect(at(90 * MIN)).toBe(90);
    expect(at(1 * MIN)).toBe(15);
    expect(at(72 * 60 * MIN)).toBe(1440);
  });

  it('when failures reach the threshold then the source is marked failing and one alert goes to the operator', () => {
    const { plans, source } = run(feed(), [failed, failed, failed, failed, failed]);
    expect(plans.map((p) => p.alert !== undefined)).toEqual([false, false, true, false, false]);
    expect(plans[1]!.health.failingSince).toBeUndefined();
    expect(source.health.failingSince).toBe(plans[1]!.nextFetchAt);
    expect(plans[2]!.alert!.to).toEqual([{ kind: 'operator' }]);
    expect(plans[2]!.alert!.message).toMatch(/^Source "Example" has failed 3 times in a row \(last: HTTP 500 .*remove it/);
    expect(sourceSchema.safeParse(source).success).toBe(true);
  });

  it("when a chat's own source starts failing then its admins are alerted too, never its subscribers", () => {
    const { plans } = run(feed(-1001), [failed, failed, failed]);
    expect(plans[2]!.alert!.to).toEqual([{ kind: 'operator' }, { kind: 'chat-admins', chatId: -1001 }]);
  });

  it('when a failing source recovers and fails again then the new streak alerts once more', () => {
    const { plans, source } = run(feed(), [failed, failed, failed, { kind: 'unchanged', httpStatus: 304 }, failed, failed, failed]);
    expect(plans.map((p) => p.alert !== undefined)).toEqual([false, false, true, false, false, false, true]);
    expect(plans[3]!.health).toEqual({ lastFetchedAt: plans[2]!.nextFetchAt, lastStatus: 'unchanged', lastHttpStatus: 304, consecutiveFailures: 0 });
    expect(source.health.lastError).toBe(failed.error);
  });

  it('when a failure has no HTTP status and a multi-line error then the stale status goes and the error is one line', () => {
    const { source } = run(feed(), [{ kind: 'new', httpStatus: 200 }, { kind: 'failed', error: 'connect ECONNREFUSED\n    at stack' }]);
    expect(source.health.lastHttpStatus).toBeUndefined();
    expect(source.health.lastError).toBe('connect ECONNREFUSED');
  });

  it('when the spread is on then each source gets its own fixed stretch within 10%', () => {
    const spreadPolicy = { ...policy, spread: 0.1 };
    const ids = ['https://a.example/f', 'https://b.example/f', 'https://c.example/f'].map((u) => newSource({ url: u, feedUrl: u, kind: 'feed' }, NOW));
    const gaps = ids.map((s) => minutesUntil(planNextFetch(s, { kind: 'new', httpStatus: 200 }, NOW, spreadPolicy).nextFetchAt));
    for (const gap of gaps) expect(gap >= 15 && gap < 16.5).toBe(true);
    expect(new Set(gaps).size).toBe(3);
    expect(minutesUntil(planNextFetch(ids[0]!, { kind: 'new', httpStatus: 200 }, NOW, spreadPolicy).nextFetchAt)).toBe(gaps[0]);
  });

  it('when a feed declares ttl or sy:updatePeriod then the minutes are read from either', () => {
    expect(declaredTtlMinutes({ ttl: '60' })).toBe(60);
    expect(declaredTtlMinutes({ ttl: 0, updatePeriod: 'hourly' })).toBe(60);
    expect(declaredTtlMinutes({ updatePeriod: ' Daily ', updateFrequency: 2 })).toBe(720);
    expect(declaredTtlMinutes({ updatePeriod: 'weekly', updateFrequency: 'x' })).toBe(10_080);
    expect(declaredTtlMinutes({ ttl: 1e12 })).toBe(525_600);
    expect(declaredTtlMinutes({ updatePeriod: 'fortnightly' })).toBeUndefined();
    expect(declaredTtlMinutes({})).toBeUndefined();
  });
});
