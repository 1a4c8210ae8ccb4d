import { adoptStyles } from './styles';

/** The tag of a card control's host; the toolbar's host is `paper-shelf-toolbar`. */
export const HOST_TAG = 'paper-shelf';
export const HOST_ATTR = 'data-paper-shelf';
/** On a control that is on the page but not shown yet (control.css hides it): see Annotator.scanOnce. */
export const PENDING_ATTR = 'data-pending';

/** On a card the "hide saved/read" filter hid: a later instance of the script can show it again. */
export const HIDDEN_ATTR = 'data-paper-shelf-hidden';

/**
 * Takes away the UI a previous instance of the content script left on the page, and shows the cards it hid. Firefox
 * injects an updated or re-enabled extension into the tabs already open, where the old script can no longer run to
 * remove its own controls and toolbar (its realm is gone): the new instance does it, so one live UI remains.
 * Returns how many elements it removed.
 */
export function removeStaleUi(doc: Document): number {
  // One walk of the page for all three (on a 2,000-card listing each walk costs milliseconds).
  let removed = 0;
  for (const element of doc.querySelectorAll<HTMLElement>(`[${HOST_ATTR}], ${HOST_TAG}-toolbar, [${HIDDEN_ATTR}]`)) {
    if (element.hasAttribute(HIDDEN_ATTR)) {
      element.removeAttribute(HIDDEN_ATTR);
      element.style.removeProperty('display');
    }
    if (element.hasAttribute(HOST_ATTR) || element.localName === `${HOST_TAG}-toolbar`) {
      element.remove();
      removed++;
    }
  }
  return removed;
}

/** Our own elements (card controls, the toolbar): mutations of these never call for a re-scan. */
export function isOurs(node: Node): boolean {
  return (node as Element).localName?.startsWith(HOST_TAG) ?? false;
}

export function pageTheme(doc: Document): 'dark' | 'light' {
  const html = doc.documentElement;
  if (html.classList.contains('dark')) return 'dark';
  if (html.classList.contains('light')) return 'light';
  const background = doc.body ? getComputedStyle(doc.body).backgroundColor : '';
  const rgb = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(background);
  if (rgb && rgb[4] !== '0') {
    const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110 ? 'dark' : 'light';
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Whether an event comes from the user (the browser made it), not from a script of the page. */
export type UserEventTest = (event: Event) => boolean;
export const isTrustedEvent: UserEventTest = (event) => event.isTrusted;

// Every event a control of ours acts on. (A page's `form.requestSubmit()` fires a trusted submit: no control acts on
// submit, see PageToolbar.)
const GUARDED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
] as const;

/**
 * The open shadow root lets a page script reach our buttons (CONTRACT.md keeps it open for reading): an event that
 * the user did not make is stopped at the root, before any control sees it, and its default action (a checkbox
 * ticking, a form submitting) is cancelled. One guard for every handler inside.
 */
export function guardUserEvents(root: ShadowRoot, isUserEvent: UserEventTest = isTrustedEvent): void {
  const guard = (event: Event) => {
    if (isUserEvent(event)) return;
    event.stopImmediatePropagation();
    if (event.cancelable) event.preventDefault();
  };
  for (const type of GUARDED_EVENTS) root.addEventListener(type, guard, { capture: true });
}

// The first of these the user makes on a control comes before any other event a control acts on or with it (a
// click is preceded by a pointerdown, a key by focus; assistive software may click or pick an option without either).
const FIRST_EVENTS = ['pointerdown', 'mousedown', 'touchstart', 'focusin', 'keydown', 'click', 'input', 'change'] as const;

/**
 * Calls `reach` at the user's first event on a control inside, at the root, before the control sees it: a control
 * drawn without handlers (./control-template.ts) gets them and its guard there, in time for that very event. Only
 * the user's own events count; a page script's reach a control that has no handler to run.
 */
export function onFirstUserEvent(root: ShadowRoot, isUserEvent: UserEventTest, reach: () => void): void {
  const first = (event: Event) => {
    if (!isUserEvent(event)) return;
    for (const type of FIRST_EVENTS) root.removeEventListener(type, first, { capture: true });
    reach();
  };
  for (const type of FIRST_EVENTS) root.addEventListener(type, first, { capture: true });
}

/**
 * Makes a shadow host for our UI with the shared stylesheet; only the user's own events reach its controls. With
 * `reach`, the guard is left to the caller, who puts it on before the controls inside get handlers (see
 * onFirstUserEvent): a thousand cards' roots then cost eight listeners each instead of fourteen.
 */
export function createHost(
  doc: Document,
  tag: string,
  theme: string,
  isUserEvent: UserEventTest = isTrustedEvent,
  reach?: () => void,
): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  host.dataset.theme = theme;
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root);
  if (reach) onFirstUserEvent(root, isUserEvent, reach);
  else guardUserEvents(root, isUserEvent);
  return { host, root };
}
