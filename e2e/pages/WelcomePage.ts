import type { Locator, Page } from '@playwright/test';

/** Page object of the first-run welcome: the ways to start, and the problem it shows for a bad file. */
export class WelcomePage {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByTestId('welcome-dialog');
  }

  /** A way to start: `template`, `empty`, `open-file` or `sample`. */
  choice(name: 'template' | 'empty' | 'open-file' | 'sample'): Locator {
    return this.page.getByTestId(`welcome-${name}`);
  }

  /** What the welcome says about a file it could not open. */
  problem(): Locator {
    return this.page.getByTestId('welcome-problem');
  }

  /** "Open a project file" with `path` chosen in the real file chooser. */
  async openFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.choice('open-file').click();
    await (await chooser).setFiles(path);
  }
}
