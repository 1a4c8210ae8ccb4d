import { render } from 'preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PaperRow, venueLine } from '@/components/PaperRow';
import type { Paper } from '@/lib/paper';
import { SITES, siteShortName } from '@/lib/sites/catalog';
import { installDom } from '../../helpers/dom';

let dom: ReturnType<typeof installDom> | undefined;
beforeAll(() => {
  dom = installDom('<!doctype html><body></body>', 'chrome-extension://test/library.html');
});
afterAll(() => dom?.restore());

const paper = (over: Partial<Paper> = {}): Paper => ({
  id: 'doi:10.18653/v1/n19-1423',
  aliases: ['acl:N19-1423'],
  title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
  authors: ['Jacob Devlin', 'Ming-Wei Chang'],
  url: 'https://aclanthology.org/N19-1423/',
  tags: [],
  status: 'unread',
  note: '',
  savedAt: Date.UTC(2026, 11, 4),
  updatedAt: Date.UTC(2026, 11, 4),
  ...over,
});

const actions = { addTag: () => {}, removeTag: () => {}, setStatus: () => {}, remove: () => {} };
const row = { style: {}, tabIndex: -1 } as never;

function meta(shown: Paper): string {
  const host = document.createElement('div');
  render(<PaperRow paper={shown} row={row} actions={actions} suggestions={[]} active={false} />, host);
  return host.querySelector('.meta')?.textContent ?? '';
}

describe('a saved paper’s row', () => {
  it.each([
    [{ venue: 'NAACL', year: 2019 }, 'NAACL 2019'],
    [{ venue: 'ICLR 2025 Poster', year: 2025 }, 'ICLR 2025 Poster'],
    [{ year: 2019 }, '2019'],
    [{ venue: '  ' }, null],
    [{}, null],
  ])('venueLine(%j) is %j', (fields, expected) => {
    expect(venueLine(fields)).toBe(expected);
  });

  it('shows where the paper was published and the site it was saved from', () => {
    const text = meta(paper({ venue: 'NAACL', year: 2019, source: { site: 'acl', page: '/N19-1423/' } }));
    expect(text).toContain('NAACL 2019');
    expect(text).toContain('from ACL Anthology');
  });

  it('says nothing of a site it does not know, nor of a venue the paper has none of', () => {
    const text = meta(paper({ source: { site: 'elsewhere' } }));
    expect(text).not.toContain('from');
    expect(text).not.toMatch(/\d{4}.*\d{4}/);
  });

  it('knows every site of the catalog by a short name', () => {
    for (const { name } of SITES) expect(siteShortName(name)).toMatch(/\S/);
    expect(siteShortName(undefined)).toBeNull();
  });
});
