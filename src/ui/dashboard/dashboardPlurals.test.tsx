/** Issue 15 (plurals): the dashboard's counts agree with their nouns and verbs at one and at many. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ThreatSourceList } from './ThreatSourceList';
import { TopGaps } from './TopGaps';

afterEach(cleanup);
const noop = () => {};

describe('dashboard wording', () => {
  it('threat sources: "1 of 1 threat faced has open gaps · 1 open gap", and plural for many', () => {
    render(
      <ThreatSourceList
        sources={[
          { id: 'TS-1', name: 'One', threatsFaced: 1, threatsWithGaps: 1, openGaps: ['HY-SR-1'] },
          { id: 'TS-2', name: 'Many', threatsFaced: 3, threatsWithGaps: 2, openGaps: ['HY-SR-1', 'HY-SR-2'] },
        ]}
        onOpen={noop}
      />,
    );
    const [one, many] = screen.getAllByText(/faced/).map((p) => p.textContent);
    expect(one).toBe('1 of 1 threat faced has open gaps · 1 open gap');
    expect(many).toBe('2 of 3 threats faced have open gaps · 2 open gaps');
    expect(screen.getAllByRole('img').map((i) => i.getAttribute('aria-label'))).toEqual([
      '1 of 1 threat with open gaps',
      '2 of 3 threats with open gaps',
    ]);
  });

  it('top gaps: "1 threat" and "2 threats"', () => {
    const gap = { title: 'T', status: 'not-implemented' as const, baselineFunction: null, components: [] };
    render(
      <TopGaps
        gaps={[
          { ...gap, recommendationId: 'A', threats: ['x'] },
          { ...gap, recommendationId: 'B', threats: ['x', 'y'] },
        ]}
        componentName={(id) => id}
        onOpen={noop}
      />,
    );
    expect(Array.from(document.querySelectorAll('.gap-meta')).map((p) => p.textContent)).toEqual([
      '1 threat · whole platform',
      '2 threats · whole platform',
    ]);
  });
});
