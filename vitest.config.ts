import { defineConfig, type ViteUserConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig(async (): Promise<ViteUserConfig> => {
  const plugins = await WxtVitest();
  // With vitest 4, WXT's import.meta.env globals are only defined when its globals plugin runs first.
  for (const plugin of plugins.flat()) {
    if (plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === 'wxt:globals')
      Object.assign(plugin, { enforce: 'pre' });
  }
  return {
    plugins,
    test: {
      include: ['test/unit/**/*.test.{ts,tsx}'],
      setupFiles: ['fake-indexeddb/auto'],
      environment: 'node',
      reporters: process.env.CI ? ['default', ['json', { outputFile: 'reports/unit.json' }]] : ['default'],
    },
  };
});
