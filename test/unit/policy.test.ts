import { describe, expect, it } from 'vitest';
import { libraryOpener } from '@/lib/library-tab';
import type { Request } from '@/lib/messages';
import { type Caller, callerOf, MAX_PAGE_IDS, refusal, type SenderContext } from '@/lib/policy';
import { type Host, handleMessage } from '@/lib/router';
import { draft, freshLibrary } from '../helpers/library';

const context: SenderContext = {
  extensionId: 'ours',
  extensionOrigin: 'chrome-extension://ours/',
  isSupportedPage: (url) => url.startsWith('https://arxiv.org/'),
};

describe('callerOf', () => {
  const cases: [string, Parameters<typeof callerOf>[0], Caller][] = [
    ['the popup (no tab)', { id: 'ours', url: 'chrome-extension://ours/popup.html' }, 'extension'],
    ['the library page in a tab', { id: 'ours', url: 'chrome-extension://ours/library.html', tab: { id: 3 } }, 'extension'],
    ['our content script on arXiv', { id: 'ours', url: 'https://arxiv.org/list/cs.LG/new', tab: { id: 4 } }, 'content'],
    ['a content script without a tab', { id: 'ours', url: 'https://arxiv.org/list/cs.LG/new' }, 'unknown'],
    ['a sender on an unsupported site', { id: 'ours', url: 'https://evil.example/', tab: { id: 4 } }, 'unknown'],
    ['another extension', { id: 'theirs', url: 'chrome-extension://theirs/popup.html' }, 'unknown'],
    ['another extension claiming our origin', { id: 'theirs', url: 'chrome-extension://ours/popup.html' }, 'unknown'],
    ['a lookalike origin', { id: 'ours', url: 'chrome-extension://ours.evil/popup.html', tab: { id: 1 } }, 'unknown'],
    ['no url', { id: 'ours' }, 'unknown'],
    ['no sender', undefined, 'unknown'],
  ];
  it.each(cases)('%s', (_label, sender, expected) => {
    expect(callerOf(sender, context)).toBe(expected);
  });
});

const id = draft(1).id;
const pageRequests: Request[] = [
  { type: 'states', ids: [id] },
  { type: 'tags' },
  { type: 'save', papers: [draft(2)] },
  { type: 'toggle', paper: draft(2) },
  { type: 'addTags', ids: [id], tags: ['x'] },
  { type: 'removeTags', ids: [id], tags: ['mine'] },
  { type: 'setTags', ids: [id], tags: ['y'] },
  { type: 'setStatus', ids: [id], status: 'read' },
  { type: 'openLibrary' },
];
const wholeLibrary: Request[] = [
  { type: 'export', format: 'json' },
  { type: 'import', text: '2401.00009' },
  { type: 'restore', papers: [{ ...draft(3), tags: [], status: 'unread', note: '', savedAt: 1, updatedAt: 1 }] },
  { type: 'remove', ids: [id] },
  { type: 'renameTag', from: 'mine', to: 'theirs' },
  { type: 'deleteTag', tag: 'mine' },
  { type: 'setNote', id, note: 'pwned' },
];

describe('refusal', () => {
  it('lets our own pages send everything', () => {
    for (const request of [...pageRequests, ...wholeLibrary]) expect(refusal(request, 'extension')).toBeNull();
  });
  it('lets a content script make card-level requests', () => {
    for (const request of pageRequests) expect(refusal(request, 'content')).toBeNull();
  });
  it('refuses an unknown sender everything', () => {
    for (const request of pageRequests) expect(refusal(request, 'unknown')).toMatchObject({ ok: false });
  });
  it('bounds the papers a page may touch in one request', () => {
    const ids = Array.from({ length: MAX_PAGE_IDS + 1 }, (_, n) => draft(n + 1).id);
    expect(refusal({ type: 'setStatus', ids, status: 'read' }, 'content')).toMatchObject({ ok: false, error: /at most 2500/ });
    expect(refusal({ type: 'states', ids: ids.slice(1) }, 'content')).toBeNull();
    expect(
      refusal({ type: 'states', ids: ids.slice(2), cards: [{ id: 'arxiv:2401.00001' }, { id: 'arxiv:2401.00002' }] }, 'content'),
    ).toMatchObject({ ok: false });
    expect(refusal({ type: 'save', papers: ids.map((_, n) => draft(n + 1)) }, 'content')).toMatchObject({ ok: false });
  });
  it('counts a paper a states request names both by id and as a card once (a page of 2,000 cards asks so)', () => {
    const cards = Array.from({ length: 2000 }, (_, n) => ({ id: draft(n + 1).id, title: `Paper ${n}` }));
    expect(refusal({ type: 'states', ids: cards.map((card) => card.id), cards }, 'content')).toBeNull();
  });
});

describe('handleMessage with a sender', () => {
  const host: Host = { openLibrary: async () => {}, importProgress: () => {} };

  it.each(wholeLibrary.map((r) => [r.type, r] as const))(
    'refuses "%s" from a content script and changes nothing',
    async (_type, request) => {
      const { library, db, changes } = freshLibrary();
      await library.save(draft(1), { tags: ['mine'] });
      const before = await db.papers.toArray();
      changes.length = 0;
      const reply = await handleMessage(library, request, host, 'content');
      expect(reply).toEqual({ ok: false, error: `refused: "${request.type}" is only answered to the extension's own pages` });
      expect(await db.papers.toArray()).toEqual(before);
      expect(changes).toEqual([]);
    },
  );

  it.each(pageRequests.map((r) => [r.type, r] as const))('answers "%s" from a content script', async (_type, request) => {
    const { library } = freshLibrary();
    await library.save(draft(1), { tags: ['mine'] });
    expect(await handleMessage(library, request, host, 'content')).toMatchObject({ ok: true });
  });
});

describe('libraryOpener', () => {
  function fakeTabs() {
    const open = new Map<number, { id: number; windowId: number }>();
    const log: string[] = [];
    let next = 1;
    let memory: number | undefined;
    const opener = libraryOpener(
      {
        create: async () => {
          const tab = { id: next++, windowId: 9 };
          open.set(tab.id, tab);
          log.push(`create ${tab.id}`);
          return tab;
        },
        get: async (id) => {
          const tab = open.get(id);
          if (!tab) throw new Error('no tab');
          return tab;
        },
        update: async (id) => void log.push(`activate ${id}`),
      },
      'chrome-extension://ours/library.html',
      {
        read: async () => memory,
        write: async (id) => {
          memory = id;
        },
      },
    );
    return { opener, open, log };
  }

  it('opens one tab for pages however often they ask, and a new one once that tab is closed', async () => {
    const { opener, open, log } = fakeTabs();
    await Promise.all([opener('content'), opener('content'), opener('content')]);
    expect(log).toEqual(['create 1', 'activate 1', 'activate 1']);
    open.delete(1);
    await opener('content');
    expect(log.at(-1)).toBe('create 2');
  });

  it('opens a new tab each time for our own pages', async () => {
    const { opener, log } = fakeTabs();
    await opener('extension');
    await opener('extension');
    expect(log).toEqual(['create 1', 'create 2']);
  });
});
