// Pre-processing before Readability: remove what is never article text, so it can't win the content score
// or leak into the body (scripts, menus, buttons, hidden elements, photo captions and credits). Share bars and
// related rails by class name were tried too: Readability already drops them (no gain on the benchmark).
// One walk over the tree: querySelectorAll per rule cost more than Readability itself on linkedom.
import { isElement, type PageDocument, type PageElement } from './page-dom.js';

/** Elements that never hold article prose. JSON-LD is read before this runs (page-metadata.ts). */
const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'NAV']);
/** Captions and credits: a caption repeats a line of the story or names the photographer, never a paragraph. */
const CAPTION = /^(?:caption|credit|figcaption|image-credit|photo-credit|wp-caption-text)s?$/i;
/** Containers whose class names describe the page, not a caption (`<body class="… f_caption_muted_on …">`). */
const CONTAINERS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

export interface PrepareSteps {
  captions: boolean;
}

/** Class and id split into words at spaces, dashes and underscores: "article-share-bar" → article, share, bar. */
function nameWords(el: PageElement): string[] {
  const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.trim();
  return name ? name.split(/[\s_-]+/) : [];
}

function isJunk(el: PageElement, steps: PrepareSteps): boolean {
  const tag = el.tagName.toUpperCase();
  if (NEVER_TEXT.has(tag) || el.getAttribute('hidden') !== null || el.getAttribute('role') === 'navigation') return true;
  if (steps.captions && tag === 'FIGCAPTION') return true;
  if (CONTAINERS.has(tag) || !steps.captions) return false;
  // A caption word anywhere in the class or id names a caption ("image-caption", "photo_credit").
  return nameWords(el).some((w) => CAPTION.test(w));
}

function walk(parent: PageElement, steps: PrepareSteps): void {
  for (const node of Array.from(parent.childNodes)) {
    if (!isElement(node)) continue;
    if (isJunk(node, steps)) node.remove();
    else walk(node, steps);
  }
}

export function preparePage(doc: PageDocument, steps: PrepareSteps): void {
  if (doc.documentElement) walk(doc.documentElement, steps);
}
