// The realistic-events corpus: news events of 2–30 articles from several outlets over 1–3 days, and singletons
// (event-plan.ts says which article reports which event, and when). An event's articles share its facts: its
// kind, the object it is about (named after a town), its country, its people and their roles, its figures and
// some of its wording; each outlet writes its own headline and orders and words the facts its own way, and a
// report a day or two in gives updated figures. Different events share only ordinary words (and, when of one
// kind, a few of that kind's), so a clusterer that groups this corpus right finds the planned events.
import type { GeneratedArticle } from './generate-articles.js';
import { BACKGROUND, EVENT_KINDS, eventTowns, OUTLET_STYLES, STORY_WORDS, type EventKind } from './event-vocabulary.js';
import { DAY_MS, EventPlan } from './event-plan.js';
import { fullName, variantName, type NamePool, type Person } from './name-pool.js';
import { createOpenCast, type OpenCast } from './open-cast.js';
import { createRng, intBetween, pick, shuffled, type Rng } from './prng.js';

export const EVENTS_DESCRIPTION =
  'realistic events: each free slot is a singleton or opens an event of 2-30 articles (2 + 28·u³) spread over 1-3 days, ' +
  'each from another outlet with its own headline and order; an event\'s articles share its kind, town-named object, ' +
  'country, 2-3 people, figures and wording; arrivals at a steady pace';

const COUNTRIES = ['Lithuania', 'Latvia', 'Estonia', 'Poland', 'Ukraine', 'Germany', 'Finland', 'Sweden', 'Italy', 'Spain', 'France', 'Austria'];
const ROLES = ['Interior Minister', 'Prime Minister', 'Economy Minister', 'mayor', 'regional governor', 'police chief', 'union leader', 'chief executive', 'opposition leader', 'Health Minister'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface EventFacts {
  kind: EventKind;
  town: string;
  object: string;
  country: string;
  /** Two of the kind's words, which this event's reports use. */
  words: readonly string[];
  /** What this story turns on besides its kind: five of STORY_WORDS. */
  story: readonly string[];
  verb: string;
  counted: string;
  people: { person: Person; role: string }[];
  /** Who runs the object: a name of its own ("Kessler Holding"), rare across the corpus as real names are. */
  operator: string;
  count: number;
  /** Million euros at stake (damage, a deal, a budget). */
  millions: string;
  outletOffset: number;
}

export interface EventCorpusOptions {
  seed: number;
  pool: NamePool;
  /** With the open cast, each event brings one new person (its second or third). */
  open?: OpenCast | undefined;
  perDay?: number;
  singletonShare?: number;
  /** Epoch ms of article 0. */
  start?: number;
}

export interface EventCorpus {
  /** Article i; the same i always gives the same text. */
  article(i: number): GeneratedArticle;
  /** The planned event of article i (the ground truth a clusterer is scored against). */
  eventOf(i: number): number;
  /** Its publication time (epoch ms; also in its header). */
  timeOf(i: number): number;
  /** The open-cast person of article i's event, if any. */
  openPerson(i: number): Person | undefined;
}

export function createEventCorpus(options: EventCorpusOptions): EventCorpus {
  const { seed, pool, open } = options;
  const start = options.start ?? Date.UTC(2025, 8, 8);
  const plan = new EventPlan({ seed, perDay: options.perDay ?? 2000, singletonShare: options.singletonShare ?? 0.35 });
  const factsOf = (event: number) => eventFacts(createRng(seed ^ Math.imul(event + 11, 0x27d4eb2f)), pool, open);
  return {
    eventOf: (i) => plan.slot(i).event,
    timeOf: (i) => plan.time(i, start),
    openPerson: (i) => (open ? factsOf(plan.slot(i).event).people.find((p) => p.role === NEWCOMER_ROLE)?.person : undefined),
    article(i) {
      const { event, member } = plan.slot(i);
      const first = plan.events[event]!.first;
      const time = plan.time(i, start);
      const text = writeArticle(createRng(seed ^ Math.imul(i + 3, 0x165667b1)), factsOf(event), {
        member,
        time,
        day: Math.floor((time - plan.time(first, start)) / DAY_MS),
      });
      return { name: `event-${String(i).padStart(7, '0')}.txt`, text };
    },
  };
}

const NEWCOMER_ROLE = 'local councillor';
const TOWNS = eventTowns();
/** Names operators are named after: surnames nobody in the pool has, a thousand of them. */
const OPERATOR_NAMES = createOpenCast(1000).surnames.slice(500);

function eventFacts(rng: Rng, pool: NamePool, open: OpenCast | undefined): EventFacts {
  const kind = pick(rng, EVENT_KINDS);
  const people: EventFacts['people'] = [];
  const castSize = intBetween(rng, 2, 3);
  while (people.length < castSize) {
    const person = pool.draw(rng);
    if (!people.some((p) => p.person === person)) people.push({ person, role: pick(rng, ROLES) });
  }
  if (open && rng() < 0.9) people[people.length - 1] = { person: open.draw(rng), role: NEWCOMER_ROLE };
  const words = shuffled(rng, kind.words).slice(0, 2);
  const operator = `${pick(rng, OPERATOR_NAMES)} ${pick(rng, ['Group', 'Holding', 'Works', 'Partners', 'Consortium', 'Company'])}`;
  const story = Array.from({ length: 5 }, () => pick(rng, STORY_WORDS));
  return {
    story,
    operator,
    kind,
    town: pick(rng, TOWNS),
    object: pick(rng, kind.objects),
    country: pick(rng, COUNTRIES),
    words,
    verb: pick(rng, kind.verbs),
    counted: pick(rng, kind.counted),
    people,
    count: intBetween(rng, 12, 4800),
    millions: `${intBetween(rng, 2, 900)}.${intBetween(rng, 1, 9)}`,
    outletOffset: intBetween(rng, 0, OUTLET_STYLES.length - 1),
  };
}

function writeArticle(rng: Rng, f: EventFacts, at: { member: number; time: number; day: number }): string {
  const outlet = OUTLET_STYLES[(f.outletOffset + at.member * 5) % OUTLET_STYLES.length]!;
  const date = new Date(at.time);
  const weekday = WEEKDAYS[date.getUTCDay()]!;
  // Figures move as the story does: a later report counts more.
  const count = f.count + at.day * Math.max(3, Math.round(f.count * 0.15));
  const spelled = f.people.map(({ person, role }) => ({ name: (rng() < 0.15 && variantName(person)) || fullName(person), role }));
  const [lead, second] = [spelled[0]!, spelled[1]!];
  const surname = (name: string) => name.split(' ').pop()!;
  // Per article, the kind's two words and the story's five in another order: each outlet stresses its own.
  const [k1, k2] = shuffled(rng, f.words) as [string, string];
  const [s1, s2, s3, s4, s5] = shuffled(rng, f.story) as [string, string, string, string, string];
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const headline = pick(rng, outlet.headlines)
    .replace('{Town}', f.town)
    .replace('{Object}', `${f.operator.split(' ')[0]} ${f.object.split(' ').map(cap).join(' ')}`)
    .replace('{Noun}', f.kind.noun)
    .replace('{noun}', f.kind.noun.toLowerCase())
    .replace('{Lead}', surname(lead.name))
    .replace('{Second}', surname(second.name))
    .replace('{n}', String(count))
    .replace('{counted}', f.counted)
    .replace('{Country}', f.country);

  const facts = pick(rng, [
    `${cap(f.kind.noun.toLowerCase())} ${f.verb} the ${f.object} ${f.operator} runs in ${f.town}, ${f.country}, on ${weekday}, and ${count} ${f.counted} were affected, officials said.`,
    `In ${f.town}, a ${f.kind.noun.toLowerCase()} ${f.verb} the ${f.object} of ${f.operator}; by ${weekday} ${count} ${f.counted} were caught up in it.`,
    `Officials in ${f.country} put the number of ${f.counted} affected at ${count} on ${weekday}, after the ${f.kind.noun.toLowerCase()} at ${f.operator}'s ${f.object} in ${f.town}.`,
  ]);
  const says = pick(rng, outlet.says);
  const quote = pick(rng, [
    `"The ${k1} at the ${f.object} is under control, but the ${s1} will take time," ${lead.role} ${lead.name} ${says}.`,
    `${cap(lead.role)} ${lead.name} ${says} that the ${k1} had been "a test for all of us" and promised more help with the ${s1}.`,
    `"Nobody here will be left alone with the ${s1}," ${lead.name}, the ${lead.role}, ${says} on ${weekday}.`,
  ]);
  const reaction = pick(rng, [
    `${second.name}, the ${second.role}, criticised the response to the ${s2} and called for an inquiry into ${f.operator}.`,
    `The ${second.role}, ${second.name}, said the ${s2} showed how exposed the city was, and asked who would pay the ${f.millions} million euros.`,
    `Not everyone agreed: ${second.name} (${second.role}) said the ${s2} had been foreseeable for years.`,
  ]);
  const detail = pick(rng, [
    `${f.operator} estimated the cost at ${f.millions} million euros, with ${s3} the largest item.`,
    `The ${s3} alone could cost ${f.operator} ${f.millions} million euros, according to a first assessment.`,
    `Experts pointed to the ${s3} as the main concern for ${f.operator}, putting the bill at ${f.millions} million euros.`,
  ]);
  const story = pick(rng, [
    `At the heart of the dispute are the ${s4} and the ${s5}; ${surname(lead.name)} said the ${k2} would be looked at next.`,
    `Questions about the ${s5} and the ${s4} dominated ${weekday}'s briefing, where the ${k2} also came up.`,
    `Local reports said the ${s4}, the ${k2} and the ${s5} were all part of the picture.`,
  ]);
  const update = at.day > 0 ? `${cap(weekday)} brought new figures: ${count} ${f.counted} in all, up from ${f.count} when the ${f.kind.noun.toLowerCase()} began.` : undefined;
  const third = spelled[2] ? `${spelled[2].name}, a ${spelled[2].role}, said residents wanted clear answers about the ${s1}.` : undefined;
  // Each outlet tells some of the facts, not all: the lead fact, the quote and the story, then what it has room for.
  const maybe = (p: string | undefined) => (rng() < 0.65 ? p : undefined);
  const body =
    outlet.order === 'facts-first'
      ? [facts, update, quote, story, maybe(detail), maybe(reaction), maybe(third)]
      : [quote, facts, story, maybe(reaction), update, maybe(third), maybe(detail)];
  const paragraphs = body.filter((p): p is string => p !== undefined);
  if (rng() < 0.6) paragraphs.push(pick(rng, BACKGROUND));
  const dateline = `${f.town.toUpperCase()}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} -`;
  paragraphs[0] = `${dateline} ${paragraphs[0]}`;
  return [
    `Source: ${outlet.name}`,
    `Published: ${date.toISOString()}`,
    '',
    headline,
    '',
    paragraphs.join('\n\n'),
    '',
    'Disclaimer: This content is aggregated from public sources online. Please verify information independently.',
  ].join('\n');
}
