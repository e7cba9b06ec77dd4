// Renders the demo digest as a phone would show it and saves a screenshot to docs/digest.png.
// The digest comes through the real code path: `newsbrief demo` fills a scratch store (the samples, and the
// sample feeds from its local server) and delivers today's digest to its console chat (compose → personalise →
// renderBriefing → archive); `newsbrief digest --chat … --day … --json` reads back exactly the messages sent.
// They go into a Telegram-like page (360-px chat, bubbles, blockquotes) that headless Chromium captures. Run: npx tsx scripts/digest-screenshot.mjs [--out docs/digest.png] [--html /tmp/digest.html]
// Needs `chromium` on PATH (Debian: apt-get install chromium; fonts-roboto for Telegram's Android font).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CONSOLE_USER } from '../src/cli/fake-updates.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string' }, html: { type: 'string' }, height: { type: 'string' } } });
const out = resolve(root, values.out ?? 'docs/digest.png');
const scratch = mkdtempSync(join(tmpdir(), 'newsbrief-screenshot-'));

/** The CLI as users run it, on the scratch store, without a token or a model. */
function cli(args) {
  const env = { ...process.env, LOG_LEVEL: 'warn', STORE_URL: `sqlite://${join(scratch, 'demo.sqlite')}` };
  delete env.TELEGRAM_BOT_TOKEN;
  delete env.OPENAI_API_KEY;
  const tsx = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const run = spawnSync(process.execPath, ['--import', tsx, join(root, 'src', 'run-cli.ts'), ...args], { cwd: scratch, env, encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`newsbrief ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return run.stdout;
}

/** Telegram HTML is a subset of HTML: only the expandable blockquote needs a class to be styled collapsed. */
function bubble(message, time) {
  // A blockquote is a block of its own: the line break next to it is not a line of its own.
  const body = message
    // Telegram collapses an expandable quote past 3 lines, with an arrow; a shorter one shows whole.
    .replace(/<blockquote expandable>([^<]*(?:<(?!\/blockquote>)[^<]*)*)<\/blockquote>/g, (_, inner) =>
      `<blockquote${inner.split('\n').length > 3 ? ' class="expandable"' : ''}>${inner}</blockquote>`)
    .replace(/\n?(<blockquote[^>]*>)/g, '$1')
    .replace(/<\/blockquote>\n/g, '</blockquote>')
    .replace(/\n/g, '<br>');
  return `<div class="bubble">${body}<span class="time">${time}</span></div>`;
}

function page(messages) {
  return `<!doctype html>
<html><head><meta charset="utf-8"><style>
  * { box-sizing: border-box; }
  body { margin: 0; width: 360px; font: 15px/1.35 Roboto, "Helvetica Neue", "DejaVu Sans", sans-serif; color: #000;
    background: #b6cf9f linear-gradient(160deg, #d3e3b6 0%, #a9c98f 55%, #8fb681 100%); }
  .bar { position: sticky; top: 0; display: flex; align-items: center; gap: 10px; height: 56px; padding: 0 12px;
    background: #517da2; color: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.25); }
  .avatar { width: 40px; height: 40px; border-radius: 50%; background: #6fb0e0; display: grid; place-items: center;
    font-weight: 500; font-size: 17px; }
  .name { font-weight: 500; font-size: 17px; } .status { font-size: 13px; opacity: .8; }
  .chat { padding: 8px 8px 12px 8px; }
  .day { margin: 6px auto 8px; width: fit-content; padding: 2px 10px; border-radius: 12px; font-size: 13px;
    background: rgba(0,0,0,.22); color: #fff; }
  .bubble { position: relative; max-width: 336px; margin: 0 0 6px 6px; padding: 7px 10px 20px 10px; background: #fff;
    border-radius: 12px 12px 12px 4px; box-shadow: 0 1px 1px rgba(0,0,0,.15); word-wrap: break-word; }
  .bubble a { color: #168acd; text-decoration: none; }
  .bubble b a, .bubble a b { color: #168acd; }
  .bubble i { color: #707579; font-size: 14px; }
  .bubble i a { color: #3e88c7; }
  blockquote { position: relative; margin: 4px 0 2px; padding: 3px 22px 3px 9px; border-left: 3px solid #3390ec;
    border-radius: 4px; background: rgba(51,144,236,.08); font-size: 14px; line-height: 1.3; }
  blockquote.expandable { max-height: calc(3 * 1.3em + 6px); overflow: hidden; }
  blockquote.expandable::after { content: '⌄'; position: absolute; right: 6px; bottom: 1px; color: #3390ec; font-size: 15px; }
  .time { position: absolute; right: 9px; bottom: 4px; font-size: 12px; color: #a0acb6; }
</style></head><body>
<div class="bar"><div class="avatar">N</div><div><div class="name">newsbrief</div><div class="status">bot</div></div></div>
<div class="chat"><div class="day">Today</div>
${messages.map((m, i) => bubble(m, `08:0${i}`)).join('\n')}
</div></body></html>`;
}

try {
  cli(['demo']);
  const day = new Date().toISOString().slice(0, 10); // the demo's console chat is on UTC
  const sent = JSON.parse(cli(['digest', '--chat', String(CONSOLE_USER.id), '--day', day, '--json']));
  if (!Array.isArray(sent.messages)) throw new Error(`no digest archived for ${day}: ${JSON.stringify(sent)}`);
  const messages = sent.messages;
  console.log(`${messages.length} message(s) sent to the console chat on ${day}`);
  const html = values.html ? resolve(values.html) : join(scratch, 'digest.html');
  writeFileSync(html, page(messages));
  mkdirSync(dirname(out), { recursive: true });
  execFileSync('chromium', [
    '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars',
    `--window-size=360,${Number(values.height ?? 1800)}`, `--screenshot=${out}`, pathToFileURL(html).href,
  ], { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`wrote ${out}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
