// Public entity API: people, organisations and places in a text or an article.
import type { EntityMention } from '../articles/record.js';
import { tokenize } from './tokens.js';
import type { Token } from './tokens.js';
import type { Tagged } from './ner-tagger.js';
import { tagTokens } from './ner-tagger.js';
import { roleAfter, roleBefore, rolePreApposition } from './roles.js';
import { resolveNames } from './ner-coref.js';
import { nerLanguage } from './ner-language.js';

export interface Entity {
  type: 'PERSON' | 'ORG' | 'PLACE';
  start: number;
  end: number;
  text: string;
  role?: string;
}

export interface EntityOptions {
  /** The text's language (BCP-47, e.g. "de", "ru"); detected from the text when missing or "und". */
  language?: string | undefined;
}

/**
 * Entities in one text; UTF-16 offsets, end exclusive; sorted by start; non-overlapping.
 * PERSON entities carry the role found around that mention, if any. Rules follow the language
 * (English, German, French, Polish, Russian, Belarusian, Ukrainian; others get the English rules).
 * @example extractEntities('Dutch envoy Pieter Laan said') // [{type:'PERSON',text:'Pieter Laan',role:'Dutch envoy'}]
 */
export function extractEntities(text: string, options: EntityOptions = {}): Entity[] {
  const toks = tokenize(text);
  const out: Entity[] = [];
  let before: Tagged | undefined;
  for (const s of tagTokens(text, toks, nerLanguage(options.language, text))) {
    const placeBefore = before?.type === 'PLACE' && before.to + 1 === s.from ? before : undefined;
    before = s;
    const start = toks[s.from]!.start;
    const end = toks[s.to]!.end;
    if (!plausible(text, start, end, MAX_ENTITY_CHARS)) continue;
    const e: Entity = { type: s.type, start, end, text: text.slice(start, end) };
    if (s.type === 'PERSON') {
      const role =
        roleBefore(text, toks, s.from) ??
        (placeBefore && titleWithPlace(text, toks, placeBefore)) ??
        roleAfter(text, toks, s.to) ??
        rolePreApposition(text, toks, s.from, s.to);
      if (role && plausible(role, 0, role.length, MAX_ROLE_CHARS)) e.role = role;
    }
    out.push(e);
  }
  return out;
}

/** "Президент России Владимир Путин": the title before the place that sits between it and the name, with that place. */
function titleWithPlace(text: string, toks: readonly Token[], place: Tagged): string | undefined {
  const title = roleBefore(text, toks, place.from);
  return title && `${title} ${text.slice(toks[place.from]!.start, toks[place.to]!.end)}`;
}

/**
 * Longest plausible entity name and longest word in one (UTF-16 units). Longer spans are junk (a run of
 * capitalised words, a token soup) and are dropped here, so they never reach roles, coreference, the
 * people index or the store. Real names fit: "Office of the United Nations High Commissioner for Human Rights"
 * is 63, "Wolfeschlegelsteinhausenbergerdorff" 35.
 */
export const MAX_ENTITY_CHARS = 80;
export const MAX_ENTITY_WORD_CHARS = 40;
/** A role is a few words ("Lithuanian Foreign Minister"); one over this is junk and is left out. */
export const MAX_ROLE_CHARS = 100;

/** text[start, end) is at most `max` long and has no word longer than MAX_ENTITY_WORD_CHARS. */
function plausible(text: string, start: number, end: number, max: number): boolean {
  if (end - start > max) return false;
  let word = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Words are split where names split them: spaces, hyphens, apostrophes and other punctuation.
    word = c === 32 || c === 45 || c === 39 || c === 0x2019 || c === 0xa0 || c === 46 ? 0 : word + 1;
    if (word > MAX_ENTITY_WORD_CHARS) return false;
  }
  return true;
}

/**
 * Entities of a whole article; offsets are into `paragraphs[paragraph]`. Paragraphs are tagged
 * together (joined by newlines) so a name confirmed in one paragraph is recognised in others,
 * and every mention's `name` is the fullest form of its entity in the article.
 */
export function extractArticleEntities(paragraphs: string[], language?: string): EntityMention[] {
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + 1;
  }
  const entities = extractEntities(paragraphs.join('\n'), { language });
  const names = resolveNames(entities);
  const out: EntityMention[] = [];
  let p = 0;
  entities.forEach((e, i) => {
    while (p + 1 < starts.length && starts[p + 1]! <= e.start) p++;
    const base = starts[p]!;
    const m: EntityMention = {
      type: e.type,
      text: e.text,
      name: names[i]!,
      paragraph: p,
      start: e.start - base,
      end: e.end - base,
    };
    if (e.role) m.role = e.role;
    out.push(m);
  });
  return out;
}
