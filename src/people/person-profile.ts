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
    roles: entry.roles.map(({ role, source, date }) => ({ role, source, date })),
    articleCount: entry.articleCount,
    facts: entry.facts.slice(0, SHOWN.facts).map(({ text, source, sourceUrl, date }) => ({
      text,
      source,
      date,
      ...(sourceUrl ? { sourceUrl } : {}),
    })),
    related: Object.values(entry.related)
      .sort((a, b) => b.count - a.count)
      .slice(0, SHOWN.related)
      .map((r) => r.name),
  };
}
