// Text from articles and file names is outside input: before it reaches a terminal, every character
// that could move the cursor, recolour, retitle the window (ANSI CSI, OSC), or reorder what the
// reader sees (bidi overrides and isolates) is shown as a visible escape instead. One place, used
// by every CLI command that prints in text mode.

// \p{Cc} is exactly the C0 controls, DEL and the C1 controls (U+0000–U+001F, U+007F–U+009F).
/** C0 controls except tab and newline, DEL, C1 controls (U+0080–U+009F, incl. 8-bit CSI/OSC), bidi embeddings, overrides and isolates. */
const UNSAFE_TEXT = /(?![\t\n])[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;
/** In a one-line field (a file name) newline and tab are unsafe too, and so are line/paragraph separators. */
const UNSAFE_NAME = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
/** Raw in JSON.stringify output, valid JSON, but a terminal would act on them: written as \uXXXX instead. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

const hex = (c: string, width: number) => c.charCodeAt(0).toString(16).padStart(width, '0');
const visible = (c: string) => NAMED[c] ?? (c.charCodeAt(0) < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`);

/**
 * Multi-line text (a rendered reply, an article title) made safe for a terminal; newlines and tabs stay.
 * @example terminalSafe('a\u001b[2Jb\u202e') // 'a\\e[2Jb\\u202e'
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE_TEXT, visible);
}

/**
 * A one-line field (a file name, a title, an error message) for a one-line message: newlines and every control are escaped too.
 * @example terminalSafeLine('bad\nname.txt') // 'bad\\nname.txt'
 */
export function terminalSafeLine(name: string): string {
  return name.replace(UNSAFE_NAME, visible);
}

/**
 * A JSON.stringify result with the characters it leaves raw (C1 controls, U+2028/2029, bidi controls)
 * written as \uXXXX escapes. Those characters only occur inside JSON strings, so the value parses the same.
 */
export function terminalSafeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`);
}
