import { afterEach, describe, expect, it, vi } from 'vitest';
import { Annotator } from '@/lib/content/annotator';
import type { Send } from '@/lib/content/paper-states';
import type { Request } from '@/lib/messages';
import type { PaperState } from '@/lib/protocol';
import { huggingface } from '@/lib/sites/huggingface';
import type { SiteAdapter } from '@/lib/sites/types';
import { domPerTest } from '../../helpers/dom';

const page = (ids: string[]) =>
  `<main>${ids.map((id) => `<article><h3><a href="/papers/${id}">Paper ${id}</a></h3></article>`).join('')}</main>`;

/** A fake background: remembers what was sent and keeps a tiny library of saved ids (some without details). */
function fakeBackground() {
  const sent: Request[] = [];
  const saved = new Set<string>();
  const bare = new Set<string>();
  const stateOf = (id: string): PaperState =>
    bare.has(id) ? { saved: true, tags: [], status: 'unread', incomplete: true } : { saved: saved.has(id), tags: [], status: 'unread' };
  const send = (async (request: Request) => {
    sent.push(request);
    switch (request.type) {
      case 'states':
        return { states: Object.fromEntries(request.ids.map((id) => [id, stateOf(id)])) };
      case 'save':
        for (const paper of request.papers) {
          bare.delete(paper.id);
          saved.add(paper.id);
        }
        return { states: Object.fromEntries(request.papers.map((paper) => [paper.id, stateOf(paper.id)])) };
      case 'toggle':
        if (saved.has(request.paper.id)) saved.delete(request.paper.id);
        else saved.add(request.paper.id);
        return { state: stateOf(request.paper.id) };
      default:
        throw new Error(`unexpected ${request.type}`);
    }
  }) as Send;
  return { sent, saved, bare, send };
}

/** A macrotask after every message already posted (yieldToPage's among them). */
const nextMessage = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * Under fake timers: lets the page watcher see the mutations made so far (their records come in a microtask),
 * runs its debounce timer (and any other), and lets a scan that started begin reading the page (after its yield).
 */
async function afterTimers(): Promise<void> {
  await Promise.resolve();
  await Promise.resolve();
  vi.runOnlyPendingTimers();
  await nextMessage();
}

/** An adapter that counts how often the page is read. */
function counting(adapter: SiteAdapter): SiteAdapter & { reads: number } {
  const counted = {
    ...adapter,
    reads: 0,
    read: (doc: Document, url: URL) => {
      counted.reads++;
      return adapter.read(doc, url);
    },
  };
  return counted;
}

const hosts = () => [...document.querySelectorAll('[data-paper-shelf]')];
const pressed = (id: string) =>
  document.querySelector(`[data-paper-shelf="${id}"]`)?.shadowRoot?.querySelector('button.save')?.getAttribute('aria-pressed');

describe('Annotator', () => {
  /** The content script's lifecycle (WXT's ctx.signal) is dom.stop: aborting it stops the annotator. */
  const dom = domPerTest('https://huggingface.co/papers/date/2025-03-04');
  const annotate = (adapters: readonly SiteAdapter[], send: Send) =>
    new Annotator({ doc: document, adapters: () => adapters, send, signal: dom.stop.signal, isUserEvent: () => true });
  afterEach(() => void vi.useRealTimers());

  it('mounts one control per card with one batched state lookup, and a second scan changes nothing', async () => {
    document.body.innerHTML = page(['2401.00001', '2401.00002', '2401.00003']);
    const background = fakeBackground();
    background.saved.add('arxiv:2401.00002');
    const annotator = annotate([huggingface], background.send);
    await annotator.scan();
    expect(hosts().map((h) => h.getAttribute('data-paper-shelf'))).toEqual(['arxiv:2401.00001', 'arxiv:2401.00002', 'arxiv:2401.00003']);
    expect(background.sent).toMatchObject([{ type: 'states', ids: ['arxiv:2401.00001', 'arxiv:2401.00002', 'arxiv:2401.00003'] }]);
    expect(pressed('arxiv:2401.00002')).toBe('true');
    expect(pressed('arxiv:2401.00001')).toBe('false');
    // Placed hidden while being built, every control is shown once the scan is done.
    expect(hosts().filter((h) => h.hasAttribute('data-pending'))).toEqual([]);

    const before = hosts();
    await annotator.scan();
    // Each the very same node (toEqual would pass for fresh controls equal node for node).
    expect(hosts()).toHaveLength(before.length);
    for (const [i, host] of hosts().entries()) expect(host).toBe(before[i]);
    expect(background.sent).toHaveLength(1);
    dom.stop.abort();
  });

  it('replaces controls when the page swaps its cards, leaving none for the old ones', async () => {
    document.body.innerHTML = page(['2401.00001', '2401.00002']);
    const background = fakeBackground();
    const annotator = annotate([huggingface], background.send);
    await annotator.scan();
    // Client-side navigation: the app renders new cards (reusing one old paper) and drops our nodes.
    const main = document.querySelector('main');
    if (main) main.innerHTML = page(['2401.00002', '2401.00009']).replace(/<\/?main>/g, '');
    window.history.pushState(null, '', '/papers/date/2025-03-05');
    await annotator.scan();
    expect(hosts().map((h) => h.getAttribute('data-paper-shelf'))).toEqual(['arxiv:2401.00002', 'arxiv:2401.00009']);
    expect(annotator.size).toBe(2);
    dom.stop.abort();
    expect(hosts()).toEqual([]);
  });

  it('re-mounts a control that hydration removed, and removes a stray copy', async () => {
    document.body.innerHTML = page(['2401.00001']);
    const annotator = annotate([huggingface], fakeBackground().send);
    await annotator.scan();
    hosts()[0]?.remove();
    const stray = document.createElement('paper-shelf');
    stray.setAttribute('data-paper-shelf', 'arxiv:2401.00001');
    document.querySelector('main')?.prepend(stray);
    await annotator.scan();
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]?.previousElementSibling?.localName).toBe('h3');
    dom.stop.abort();
  });

  it('toggles saving on click and follows change notices for papers on the page', async () => {
    document.body.innerHTML = page(['2401.00001', '2401.00002']);
    const background = fakeBackground();
    const annotator = annotate([huggingface], background.send);
    await annotator.scan();
    const button = document
      .querySelector('[data-paper-shelf="arxiv:2401.00001"]')
      ?.shadowRoot?.querySelector<HTMLButtonElement>('button.save');
    button?.click();
    await expect.poll(() => pressed('arxiv:2401.00001')).toBe('true');

    background.saved.add('arxiv:2401.00002');
    background.sent.length = 0;
    annotator.onChange({ rev: 1, ids: ['arxiv:2401.00002', 'arxiv:9999.99999'] });
    await expect.poll(() => pressed('arxiv:2401.00002')).toBe('true');
    expect(background.sent).toMatchObject([{ type: 'states', ids: ['arxiv:2401.00002'] }]);
    dom.stop.abort();
  });

  it('asks with each card’s title and first author, and follows notices for the record a title match found', async () => {
    document.body.innerHTML = page(['2401.00001', '2401.00002']);
    const sent: Request[] = [];
    let savedAs: string | undefined;
    // The library knows the second card's paper by its title only, under another id.
    const send = (async (request: Request) => {
      sent.push(request);
      if (request.type !== 'states') throw new Error(`unexpected ${request.type}`);
      const byTitle = (title?: string): PaperState =>
        savedAs && title === 'Paper 2401.00002'
          ? { saved: true, id: savedAs, tags: [], status: 'unread' }
          : { saved: false, tags: [], status: 'unread' };
      return { states: Object.fromEntries((request.cards ?? []).map((card) => [card.id, byTitle(card.title)])) };
    }) as Send;
    savedAs = 'doi:10.1/x';
    const annotator = annotate([huggingface], send);
    await annotator.scan();
    expect(sent).toEqual([
      {
        type: 'states',
        ids: ['arxiv:2401.00001', 'arxiv:2401.00002'],
        cards: [
          { id: 'arxiv:2401.00001', title: 'Paper 2401.00001' },
          { id: 'arxiv:2401.00002', title: 'Paper 2401.00002' },
        ],
      },
    ]);
    expect(pressed('arxiv:2401.00002')).toBe('true');
    // Unsaved elsewhere: the notice names the record, not the card's own id.
    savedAs = undefined;
    annotator.onChange({ rev: 1, ids: ['doi:10.1/x'] });
    await expect.poll(() => pressed('arxiv:2401.00002')).toBe('false');
    expect(sent.at(-1)).toEqual({
      type: 'states',
      ids: ['arxiv:2401.00002'],
      cards: [{ id: 'arxiv:2401.00002', title: 'Paper 2401.00002' }],
    });
    dom.stop.abort();
  });

  it('survives an adapter that throws', async () => {
    document.body.innerHTML = page(['2401.00001']);
    const broken: SiteAdapter = {
      name: 'broken',
      matches: [],
      // Fails before its first card.
      read: () => ({
        kind: 'listing',
        cards: {
          [Symbol.iterator]() {
            throw new Error('odd markup');
          },
        },
      }),
    };
    const annotator = annotate([broken, huggingface], fakeBackground().send);
    await annotator.scan();
    expect(hosts()).toHaveLength(1);
    dom.stop.abort();
  });

  it('watching the page, brings back controls the page threw away and follows cards reused in place', async () => {
    document.body.innerHTML = page(['2401.00001', '2401.00002']);
    const annotator = annotate([huggingface], fakeBackground().send);
    await annotator.scan();
    annotator.watch();
    for (const host of hosts()) host.remove();
    await expect.poll(() => hosts().length).toBe(2);

    const link = document.querySelector('main article h3 a');
    link?.setAttribute('href', '/papers/2401.00007');
    if (link?.firstChild) link.firstChild.textContent = 'Another paper';
    await expect.poll(() => hosts().map((h) => h.getAttribute('data-paper-shelf'))).toEqual(['arxiv:2401.00007', 'arxiv:2401.00002']);
    dom.stop.abort();
  });

  it('ignores changes inside the quiet regions an adapter names (MathJax typesetting)', async () => {
    document.body.innerHTML = `${page(['2401.00001'])}<p class="mathjax">$x$</p>`;
    const adapter = counting({ ...huggingface, quietRegions: '.mathjax' });
    const annotator = annotate([adapter], fakeBackground().send);
    await annotator.scan();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    annotator.watch();
    const math = document.querySelector('.mathjax');
    if (math) math.innerHTML = '<span class="MJX">x</span>';
    await afterTimers();
    expect(adapter.reads).toBe(1);
    document.querySelector('main')?.append(document.createElement('div'));
    await afterTimers();
    expect(adapter.reads).toBe(2);
  });

  it('watching from the start (as the content script does), its own insertions and removals call for no re-scan', async () => {
    document.body.innerHTML = page(['2401.00001', '2401.00002', '2401.00003']);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const adapter = counting(huggingface);
    const annotator = annotate([adapter], fakeBackground().send);
    annotator.watch();
    await annotator.scan();
    expect(hosts()).toHaveLength(3);
    await afterTimers();
    expect(adapter.reads).toBe(1);
    // The page drops a card: the scan it calls for removes that card's control, and that removal calls for none.
    document.querySelector('main article')?.remove();
    await afterTimers();
    expect(adapter.reads).toBe(2);
    await vi.waitFor(() => expect(hosts()).toHaveLength(2));
    await afterTimers();
    expect(adapter.reads).toBe(2);
  });

  // The abort lands at a point the test chooses (not wherever a timer happens to fire), and the test checks it
  // landed there: in the middle of placing the controls, and during the state lookup.
  it('stopped in the middle of building the controls (the extension reloaded), leaves none on the page', async () => {
    document.body.innerHTML = page(Array.from({ length: 300 }, (_, i) => `2401.${String(i + 1).padStart(5, '0')}`));
    const annotator = annotate([huggingface], fakeBackground().send);
    // The controls are built off the page and placed together: the script stops as the first one is made.
    let made = 0;
    const createElement = document.createElement.bind(document);
    const spy = vi.spyOn(document, 'createElement').mockImplementation((tag: string, options?: ElementCreationOptions) => {
      if (tag === 'paper-shelf' && made++ === 0) dom.stop.abort();
      return createElement(tag, options);
    });
    let onPage = 0;
    const watch = new MutationObserver(() => {
      onPage = Math.max(onPage, hosts().length);
    });
    watch.observe(document.body, { childList: true, subtree: true });
    try {
      await annotator.scan();
    } finally {
      spy.mockRestore();
      watch.disconnect();
    }
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThan(300);
    expect(onPage).toBe(0);
    expect(hosts()).toEqual([]);
    expect(annotator.size).toBe(0);
  });

  it('stopped while the saved states are read, places nothing and sends nothing more', async () => {
    document.body.innerHTML = page(['2401.00001', '2401.00002']);
    const background = fakeBackground();
    background.bare.add('arxiv:2401.00002');
    const annotator = annotate([huggingface], (async (request: Request) => {
      if (request.type === 'states') dom.stop.abort();
      return background.send(request as never);
    }) as Send);
    await annotator.scan();
    expect(background.sent.map((r) => r.type)).toEqual(['states']);
    expect(hosts()).toEqual([]);
    expect(annotator.size).toBe(0);
  });

  it.each(['append', 'prepend', 'after', 'before'] as const)(
    'places a control %s its anchor, and a second scan keeps it',
    async (placement) => {
      document.body.innerHTML = page(['2401.00001']);
      const placing: SiteAdapter = {
        ...huggingface,
        read: (doc, url) => {
          const read = huggingface.read(doc, url);
          return { kind: read.kind, cards: [...read.cards].map((card) => ({ ...card, placement })) };
        },
      };
      const annotator = annotate([placing], fakeBackground().send);
      await annotator.scan();
      const [host] = hosts();
      const heading = document.querySelector('h3');
      const where = {
        append: heading?.lastElementChild,
        prepend: heading?.firstElementChild,
        after: heading?.nextElementSibling,
        before: heading?.previousElementSibling,
      };
      expect(where[placement]).toBe(host);
      await annotator.scan();
      // toBe, not toEqual: a fresh control would equal the old one node for node.
      expect(hosts()).toHaveLength(1);
      expect(hosts()[0]).toBe(host);
      dom.stop.abort();
    },
  );

  it('the keyboard command saves the paper of a paper page, and nothing on a listing, even of one card', async () => {
    document.body.innerHTML = page(['2401.00001']);
    const background = fakeBackground();
    const annotator = annotate([huggingface], background.send);
    await annotator.scan();
    expect(annotator.size).toBe(1);
    expect(await annotator.saveSinglePaper()).toBe(false);
    expect(background.saved.size).toBe(0);

    window.history.pushState(null, '', '/papers/2401.00005');
    document.body.innerHTML = '<main><h1>The One Paper</h1></main>';
    await annotator.scan();
    expect(await annotator.saveSinglePaper()).toBe(true);
    expect([...background.saved]).toEqual(['arxiv:2401.00005']);
    expect(pressed('arxiv:2401.00005')).toBe('true');
    dom.stop.abort();
  });

  it('fills in the details of papers saved without them (a list of ids) from the cards, once', async () => {
    document.body.innerHTML = page(['2401.00001', '2401.00002', '2401.00003']);
    const background = fakeBackground();
    background.bare.add('arxiv:2401.00002');
    background.saved.add('arxiv:2401.00003');
    const annotator = annotate([huggingface], background.send);
    await annotator.scan();
    await expect.poll(() => background.sent.filter((r) => r.type === 'save')).toHaveLength(1);
    const [save] = background.sent.filter((r) => r.type === 'save');
    expect(save?.type === 'save' && save.papers.map((p) => [p.id, p.title])).toEqual([['arxiv:2401.00002', 'Paper 2401.00002']]);
    // A change notice for it (its own save) does not send it again.
    const lookups = background.sent.filter((r) => r.type === 'states').length;
    await annotator.onChange({ rev: 1, ids: ['arxiv:2401.00002'] });
    expect(background.sent.filter((r) => r.type === 'states')).toHaveLength(lookups + 1);
    expect(background.sent.filter((r) => r.type === 'save')).toHaveLength(1);
    expect(pressed('arxiv:2401.00002')).toBe('true');
    dom.stop.abort();
  });
});
