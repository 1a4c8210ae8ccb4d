import { execFileSync } from 'node:child_process';

export { chromiumPath, launchExtension } from '../test/chromium.mjs';

/** "Chromium 150.0.7871.100 built on Debian…" as the binary reports it. */
export function chromiumVersion(path) {
  try {
    const out = execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.trim().split('\n').pop() ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The extension's service worker (waits for it to start). */
export async function serviceWorker(context) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Answers every web request offline: the pages set here at their exact real URLs, 404 for anything else. */
export class PageServer {
  static async attach(context) {
    const server = new PageServer();
    server.pages = new Map();
    await context.route(/^https?:\/\//, (route) => {
      const html = server.pages.get(route.request().url());
      if (html === undefined) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'offline in the bench' });
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    });
    return server;
  }

  set(url, html) {
    this.pages.set(new URL(url).href, html);
  }
}

/**
 * Stops and watches the extension's service worker through CDP on an extension page (as the e2e suite's
 * stopServiceWorker does), and waits until Chrome reports it stopped, so a "cold" run is really cold.
 */
export class WorkerControl {
  static async attach(context, extensionPage) {
    const control = new WorkerControl();
    control.cdp = await context.newCDPSession(extensionPage);
    control.status = 'unknown';
    control.stops = 0;
    control.cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const statuses = versions.map((v) => v.runningStatus);
      control.status = statuses.includes('running') ? 'running' : (statuses[0] ?? control.status);
      if (control.status === 'stopped') control.stops++;
    });
    await control.cdp.send('ServiceWorker.enable');
    return control;
  }

  /** Stops the worker and returns once it is stopped (and still is: something may wake it at once). */
  async stop(timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const before = this.stops;
      await this.cdp.send('ServiceWorker.stopAllWorkers');
      while (this.stops === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      if (this.status === 'stopped') return;
    }
    throw new Error(`the service worker did not stay stopped within ${timeoutMs} ms (status: ${this.status})`);
  }

  async detach() {
    await this.cdp.detach();
  }
}
