// Articles written for these tests (the seed is read from samples/, which ships with the repo).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/util/project-root.js';

export const seedText = (): string => readFileSync(join(projectRoot(), 'samples', '000_seed-belarus.txt'), 'utf8');

export const followUpText = `Minsk Opens Talks on Further Releases After Prisoner Deal

Photo: Reuters

MINSK, Sept 13 (Reuters) - Belarusian leader Aleksandr Lukashenka said on Saturday that his government was ready to discuss further releases, a day after 52 prisoners were freed under a deal brokered by Washington.

Lukashenka, 71, who won a seventh term in a January 2025 vote, told state television that talks with the United States would continue. Maria Kolesnikova, a jailed opposition politician, was not among those released, her sister said.

Lithuanian President Gitanas Nausėda said Vilnius would keep its border crossings under review.

Share this article
Sign up for our morning newsletter`;

export const unrelatedText = `Central Bank Holds Rates Steady as Inflation Cools

FRANKFURT (dpa) - The European Central Bank kept its key interest rate unchanged on Thursday, September 11, 2025, as inflation in the euro area eased for a third month.

ECB President Christine Lagarde told reporters in Frankfurt that the bank would stay "data dependent" and did not commit to a cut in October.

Economists at Deutsche Bank said they still expected one more reduction before the end of the year.

ADVERTISEMENT

Read more: How rate decisions reach your mortgage`;

/** An article whose title carries HTML-like text, to prove escaping end to end. */
export const trickyTitleText = `Tags <b>bold</b> & Co. Report Record Profits

Image from Example Wire

Tags & Co. said on Monday, September 8, 2025, that quarterly profit rose 40 percent, beating forecasts by a wide margin.

Chief executive Jane Doe said demand for its <script> products would stay strong into next year.`;
