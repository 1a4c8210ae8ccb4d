import type { BrowserContext } from '@playwright/test';

export function chromiumPath(): string;
export function launchExtension(extensionDir: string): Promise<BrowserContext>;
