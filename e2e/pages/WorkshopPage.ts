import { expect, type Locator, type Page } from '@playwright/test';
import { PresenterPage } from './PresenterPage';

/** Page object of workshop mode: the facilitator view (`#workshop`) and the presenter window. */
export class WorkshopPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('workshop-link').click();
    await expect(this.page.getByRole('region', { name: 'Workshop' })).toBeVisible();
  }

  async start(
    title: string,
    participants: { name: string; role: 'facilitator' | 'scribe' | 'participant' }[],
  ): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Start a workshop' });
    await form.getByLabel('Title').fill(title);
    for (let i = 0; i < participants.length; i++) {
      if (i >= 2) await form.getByRole('button', { name: 'Add participant' }).click();
      await form.getByLabel(`Participant ${i + 1} name`).fill(participants[i]!.name);
      await form.getByLabel(`Participant ${i + 1} role`).selectOption(participants[i]!.role);
    }
    await form.getByRole('button', { name: 'Start workshop' }).click();
    await expect(this.page.getByTestId('facilitator-view')).toBeVisible();
  }

  stepTitle(): Locator {
    return this.page.getByTestId('step-title');
  }

  currentItem(): Locator {
    return this.page.getByTestId('current-item');
  }

  agendaStep(stepId: string): Locator {
    return this.page.locator(`[data-testid="agenda-step"][data-step="${stepId}"]`);
  }

  async agendaStepTitles(): Promise<string[]> {
    return this.page.locator('[data-testid="agenda-step"] .ws-step-link').allTextContents();
  }

  nextStepButton(): Locator {
    return this.page.getByRole('button', { name: 'Next step' });
  }

  async nextStep(): Promise<void> {
    await this.nextStepButton().click();
  }

  /** The notice of items that apply since the model changed, not yet on the agenda. */
  newAgendaItemsNotice(): Locator {
    return this.page.getByTestId('new-agenda-items');
  }

  async addNewItemsToAgenda(): Promise<void> {
    await this.newAgendaItemsNotice().getByRole('button', { name: 'Add to the agenda' }).click();
  }

  /** An item of the current step's list. */
  workshopItem(recommendationId: string): Locator {
    return this.page.locator(`[data-testid="workshop-item"][data-item="${recommendationId}"]`);
  }

  /** The Participants region: who is in the room. */
  participants(): Locator {
    return this.page.getByRole('region', { name: 'Participants' });
  }

  async addLateParticipant(name: string): Promise<void> {
    await this.participants().getByLabel('Name of a late participant').fill(name);
    await this.participants().getByRole('button', { name: 'Add' }).click();
  }

  /** The first step of the agenda (its time box and time spent). */
  firstAgendaStep(): Locator {
    return this.page.locator('[data-testid="agenda-step"]').first();
  }

  async nextItem(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next item' }).click();
  }

  async goToStep(stepId: string): Promise<void> {
    await this.agendaStep(stepId).getByRole('button').click();
  }

  /** Records a decision, action or question on the current item. */
  async record(entry: LogEntryFields & { kind: 'decision' | 'action' | 'question' }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Record in the decision log' });
    await form.getByRole('radio', { name: new RegExp(`^${entry.kind}$`, 'i') }).check();
    await this.fillEntry(entry);
    await form.getByRole('button', { name: /^Record / }).click();
  }

  /** Types into the decision log's form (the kind as it is), without recording. */
  async fillEntry(entry: LogEntryFields): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Record in the decision log' });
    if (entry.status) await form.getByLabel('Status for the checklist').selectOption({ label: entry.status });
    await form.getByRole('textbox', { name: /^(Decision|Action|Question) text$/ }).fill(entry.text);
    if (entry.owner) await form.getByLabel('Owner').fill(entry.owner);
    if (entry.dueDate) await form.getByLabel('Due date').fill(entry.dueDate);
    if (entry.approver !== undefined) await form.getByLabel('Approver').fill(entry.approver);
    if (entry.expiresAt !== undefined) await form.getByLabel('Acceptance expires').fill(entry.expiresAt);
    if (entry.by) await form.getByLabel('Recorded for').selectOption({ label: entry.by });
  }

  /** What stops the entry being recorded (missing approver, …). */
  entryProblems(): Locator {
    return this.page.getByTestId('decision-problems');
  }

  logEntries(): Locator {
    return this.page.getByTestId('log-entry');
  }

  stepTimer(): Locator {
    return this.page.getByTestId('step-timer');
  }

  /** Why the current step has no recommendation to discuss. */
  noRecommendationReason(): Locator {
    return this.page.getByTestId('no-recommendation-reason');
  }

  /** The newest workshop summary, and one of its sections. */
  summary(): Locator {
    return this.page.getByTestId('workshop-summary').first();
  }

  summarySection(section: 'decisions' | 'actions' | 'questions'): Locator {
    return this.summary().getByTestId(`summary-${section}`);
  }

  /** A participant of a live session proposes a decision on the current item. */
  async propose(text: string, status?: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Record in the decision log' });
    await form.getByRole('radio', { name: /^decision$/i }).check();
    if (status) await form.getByLabel('Status for the checklist').selectOption({ label: status });
    await form.getByRole('textbox', { name: 'Decision text' }).fill(text);
    await form.getByRole('button', { name: 'Propose decision' }).click();
  }

  recordButton(): Locator {
    return this.page
      .getByRole('form', { name: 'Record in the decision log' })
      .getByRole('button', { name: /^Record / });
  }

  async park(topic: string): Promise<void> {
    const lot = this.page.getByRole('region', { name: 'Parking lot' });
    await lot.getByLabel('Topic to park').fill(topic);
    await lot.getByRole('button', { name: 'Park' }).click();
  }

  async writePrivateNote(text: string): Promise<void> {
    await this.page.getByRole('region', { name: 'Private notes' }).getByRole('textbox').fill(text);
  }

  /** Opens the presenter window and returns its page once it shows the workshop. */
  async openPresenter(): Promise<Page> {
    const [presenter] = await Promise.all([
      this.page.context().waitForEvent('page'),
      this.page.getByRole('button', { name: 'Open presenter view' }).click(),
    ]);
    await presenter.waitForLoadState();
    await expect(new PresenterPage(presenter).stepTitle()).toBeVisible();
    return presenter;
  }

  /**
   * Counts, from now on, the frame requests presenters send this (the facilitator's) window;
   * returns a reader of the count. A presenter asks on each hello it hears.
   */
  async countPresenterRequests(): Promise<() => Promise<number>> {
    await this.page.evaluate(() => {
      const w = window as unknown as { presenterRequests: number };
      w.presenterRequests = 0;
      window.addEventListener('message', (e: MessageEvent<unknown>) => {
        if ((e.data as { type?: unknown } | null)?.type === 'request') w.presenterRequests++;
      });
    });
    return () => this.page.evaluate(() => (window as unknown as { presenterRequests: number }).presenterRequests);
  }

  async end(): Promise<void> {
    await this.page.getByRole('button', { name: 'End workshop…' }).click();
    await this.page.getByRole('button', { name: 'End now and write the summary' }).click();
    await expect(this.page.getByTestId('workshop-summary').first()).toBeVisible();
  }

  /** Clicks the Markdown export of the newest summary and returns the file's text. */
  async exportSummaryMarkdown(): Promise<{ fileName: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page
        .getByTestId('workshop-summary')
        .first()
        .getByRole('button', { name: 'Export summary as Markdown' })
        .click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { fileName: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  async leave(): Promise<void> {
    await this.page.getByTestId('workshop-link').click();
    await expect(this.page.getByTestId('canvas')).toBeVisible();
  }
}

interface LogEntryFields {
  text: string;
  status?: string;
  owner?: string;
  dueDate?: string;
  by?: string;
  approver?: string;
  expiresAt?: string;
}
