// The small slice of the DOM the page extractor uses, typed here: the project compiles without the DOM lib,
// and linkedom's own types lean on it. One cast, in parsePage, connects linkedom to these shapes.
import { parseHTML } from 'linkedom';

export interface PageNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<PageNode>;
}

export interface PageElement extends PageNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  remove(): void;
}

export interface PageDocument {
  readonly documentElement: PageElement | null;
  readonly body: PageElement | null;
  readonly title: string;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export const isElement = (node: PageNode): node is PageElement => node.nodeType === ELEMENT_NODE;

/** linkedom's parseHTML, typed by the shapes above (its own return type needs the DOM lib). */
const parseDocument = parseHTML as unknown as (html: string) => { document: PageDocument };

/** A linkedom document for `html`; linkedom never fetches, runs scripts or loads subresources. */
export function parsePage(html: string): PageDocument {
  return parseDocument(html).document;
}

/** The elements matching `selector`, as an array that stays valid while they are removed. */
export const all = (root: PageDocument | PageElement, selector: string): PageElement[] => Array.from(root.querySelectorAll(selector));

/** Whitespace runs (incl. no-break spaces) to one space, trimmed. */
export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
