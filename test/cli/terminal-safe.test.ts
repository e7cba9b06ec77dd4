import { describe, expect, it } from 'vitest';
import { terminalSafe, terminalSafeJson, terminalSafeLine } from '../../src/cli/terminal-safe.js';

const HOSTILE = 'A\u001b[2J\u001b]0;owned\u0007B\u009b31mC\u202eD\u2066E\u0000F\rG';

describe('terminal-safe output', () => {
  it('when text holds ANSI CSI/OSC, C0/C1 controls and bidi overrides then each is shown as a visible escape', () => {
    const safe = terminalSafe(`${HOSTILE}\nsecond line\tok`);
    expect(safe).toBe('A\\e[2J\\e]0;owned\\x07B\\x9b31mC\\u202eD\\u2066E\\x00F\\rG\nsecond line\tok');
    // \p{Cc}: every C0/C1 control; tab and newline are the ones multi-line text keeps.
    expect(safe).not.toMatch(/(?![\t\n])[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
  });

  it('when a file name holds a newline or a tab then the one-line form escapes those too', () => {
    expect(terminalSafeLine('bad\nname\t.txt')).toBe('bad\\nname\\t.txt');
    expect(terminalSafeLine('evil\u202etxt.exe')).toBe('evil\\u202etxt.exe');
  });

  it('when JSON holds characters JSON.stringify leaves raw then they become \\u escapes and the value parses the same', () => {
    const value = { title: `${HOSTILE}\u2028\u2029\u0085`, n: 1 };
    const json = terminalSafeJson(JSON.stringify(value));
    expect(json).not.toMatch(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u);
    expect(JSON.parse(json)).toEqual(value);
    // JSON.stringify's own escapes are kept as they are (not escaped twice).
    expect(json).toContain('\\u001b[2J');
    expect(terminalSafeJson('{"a":"x\\ny"}')).toBe('{"a":"x\\ny"}');
  });
});
