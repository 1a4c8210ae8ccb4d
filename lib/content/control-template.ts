import { h, render } from 'preact';
import { CardControl } from '@/components/CardControl';
import type { PaperState } from '../protocol';

/**
 * A card control drawn without Preact: a copy of what `CardControl` renders for the same title and state, made by
 * cloning a template. Rendering a thousand controls with Preact is most of what a long listing costs us (a tenth of
 * a millisecond each); a clone costs a few microseconds. The clone is the same markup (CONTRACT.md's
 * `<button aria-pressed>` included) without handlers: the first time the user reaches for the control, the
 * annotator hands it to Preact, which takes the clone's elements over (so focus stays where it is).
 *
 * Only a plain control has a template: its state known, not busy, no error, undo or status pick on its way, a few
 * tags at most. A
 * template is made once per shape of state (saved or not, reading status, number of tags) by rendering
 * `CardControl` with markers for the title and the tags, and records where each goes (the attributes and text
 * nodes that hold a marker). A select's value, a property a clone does not copy, is set on the clone.
 */

/** Markers for the title and the nth tag: nothing a real title or tag holds (invisible separators around a name). */
const MARK = '\u2063';
const TITLE = `${MARK}title${MARK}`;
const tagMark = (n: number) => `${MARK}tag${n}${MARK}`;
const MARKS = new RegExp(`(${MARK}(?:title|tag\\d+)${MARK})`);

/** A text with markers in it: literal parts and, between them, which value goes there (-1: the title, n: tag n). */
interface Filled {
  parts: string[];
  values: number[];
}

interface Template {
  nodes: DocumentFragment;
  /**
   * Where values go: the element at `path` (child element indexes from the fragment down), its attribute or its
   * `text`th child node.
   */
  slots: { path: number[]; attribute: string | null; text: number; filled: Filled }[];
  /** The selects' values, by path. */
  selects: { path: number[]; value: string }[];
}

const noop = () => {};

/** A card with more tags than this is rendered, not cloned: one template per number of tags, a few of them. */
const MOST_TAGS = 12;

/** Whether a control in this state can be drawn from a template (see the file's comment). */
export function isPlain(
  state: PaperState | undefined,
  extra: { busy: boolean; error?: string; undo?: unknown; picked?: unknown },
): state is PaperState {
  return (
    state !== undefined &&
    state.tags.length <= MOST_TAGS &&
    !extra.busy &&
    extra.error === undefined &&
    extra.undo === undefined &&
    extra.picked === undefined
  );
}

/** Each element under `root` with its path (child element indexes from `root` down), in document order. */
function withPaths(root: ParentNode, path: number[] = [], into: [Element, number[]][] = []): [Element, number[]][] {
  for (let i = 0; i < root.children.length; i++) {
    const element = root.children[i] as Element;
    const at = [...path, i];
    into.push([element, at]);
    withPaths(element, at, into);
  }
  return into;
}

function at(root: ParentNode, path: readonly number[]): Element {
  let node = root;
  for (const i of path) node = node.children[i] as Element;
  return node as Element;
}

function parse(text: string): Filled | null {
  const pieces = text.split(MARKS);
  if (pieces.length === 1) return null;
  const parts: string[] = [];
  const values: number[] = [];
  pieces.forEach((piece, i) => {
    if (i % 2 === 0) parts.push(piece);
    else values.push(piece === TITLE ? -1 : Number(piece.slice(MARK.length + 3, -MARK.length)));
  });
  return { parts, values };
}

function fill({ parts, values }: Filled, title: string, tags: readonly string[]): string {
  let text = parts[0] ?? '';
  for (let i = 0; i < values.length; i++) text += ((values[i] as number) < 0 ? title : tags[values[i] as number]) + (parts[i + 1] ?? '');
  return text;
}

function makeTemplate(doc: Document, state: PaperState): Template {
  const root = doc.createElement('div');
  const marked = { ...state, tags: state.tags.map((_, n) => tagMark(n)) };
  render(
    h(CardControl, {
      title: TITLE,
      state: marked,
      busy: false,
      suggestions: [],
      onToggle: noop,
      onAddTag: noop,
      onRemoveTag: noop,
      onStatus: noop,
      onOpenTags: noop,
    }),
    root,
  );
  const slots: Template['slots'] = [];
  const selects: Template['selects'] = [];
  for (const [element, path] of withPaths(root)) {
    for (const { name, value } of element.attributes) {
      const filled = parse(value);
      if (filled) slots.push({ path, attribute: name, text: -1, filled });
    }
    element.childNodes.forEach((node, text) => {
      const filled = node.nodeType === 3 ? parse(node.nodeValue ?? '') : null;
      if (filled) slots.push({ path, attribute: null, text, filled });
    });
    if (element.localName === 'select') selects.push({ path, value: (element as HTMLSelectElement).value });
  }
  // Preact's bookkeeping stays with the rendered original: only copies leave this module.
  const nodes = doc.createDocumentFragment();
  for (const child of root.childNodes) nodes.append(child.cloneNode(true));
  render(null, root);
  return { nodes, slots, selects };
}

/** The templates of one document, one per shape of plain state. */
export class ControlTemplates {
  private readonly templates = new Map<string, Template>();

  constructor(private readonly doc: Document) {}

  /** The control's nodes for a card of this title in this plain state, ready to go into its shadow root. */
  clone(title: string, state: PaperState): DocumentFragment {
    const key = `${state.saved}:${state.status}:${state.tags.length}`;
    let template = this.templates.get(key);
    if (!template) {
      template = makeTemplate(this.doc, state);
      this.templates.set(key, template);
    }
    const fragment = template.nodes.cloneNode(true) as DocumentFragment;
    for (const { path, attribute, text, filled } of template.slots) {
      const target = at(fragment, path);
      const value = fill(filled, title, state.tags);
      if (attribute !== null) target.setAttribute(attribute, value);
      else (target.childNodes[text] as Text).nodeValue = value;
    }
    for (const { path, value } of template.selects) (at(fragment, path) as HTMLSelectElement).value = value;
    return fragment;
  }
}
