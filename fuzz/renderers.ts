// Every Telegram rendering of a set of records, checked message by message against the Bot API
// stand-in's validator (test/support, written independently of the production HTML code):
// Telegram's HTML subset, ≤ 4096 characters after parsing, visible text, valid UTF-8.
import fc from 'fast-check';
import Keyv from 'keyv';
import { composeBriefing, type Briefing } from '../briefings/compose.js';
import { personalize } from '../briefings/personalize.js';
import { renderBriefing } from '../briefings/render.js';
import { summarizeBriefing } from '../briefings/summarize.js';
import type { ArticleRecord } from '../src/articles/record.js';
import type { Summarizer } from '../src/llm/summarizer.port.js';
import { renderLatestHtml } from '../src/render/latest.js';
import { renderWhoHtml } from '../src/render/who.js';
import { createKeyvPeopleIndex } from '../src/store/keyv-people-index.js';
import { plainTextMessages, splitMessage } from '../src/render/telegram-html.js';
import { textProblem } from '../test/support/fake-telegram-messages.js';
import { FUZZ_WINDOW, hostileRecord, hostileText } from './hostile-records.js';

export interface FuzzCase {
  records: ArticleRecord[];
  timeZone: string;
  /** What a model said about a person (/who with a description) and about each event. */
  modelText: string;
  modelSentences: string[];
  /** A /who query typed by a user. */
  query: string;
}

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.record({
  records: fc.array(hostileRecord, { minLength: 2, maxLength: 4 }),
  timeZone: fc.constantFrom('UTC', 'Europe/Minsk', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Kiritimati'),
  modelText: hostileText(300),
  modelSentences: fc.array(hostileText(200), { maxLength: 4 }),
  query: hostileText(60),
});

export interface Rendered { renderer: string; text: string; html: boolean }
export interface Invalid { renderer: string; problem: string; text: string }

/** As replyHtml sends a reply: split, each piece with parse_mode HTML; plus its plain-text fallback. */
const reply = (renderer: string, html: string | readonly string[]): Rendered[] => {
  const pieces = typeof html === 'string' ? splitMessage(html) : html.flatMap((h) => splitMessage(h));
  const plain = (typeof html === 'string' ? [html] : html).flatMap((h) => plainTextMessages(h));
  return [...pieces.map((text) => ({ renderer, text, html: true })), ...plain.map((text) => ({ renderer: `${renderer} (plain)`, text, html: false }))];
};

async function whoMessages(c: FuzzCase): Promise<Rendered[]> {
  const people = createKeyvPeopleIndex(new Keyv());
  await people.indexArticles(c.records, 'fuzz');
  const names = c.records.flatMap((r) => r.entities.map((e) => e.name)).slice(0, 3);
  // The command collapses whitespace and refuses queries over 100 characters.
  const query = c.query.trim().replace(/\s+/g, ' ').slice(0, 100);
  const out: Rendered[] = [];
  for (const name of [...names, query]) {
    const lookup = await people.lookup(name);
    out.push(...reply('/who', renderWhoHtml(lookup)), ...reply('/who + model', renderWhoHtml(lookup, c.modelText || undefined)));
  }
  return out;
}

async function digestMessages(c: FuzzCase): Promise<Rendered[]> {
  const composed = composeBriefing(c.records, FUZZ_WINDOW);
  const model: Summarizer = {
    summarizeEvent: () => Promise.resolve(c.modelSentences),
    describePerson: () => Promise.resolve(c.modelText),
    answerQuestion: () => Promise.resolve(c.modelSentences),
  };
  const byId = new Map(c.records.map((r) => [r.id, r]));
  const summarized: Briefing = await summarizeBriefing(composed, byId, model, { timeoutMs: 20_000 });
  const out: Rendered[] = [];
  // The scheduled digest as the outbox sends it (a personal view, the first event as an update), then
  // /digest today (model summaries) and the archive's /digest DAY.
  const view = personalize(composed, { include: [], exclude: [], previous: { [composed.events[0]?.id ?? '']: 0 } }).briefing;
  for (const text of renderBriefing(view, { timeZone: c.timeZone })) out.push({ renderer: 'digest', text, html: true });
  out.push(...reply('/digest', renderBriefing(summarized, { timeZone: c.timeZone })));
  out.push(...reply('/digest DAY', renderBriefing(summarized, { timeZone: c.timeZone, title: 'Digest of 2026-03-10' })));
  return out;
}

/** Every message the bot would send for these records, from every renderer. */
export async function renderAll(c: FuzzCase): Promise<Rendered[]> {
  return [...reply('/latest', renderLatestHtml(c.records)), ...(await whoMessages(c)), ...(await digestMessages(c))];
}

/** The messages Telegram would refuse, with its reason. */
export function invalidMessages(messages: readonly Rendered[]): Invalid[] {
  return messages.flatMap((m) => {
    const problem = textProblem(m.text, m.html ? 'HTML' : undefined);
    return problem ? [{ renderer: m.renderer, problem: problem.description, text: m.text }] : [];
  });
}

/** A short, printable account of an invalid message (no 10 KB dumps). */
export function describeInvalid(i: Invalid): string {
  const text = JSON.stringify(i.text);
  return `${i.renderer}: ${i.problem} — ${text.length > 300 ? `${text.slice(0, 300)}… (${i.text.length} chars)` : text}`;
}
