import { describe, expect, it } from 'vitest';
import { eventFeatures } from '../../briefings/event-features.js';
import { yearsApart } from '../../briefings/event-similarity.js';

describe('eventFeatures', () => {
  it('when a text has no title then its short first line is the headline, counted twice', () => {
    const f = eventFeatures({ id: 'x', text: 'Ferry sinks near Split\nA ferry sank near Split on Sunday; all 40 passengers were rescued.' });
    expect(f.words.get('ferry')).toBe(3);
    expect(f.words.get('sinks')).toBe(2);
  });

  it('when a first line is long then it is body text, not a headline', () => {
    const long = Array.from({ length: 25 }, (_, i) => `word${String.fromCharCode(97 + i)}`).join(' ');
    const f = eventFeatures({ id: 'x', text: `${long}\nSecond line.` });
    expect(f.words.get('worda')).toBe(1);
  });

  it('should key people by surname and other entities by their whole name, and read numbers and years apart from words', () => {
    const f = eventFeatures({
      id: 'x',
      title: 'Storm closes port',
      text: 'In March 2024 the storm closed the port for 36 hours and cut power to 12,500 homes; gusts reached 118.5 km/h.',
      entities: [{ type: 'PERSON', name: 'Anna Kowalska' }, { type: 'PLACE', name: 'New Orleans' }],
    });
    expect([...f.entities.keys()].sort()).toEqual(['@kowalska', '@new orleans']);
    expect([...f.numbers.keys()].sort()).toEqual(['#118.5', '#12500', '#36']);
    expect(f.years).toEqual([2024]);
    expect(f.words.has('2024')).toBe(false);
  });

  it('should read years from the headline and the opening only, so history cited further down is not the event year', () => {
    const story = ' Crews worked through the night to seal the spillway, and the road over the crest reopened to traffic.'.repeat(7);
    const history = '\nThe dam had been raised once before, after the flood of 1997, and again in 2002.';
    const f = eventFeatures({ id: 'x', title: 'Dam repairs finished in 2026', text: `Engineers finished repairing the dam on Friday.${story}${history}` });
    expect(f.years).toEqual([2026]);
    const opening = eventFeatures({ id: 'y', title: 'Dam repairs finished', text: `In 2025 engineers began repairing the dam.${story}${history}` });
    expect(opening.years).toEqual([2025]);
    const early = eventFeatures({ id: 'z', title: 'Dam repairs finished', text: `Engineers finished repairing the dam on Friday.${history}${story}` });
    expect(early.years).toEqual([1997, 2002]);
  });

  it('when entities are not given then they are found in the text', () => {
    const f = eventFeatures({ id: 'x', title: 'Talks in Geneva', text: 'Foreign Minister Maria Santos met the delegation in Geneva on Monday to discuss the grain deal.' });
    expect(f.entities.has('@santos')).toBe(true);
    expect(f.entities.has('@geneva')).toBe(true);
  });

  it('when the text is only notices then it is not substantive, and a short real report is', () => {
    expect(eventFeatures({ id: 'x', text: 'Show your town on your Tweets\nChoose a city or a spot nearby, and it appears next to each Tweet you send.' }).substantive).toBe(false);
    expect(eventFeatures({ id: 'y', title: 'Minister resigns', text: 'The finance minister resigned over the budget.' }).substantive).toBe(true);
  });
});

describe('yearsApart', () => {
  it('should say reports are years apart only when both name years and none are within a year of each other', () => {
    expect(yearsApart([2008], [2013])).toBe(true);
    expect(yearsApart([1999, 2008], [2009])).toBe(false);
    expect(yearsApart([], [2013])).toBe(false);
    expect(yearsApart([1972, 2016], [1998, 2019])).toBe(true);
  });
});
