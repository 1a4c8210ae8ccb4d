import { describe, expect, it } from 'vitest';
import { type Host, handleMessage as route } from '@/lib/router';
import { draft, freshLibrary } from '../helpers/library';

const opened: string[] = [];
const host: Host = { openLibrary: async () => void opened.push('library'), importProgress: () => {} };
const handleMessage = (library: Parameters<typeof route>[0], raw: unknown) => route(library, raw, host, 'extension');

describe('handleMessage', () => {
  it('asks the host to open the library page', async () => {
    const { library } = freshLibrary();
    expect(await handleMessage(library, { type: 'openLibrary' })).toEqual({ ok: true, opened: true });
    expect(opened).toEqual(['library']);
  });

  it('routes valid requests to the library', async () => {
    const { library } = freshLibrary();
    expect(await handleMessage(library, { type: 'save', papers: [draft(1)], tags: ['x'] })).toEqual({
      ok: true,
      states: { 'arxiv:2401.00001': { saved: true, id: 'arxiv:2401.00001', tags: ['x'], status: 'unread' } },
    });
    expect(await handleMessage(library, { type: 'states', ids: ['arxiv:2401.00001'] })).toMatchObject({ ok: true });
    expect(await handleMessage(library, { type: 'toggle', paper: draft(1) })).toEqual({
      ok: true,
      state: { saved: false, tags: [], status: 'unread' },
      removed: ['arxiv:2401.00001'],
    });
  });

  it('tells a card which records its unsave moved to the trash, and untrash brings them back whole', async () => {
    const { library } = freshLibrary();
    await handleMessage(library, { type: 'save', papers: [draft(1)], tags: ['kept'], status: 'reading' });
    expect(await handleMessage(library, { type: 'toggle', paper: draft(1), saved: false })).toMatchObject({ ok: true, removed: [] });
    const reply = await handleMessage(library, { type: 'toggle', paper: draft(1), saved: true });
    expect(reply).toMatchObject({ ok: true, removed: ['arxiv:2401.00001'] });
    const removed = reply.ok && 'removed' in reply ? reply.removed : [];
    expect(await route(library, { type: 'untrash', ids: removed }, host, 'content')).toEqual({ ok: true, restored: ['arxiv:2401.00001'] });
    expect(await library.get('arxiv:2401.00001')).toMatchObject({ tags: ['kept'], status: 'reading' });
  });

  it('answers a change for every id of the paper, and a card for the ids and the title it shows', async () => {
    const { library } = freshLibrary();
    const paper = { ...draft(1), aliases: ['doi:10.1145/3292500.3330701'] };
    const state = { saved: true, id: 'arxiv:2401.00001', tags: ['x'], status: 'unread' };
    expect(await handleMessage(library, { type: 'save', papers: [paper], tags: ['x'] })).toEqual({
      ok: true,
      states: { 'arxiv:2401.00001': state, 'doi:10.1145/3292500.3330701': state },
    });
    expect(await handleMessage(library, { type: 'addTags', ids: ['doi:10.1145/3292500.3330701'], tags: ['y'] })).toMatchObject({
      ok: true,
      states: { 'doi:10.1145/3292500.3330701': { id: 'arxiv:2401.00001', tags: ['x', 'y'] } },
    });
    const cards = [
      { id: 'acl:P19-1001', aliases: ['doi:10.1145/3292500.3330701'] },
      { id: 'openreview:RxWILaXuhb', title: 'Paper 1', author: 'Author 1' },
      { id: 'openreview:AbcdefGhij', title: 'Paper 1', author: 'Someone Else' },
    ];
    const reply = await handleMessage(library, { type: 'states', ids: ['doi:10.1145/3292500.3330701'], cards });
    expect(reply).toMatchObject({
      ok: true,
      states: {
        'doi:10.1145/3292500.3330701': { saved: true, id: 'arxiv:2401.00001' },
        'acl:P19-1001': { saved: true, id: 'arxiv:2401.00001' },
        'openreview:RxWILaXuhb': { saved: true, id: 'arxiv:2401.00001' },
        'openreview:AbcdefGhij': { saved: false },
      },
    });
  });

  const malformed: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a string', 'save'],
    ['an array', [{ type: 'save' }]],
    ['an unknown type', { type: 'drop-table' }],
    ['no type', { papers: [] }],
    ['a save without papers', { type: 'save' }],
    ['a save of zero papers', { type: 'save', papers: [] }],
    ['a paper with a bad id', { type: 'save', papers: [{ ...draft(1), id: '2401.00001' }] }],
    ['a card with a bad id', { type: 'states', ids: [], cards: [{ id: 'x' }] }],
    ['a card with a huge title', { type: 'states', ids: [], cards: [{ id: 'arxiv:2401.00001', title: 'x'.repeat(3000) }] }],
    ['a paper without a title', { type: 'toggle', paper: { id: 'arxiv:2401.00001', authors: [], url: 'x' } }],
    ['authors as a string', { type: 'toggle', paper: { ...draft(1), authors: 'A, B' } }],
    ['a huge title', { type: 'toggle', paper: { ...draft(1), title: 'x'.repeat(1_000_000) } }],
    ['a bad status', { type: 'setStatus', ids: ['arxiv:2401.00001'], status: 'done' }],
    ['tags as a string', { type: 'addTags', ids: ['arxiv:2401.00001'], tags: 'rl' }],
    ['ids with garbage', { type: 'remove', ids: ['arxiv:2401.00001', 7] }],
    ['a prototype-polluting object', JSON.parse('{"type":"save","__proto__":{"ok":true},"papers":"x"}')],
  ];

  it.each(malformed)('answers %s with a clear error and writes nothing', async (_label, message) => {
    const { library, changes } = freshLibrary();
    await library.save(draft(1));
    changes.length = 0;
    const reply = await handleMessage(library, message);
    expect(reply.ok).toBe(false);
    expect(reply.ok === false && reply.error).toMatch(/^malformed message: .+/);
    expect(changes).toEqual([]);
    expect(await library.db.papers.toArray()).toHaveLength(1);
  });

  it('turns a failure inside the library into an error reply', async () => {
    const { library } = freshLibrary();
    const reply = await handleMessage(library, { type: 'renameTag', from: 'a', to: ' ' });
    expect(reply).toEqual({ ok: false, error: 'the new tag name is empty' });
  });
});
