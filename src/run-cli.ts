// Process entry for the CLI (bin/newsbrief.mjs loads the compiled copy; tests run it with tsx).
import { cliMain } from './cli.js';

await cliMain(process.argv.slice(2));
