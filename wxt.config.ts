import preact from '@preact/preset-vite';
import { createLogger } from 'vite';
import { defineConfig } from 'wxt';
import { siteMatches } from './lib/sites';

const gecko = {
  id: 'paper-shelf@paper-shelf.dev',
  // The oldest Firefox the e2e suite runs on (Debian's firefox-esr, test/e2e/both/): older ones are untested.
  strict_min_version: '153.0',
  // Firefox asks every new add-on to declare the data it collects: none.
  data_collection_permissions: { required: ['none'] },
};

// See https://wxt.dev/api/config.html
export default defineConfig({
  // PAPER_SHELF_OUT lets parallel checkouts or agents build side by side; everyone else gets .output.
  outDir: process.env.PAPER_SHELF_OUT ?? '.output',
  // Imports are written out in every file: a newcomer sees where each name comes from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Paper Shelf',
    description: 'Save, tag and export papers from Hugging Face Daily Papers and arXiv. Your library stays in your browser.',
    permissions: ['storage'],
    host_permissions: siteMatches,
    commands: {
      'save-paper': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the paper of this page to Paper Shelf',
      },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko } } : {}),
  }),
  vite: () => ({
    plugins: [preact()],
    customLogger: quietAboutZodComments(),
  }),
});

/**
 * zod's comments mention `@__PURE__` in prose ("Wrapped in a `@__PURE__` IIFE"), which Rollup's parser (run by the
 * dev server WXT uses to read the entrypoints' options) takes for a misplaced annotation and reports, a dozen times
 * per build. They annotate nothing; only that report, for zod's files, is left out. Every other warning is shown.
 */
function quietAboutZodComments() {
  const logger = createLogger('warn');
  const warn = logger.warn;
  logger.warn = (message, options) => {
    if (/node_modules[\\/]zod[\\/]/.test(message) && message.includes('contains an annotation that Rollup cannot interpret')) return;
    warn(message, options);
  };
  return logger;
}
