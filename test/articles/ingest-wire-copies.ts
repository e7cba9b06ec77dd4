// One invented wire story as several outlets run it (own headline, by-line, dateline and footer), and a different
// story about the same people and places: the samples of the wire-copy merge tests (unit and e2e).

/** The wire text (about 230 words): what every outlet's copy shares. */
export const WIRE_PARAGRAPHS = [
  'Dock workers at the port of Calderon walked off the job on Tuesday after talks over new crane schedules collapsed late on Monday night, halting the loading of grain ships bound for North Africa.',
  'Harbour director Ines Varga said about 40 vessels were waiting at anchor outside the breakwater and that the port authority had asked the regional labour court to order a return to work within 48 hours.',
  'The union that represents the crane operators, led by Tomas Reiter, said its members had worked double shifts for six weeks while the port tried out an automated scheduling system bought from a Dutch supplier.',
  '"Nobody asked the people in the cabins whether the new rota could be done safely," Reiter told a rally at the main gate, where several hundred workers gathered in the rain before marching to the city hall.',
  'Grain traders warned that a strike lasting more than a week could push up bread prices across the region, since Calderon handles nearly a third of the wheat shipped from the northern plains each autumn.',
  'The transport ministry said it was following the dispute closely and would send a mediator to the port on Wednesday morning, the first time it has stepped into a harbour strike since the floods of 2019.',
];

export interface Outlet {
  name: string;
  home: string;
  /** The outlet's own link to its copy. */
  link: string;
  headline: string;
  byline: string;
  footer: string;
  publishedAt: string;
}

export const OUTLETS: Outlet[] = [
  {
    name: 'Harbour Gazette',
    home: 'https://harbour-gazette.example/',
    link: 'https://harbour-gazette.example/news/calderon-dock-strike',
    headline: 'Calderon dock workers strike as crane talks collapse',
    byline: 'By Petra Lind, Associated Press',
    footer: 'Copyright 2026 The Associated Press. All rights reserved. This material may not be redistributed.',
    publishedAt: '2026-11-27T07:15:00.000Z',
  },
  {
    name: 'Northern Plains Courier',
    home: 'https://plains-courier.example/',
    link: 'https://plains-courier.example/2026/11/27/grain-ships-stuck-port-strike',
    headline: 'Grain ships stuck at anchor as Calderon port strike begins',
    byline: 'The Associated Press',
    footer: 'Sign up for the Courier morning briefing to get the top stories in your inbox every day.',
    publishedAt: '2026-11-27T07:40:00.000Z',
  },
];

/** The story as `outlet` runs it: its headline, a by-line, the wire text under its own dateline, its footer. */
export function wireCopy(outlet: Outlet): { title: string; paragraphs: string[] } {
  const [first = '', ...rest] = WIRE_PARAGRAPHS;
  return { title: outlet.headline, paragraphs: [outlet.byline, `CALDERON (AP) — ${first}`, ...rest, outlet.footer] };
}

/** An ingest input (the JSON article shape feeds use) of `outlet`'s copy. */
export function wireCopyJson(outlet: Outlet, overrides: { url?: string } = {}): string {
  const copy = wireCopy(outlet);
  return JSON.stringify({
    title: copy.title,
    text: copy.paragraphs,
    source: { name: outlet.name, url: outlet.home },
    url: overrides.url ?? outlet.link,
    publishedAt: outlet.publishedAt,
  });
}

/** Another story with the same people and places (a week on, a different event): must never be merged. */
export const FOLLOW_UP = {
  title: 'Calderon court orders talks as port reopens',
  paragraphs: [
    'The regional labour court in Calderon on Friday ordered the port authority and the crane operators union to resume negotiations, a week after a strike stopped grain loading at the harbour.',
    'Judge Marta Kell gave both sides ten days to agree on a rota, and said an independent safety inspector would review the automated scheduling system before it was used again on night shifts.',
    'Harbour director Ines Varga told reporters that the first of the waiting ships had already left the breakwater and that the backlog should be cleared by the end of the month if the weather held.',
    'Union leader Tomas Reiter called the ruling a victory for the people in the cabins, but warned that members would walk out again if the port brought back double shifts before the inspection ended.',
    'Wheat prices on the northern plains exchange fell for a third day as traders bet the harvest would reach North Africa on time, after rising sharply while the strike lasted.',
  ],
};

export function followUpJson(outlet: Outlet): string {
  return JSON.stringify({
    title: FOLLOW_UP.title,
    text: FOLLOW_UP.paragraphs,
    source: { name: outlet.name, url: outlet.home },
    url: `${outlet.home}news/calderon-court-orders-talks`,
    publishedAt: '2026-11-27T08:30:00.000Z',
  });
}
