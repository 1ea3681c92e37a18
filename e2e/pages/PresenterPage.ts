import type { Locator, Page } from '@playwright/test';

/** Page object of the presenter window (the projector's view of a workshop). */
export class PresenterPage {
  constructor(readonly page: Page) {}

  stepTitle(): Locator {
    return this.page.getByTestId('presenter-step-title');
  }

  /** "Step n of m". */
  progress(): Locator {
    return this.page.getByTestId('presenter-progress');
  }

  /** The item under discussion, and its checklist status. */
  item(): Locator {
    return this.page.getByTestId('presenter-item');
  }

  itemStatus(): Locator {
    return this.page.getByTestId('presenter-item-status');
  }

  /** The decision log of the item. */
  log(): Locator {
    return this.page.getByTestId('presenter-log');
  }

  /** Why a step has no recommendation to discuss. */
  noRecommendation(): Locator {
    return this.page.getByTestId('presenter-no-recommendation');
  }

  /** The closing line of an ended workshop (its totals). */
  totals(): Locator {
    return this.page.getByTestId('presenter-totals');
  }

  stepTimer(): Locator {
    return this.page.getByTestId('step-timer');
  }

  /** Everything the window shows, as one element. */
  screen(): Locator {
    return this.page.locator('body');
  }
}
