import type { BrowserContext, Page } from '@playwright/test';
import { control, expect, root, saveButton, serveExactly, test } from './extension';

// Hugging Face as served in 2026 (test/fixtures/huggingface/*-2026-*.html, each following ../shared/pages/huggingface):
// every card gets one control that the reader can see and press in the layout they see, at desktop and phone widths
// and across the 768 px breakpoint, and what a save stores is the page JSON's data.

interface Fixture {
  url: string;
  path: string;
  ids: string[];
  /** The element that is one card on this page, found in the test by markup, not by the adapter. */
  card: string;
}

const TRENDING: Fixture = {
  url: 'https://huggingface.co/papers/trending',
  path: 'huggingface/papers-trending-2026-10.html',
  ids: ['arxiv:2610.05608', 'arxiv:2509.22186', 'arxiv:2006.15704', 'arxiv:2606.03748'],
  card: 'article',
};
const SEARCH: Fixture = {
  url: 'https://huggingface.co/papers?q=source%20citations',
  path: 'huggingface/papers-q-source-citations-2026-10.html',
  ids: ['arxiv:2606.00683', 'arxiv:2609.11115', 'arxiv:2502.20581', 'arxiv:2605.08583', 'arxiv:2609.00319'],
  card: 'div.relative.flex.gap-4.rounded-xl.border',
};
const DAILY: Fixture = {
  url: 'https://huggingface.co/papers/date/2026-03-18',
  path: 'huggingface/papers-date-2026-03-18.html',
  ids: ['arxiv:2603.16790', 'arxiv:2603.13366', 'arxiv:2603.15402'],
  card: 'article',
};
const PAPER: Fixture = {
  url: 'https://huggingface.co/papers/2609.11115',
  path: 'huggingface/papers-2609.11115.html',
  ids: ['arxiv:2609.11115'],
  card: 'main section',
};
const WEEK_IDS = ['arxiv:2603.12088', 'arxiv:2603.13366', 'arxiv:2603.10517'];
const PAGES = [TRENDING, SEARCH, DAILY, PAPER];

const servePages = (context: BrowserContext) => serveExactly(context, PAGES);

/** What a reader would find wrong with one card's control, measured in the page; empty when nothing is. */
async function problems(page: Page, id: string, cardSelector: string): Promise<string[]> {
  return page.evaluate(
    async ({ id, cardSelector }) => {
      const found: string[] = [];
      const hosts = document.querySelectorAll<HTMLElement>(`[data-paper-shelf="${id}"]`);
      if (hosts.length !== 1) return [`${hosts.length} controls`];
      const host = hosts[0] as HTMLElement;
      const number = id.slice('arxiv:'.length);
      const card = [...document.querySelectorAll(cardSelector)].find(
        (element) => element.querySelector(`h3 a[href="/papers/${number}"]`) || element.querySelector('h1'),
      );
      if (!card) return ['no card in the page'];
      if (!card.contains(host)) found.push('the control is outside its card');
      const button = host.shadowRoot?.querySelector<HTMLElement>('button[aria-pressed]');
      if (!button) return [...found, 'no save button'];
      host.scrollIntoView({ block: 'center' });
      // Two frames: content-visibility:auto cards are laid out once they are near the viewport.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const box = button.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return [...found, 'the save button is not shown'];
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) found.push(`the save button's centre (${x}, ${y}) is off screen`);
      // The page sees our host at that point (shadow DOM retargets); inside it, the save button must be what is hit.
      if (document.elementFromPoint(x, y) !== host) found.push(`covered by ${document.elementFromPoint(x, y)?.outerHTML.slice(0, 80)}`);
      const hit = host.shadowRoot?.elementFromPoint(x, y);
      if (!hit || !button.contains(hit)) found.push('the save button is not what a click there hits');
      const inside = (inner: DOMRect, outer: DOMRect) =>
        inner.left >= outer.left - 0.5 &&
        inner.right <= outer.right + 0.5 &&
        inner.top >= outer.top - 0.5 &&
        inner.bottom <= outer.bottom + 0.5;
      const cardBox = card.getBoundingClientRect();
      if (!inside(box, cardBox)) found.push('the save button sticks out of its card');
      // Not clipped by any ancestor that hides its overflow (the trending article does).
      for (let element = host.parentElement; element; element = element.parentElement) {
        const style = getComputedStyle(element);
        if (style.overflow !== 'visible' && !inside(box, element.getBoundingClientRect()))
          found.push(`clipped by ${element.localName}.${element.className}`);
      }
      // The card's own title, in the copy the reader sees, stays inside the card's box.
      const titles = [...card.querySelectorAll<HTMLElement>(`h3 a[href="/papers/${number}"], h1`)].filter(
        (title) => title.getBoundingClientRect().height > 0,
      );
      if (titles.length !== 1) found.push(`${titles.length} titles shown`);
      for (const title of titles) if (!inside(title.getBoundingClientRect(), cardBox)) found.push('the title is pushed out of the card');
      return found;
    },
    { id, cardSelector },
  );
}

async function expectEveryCardUsable(page: Page, { ids, card }: Fixture, width: number): Promise<void> {
  await expect(page.locator('[data-paper-shelf]:not([data-pending])')).toHaveCount(ids.length);
  const report: Record<string, string[]> = {};
  for (const id of ids) report[id] = await problems(page, id, card);
  expect(report, `at ${width} px`).toEqual(Object.fromEntries(ids.map((id) => [id, []])));
}

for (const width of [1280, 400]) {
  test(`at ${width} px, every card of each 2026 page has one control, seen, pressable, inside its card`, async ({ context }) => {
    await servePages(context);
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    for (const fixture of PAGES) {
      await page.goto(fixture.url);
      await expectEveryCardUsable(page, fixture, width);
    }
  });
}

test('a resize across 768 px keeps one working control per trending card, without a reload', async ({ context }) => {
  await servePages(context);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(TRENDING.url);
  await expectEveryCardUsable(page, TRENDING, 1280);
  const hosts = await page.evaluate(() => {
    (window as unknown as { before: Element[] }).before = [...document.querySelectorAll('[data-paper-shelf]')];
    return document.querySelectorAll('[data-paper-shelf]').length;
  });
  for (const width of [767, 400, 769, 1280, 600]) {
    await page.setViewportSize({ width, height: 900 });
    await expectEveryCardUsable(page, TRENDING, width);
  }
  // The very same controls (nothing re-mounted), and they still work: save the first in the phone layout.
  expect(
    await page.evaluate(() =>
      [...document.querySelectorAll('[data-paper-shelf]')].every((h, i) => (window as unknown as { before: Element[] }).before[i] === h),
    ),
  ).toBe(true);
  expect(hosts).toBe(TRENDING.ids.length);
  await saveButton(page, 'arxiv:2509.22186').click();
  await expect(saveButton(page, 'arxiv:2509.22186')).toHaveAttribute('aria-pressed', 'true');
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(saveButton(page, 'arxiv:2509.22186')).toHaveAttribute('aria-pressed', 'true');
  await saveButton(page, 'arxiv:2509.22186').click();
  await expect(saveButton(page, 'arxiv:2509.22186')).toHaveAttribute('aria-pressed', 'false');
});

/** The stored record of a paper, read from the extension's IndexedDB on one of its own pages. */
async function stored(context: BrowserContext, extensionId: string, id: string): Promise<Record<string, unknown> | undefined> {
  const page = context.pages().find((p) => p.url().startsWith(`chrome-extension://${extensionId}/`)) ?? (await context.newPage());
  if (!page.url().startsWith('chrome-extension://')) await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page.evaluate(
    (key) =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open('paper-shelf');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('papers').objectStore('papers').get(key);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    id,
  );
}

test('a save from a search hit stores the JSON’s authors (no username) and the whole abstract', async ({ context, extensionId }) => {
  await servePages(context);
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 900 });
  await page.goto(SEARCH.url);
  await saveButton(page, 'arxiv:2502.20581').click();
  await expect(saveButton(page, 'arxiv:2502.20581')).toHaveAttribute('aria-pressed', 'true');
  expect(await stored(context, extensionId, 'arxiv:2502.20581')).toMatchObject({
    title: 'The Noisy Path from Source to Citation: Measuring How Scholars Engage with Past Research',
    authors: ['Hong Chen', 'Misha Teplitskiy', 'David Jurgens'],
    abstract:
      'Academic citations are widely used for evaluating research and tracing knowledge flows. Such uses typically rely on raw citation counts and neglect variability in citation types. We measure how faithfully citing papers represent the findings they cite.',
  });
});

/** Clicks the page's own "Weekly" button (the fixture's script re-renders the list and takes the props away). */
async function switchToWeek(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Weekly' }).click();
  await expect(page).toHaveURL('https://huggingface.co/papers/week/2026-W12');
  for (const id of WEEK_IDS) await expect(control(page, id)).toHaveCount(1);
  await expect(page.locator('[data-paper-shelf]')).toHaveCount(WEEK_IDS.length);
  expect(await page.locator('[data-target="DailyPapers"]').getAttribute('data-props')).toBeNull();
}

/** What the app does a moment after the switch: the week's props into the attribute. */
async function propsBack(page: Page): Promise<void> {
  await page.evaluate(() => {
    const props = document.getElementById('fixture-week-props')?.textContent ?? '';
    document.querySelector('[data-target="DailyPapers"]')?.setAttribute('data-props', props);
  });
}

const DIFFUSION = {
  title: 'Diffusion Planners Need Less Data Than You Think',
  authors: ['Hannah Müller', 'Kofi Mensah', 'Ravi Iyer', 'Yuki Tanaka'],
  abstract:
    'Diffusion planners are thought to need large offline datasets. We show that with a task-aware noise schedule they match strong baselines with a tenth of the data.',
};
const CENSUS = {
  title: 'A Census of Open Speech Corpora',
  authors: ['Ines Duarte', 'Mateo Ruiz', 'Aylin Demir'],
  abstract:
    'We count, license-check and deduplicate 412 open speech corpora in 96 languages. The census comes with a loader and a leaderboard of coverage per language.',
};

test('after a Daily → Weekly switch, a save stores the JSON’s authors and abstract once the props are back', async ({
  context,
  extensionId,
}) => {
  await servePages(context);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(DAILY.url);
  await expect(page.locator('[data-paper-shelf]')).toHaveCount(DAILY.ids.length);
  await switchToWeek(page);
  await expectEveryCardUsable(page, { ...DAILY, ids: WEEK_IDS }, 1280);
  await propsBack(page);
  await saveButton(page, 'arxiv:2603.12088').click();
  await expect(saveButton(page, 'arxiv:2603.12088')).toHaveAttribute('aria-pressed', 'true');
  expect(await stored(context, extensionId, 'arxiv:2603.12088')).toMatchObject({ ...DIFFUSION, upvotes: 88 });
});

test('a card saved after the switch, before the props are back, keeps its title only, then gets the JSON’s data', async ({
  context,
  extensionId,
}) => {
  await servePages(context);
  const page = await context.newPage();
  await page.goto(DAILY.url);
  await expect(page.locator('[data-paper-shelf]')).toHaveCount(DAILY.ids.length);
  await switchToWeek(page);
  await saveButton(page, 'arxiv:2603.10517').click();
  await expect(saveButton(page, 'arxiv:2603.10517')).toHaveAttribute('aria-pressed', 'true');
  const early = await stored(context, extensionId, 'arxiv:2603.10517');
  expect(early).toMatchObject({ title: CENSUS.title, authors: [] });
  expect(early?.abstract).toBeUndefined();
  await propsBack(page);
  await expect.poll(() => stored(context, extensionId, 'arxiv:2603.10517')).toMatchObject(CENSUS);
  await expect(saveButton(page, 'arxiv:2603.10517')).toHaveAttribute('aria-pressed', 'true');
});

test('screenshots of a trending card of 2026, desktop and phone, with a saved paper and a tag', async ({ context }) => {
  await servePages(context);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(TRENDING.url);
  const id = 'arxiv:2610.05608';
  await saveButton(page, id).click();
  await control(page, id)
    .getByRole('button', { name: /Add a tag/ })
    .click();
  const input = control(page, id).locator('input');
  await input.fill('video');
  await input.press('Enter');
  await input.press('Escape');
  const card = page.locator('article').filter({ has: control(page, id) });
  await expect(control(page, id).getByText('video')).toBeVisible();
  await card.screenshot({ path: `${root}docs/hf-2026-desktop.png` });
  await page.setViewportSize({ width: 400, height: 900 });
  await expect(saveButton(page, id)).toBeVisible();
  await card.screenshot({ path: `${root}docs/hf-2026-phone.png` });
});
