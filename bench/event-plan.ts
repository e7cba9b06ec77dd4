// Which event each article of the realistic-events corpus reports, and when: articles arrive at a steady rate
// (perDay); a free slot is a singleton or opens an event of 2–30 articles whose other members take later slots
// spread over its 1–3 days (front-loaded, as coverage is). Planned in order, lazily, so article i is known once
// the plan reaches i; the same seed always gives the same plan.
import { createRng, type Rng } from './prng.js';

export const MIN_EVENT_SIZE = 2;
export const MAX_EVENT_SIZE = 30;
export const DAY_MS = 86_400_000;

export interface PlanOptions {
  seed: number;
  /** Articles per day (the corpus's pace): 2,000 puts a 10k-article window over five days. */
  perDay: number;
  /** Share of articles that are singletons (an event of one). */
  singletonShare: number;
}

export interface PlannedEvent {
  /** Its planned size (members past the corpus's end are never written). */
  size: number;
  /** The slot of its first article. */
  first: number;
  spanDays: number;
}

/** Event sizes: 2 + 28·u³, so mostly small events and a few big ones (mean about 9). */
function eventSize(rng: Rng): number {
  return MIN_EVENT_SIZE + Math.floor((MAX_EVENT_SIZE - MIN_EVENT_SIZE + 1) * rng() ** 3);
}
const MEAN_EVENT_SIZE = MIN_EVENT_SIZE + (MAX_EVENT_SIZE - MIN_EVENT_SIZE + 1) / 4 - 0.5;

export class EventPlan {
  readonly events: PlannedEvent[] = [];
  private eventOfSlot = new Int32Array(1024);
  private memberOfSlot = new Uint8Array(1024);
  private planned = 0;
  /** Slots reserved ahead by open events: slot → [event, member]. */
  private readonly reserved = new Map<number, [number, number]>();
  private readonly rng: Rng;
  /** Chance that a free slot is a singleton, so that singletonShare of all articles are. */
  private readonly singletonChance: number;

  constructor(readonly options: PlanOptions) {
    this.rng = createRng(options.seed ^ 0x5bd1e995);
    const s = options.singletonShare;
    this.singletonChance = s >= 1 ? 1 : (s * MEAN_EVENT_SIZE) / (1 - s + s * MEAN_EVENT_SIZE);
  }

  /** The event (its number) article i reports, and which member of it the article is (0: the first). */
  slot(i: number): { event: number; member: number } {
    this.planTo(i);
    return { event: this.eventOfSlot[i]!, member: this.memberOfSlot[i]! };
  }

  /** Arrival time of article i, epoch ms from `start`. */
  time(i: number, start: number): number {
    return start + Math.floor((i * DAY_MS) / this.options.perDay);
  }

  private planTo(i: number): void {
    while (this.planned <= i) {
      const slot = this.planned++;
      if (slot >= this.eventOfSlot.length) this.grow();
      const taken = this.reserved.get(slot);
      if (taken) {
        this.reserved.delete(slot);
        this.eventOfSlot[slot] = taken[0];
        this.memberOfSlot[slot] = taken[1];
        continue;
      }
      const single = this.rng() < this.singletonChance;
      const size = single ? 1 : eventSize(this.rng);
      const spanDays = single ? 0 : 1 + this.rng() * 2;
      const event = this.events.length;
      this.events.push({ size, first: slot, spanDays });
      this.eventOfSlot[slot] = event;
      this.memberOfSlot[slot] = 0;
      const span = Math.max(size, Math.floor(spanDays * this.options.perDay));
      const offsets = Array.from({ length: size - 1 }, () => 1 + Math.floor(span * this.rng() ** 2)).sort((a, b) => a - b);
      offsets.forEach((offset, k) => {
        let at = slot + offset;
        while (this.reserved.has(at)) at++;
        this.reserved.set(at, [event, k + 1]);
      });
    }
  }

  private grow(): void {
    const events = new Int32Array(this.eventOfSlot.length * 2);
    events.set(this.eventOfSlot);
    const members = new Uint8Array(this.memberOfSlot.length * 2);
    members.set(this.memberOfSlot);
    this.eventOfSlot = events;
    this.memberOfSlot = members;
  }
}
