import preact from '@preact/preset-vite';
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
  }),
});
