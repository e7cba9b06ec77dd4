// What /who shows of a person, and turning a stored person into it (pure).
import type { PersonEntry } from './person-entry.js';

export interface PersonRole {
  role: string;
  source: string;
  /** Absent when the article's date is unknown. */
  date?: string;
}

export interface PersonFact {
  text: string;
  source: string;
  sourceUrl?: string;
  /** Absent when the article's date is unknown. */
  date?: string;
}

export interface PersonProfile {
  /** The person's stable id in the index (two profiles with one id are one person). */
  id: string;
  name: string;
  aliases: string[];
  roles: PersonRole[];
  articleCount: number;
  /** Newest first, at most three. */
  facts: PersonFact[];
  /** People they appear with, most shared articles first. */
  related: string[];
}

export interface PersonLookup {
  query: string;
  person: PersonProfile | null;
  /** Close names when the query matched nobody well enough (or other people sharing the name). */
  suggestions: string[];
}

const SHOWN = { facts: 3, related: 6, aliases: 8 } as const;

export function toProfile(entry: PersonEntry): PersonProfile {
  return {
    id: entry.id,
    name: entry.name,
    aliases: Object.keys(entry.names)
      .filter((n) => n !== entry.name)
      .slice(0, SHOWN.aliases),
    // An undated article's date is its arrival time: not shown as a date (the renderers say "date unknown").
    roles: entry.roles.map(({ role, source, date, undated }) => ({ role, source, ...(undated ? {} : { date }) })),
    articleCount: entry.articleCount,
    facts: entry.facts.slice(0, SHOWN.facts).map(({ text, source, sourceUrl, date, undated }) => ({
      text,
      source,
      ...(undated ? {} : { date }),
      ...(sourceUrl ? { sourceUrl } : {}),
    })),
    related: Object.values(entry.related)
      .sort((a, b) => b.count - a.count)
      .slice(0, SHOWN.related)
      .map((r) => r.name),
  };
}
