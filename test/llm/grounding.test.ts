import { describe, expect, it } from 'vitest';
import { groundSummary, sourceTerms } from '../../src/llm/grounding.js';

const sources = sourceTerms([
  'Flood closes Harlow bridge',
  'The River Senna flooded the town of Harlow on Tuesday, closing the old bridge and forcing 1,200 residents from their homes.',
  'Mayor Ines Okafor said three schools would stay shut until March 2026.',
]);

describe('groundSummary', () => {
  it('should keep a sentence whose names, numbers and dates all appear in the sources', () => {
    const s = 'Mayor Ines Okafor said the flood in Harlow forced 1200 residents out on Tuesday and shut 3 schools until March 2026.';
    expect(groundSummary([s], sources)).toEqual({ kept: [s], dropped: [] });
  });

  it.each([
    ['an invented number', 'The flood forced 1,500 residents from their homes in Harlow.', '1,500'],
    ['an invented name', 'Governor Paul Brandt visited Harlow after the flood.', 'Governor'],
    ['an invented date', 'The bridge closed on Friday, the mayor said.', 'Friday'],
    ['an invented year', 'Schools will stay shut until March 2027.', '2027'],
  ])('when a sentence has %s then it is dropped, naming what the sources lack', (_kind, sentence, missing) => {
    const result = groundSummary(['The River Senna flooded Harlow.', sentence], sources);
    expect(result.kept).toEqual(['The River Senna flooded Harlow.']);
    expect(result.dropped).toEqual([{ sentence, missing }]);
  });

  it('should take common sentence openers and number words for what they are', () => {
    expect(groundSummary(['Officials said three schools are shut.', 'Three schools are shut.'], sources).kept).toHaveLength(2);
    expect(groundSummary(['Four schools are shut.'], sources).kept).toEqual([]);
  });
});

describe('groundSummary against invented figures, dates and names the old check let through', () => {
  const report = sourceTerms([
    'Storm hits Velmar coast',
    'The storm cut power to 25 homes in Velmar on 2024-12-02 and the harbour board raised $3 million for repairs.',
    'Harbour chief Lena Marsh said the twelfth pier would stay shut.',
    'Prices rose 4% after the storm, and crews worked 5 days.',
  ]);
  const dropsAt = (sentence: string) => groundSummary([sentence], report).dropped[0]?.missing;

  it.each([
    ['a compound number word', 'In Velmar the storm cut power to twenty-six homes.', 'twenty-six'],
    ['a plural quantity word', 'In Velmar the storm cut power to thousands of homes.', 'thousands'],
    ['dozens of', 'In Velmar dozens of crews worked.', 'dozens'],
    ['an ordinal past tenth', 'Lena Marsh said the thirteenth pier would stay shut.', 'thirteenth'],
    ['a number with a glued scale', 'The harbour board raised $3bn for repairs.', '3bn'],
    ['an ISO date', 'The storm cut power in Velmar on 2024-12-03.', '2024-12-03'],
    ['a lower-case name', 'velmar mayor tom brisk said the pier would stay shut.', 'mayor'],
    ['a number the sources use for something else', 'The storm left 3 people hurt in Velmar.', '3'],
    ['a name that is a common word in the sources', 'Harbour chief Rose Marsh said the pier would stay shut.', 'Rose'],
    ['a figure that counts something else in the same source sentence', 'Crews worked 4 days after the storm.', '4'],
    ['a written date the sources do not give', 'The storm hit Velmar on December 3, 2024.', 'December 3, 2024'],
  ])('when a sentence has %s then it is dropped', (_kind, sentence, missing) => {
    expect(dropsAt(sentence)).toBe(missing);
  });

  it.each([
    'The storm cut power to twenty-five homes in Velmar.',
    'Lena Marsh said the 12th pier would stay shut.',
    'The harbour board raised $3m for repairs.',
    'Crews worked five days after the storm hit Velmar on December 2, 2024.',
    'Prices rose 4 percent after the storm.',
    'The storm cut power on 2024-12-02.',
  ])('"%s" is grounded: the same values in other spellings', (sentence) => {
    expect(groundSummary([sentence], report).kept).toEqual([sentence]);
  });

  it('should read long runs of spaces and many capitalised words in linear time', () => {
    const sentence = `${' '.repeat(20_000)}Velmar`.repeat(5) + ' Velmar'.repeat(20_000);
    const started = performance.now();
    groundSummary([sentence], report);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
