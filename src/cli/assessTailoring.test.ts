/** `htw assess` lists the project's tailoring decisions in every output format (issue 19). */
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';
import type { CliIo } from './cliIo';
import { fixtureCatalog } from '../test/fixtures/engineCatalog';
import { smallPlatform } from '../test/fixtures/documentBuilder';
import { setTailoring } from '../domain/checklist/tailoring';

const WHY = 'Out of scope: managed by the hosting provider';

function run(format: string): string {
  const tailored = setTailoring(
    smallPlatform(),
    { recommendationId: 'HY-SR-1', decision: 'scoped-out', justification: WHY, approver: 'Jane Approver' },
    '2026-12-03T10:00:00Z',
  );
  if (!tailored.ok) throw new Error(tailored.error);
  const out: string[] = [];
  const io: CliIo = {
    readFile: () => JSON.stringify(tailored.document),
    writeFile: () => undefined,
    stdout: (t) => void out.push(t),
    stderr: () => undefined,
    loadCatalog: () => fixtureCatalog,
    version: '9.9.9',
  };
  expect(runCli(['assess', 'm.json', '--format', format], io)).toBe(0);
  return out.join('');
}

describe('htw assess with tailoring', () => {
  it('JSON carries the decision on the item', () => {
    const item = JSON.parse(run('json')).checklist.find((i: { id: string }) => i.id === 'HY-SR-1');
    expect(item.tailoring).toMatchObject({ decision: 'scoped-out', justification: WHY, approver: 'Jane Approver' });
  });

  it('Markdown lists the decision and marks the item as tailored', () => {
    const md = run('md');
    expect(md).toContain('## Tailoring decisions');
    expect(md).toContain('Out of scope: managed by the hosting provider');
    expect(md).toContain('(tailored: scoped out)');
  });

  it('CSV has the tailoring columns filled for the item', () => {
    const csv = run('csv');
    expect(csv.split('\r\n')[0]).toContain('"Tailoring justification"');
    expect(csv.split('\r\n').find((l) => l.startsWith('"HY-SR-1"'))).toContain(`"Scoped out","${WHY}","Jane Approver"`);
  });
});
