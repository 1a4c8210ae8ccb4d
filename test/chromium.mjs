// How the e2e suite and the bench start Chromium with the built extension: one place, so that the figures
// describe the browser the tests drive. Plain JavaScript: the bench runs under node without a build step.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's Chromium unless CHROMIUM_PATH names another build; a clear error when there is none. */
export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`);
  }
  return path;
}

/** Headless Chromium with only this extension loaded; the flags keep it off this machine's closed network. */
export async function launchExtension(extensionDir) {
  if (!existsSync(`${extensionDir}/manifest.json`)) {
    throw new Error(`No built extension in ${extensionDir}: run the README's build command (npm ci && npm run build) first.`);
  }
  return chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
}
