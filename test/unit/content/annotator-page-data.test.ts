import { describe, expect, it } from 'vitest';
import { Annotator, type AnnotatorOptions } from '@/lib/content/annotator';
import type { Send } from '@/lib/content/paper-states';
import type { Request } from '@/lib/messages';
import { detailLevel, type PaperDraft } from '@/lib/paper';
import type { PaperState } from '@/lib/protocol';
import { huggingface } from '@/lib/sites/huggingface';
import { domPerTest } from '../../helpers/dom';

// A Hugging Face list re-rendered by the app (a Daily/Weekly/Monthly switch) before its data-props are back: the
// cards are read without the JSON; what is saved must still be the JSON's data, never the avatars' usernames.

const PROPS = JSON.stringify({
  dailyPapers: [
    {
      paper: {
        id: '2401.00001',
        title: 'A Paper',
        authors: [{ name: 'Ann Author' }, { name: 'Bo Writer' }],
        summary: 'The whole\nabstract.',
      },
    },
  ],
  periodType: 'week',
});
const PAGE = `<main><div class="SVELTE_HYDRATER contents" data-target="DailyPapers">
  <article><h3><a href="/papers/2401.00001">A Paper</a></h3><p>A machine summary.</p><ul><li title="annuser"></li></ul>
  <a href="/papers/2401.00001#community">2</a></article></div></main>`;

/** A fake background that keeps what it is sent, and says a paper is incomplete as the library does. */
function fakeLibrary() {
  const sent: Request[] = [];
  const papers = new Map<string, PaperDraft>();
  const stateOf = (id: string): PaperState => {
    const paper = papers.get(id);
    if (!paper) return { saved: false, tags: [], status: 'unread' };
    return { saved: true, tags: [], status: 'unread', ...(detailLevel(paper) < 2 ? { incomplete: true as const } : {}) };
  };
  const send = (async (request: Request) => {
    sent.push(request);
    switch (request.type) {
      case 'states':
        return { states: Object.fromEntries(request.ids.map((id) => [id, stateOf(id)])) };
      case 'save':
        for (const paper of request.papers) papers.set(paper.id, { ...papers.get(paper.id), ...paper });
        return { states: Object.fromEntries(request.papers.map((paper) => [paper.id, stateOf(paper.id)])) };
      case 'toggle':
        if (papers.has(request.paper.id)) papers.delete(request.paper.id);
        else papers.set(request.paper.id, request.paper);
        return { state: stateOf(request.paper.id) };
      default:
        throw new Error(`unexpected ${request.type}`);
    }
  }) as Send;
  return { sent, papers, send };
}

const saveButton = () => document.querySelector('[data-paper-shelf]')?.shadowRoot?.querySelector<HTMLButtonElement>('button.save');
const block = () => document.querySelector('[data-target="DailyPapers"]');

describe('Annotator on a page whose data comes after its cards', () => {
  const dom = domPerTest('https://huggingface.co/papers/week/2026-W12');
  /** The page's annotator, as the content script makes it (the user's events trusted). */
  const annotate = (send: Send, options: Pick<AnnotatorOptions, 'onScanned'> = {}) =>
    new Annotator({ doc: document, adapters: () => [huggingface], send, signal: dom.stop.signal, isUserEvent: () => true, ...options });

  it('a card read while the props were absent saves the JSON’s data once they are back, before any re-scan', async () => {
    document.body.innerHTML = PAGE;
    const library = fakeLibrary();
    const annotator = annotate(library.send);
    await annotator.scan();
    // Not watched: nothing re-reads the page when the props come back, until the click.
    block()?.setAttribute('data-props', PROPS);
    saveButton()?.click();
    await expect.poll(() => library.papers.get('arxiv:2401.00001')?.authors).toEqual(['Ann Author', 'Bo Writer']);
    expect(library.papers.get('arxiv:2401.00001')?.abstract).toBe('The whole abstract.');
    dom.stop.abort();
  });

  it('a card saved while the props were absent gets its title only, and the JSON’s data when they come back', async () => {
    document.body.innerHTML = PAGE;
    const library = fakeLibrary();
    let scans = 0;
    const annotator = annotate(library.send, { onScanned: () => scans++ });
    await annotator.scan();
    annotator.watch();
    saveButton()?.click();
    await expect.poll(() => library.papers.get('arxiv:2401.00001')).toMatchObject({ title: 'A Paper', authors: [] });
    expect(library.papers.get('arxiv:2401.00001')?.abstract).toBeUndefined();
    block()?.setAttribute('data-props', PROPS);
    await expect.poll(() => library.papers.get('arxiv:2401.00001')?.authors).toEqual(['Ann Author', 'Bo Writer']);
    expect(library.papers.get('arxiv:2401.00001')?.abstract).toBe('The whole abstract.');
    // Completed once: further scans send nothing more.
    const saves = library.sent.filter((r) => r.type === 'save').length;
    const before = scans;
    document.body.append(document.createElement('div'));
    await expect.poll(() => scans).toBeGreaterThan(before);
    expect(library.sent.filter((r) => r.type === 'save')).toHaveLength(saves);
    dom.stop.abort();
  });
});
