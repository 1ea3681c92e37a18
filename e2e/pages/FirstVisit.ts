import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { dist } from '../playwrightShared';

/** gzip -9 size of `bytes`, as the `initial-js-gzip` benchmark counts. */
export const gzipBytes = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** Source modules of every built chunk (scripts/chunkModulesPlugin.ts writes them at build time). */
export function chunkModules(): Record<string, string[]> {
  return JSON.parse(readFileSync(join(dist, '.vite', 'chunk-modules.json'), 'utf8')) as Record<string, string[]>;
}

/**
 * The scripts index.html names (entry and module preloads) with every chunk they import
 * statically: what a browser must load before any code of the app runs. Paths as in the
 * build (`assets/…js`).
 */
export function staticFirstVisitChunks(): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const named = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    // Static imports between chunks: `import … from "./x.js"` or `import "./x.js"` (never `import(…)`).
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) visit(`assets/${m[1]}`);
  };
  named.forEach(visit);
  return [...seen];
}

export function gzipOfBuiltFile(file: string): number {
  return gzipBytes(readFileSync(join(dist, file)));
}

/**
 * What a first visit downloads in the browser: every script response from opening the app
 * until the canvas shows the sample platform and the network is quiet (chunks the app imports
 * while it starts included), as the `initial-js-gzip` benchmark counts it.
 */
export class FirstVisit {
  private readonly sizes = new Map<string, number>();
  private readonly pending: Promise<void>[] = [];

  constructor(private readonly page: Page) {
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script' && !response.url().endsWith('.js')) return;
      this.pending.push(
        response.body().then((body) => void this.sizes.set(new URL(response.url()).pathname.slice(1), gzipBytes(body))),
      );
    });
  }

  /** Opens the app and waits until the canvas is interactive and nothing more loads. */
  async load(): Promise<void> {
    await this.page.goto('/');
    await this.page.getByTestId('component-node').first().waitFor();
    await this.page.waitForLoadState('networkidle');
    await Promise.all(this.pending);
  }

  /** gzip size of each script loaded, by built path (`assets/…js`). */
  scripts(): Map<string, number> {
    return this.sizes;
  }
}
