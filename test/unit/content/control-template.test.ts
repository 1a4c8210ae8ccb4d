import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CardControl } from '@/components/CardControl';
import { Annotator } from '@/lib/content/annotator';
import { ControlTemplates, isPlain } from '@/lib/content/control-template';
import type { Send } from '@/lib/content/paper-states';
import type { Request } from '@/lib/messages';
import { PAPER_STATUSES } from '@/lib/paper';
import type { PaperState } from '@/lib/protocol';
import { huggingface } from '@/lib/sites/huggingface';
import { domPerTest, installDom } from '../../helpers/dom';

const noop = () => {};
const TITLES = ['Paper 1', 'Attention "is" <all> you & need', "It's $& $1 $$ a \u2063title\u2063", '', '  spaced  out  '];
const STATES: PaperState[] = [
  { saved: false, tags: [], status: 'unread' },
  ...PAPER_STATUSES.map((status): PaperState => ({ saved: true, tags: [], status, id: 'arxiv:2401.00001' })),
  { saved: true, tags: ['rl'], status: 'reading' },
  { saved: true, tags: ['to-read', 'a "quoted" <tag> & $1', 'vision', 'rl'], status: 'read' },
  { saved: true, tags: ['nlp', 'survey'], status: 'unread' },
];

/** What Preact renders for this card, as markup and the selects' values. */
function rendered(title: string, state: PaperState) {
  const box = document.createElement('div');
  render(
    h(CardControl, {
      title,
      state,
      busy: false,
      suggestions: [],
      onToggle: noop,
      onAddTag: noop,
      onRemoveTag: noop,
      onStatus: noop,
      onOpenTags: noop,
    }),
    box,
  );
  return { html: box.innerHTML, values: [...box.querySelectorAll('select')].map((select) => select.value) };
}

function cloned(templates: ControlTemplates, title: string, state: PaperState) {
  const box = document.createElement('div');
  box.append(templates.clone(title, state));
  return { html: box.innerHTML, values: [...box.querySelectorAll('select')].map((select) => select.value) };
}

describe('control templates', () => {
  let restore: () => void = () => {};
  beforeEach(() => {
    restore = installDom('<!doctype html><html><body></body></html>', 'https://huggingface.co/papers').restore;
  });
  afterEach(() => restore());

  it('clone exactly what CardControl renders for the same title and state, select values included', () => {
    const templates = new ControlTemplates(document);
    for (const state of STATES) {
      for (const title of TITLES)
        expect(cloned(templates, title, state), `${title} ${JSON.stringify(state)}`).toEqual(rendered(title, state));
    }
    // Each clone is its own: a second clone of one template is not the first one moved.
    expect(cloned(templates, 'Second', STATES[0] as PaperState)).toEqual(rendered('Second', STATES[0] as PaperState));
  });

  it('are only for a plain control: known state, a few tags at most, not busy, no error, undo or pick on its way', () => {
    const state: PaperState = { saved: true, tags: ['rl'], status: 'read' };
    expect(isPlain(state, { busy: false })).toBe(true);
    expect(isPlain(undefined, { busy: false })).toBe(false);
    expect(isPlain({ ...state, tags: Array.from({ length: 13 }, (_, n) => `t${n}`) }, { busy: false })).toBe(false);
    expect(isPlain(state, { busy: true })).toBe(false);
    expect(isPlain(state, { busy: false, error: 'Not changed.' })).toBe(false);
    expect(isPlain(state, { busy: false, undo: {} })).toBe(false);
    expect(isPlain(state, { busy: false, picked: 'unread' })).toBe(false);
  });
});

describe('a control drawn from a template', () => {
  const dom = domPerTest('https://huggingface.co/papers/date/2025-03-04');
  beforeEach(() => {
    document.body.innerHTML = '<main><article><h3><a href="/papers/2401.00001">Paper 1</a></h3></article></main>';
  });

  const annotate = (send: Send, isUserEvent: (event: Event) => boolean) =>
    new Annotator({ doc: document, adapters: () => [huggingface], send, signal: dom.stop.signal, isUserEvent });
  const shadow = () => document.querySelector('[data-paper-shelf="arxiv:2401.00001"]')?.shadowRoot;
  const fakeSend = (sent: Request[]) =>
    (async (request: Request) => {
      sent.push(request);
      if (request.type === 'states') return { states: { 'arxiv:2401.00001': { saved: false, tags: [], status: 'unread' } } };
      if (request.type === 'toggle') return { state: { saved: true, tags: [], status: 'unread', id: 'arxiv:2401.00001' } };
      throw new Error(`unexpected ${request.type}`);
    }) as Send;

  it('acts on the user’s first click: it gets its handlers before the click reaches the button, and keeps focus', async () => {
    const sent: Request[] = [];
    await annotate(fakeSend(sent), () => true).scan();
    const button = shadow()?.querySelector<HTMLButtonElement>('button[aria-pressed]');
    if (!button) throw new Error('no button');
    button.focus();
    button.click();
    // A card's change shows it busy at once, in the click's own task.
    expect(button.getAttribute('aria-busy')).toBe('true');
    await expect.poll(() => shadow()?.querySelector('button[aria-pressed]')?.getAttribute('aria-pressed')).toBe('true');
    expect(sent.map((request) => request.type)).toEqual(['states', 'toggle']);
    // The very element the user pressed is the live control's button.
    expect(shadow()?.querySelector('button[aria-pressed]')).toBe(button);
    expect(shadow()?.activeElement).toBe(button);
  });

  it('ignores a page script’s click: the guard is on before the control has handlers', async () => {
    const sent: Request[] = [];
    await annotate(fakeSend(sent), () => false).scan();
    const button = shadow()?.querySelector<HTMLButtonElement>('button[aria-pressed]');
    button?.click();
    // A change would show the card busy at once, in the click's own task (see the test above): none did.
    expect(button?.getAttribute('aria-busy')).toBeNull();
    expect(shadow()?.querySelector('button[aria-pressed]')).toBe(button);
    expect(sent.map((request) => request.type)).toEqual(['states']);
  });

  it('is guarded once live: after the user reached for it, a page script’s click still does nothing', async () => {
    const sent: Request[] = [];
    // Here a page script's events are the clicks marked 99 (jsdom's events are all untrusted).
    const fromPage = (event: Event) => (event as MouseEvent).detail === 99;
    await annotate(fakeSend(sent), (event) => !fromPage(event)).scan();
    const button = shadow()?.querySelector<HTMLButtonElement>('button[aria-pressed]');
    if (!button) throw new Error('no button');
    button.focus();
    button.dispatchEvent(new window.MouseEvent('click', { detail: 99, bubbles: true, composed: true, cancelable: true }));
    expect(button.getAttribute('aria-busy')).toBeNull();
    button.click();
    expect(button.getAttribute('aria-busy')).toBe('true');
    await expect.poll(() => sent.map((request) => request.type)).toEqual(['states', 'toggle']);
  });
});
