import { describe, expect, it } from 'vitest';
import { clusterDocuments } from '../../briefings/cluster.js';

const docs = [
  { id: 'fire1', title: 'Wildfire forces evacuation of hill towns near Marseille', text: 'Firefighters battled a wildfire that forced the evacuation of several hill towns near Marseille on Tuesday, as strong winds pushed the flames toward homes.' },
  { id: 'strike1', title: 'Rail workers begin 48-hour strike over pay', text: 'Rail workers across the country began a 48-hour strike over pay on Tuesday, cancelling most trains and leaving commuters stranded.' },
  { id: 'fire2', title: 'Marseille wildfire: hill towns evacuated as winds fan flames', text: 'Several hill towns near Marseille were evacuated as strong winds fanned a wildfire toward homes, firefighters said.' },
  { id: 'strike2', title: 'Trains cancelled as rail strike over pay starts', text: 'Most trains were cancelled as a 48-hour rail strike over pay started, with unions demanding a raise for workers.' },
  { id: 'bake', title: 'Village bakery wins national bread prize', text: 'A small village bakery has won the national bread prize for its sourdough loaf, judges announced.' },
];

describe('clusterDocuments', () => {
  it('when articles report the same event in other words then they share a cluster, and unrelated ones stay apart', () => {
    const clusters = clusterDocuments(docs).map((c) => [...c.ids].sort());
    expect(clusters.sort()).toEqual([['bake'], ['fire1', 'fire2'], ['strike1', 'strike2']]);
  });

  it('should name a member of each cluster as its central article', () => {
    for (const c of clusterDocuments(docs)) expect(c.ids).toContain(c.centralId);
  });

  it('when the same people and places are named then borderline pairs join, and when other ones are named they stay apart', () => {
    const a = { id: 'a', title: 'Minister resigns', text: 'The finance minister resigned on Monday after a row over the budget.' };
    const b = { id: 'b', title: 'Budget row ends career', text: 'A long career ended with a letter to the prime minister and a row.' };
    const filler = [
      { id: 'f1', title: 'Weather turns cold', text: 'Cold weather arrives in the north with snow.' },
      { id: 'f2', title: 'Team wins cup', text: 'The team won the cup after extra time.' },
    ];
    const strict = { threshold: 0.3 };
    const without = clusterDocuments([a, b, ...filler], strict);
    expect(without.find((c) => c.ids.includes('a'))!.ids).not.toContain('b');
    const same = [{ type: 'PERSON' as const, name: 'Jan Novak' }, { type: 'ORG' as const, name: 'Ministry of Finance' }, { type: 'PLACE' as const, name: 'Prague' }];
    const withEntities = clusterDocuments([{ ...a, entities: same }, { ...b, entities: same }, ...filler], strict);
    expect(withEntities.find((c) => c.ids.includes('a'))!.ids).toContain('b');
    const other = [{ type: 'PERSON' as const, name: 'Eva Horak' }, { type: 'PLACE' as const, name: 'Brno' }];
    const different = clusterDocuments([{ ...a, entities: same }, { ...b, entities: other }, ...filler], strict);
    expect(different.find((c) => c.ids.includes('a'))!.ids).not.toContain('b');
  });

  it('when two local stories share only their town then they are two events', () => {
    const town = [{ type: 'PLACE' as const, name: 'Oakmere' }];
    const harvest = { id: 'harvest', title: 'Oakmere growers pick apples early after a dry summer', text: 'Orchards around Oakmere began the apple harvest two weeks early, after the driest summer the weather station has recorded.', entities: town };
    const pool = { id: 'pool', title: 'Oakmere swimming pool reopens after repairs', text: 'The public pool in Oakmere reopened on Tuesday, a year after a burst pipe flooded its changing rooms.', entities: town };
    const filler = [
      { id: 'f1', title: 'Rail strike over pay', text: 'Rail workers began a strike over pay, cancelling most trains.' },
      { id: 'f2', title: 'Team wins cup', text: 'The team won the cup after extra time.' },
    ];
    const clusters = clusterDocuments([harvest, pool, ...filler]);
    expect(clusters.find((c) => c.ids.includes('harvest'))!.ids).not.toContain('pool');
  });

  it('when a person is named in full in one report and by surname in another then they count as the same', () => {
    const a = { id: 'a', title: 'Minister resigns', text: 'The finance minister resigned on Monday after a row over the budget.', entities: [{ type: 'PERSON' as const, name: 'Jan Novak' }] };
    const b = { id: 'b', title: 'Budget row ends career', text: 'A long career ended with a letter to the prime minister and a row.', entities: [{ type: 'PERSON' as const, name: 'Novak' }] };
    const filler = { id: 'f1', title: 'Weather turns cold', text: 'Cold weather arrives in the north with snow.' };
    expect(clusterDocuments([a, b, filler], { threshold: 0.3 }).find((c) => c.ids.includes('a'))!.ids).toContain('b');
  });

  it('when there are no documents then there are no clusters', () => {
    expect(clusterDocuments([])).toEqual([]);
  });
});

describe('clusterDocuments over time', () => {
  it('when the same kind of report comes days apart then they are different events', () => {
    const day = 24 * 3600_000;
    const quake = (id: string, time: number) => ({ id, time, title: 'Earthquake of magnitude 5.1 shakes Izmir', text: 'An earthquake of magnitude 5.1 shook Izmir, damaging old buildings.' });
    const together = clusterDocuments([quake('a', 0), quake('b', day)]);
    expect(together).toHaveLength(1);
    const apart = clusterDocuments([quake('a', 0), quake('b', 10 * day)]);
    expect(apart).toHaveLength(2);
  });
});
