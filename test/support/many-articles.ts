// Many distinct small articles that all name the same person, for batch-sized store tests
// (crash recovery, concurrent writers). Every third one also names a second person.
export const SHARED_PERSON = 'Alexander Lukashenko';
export const SECOND_PERSON = 'Gitanas Nausėda';

/** Articles number `from` to `from + count - 1`; the same number always gives the same article. */
export function manyArticles(count: number, from = 0): { name: string; text: string }[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    // A distinct publication time per article (up to 40320), so /latest has one right order.
    const day = String(1 + (n % 28)).padStart(2, '0');
    const hour = String(Math.floor(n / 28) % 24).padStart(2, '0');
    const minute = String(Math.floor(n / 672) % 60).padStart(2, '0');
    const extra = n % 3 === 0 ? `\n\nLithuanian President ${SECOND_PERSON} said Vilnius would watch round ${n} closely.` : '';
    const text = `Title: Border Talks Round ${n} Open in Minsk
Source: Wire Service
Published: 2025-09-${day}T${hour}:${minute}:00Z

Belarusian President ${SHARED_PERSON} met officials in Minsk on Monday for round ${n} of talks on the border crossings.

Lukashenko said the talks would go on next week, according to statement number ${n} from his office.${extra}`;
    return { name: `article-${String(n).padStart(5, '0')}.txt`, text };
  });
}
