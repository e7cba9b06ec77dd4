// `npm run fuzz`: the full renderer fuzz. At least 10,000 hostile records through every renderer;
// prints how many messages were checked and how many Telegram would refuse; exits 1 if any.
// FUZZ_RUNS (default 5000 cases of 2–4 records) and FUZZ_SEED (default: random) change the run.
import fc from 'fast-check';
import { describeInvalid, fuzzCase, invalidMessages, renderAll, type Invalid } from './renderers.js';

const runs = Number(process.env.FUZZ_RUNS ?? 5000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
let records = 0;
let checked = 0;
const invalid: Invalid[] = [];
const started = performance.now();

await fc.assert(
  fc.asyncProperty(fuzzCase, async (c) => {
    const messages = await renderAll(c);
    records += c.records.length;
    checked += messages.length;
    invalid.push(...invalidMessages(messages));
    return true; // count everything instead of stopping at the first refusal
  }),
  { numRuns: runs, seed },
);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`fuzz: seed ${seed}, ${runs} cases, ${records} records, ${checked} messages checked, ${invalid.length} invalid, ${seconds} s`);
for (const i of invalid.slice(0, 10)) console.log(`  ${describeInvalid(i)}`);
process.exitCode = invalid.length > 0 ? 1 : 0;
