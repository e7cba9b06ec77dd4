// `node --import` this file to have the process append, to the file named by PACKAGE_TRACE_FILE, one line per
// package the project's own modules import (a bare specifier from outside node_modules). Node runs the hook
// on its loader thread, before each import resolves.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const file = process.env.PACKAGE_TRACE_FILE;
  const bare = !/^(\\.|\\/|node:|file:|data:)/.test(specifier);
  if (file && bare && context.parentURL && !context.parentURL.includes('/node_modules/')) appendFileSync(file, specifier + '\\n');
  return next(specifier, context);
}`)}`,
);
