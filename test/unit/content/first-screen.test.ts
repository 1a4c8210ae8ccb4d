import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Annotator } from '@/lib/content/annotator';
import { inIdleTime, type MountSteps } from '@/lib/content/mounting';
import type { Send } from '@/lib/content/paper-states';
import type { Request } from '@/lib/messages';
import { huggingface } from '@/lib/sites/huggingface';
import type { Card } from '@/lib/sites/types';
import { domPerTest } from '../../helpers/dom';

const id = (i: number) => `2401.${String(i).padStart(5, '0')}`;
const page = (count: number) =>
  `<main>${Array.from({ length: count }, (_, i) => `<article><h3><a href="/papers/${id(i)}">Paper ${i}</a></h3></article>`).join('')}</main>`;

/** How far the page of layOut is scrolled, in px. */
let scrolled = 0;

/** A laid-out page in a DOM without layout: article i (and all in it) is a 180 px box at 200·i px from the top. */
function layOut(): () => void {
  const original = Element.prototype.getBoundingClientRect;
  scrolled = 0;
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const article = this.closest('article');
    if (!article) return original.call(this);
    const top = [...document.querySelectorAll('article')].indexOf(article) * 200 - scrolled;
    return { top, bottom: top + 180, left: 0, right: 400, width: 400, height: 180, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  };
  return () => {
    Element.prototype.getBoundingClientRect = original;
  };
}

const shownHosts = () =>
  [...document.querySelectorAll('[data-paper-shelf]')]
    .filter((h) => !h.hasAttribute('data-pending'))
    .map((h) => h.getAttribute('data-paper-shelf'));

describe('first screen first', () => {
  const dom = domPerTest('https://huggingface.co/papers/date/2025-03-04');
  let unLayOut: () => void = () => {};
  beforeEach(() => {
    unLayOut = layOut();
  });
  afterEach(() => unLayOut());

  it('shows the controls of the cards in or near the viewport before it reads the states of the rest', async () => {
    document.body.innerHTML = page(40);
    const sent: Request[] = [];
    const shownWhenAsked: (string | null)[][] = [];
    const send = (async (request: Request) => {
      sent.push(request);
      shownWhenAsked.push(shownHosts());
      if (request.type !== 'states') throw new Error(`unexpected ${request.type}`);
      return {
        states: Object.fromEntries(request.ids.map((paper) => [paper, { saved: paper.endsWith('3'), tags: [], status: 'unread' }])),
      };
    }) as Send;
    const annotator = new Annotator({ doc: document, adapters: () => [huggingface], send, signal: dom.stop.signal });
    await annotator.scan();

    // jsdom's viewport is 768 px high; 200 px beyond it count as near: articles 0 to 4 (the 5th starts at 1,000 px).
    const first = Array.from({ length: 5 }, (_, i) => `arxiv:${id(i)}`);
    expect(sent.map((r) => r.type)).toEqual(['states', 'states']);
    expect(sent[0]).toMatchObject({ type: 'states', ids: first });
    expect(sent[1]).toMatchObject({ type: 'states', ids: Array.from({ length: 35 }, (_, i) => `arxiv:${id(i + 5)}`) });
    // When the rest's states are asked for, the first screen's controls are on the page, shown, with their state.
    expect(shownWhenAsked[1]).toEqual(first);
    // In the end every card has exactly one control, shown, in page order.
    expect(shownHosts()).toEqual(Array.from({ length: 40 }, (_, i) => `arxiv:${id(i)}`));
    const pressed = document.querySelector(`[data-paper-shelf="arxiv:${id(3)}"]`)?.shadowRoot?.querySelector('button[aria-pressed]');
    expect(pressed?.getAttribute('aria-pressed')).toBe('true');
  });

  it('mounts the cards near the viewport at once, shown, when the reader scrolls while the rest waits for idle time', async () => {
    document.body.innerHTML = page(30);
    const cards: Card[] = [...huggingface.read(document, new URL(location.href)).cards];
    // The frame after a scroll comes at once here.
    const frames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      callback(performance.now());
      return 1;
    });
    const log: string[] = [];
    const steps: MountSteps<{ card: Card }> = {
      build: (card) => {
        log.push(`build ${card.paper.id}`);
        return { card };
      },
      place: (built) => {
        log.push(`place ${built.length}`);
        return [...built];
      },
      reveal: (placed) => log.push(`reveal ${placed.map((p) => p.card.paper.id).join(' ')}`),
    };
    try {
      const done = inIdleTime(cards, steps, dom.stop.signal);
      // The reader scrolls to the 26th card before any idle time came: jsdom's viewport is 768 px high, half a
      // screen (384 px) around it is near: cards 23 to 29 (the 23rd ends 220 px above the viewport).
      scrolled = 25 * 200;
      window.dispatchEvent(new window.Event('scroll'));
      const near = [23, 24, 25, 26, 27, 28, 29].map((i) => `arxiv:${id(i)}`);
      expect(log).toEqual([...near.map((paper) => `build ${paper}`), 'place 7', `reveal ${near.join(' ')}`]);
      await done;
      // Every other card built once, in page order, placed together, and all shown at the end.
      const built = log.filter((line) => line.startsWith('build'));
      expect(built).toHaveLength(30);
      expect(built.slice(7)).toEqual(cards.slice(0, 23).map((card) => `build ${card.paper.id}`));
      expect(log.at(-2)).toBe('place 23');
      expect(log.at(-1)?.split(' ')).toHaveLength(31);
      // A scroll once the rest is in does nothing more.
      window.dispatchEvent(new window.Event('scroll'));
      expect(log.at(-1)?.split(' ')).toHaveLength(31);
    } finally {
      frames.mockRestore();
    }
  });
});
