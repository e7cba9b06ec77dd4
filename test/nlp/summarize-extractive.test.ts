import { describe, expect, it } from 'vitest';
import { isBoilerplate, summarizeExtractive } from '../../src/nlp/summarize-extractive.js';

const first = {
  title: 'Dam breach floods farmland in river valley',
  paragraphs: [
    'RIVERTON (AP) — A dam breach flooded thousands of acres of farmland in the river valley on Monday, forcing hundreds of families to leave their homes.',
    'Click here to subscribe to our newsletter for more updates.',
    'Engineers said heavy rain over the weekend had weakened the earthen dam, which was built in the 1950s.',
    'The county fair, held every summer since 1921, featured a record number of pie entries this year.',
  ],
};
const second = {
  title: 'Families evacuated after valley dam gives way',
  paragraphs: [
    'Hundreds of families were evacuated from the river valley after an earthen dam gave way and flooded farmland on Monday.',
    'Officials said no one had been hurt, but that water levels could keep rising until Wednesday.',
  ],
};

describe('summarizeExtractive', () => {
  it('should return at most three sentences, a lead first, without boilerplate, the dateline or the off-topic aside', () => {
    const summary = summarizeExtractive([first, second]);
    expect(summary.length).toBeLessThanOrEqual(3);
    expect([
      'A dam breach flooded thousands of acres of farmland in the river valley on Monday, forcing hundreds of families to leave their homes.',
      second.paragraphs[0],
    ]).toContain(summary[0]);
    expect(summary.join(' ')).not.toMatch(/subscribe|newsletter|RIVERTON|county fair/i);
  });

  it('when two outlets say the same thing then only one of the two sentences is kept', () => {
    const summary = summarizeExtractive([first, second]);
    const evacuated = summary.filter((s) => /families/.test(s));
    expect(evacuated).toHaveLength(1);
  });

  it('should honour maxSentences and maxWords', () => {
    expect(summarizeExtractive([first, second], { maxSentences: 1 })).toHaveLength(1);
    expect(summarizeExtractive([first, second], { maxWords: 10 })).toHaveLength(1);
  });

  it('when every sentence looks like boilerplate then still returns something from the text', () => {
    expect(summarizeExtractive([{ title: 'Storm', paragraphs: ['Storm hits coast.'] }])).toEqual(['Storm hits coast.']);
    expect(summarizeExtractive([{ title: 'Only a title', paragraphs: ['—'] }])).toEqual(['Only a title']);
  });

  it('should flag share prompts, credits and fragments as boilerplate but not news sentences', () => {
    expect(isBoilerplate('Share this story on Facebook and Twitter with your friends.')).toBe(true);
    expect(isBoilerplate('Photo: Getty Images / staff photographer archive.')).toBe(true);
    expect(isBoilerplate('RELATED STORIES')).toBe(true);
    expect(isBoilerplate('The council approved the budget by a vote of seven to two.')).toBe(false);
  });
});
