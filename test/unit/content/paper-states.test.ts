import { describe, expect, it } from 'vitest';
import { PaperStates, type Send } from '@/lib/content/paper-states';
import type { Request } from '@/lib/messages';
import type { PaperState } from '@/lib/protocol';

const ID = 'arxiv:2401.00001';
const state = (status: PaperState['status']): PaperState => ({ saved: true, id: ID, tags: [], status });

/** A background whose `states` replies the test lets through one by one, in any order. */
function slowBackground() {
  const pending: { request: Request; answer: (status: PaperState['status']) => void }[] = [];
  const send = ((request: Request) =>
    new Promise((resolve) => {
      pending.push({ request, answer: (status) => resolve({ ok: true, states: { [ID]: state(status) } } as never) });
    })) as Send;
  return { send, pending };
}

describe('PaperStates', () => {
  it('a lookup that answers after the reply to a later change does not bring the old state back', async () => {
    const { send, pending } = slowBackground();
    const states = new PaperStates(send, new AbortController().signal);
    states.set({ [ID]: state('unread') }, states.ticket());

    // A change notice for the first change ("reading") asks for the state; the card's next change ("read") goes
    // out before that lookup is answered, and its reply comes back first.
    const refreshed = states.refresh([ID]);
    const change = states.ticket();
    states.set({ [ID]: state('read') }, change);
    pending[0]?.answer('reading');

    expect(await refreshed).toEqual({});
    expect(states.get(ID)?.status).toBe('read');
  });

  it('replies in order: each one is taken', async () => {
    const { send, pending } = slowBackground();
    const states = new PaperStates(send, new AbortController().signal);
    const first = states.refresh([ID]);
    pending[0]?.answer('reading');
    expect(await first).toEqual({ [ID]: state('reading') });
    const second = states.refresh([ID]);
    pending[1]?.answer('read');
    expect(await second).toEqual({ [ID]: state('read') });
    expect(states.get(ID)?.status).toBe('read');
  });

  it('of two lookups answered out of order, the later-sent one wins', async () => {
    const { send, pending } = slowBackground();
    const states = new PaperStates(send, new AbortController().signal);
    const first = states.refresh([ID]);
    const second = states.refresh([ID]);
    pending[1]?.answer('read');
    await second;
    pending[0]?.answer('reading');
    await first;
    expect(states.get(ID)?.status).toBe('read');
  });

  it('a card the library matched by title is saved once per page, so that its ids join the record', async () => {
    const sent: Request[] = [];
    const send = (async (request: Request) => {
      sent.push(request);
      return { ok: true, states: { [ID]: { ...state('unread'), id: ID } } };
    }) as Send;
    const states = new PaperStates(send, new AbortController().signal);
    states.set({ [ID]: { ...state('unread'), id: 'doi:10.1/x', byTitle: true } }, states.ticket());
    const draft = { id: ID, title: 'A paper', authors: ['Ada Lovelace'], url: 'https://arxiv.org/abs/2401.00001' };
    states.complete([draft]);
    states.complete([draft]);
    await Promise.resolve();
    expect(sent).toEqual([{ type: 'save', papers: [draft] }]);
  });

  it('a card that joined its record by title and is later incomplete is completed once, not on every scan', async () => {
    const sent: Request[] = [];
    const send = (async (request: Request) => {
      sent.push(request);
      return { ok: true, states: {} };
    }) as Send;
    const states = new PaperStates(send, new AbortController().signal);
    const draft = { id: ID, title: 'A paper', authors: ['Ada Lovelace'], url: 'https://arxiv.org/abs/2401.00001' };
    states.set({ [ID]: { ...state('unread'), byTitle: true } }, states.ticket());
    states.complete([draft]);
    states.set({ [ID]: { ...state('unread'), incomplete: true } }, states.ticket());
    states.complete([draft]);
    states.complete([draft]);
    await Promise.resolve();
    expect(sent).toHaveLength(2);
  });
});
