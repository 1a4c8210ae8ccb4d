import { collapseWhitespace } from '../text';

// What the reader does not see as part of the text: field labels ("Title:", "Authors:") and MathJax's
// rendered copies of formulas (the TeX source is kept in a <script type="math/tex"> next to them).
const HIDDEN_CLASSES = ['descriptor', 'MathJax_Preview', 'MathJax', 'MathJax_Display', 'MJX_Assistive_MathML'];

/**
 * The text of an element as a paper's metadata: whitespace collapsed, labels left out, and formulas
 * that MathJax has already rendered given back as `$TeX$`. Elements named in `skipTags` are left out too.
 */
export function readableText(element: Element | null | undefined, skipTags: readonly string[] = []): string {
  if (!element) return '';
  const parts: string[] = [];
  collect(element, skipTags, parts);
  return collapseWhitespace(parts.join(''));
}

function collect(node: Node, skipTags: readonly string[], parts: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    const tag = element.localName;
    if (tag === 'script') {
      const type = element.getAttribute('type') ?? '';
      const fence = type.includes('mode=display') ? '$$' : '$';
      if (type.startsWith('math/tex')) parts.push(`${fence}${element.textContent ?? ''}${fence}`);
    } else if (tag !== 'style' && !skipTags.includes(tag) && !HIDDEN_CLASSES.some((name) => element.classList.contains(name))) {
      collect(element, skipTags, parts);
    }
  }
}

// Two whitespace characters in a row, or one that is not a plain space.
/** Text cut to `max` characters, so a hostile page cannot make a draft the library would refuse. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Author names from a list of elements: their text, empty ones dropped. */
export function namesOf(elements: Iterable<Element>): string[] {
  const names: string[] = [];
  for (const element of elements) {
    const name = clip(collapseWhitespace(element.textContent), 500);
    if (name) names.push(name);
  }
  return names.slice(0, 5000);
}

// Lookups by tag and class name, not selectors: a scan makes thousands of them on a long listing, and
// these are the fast paths in every DOM (jsdom's selector engine is 10–100× slower on small subtrees).

/** The first descendant of `root` with this class, or null. */
export function firstByClass(root: Element | null | undefined, name: string): Element | null {
  return root?.getElementsByClassName(name)[0] ?? null;
}

/** The first descendant `<tag>` of `root` that passes `test`, or null. */
export function firstTag(root: Element | null | undefined, tag: string, test: (element: Element) => boolean): Element | null {
  if (!root) return null;
  for (const element of root.getElementsByTagName(tag)) if (test(element)) return element;
  return null;
}

/** The element children of `parent`, by walking siblings (live `children` collections are slow to index). */
export function* childElements(parent: Element): Generator<Element> {
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) yield child;
}
