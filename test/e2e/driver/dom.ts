/**
 * What the driver does inside a page, one self-contained function (both browsers serialize it by its source, so
 * it may use nothing from outside). A target is a CSS selector; ` >>> ` steps into the shadow roots under what the
 * part before it matched. Every part is searched through open shadow roots, as Playwright's CSS engine does.
 */
export type Target = string | { css: string; name?: string | RegExp; nth?: number };

/** A target as it crosses into the page (a RegExp does not survive serialization). */
export interface WireTarget {
  css: string;
  name?: { source: string; flags: string } | { exact: string };
  nth?: number;
}

export function wire(target: Target): WireTarget {
  if (typeof target === 'string') return { css: target };
  const { name } = target;
  return {
    css: target.css,
    nth: target.nth,
    name: name === undefined ? undefined : typeof name === 'string' ? { exact: name } : { source: name.source, flags: name.flags },
  };
}

export type DomOp =
  | { op: 'count' }
  | { op: 'attr'; name: string }
  | { op: 'text' }
  | { op: 'texts' }
  | { op: 'value' }
  | { op: 'visible' }
  | { op: 'focused' }
  | { op: 'checked' }
  | { op: 'focus' }
  | { op: 'select'; value: string }
  | { op: 'selectText' }
  | { op: 'point' }
  | { op: 'mark'; mark: string };

/** Runs in the page: finds the target's elements and does one thing with them. */
export function domOp(arg: { target: WireTarget; op: DomOp }): unknown {
  const { target, op } = arg;
  const within = (scope: Element | Document | ShadowRoot, css: string): Element[] => {
    const found: Element[] = [];
    const walk = (root: Element | Document | ShadowRoot) => {
      for (const el of root.querySelectorAll(css)) found.push(el);
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    if (scope instanceof Element && scope.shadowRoot) walk(scope.shadowRoot);
    walk(scope);
    return [...new Set(found)];
  };
  const nameOf = (el: Element): string => {
    const label = el.getAttribute('aria-label');
    if (label) return label.trim();
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent;
    if (labelled) return labelled.trim();
    return (el.textContent ?? '').replace(/\s+/g, ' ').trim() || (el.getAttribute('title') ?? '');
  };
  let els: Element[] = [document.documentElement];
  target.css.split(' >>> ').forEach((part, i) => {
    els = i === 0 ? within(document, part) : els.flatMap((el) => within(el, part));
  });
  const name = target.name;
  if (name) {
    els = els.filter((el) => ('exact' in name ? nameOf(el) === name.exact : new RegExp(name.source, name.flags).test(nameOf(el))));
  }
  if (target.nth !== undefined) els = els.slice(target.nth, target.nth + 1);
  const el = els[0] as HTMLElement | undefined;
  const need = (): HTMLElement => {
    if (!el) throw new Error(`no element matches ${target.css}${name ? ` named ${JSON.stringify(name)}` : ''}`);
    return el;
  };
  const deepActive = (): Element | null => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  };
  switch (op.op) {
    case 'count':
      return els.length;
    case 'attr':
      return el ? el.getAttribute(op.name) : null;
    case 'text':
      return el ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
    case 'texts':
      return els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
    case 'value':
      return el ? (el as HTMLInputElement).value : null;
    case 'visible':
      return !!el && el.getClientRects().length > 0 && el.checkVisibility({ visibilityProperty: true, opacityProperty: false });
    case 'focused':
      return !!el && deepActive() === el;
    case 'checked':
      return !!el && (el as HTMLInputElement).checked;
    case 'focus':
      need().focus();
      return deepActive() === el;
    case 'select': {
      const select = need() as unknown as HTMLSelectElement;
      select.focus();
      select.value = op.value;
      if (select.value !== op.value) throw new Error(`no option ${op.value} in ${target.css}`);
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    }
    case 'selectText': {
      const input = need() as HTMLInputElement;
      input.focus();
      input.select();
      return input.value;
    }
    case 'point': {
      const node = need();
      node.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      const box = node.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      // What a real click at the centre would hit, through shadow roots: the element itself or something inside it.
      let hit: Element | null = document.elementFromPoint(x, y);
      while (hit?.shadowRoot) {
        const inner = hit.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === hit) break;
        hit = inner;
      }
      let up: Node | null = hit;
      while (up && up !== node) up = up.parentNode ?? (up as ShadowRoot).host ?? null;
      const inside = up === node;
      return { x, y, width: box.width, height: box.height, hit: inside };
    }
    case 'mark':
      need().setAttribute('data-shelf-driver', op.mark);
      return true;
  }
}
