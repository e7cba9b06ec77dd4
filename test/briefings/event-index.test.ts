import { describe, expect, it } from 'vitest';
import { EventIndex } from '../../briefings/event-index.js';
import { clustersIn } from '../../briefings/cluster.js';

const HOUR = 3_600_000;
const sets = (index: EventIndex, ids: string[]) =>
  clustersIn(index, ids)
    .map((c) => [...c.ids].sort())
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));

// One quake told by five outlets, each in its own words; another quake the same week, elsewhere.
const izmir = [
  { id: 'iz1', title: 'Magnitude 5.9 earthquake shakes Izmir', text: 'A magnitude 5.9 earthquake shook Izmir on Tuesday, damaging 40 buildings in the Bornova district, Turkish officials said. Rescue teams searched collapsed homes through the night.' },
  { id: 'iz2', title: 'Izmir quake: dozens of buildings damaged in Bornova', text: 'Dozens of buildings were damaged in Bornova when an earthquake of magnitude 5.9 struck Izmir. The disaster agency AFAD said 40 buildings were hit and rescue teams were at work.' },
  { id: 'iz3', title: 'Turkey earthquake hits Izmir, rescuers search rubble', text: 'Rescuers searched the rubble of collapsed homes in Izmir after a 5.9 magnitude earthquake, AFAD said, with damage concentrated in Bornova.' },
  { id: 'iz4', title: 'Strong tremor in western Turkey damages homes in Izmir', text: 'A strong earthquake in western Turkey damaged homes in Izmir. The quake, magnitude 5.9, hit Bornova hardest; AFAD counted 40 damaged buildings.' },
  { id: 'iz5', title: 'Izmir residents sleep outside after 5.9 quake', text: 'Residents of Izmir slept outside after a magnitude 5.9 earthquake damaged buildings in Bornova. AFAD rescue teams worked through the night.' },
];
const crete = [
  { id: 'cr1', title: 'Magnitude 6.2 earthquake strikes off Crete', text: 'A magnitude 6.2 earthquake struck off Crete on Friday, shaking Heraklion and damaging a church in Arkalochori, Greek officials said.' },
  { id: 'cr2', title: 'Crete quake damages church in Arkalochori', text: 'An earthquake of magnitude 6.2 off Crete damaged a church in Arkalochori and was felt in Heraklion, the Greek fire service said.' },
];

describe('EventIndex', () => {
  it('when five outlets tell one quake and another quake strikes elsewhere that week then there are two events', () => {
    const index = new EventIndex();
    index.addAll([...izmir, ...crete]);
    expect(sets(index, [...izmir, ...crete].map((d) => d.id))).toEqual([['cr1', 'cr2'], ['iz1', 'iz2', 'iz3', 'iz4', 'iz5']]);
  });

  it('when reports arrive one at a time then later ones join the event already held', () => {
    const index = new EventIndex();
    index.addAll([...izmir.slice(0, 3), crete[0]!]);
    const before = index.eventOf('iz1');
    for (const doc of [...izmir.slice(3), crete[1]!]) index.add(doc);
    expect(index.eventOf('iz4')).toBe(index.eventOf('iz1'));
    expect(index.eventOf('iz5')).toBe(before);
    expect(index.eventOf('cr2')).toBe(index.eventOf('cr1'));
    expect(index.eventOf('cr1')).not.toBe(before);
  });

  it('when a report is added again then nothing changes', () => {
    const index = new EventIndex();
    index.addAll([...izmir, ...crete]);
    const events = [...izmir, ...crete].map((d) => index.eventOf(d.id));
    index.addAll([...crete, ...izmir].map((d) => ({ ...d, text: 'Completely different words about a football match in Porto.' })));
    expect([...izmir, ...crete].map((d) => index.eventOf(d.id))).toEqual(events);
    expect(index.size).toBe(7);
  });

  it('when the same kind of report names different years then they are different events, and without the years one', () => {
    const floods = (years: [string, string]) => [
      { id: 'a', title: 'Elbe floods Dresden old town', text: `The river Elbe burst its banks in Dresden in August${years[0]}, flooding the old town; thousands of residents left their homes.` },
      { id: 'b', title: 'Dresden old town under water as Elbe bursts banks', text: `Thousands of Dresden residents left their homes in August${years[0]} as the Elbe flooded the old town.` },
      { id: 'c', title: 'Dresden braces as river rises', text: `Sandbags were piled along the Elbe in Dresden in June${years[1]} as the river rose and residents left.` },
      { id: 'd', title: 'Bakery wins prize', text: 'A village bakery won the national bread prize for its sourdough loaf.' },
    ];
    const apart = new EventIndex();
    apart.addAll(floods([' 2002', ' 2013']));
    expect(apart.eventOf('a')).toBe(apart.eventOf('b'));
    expect(apart.eventOf('c')).not.toBe(apart.eventOf('a'));
    const undated = new EventIndex();
    undated.addAll(floods(['', '']));
    expect(undated.eventOf('c')).toBe(undated.eventOf('a'));
  });

  it('when a report is left alone but averages close to the threshold with an event then it joins that event', () => {
    const reports = [
      { id: 'a', title: 'Elbe floods Dresden old town', text: 'The river Elbe burst its banks in Dresden, flooding the old town; thousands of residents left their homes.' },
      { id: 'b', title: 'Dresden old town under water as Elbe bursts banks', text: 'Thousands of Dresden residents left their homes as the Elbe flooded the old town.' },
      { id: 'c', title: 'Dresden braces as river rises', text: 'Sandbags were piled along the Elbe in Dresden as the river rose and residents left.' },
      { id: 'd', title: 'Bakery wins prize', text: 'A village bakery won the national bread prize for its sourdough loaf.' },
    ];
    // a and b are alike well above both thresholds; c averages about 0.43 with them, the bakery nothing.
    const lenient = new EventIndex({ threshold: 0.5 });
    lenient.addAll(reports);
    expect(sets(lenient, ['a', 'b', 'c', 'd'])).toEqual([['a', 'b', 'c'], ['d']]);
    const strict = new EventIndex({ threshold: 0.65 });
    strict.addAll(reports);
    expect(sets(strict, ['a', 'b', 'c', 'd'])).toEqual([['a', 'b'], ['c'], ['d']]);
    const arriving = new EventIndex({ threshold: 0.5 });
    arriving.addAll(reports.slice(0, 2));
    arriving.add(reports[2]!);
    expect(arriving.eventOf('c')).toBe(arriving.eventOf('a'));
  });

  it('when reports come further apart in time than the gap then they are never one event', () => {
    const index = new EventIndex({ maxGapMs: 72 * HOUR });
    index.addAll([
      { ...izmir[0]!, time: 0 },
      { ...izmir[1]!, time: 24 * HOUR },
      { ...izmir[2]!, time: 10 * 24 * HOUR },
    ]);
    expect(index.eventOf('iz2')).toBe(index.eventOf('iz1'));
    expect(index.eventOf('iz3')).not.toBe(index.eventOf('iz1'));
  });

  it('when a text is a near-duplicate of another (the same wire story) then it is in that event, whatever the threshold', () => {
    const wire = Array.from({ length: 12 }, (_, i) => `Sentence ${i + 1} of the wire report on the harbour crane collapse in Gdansk, told in plain words.`).join(' ');
    const index = new EventIndex({ threshold: 5 }); // no pair of reports reaches 5: only the near-duplicate rule joins
    index.addAll([
      { id: 'wire-a', title: 'Crane collapses at Gdansk harbour', text: wire },
      { id: 'wire-b', title: 'Gdansk: harbour crane falls', text: `${wire} Copyright Example Outlet.` },
      { id: 'other', title: 'Crane collapses at Gdansk harbour', text: 'The city council met to discuss the harbour budget for next year and the new ferry line.' },
    ]);
    expect(index.eventOf('wire-b')).toBe(index.eventOf('wire-a'));
    expect(index.eventOf('other')).not.toBe(index.eventOf('wire-a'));
  });

  it('when a text is only a notice (a tweet embed, a crawl notice) then it joins no event, not even another such notice', () => {
    const notice = 'Show your town on your Tweets. Choose a city or a spot nearby, and it appears next to each Tweet you send.';
    const index = new EventIndex();
    index.addAll([
      ...izmir.slice(0, 2),
      { id: 'n1', text: `Izmir\nThese crawls were gathered to keep copies of web pages from the day they first appeared.\n${notice}` },
      { id: 'n2', text: notice },
      { id: 'n3', text: notice },
    ]);
    const events = new Set(['iz1', 'n1', 'n2', 'n3'].map((id) => index.eventOf(id)));
    expect(events.size).toBe(4);
  });

  it('when more reports arrive than it keeps then the oldest are forgotten', () => {
    const index = new EventIndex({ maxReports: 3 });
    index.addAll([...izmir.slice(0, 2), crete[0]!]);
    index.add(crete[1]!);
    expect(index.size).toBe(3);
    expect(index.has('iz1')).toBe(false);
    expect(index.eventOf('cr2')).toBe(index.eventOf('cr1'));
  });

  it('should rank the report most like its event as the most central', () => {
    const index = new EventIndex();
    const odd = { id: 'iz-odd', title: 'Izmir earthquake', text: 'Earthquake in Izmir. Magnitude 5.9. AFAD is counting damaged buildings, and schools in the region are closed for the week while engineers check them.' };
    index.addAll([...izmir, odd]);
    const [event] = clustersIn(index, [...izmir.map((d) => d.id), odd.id]);
    expect(event!.ids).toContain('iz-odd');
    expect(event!.centralId).not.toBe('iz-odd');
  });
});
