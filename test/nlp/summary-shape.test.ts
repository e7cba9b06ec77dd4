import { describe, expect, it } from 'vitest';
import { summarizeExtractive } from '../../src/nlp/summarize-extractive.js';
import { FOLLOWER_MAX_WORDS, LEAD_MAX_WORDS, fitSentence, wordCount } from '../../src/nlp/summary-shape.js';
import { needsContext } from '../../src/nlp/summary-context.js';

// Three outlets on one invented event: a ferry aground off an island.
const wire = {
  paragraphs: [
    'PORT ELLIS (AP) — A passenger ferry carrying 212 people ran aground off Marrow Island on Sunday, and coast guard crews took everyone ashore by nightfall, officials said.',
    'He said the weather had been calm.',
    'The ferry, the Northern Star, left Port Ellis at 9 a.m. for its usual run to the island.',
    'Coast guard commander Lena Hartwell said divers would inspect the hull on Monday before the ship is towed.',
    'Share this story with your friends on Facebook.',
  ],
};
const paper = {
  paragraphs: [
    'But the operator has faced complaints before.',
    'Everyone aboard a ferry that ran aground off Marrow Island on Sunday was taken ashore by coast guard crews, officials said.',
    'The Northern Star had 212 people aboard when it struck a sandbank about a mile from the island harbour.',
    'Local fishermen helped ferry passengers to the harbour in small boats.',
    'Add your location to this Tweet',
  ],
};
const local = {
  paragraphs: [
    'The company said it would refund every ticket.',
    'Divers will inspect the hull of the Northern Star on Monday, coast guard commander Lena Hartwell said, before the ferry is towed to Port Ellis.',
    'Starting in 1996, the archive has been adding crawl data to the Wayback Machine every day.',
  ],
};

describe('the shape of a multi-document summary', () => {
  const summary = summarizeExtractive([wire, paper, local]);

  it('should open with a lead of at most 35 words that stands on its own, then at most two short sentences', () => {
    expect(summary.length).toBeGreaterThanOrEqual(2);
    expect(summary.length).toBeLessThanOrEqual(3);
    expect(wordCount(summary[0]!)).toBeLessThanOrEqual(LEAD_MAX_WORDS);
    for (const s of summary.slice(1)) expect(wordCount(s)).toBeLessThanOrEqual(FOLLOWER_MAX_WORDS);
    expect(needsContext(summary[0]!)).toBe(false);
  });

  it('should lead with the news the outlets share, without the dateline', () => {
    expect(summary[0]).toMatch(/ran aground off Marrow Island on Sunday/);
    expect(summary[0]).not.toMatch(/PORT ELLIS|\(AP\)/);
  });

  it('should leave out sentences that lean on missing context, and every notice', () => {
    const text = summary.join(' ');
    expect(text).not.toMatch(/^He said|But the operator|The company said/m);
    for (const s of summary) expect(s).not.toMatch(/^(He|But|The company)\b/);
    expect(text).not.toMatch(/Share this|location to this Tweet|Wayback|crawl/i);
  });

  it('should not repeat the lead in other words', () => {
    expect(summary.filter((s) => /taken ashore|took everyone ashore/.test(s))).toHaveLength(1);
  });

  it('should keep the order of each article after the lead', () => {
    const doc = (s: string) => [wire, paper, local].findIndex((d) => d.paragraphs.some((p) => p.includes(s.replace(/\.$/, '')) || s.includes(p.slice(0, 40))));
    const followers = summary.slice(1).map(doc);
    expect([...followers].sort()).toEqual(followers);
  });
});

describe('a single document', () => {
  it('should be its lead, cleaned: the first sentences that stand alone, in order', () => {
    const article = {
      paragraphs: [
        'Share this article',
        'RIVERTON — The city council voted on Monday to close the old Riverton library after a survey found cracks in its foundation.',
        'The library, built in 1931, has been shut since a wall moved last spring.',
        'Council members said books would move to a temporary branch in the town hall by June.',
        'Residents can borrow e-books in the meantime, the council said.',
      ],
    };
    expect(summarizeExtractive([article])).toEqual([
      'The city council voted on Monday to close the old Riverton library after a survey found cracks in its foundation.',
      'The library, built in 1931, has been shut since a wall moved last spring.',
      'Council members said books would move to a temporary branch in the town hall by June.',
    ]);
  });
});

describe('fitSentence', () => {
  it('should leave a sentence that fits as it is', () => {
    expect(fitSentence('The bridge reopened on Monday.', 35)).toBe('The bridge reopened on Monday.');
  });

  it('should shorten a long sentence by its asides and trailing clauses, keeping a sentence', () => {
    const long =
      'Engineers closed the Harlow bridge (built in 1902) on Tuesday, a day after the river rose, forcing about 1,200 commuters onto a ferry and a long detour through the hills north of the town.';
    expect(fitSentence(long, 25)).toBe(
      'Engineers closed the Harlow bridge on Tuesday, forcing about 1,200 commuters onto a ferry and a long detour through the hills north of the town.',
    );
    const debate = 'The city council approved a new budget for schools and roads on Monday night, after a debate that lasted more than six hours and drew hundreds of residents.';
    expect(fitSentence(debate, 20)).toBe('The city council approved a new budget for schools and roads on Monday night.');
  });

  it('when nothing can go without breaking the sentence then gives up', () => {
    expect(fitSentence('One two three four five six seven eight nine ten eleven twelve thirteen fourteen.', 8)).toBeUndefined();
  });
});

describe('needsContext', () => {
  it.each([
    ['He said the plan would fail.', true],
    ['But the vote was close.', true],
    ['The company denied the claim.', true],
    ['“We are heartbroken.”', true],
    ['“It is over,” she said.', true],
    ['The Senate passed the bill on Friday.', false],
    ['Coast guard crews rescued 40 people.', false],
  ])('"%s" needs context: %s', (sentence, expected) => {
    expect(needsContext(sentence)).toBe(expected);
  });
});

describe('people named before they are introduced', () => {
  it('should not lead with a bare surname the articles introduce in full elsewhere, and keep the full name first', () => {
    const a = {
      paragraphs: [
        'Okafor said the bridge would stay shut for at least a month while engineers checked the foundations.',
        'Harlow mayor Ines Okafor closed the old river bridge on Tuesday after the River Senna flooded the town.',
      ],
    };
    const b = { paragraphs: ['The old river bridge in Harlow was closed on Tuesday after the River Senna flooded the town, mayor Ines Okafor said.'] };
    const summary = summarizeExtractive([a, b]);
    expect(summary[0]).toMatch(/Ines Okafor/);
    const bare = summary.findIndex((s) => s.startsWith('Okafor said'));
    if (bare >= 0) expect(summary.slice(0, bare).some((s) => s.includes('Ines Okafor'))).toBe(true);
  });
});
