// Turning a stored person into what /who shows (pure).
import type { PersonProfile } from '../store/people-index.port.js';
import type { PersonEntry } from './person-entry.js';

const SHOWN = { facts: 3, related: 6, aliases: 8 } as const;

export function toProfile(entry: PersonEntry): PersonProfile {
  return {
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
