// Readability's article element → paragraphs: one per block element (p, li, headings, quotes, table cells…),
// a <br><br> also splits, and inline markup (links, emphasis) stays inside its paragraph. Each paragraph keeps
// what its markup says it is (a heading, a list item, a table cell) and how much of it is link text.
import { TEXT_NODE, isElement, squash, type PageNode } from './page-dom.js';

export type BlockKind = 'text' | 'heading' | 'item' | 'cell';
export interface PageParagraph {
  text: string;
  kind: BlockKind;
  /** Share of the characters inside <a> elements, 0…1. */
  linkShare: number;
}

const KIND_OF: Record<string, BlockKind> = {
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  LI: 'item', DT: 'item', DD: 'item', TD: 'cell', TH: 'cell',
};
const BLOCKS = new Set([
  ...Object.keys(KIND_OF), 'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DIV', 'DL', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'HEADER', 'HR', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

class Collector {
  readonly out: PageParagraph[] = [];
  private text = '';
  private linked = 0;
  private links = 0;

  constructor(private kind: BlockKind) {}

  add(text: string): void {
    this.text += text;
    if (this.links > 0) this.linked += text.length;
  }

  /** Ends the paragraph being collected; a blank line (<br><br>) inside it splits it. */
  flush(): void {
    const share = this.text.length ? this.linked / this.text.length : 0;
    for (const piece of this.text.split(/\n\s*\n/)) {
      const text = squash(piece);
      if (text) this.out.push({ text, kind: this.kind, linkShare: share });
    }
    this.text = '';
    this.linked = 0;
  }

  walk(root: PageNode): void {
    for (const node of Array.from(root.childNodes)) {
      if (node.nodeType === TEXT_NODE) this.add(node.textContent ?? '');
      else if (isElement(node)) this.element(node.tagName.toUpperCase(), node);
    }
  }

  private element(name: string, node: PageNode): void {
    if (SKIP.has(name)) return;
    if (name === 'BR') return this.add('\n');
    if (name === 'A') {
      this.links++;
      this.walk(node);
      this.links--;
      return;
    }
    if (!BLOCKS.has(name)) return this.walk(node);
    this.flush();
    const outer = this.kind;
    this.kind = KIND_OF[name] ?? (name === 'P' || name === 'BLOCKQUOTE' || name === 'PRE' ? 'text' : outer);
    this.walk(node);
    this.flush();
    this.kind = outer;
  }
}

export function paragraphsOf(root: PageNode): PageParagraph[] {
  const collector = new Collector('text');
  collector.walk(root);
  collector.flush();
  return collector.out;
}
