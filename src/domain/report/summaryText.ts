/**
 * The executive summary in one sentence, shared by the PDF and Markdown reports, every count
 * agreeing with its noun and verb ("1 of the applicable recommendations is implemented").
 * "Components and connections" is a compound subject, so it is always "were assessed".
 */
import type { ExecutiveSummary } from './reportModel';
import { isAre, plural, verbFor } from '../text/plural';

/** "3 components and 1 connection were assessed against 120 recommendations: …" */
export function executiveSummarySentence(es: ExecutiveSummary, options: { needsInputPhrase?: string } = {}): string {
  const s = es.summary;
  const needs = options.needsInputPhrase ?? 'need input';
  const needsVerb = s.needsInput === 1 ? needs.replace(/^need\b/, 'needs') : needs;
  return (
    `${plural(es.componentCount, 'component')} and ${plural(es.connectionCount, 'connection')} were assessed against ${plural(s.total, 'recommendation')}: ` +
    `${s.applicable} ${verbFor(s.applicable, 'apply', 'applies')}, ${s.needsInput} ${needsVerb} and ${s.notApplicable} ${verbFor(s.notApplicable, 'do', 'does')} not apply. ` +
    `${s.implemented} of the applicable recommendations ${isAre(s.implemented)} implemented (${es.implementedPercent} %); ` +
    `${plural(s.gaps, 'open gap')} ${verbFor(s.gaps, 'remain')}.`
  );
}
