// Locates the first well-formedness error in XML text, with its line number, for the one-line refusal.
// Run only after the parser has failed (it says "Unexpected end of title" without a line). Linear: one pass
// over '<' positions with a stack of open tag names; no entities, no DTD.

export interface XmlProblem {
  readonly line: number;
  readonly message: string;
}

const NAME = /^[^\s/>]+/;

const lineAt = (text: string, index: number): number => {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

/** Skip a construct that ends with `terminator`; -1 when it never ends. */
const skipTo = (text: string, from: number, terminator: string): number => {
  const end = text.indexOf(terminator, from);
  return end === -1 ? -1 : end + terminator.length;
};

/** The end of a start or end tag, with quoted attribute values allowed to hold '>'. */
function tagEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '<') return -1; // a new tag before this one closed
    else if (c === '>') return i + 1;
  }
  return -1;
}

const SPECIAL: ReadonlyArray<readonly [string, string, string]> = [
  ['<!--', '-->', 'unterminated comment'],
  ['<![CDATA[', ']]>', 'unterminated CDATA section'],
  ['<![', ']]>', 'unterminated CDATA section'],
  ['<?', '?>', 'unterminated processing instruction'],
  ['<!', '>', 'unterminated declaration'],
];

/** The first problem found, or undefined when tags balance (the parser's own message is used then). */
export function findXmlProblem(text: string): XmlProblem | undefined {
  const open: Array<{ name: string; at: number }> = [];
  const problem = (at: number, message: string): XmlProblem => ({ line: lineAt(text, at), message });
  for (let at = text.indexOf('<'); at !== -1; ) {
    const special = SPECIAL.find(([start]) => text.startsWith(start, at));
    let next: number;
    if (special) {
      next = skipTo(text, at + special[0].length, special[1]);
      if (next === -1) return problem(at, special[2]);
    } else {
      const closing = text[at + 1] === '/';
      const name = NAME.exec(text.slice(at + (closing ? 2 : 1), at + 200))?.[0];
      next = tagEnd(text, at + 1);
      if (!name || next === -1) return problem(at, `tag <${closing ? '/' : ''}${name ?? ''} is not closed with '>'`);
      if (closing) {
        const top = open.pop();
        if (!top) return problem(at, `closing tag </${name}> has no opening tag`);
        if (top.name !== name) return problem(at, `closing tag </${name}> does not match <${top.name}> (line ${lineAt(text, top.at)})`);
      } else if (text[next - 2] !== '/') open.push({ name, at });
    }
    at = text.indexOf('<', next);
  }
  const last = open.pop();
  return last ? problem(text.length, `<${last.name}> (line ${lineAt(text, last.at)}) is never closed`) : undefined;
}
