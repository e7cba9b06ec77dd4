// Who an article is about: facts are sentences a person is the subject of, never captions, tweets or link
// lines; non-persons are refused; a mother and a daughter who share a surname stay two people.
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/articles/build-record.js';
import { articlePeople } from '../../src/people/article-people.js';
import { TEST_NOW } from '../support/test-app.js';

function peopleOf(paragraphs: string[]) {
  const text = ['Harbour town votes on new ferry plan', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
  const built = buildRecord(text, { now: TEST_NOW, maxBytes: 1_000_000 });
  if (!built.ok) throw new Error(built.error.message);
  return articlePeople(built.record);
}
const byName = (people: ReturnType<typeof peopleOf>, name: string) => people.find((p) => p.name === name);

describe('articlePeople facts', () => {
  it('when a sentence has another person as its subject then it is not a fact about the person it names', () => {
    const people = peopleOf([
      'Mayor Helen Costa said on Monday that the ferry would run all year.',
      'Helen Costa asked council member Victor Brandt to drop his objection to the plan.',
    ]);
    expect(byName(people, 'Helen Costa')?.facts).toHaveLength(2);
    expect(byName(people, 'Victor Brandt')?.facts ?? []).toEqual([]);
  });

  it('when a quotation opens the sentence then the fact belongs to the speaker after it', () => {
    const people = peopleOf(['"The harbour needs this ferry," said Victor Brandt, who chairs the port board.', 'Helen Costa met him later.']);
    expect(byName(people, 'Victor Brandt')?.facts).toEqual(['"The harbour needs this ferry," said Victor Brandt, who chairs the port board.']);
  });

  it('when a line is a caption, a tweet, a by-line or a related link then it gives no fact', () => {
    const people = peopleOf([
      'By Helen Costa',
      'Helen Costa, left, and Victor Brandt stand at the harbour on Monday.',
      'Helen Costa cuts the ribbon at the harbour on Monday. Credit: Port Authority',
      'RELATED: Helen Costa wins the ferry vote at the harbour.',
      'Great day at the harbour with the ferry crew pic.twitter.com/abc123 — Helen Costa (@hcosta) May 3, 2026.',
      'Helen Costa won the vote by a wide margin on Tuesday.',
    ]);
    expect(byName(people, 'Helen Costa')?.facts).toEqual(['Helen Costa won the vote by a wide margin on Tuesday.']);
  });

  it('when a sentence opens with a pronoun then it is no fact about the other person it names', () => {
    const people = peopleOf(['Helen Costa opened the terminal.', 'She thanked Victor Brandt for the new design.']);
    expect(byName(people, 'Victor Brandt')?.facts ?? []).toEqual([]);
  });
});

describe('articlePeople identities', () => {
  it('when a mother is named by honorific and her daughter by full name then they are two people', () => {
    const people = peopleOf(['Mrs Okafor said the ferry changed her life.', 'Her daughter Adaeze Okafor works as a deckhand on the new boat.']);
    const names = people.map((p) => p.name);
    expect(names).toContain('Adaeze Okafor');
    expect(names).toContain('Okafor');
    expect(byName(people, 'Okafor')?.facts).toEqual(['Mrs Okafor said the ferry changed her life.']);
  });

  it('when two people share a surname then a bare mention goes to the one named last before it', () => {
    const people = peopleOf([
      'Laura Whitlock founded the ferry company in 1990.',
      'Her brother, Samuel Whitlock, runs it today. Whitlock said tickets would stay cheap.',
    ]);
    expect(byName(people, 'Samuel Whitlock')?.forms).toContain('Whitlock');
    expect(byName(people, 'Laura Whitlock')?.forms).not.toContain('Whitlock');
  });

  it('when the tagger calls a building or a quoted song title a person then it is refused', () => {
    const people = peopleOf(['Officials at the White House welcomed the plan.', 'The band played “Silver Harbour” at the opening, and Helen Costa danced.']);
    const names = people.map((p) => p.name);
    expect(names).not.toContain('White House');
    expect(names).not.toContain('Silver Harbour');
  });

  it('when a name is introduced as a band or used as a district then none of its mentions is a person', () => {
    const people = peopleOf(['The folk duo Marram Grass played at the ferry launch.', 'Marram Grass will tour in May.', 'Shelling hit the Tal Harun district on Monday, and Tal Harun was cut off.']);
    const names = people.map((p) => p.name);
    expect(names).not.toContain('Marram Grass');
    expect(names).not.toContain('Tal Harun');
  });
});
