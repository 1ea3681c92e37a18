/**
 * Issue 15: every field a user can type in the assessment reaches every export. Each field
 * gets a unique string through the real checklist form; the real PDF (read with pdftotext),
 * Markdown, CSV and OSCAL assessment results from the Export menu must each carry all of them.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ChecklistPage } from './pages/ChecklistPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

const REC = 'HY-SR-3';
/** One unique value per typed field (dates are dates: unique days no other field uses). */
const TYPED = {
  justification: 'Jstf7Q41',
  approver: 'Apprv8K22',
  approvedAt: '2031-07-19',
  expiresAt: '2032-08-23',
  owner: 'Ownr5M93',
  dueDate: '2030-06-17',
  verifiedBy: 'Vrfd3T64',
  verifiedAt: '2030-05-13',
  comments: 'Cmnt9W15',
} as const;
const NOTE = 'Evnote6R37';

const exportFormat = (page: Page, format: string) => new WorkbenchPage(page).exportAs(format);

test.describe('every typed assessment field reaches every export', () => {
  test.beforeEach(async ({ page, workbench }) => {
    await workbench.open();
    const checklist = new ChecklistPage(page);
    await checklist.open();
    await checklist.setStatus(REC, 'risk-accepted');
    const editor = checklist.editor(REC);
    for (const [name, value] of Object.entries(TYPED)) await editor.locator(`[name="${name}"]`).fill(value);
    await editor.getByRole('button', { name: 'Save assessment' }).click();
    await checklist.expectStatus(REC, 'risk-accepted');
    await checklist.addEvidence(REC, 'note', NOTE);
    await expect(checklist.evidence(REC)).toHaveCount(1);
    await workbench.waitForSaved();
  });

  const expectAll = (text: string) => {
    for (const value of [...Object.values(TYPED), NOTE, 'Risk accepted'])
      expect(text, `missing ${value}`).toContain(value);
  };

  test('PDF', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const download = await exportFormat(page, 'pdf');
    const path = testInfo.outputPath('report.pdf');
    await download.saveAs(path);
    expectAll(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '));
  });

  test('Markdown', async ({ page }) => {
    expectAll(readFileSync(await (await exportFormat(page, 'md')).path(), 'utf8'));
  });

  test('CSV: each field in its own column', async ({ page }) => {
    const csv = readFileSync(await (await exportFormat(page, 'csv')).path(), 'utf8');
    const rows = csv
      .trim()
      .split('\r\n')
      .map((line) => line.slice(1, -1).split('","'));
    const header = rows[0]!;
    const row = rows.find((r) => r[0] === REC && r[3] === 'platform')!;
    const cell = (column: string) => row[header.indexOf(column)];
    expect(cell('Status')).toBe('Risk accepted');
    expect(cell('Justification')).toBe(TYPED.justification);
    expect(cell('Owner')).toBe(TYPED.owner);
    expect(cell('Due date')).toBe(TYPED.dueDate);
    expect(cell('Evidence')).toBe(`note: ${NOTE}`);
    expect(cell('Comments')).toBe(TYPED.comments);
    expect(cell('Approver')).toBe(TYPED.approver);
    expect(cell('Approved on')).toBe(TYPED.approvedAt);
    expect(cell('Expires on')).toBe(TYPED.expiresAt);
    expect(cell('Verified by')).toBe(TYPED.verifiedBy);
    expect(cell('Verified on')).toBe(TYPED.verifiedAt);
  });

  test('OSCAL assessment results: comments in the finding remarks, the rest in props', async ({ page }) => {
    const json = JSON.parse(readFileSync(await (await exportFormat(page, 'oscal-ar')).path(), 'utf8'));
    const result = json['assessment-results'].results[0];
    const finding = result.findings.find((f: { title: string }) => f.title.startsWith(`${REC}:`));
    const prop = (name: string) => finding.props.find((p: { name: string }) => p.name === name)?.value;
    expect(finding.remarks).toContain(TYPED.comments);
    expect(finding.description).toContain(TYPED.justification);
    expect(prop('status')).toBe('risk-accepted');
    expect(prop('owner')).toBe(TYPED.owner);
    expect(prop('due-date')).toBe(TYPED.dueDate);
    expect(prop('approver')).toBe(TYPED.approver);
    expect(prop('approved-on')).toBe(TYPED.approvedAt);
    expect(prop('expires')).toBe(TYPED.expiresAt);
    expect(prop('verified-by')).toBe(TYPED.verifiedBy);
    expect(prop('verified-on')).toBe(TYPED.verifiedAt);
    const observations = JSON.stringify(result.observations);
    expect(observations).toContain(NOTE);
  });
});
