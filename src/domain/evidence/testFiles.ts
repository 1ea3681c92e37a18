/** The scan fixtures as text (unit tests and the e2e use the same files). */
import xccdf from './fixtures/openscap-debian-xccdf-results.xml?raw';
import arf from './fixtures/openscap-debian-arf.xml?raw';
import lynis from './fixtures/lynis-report.dat?raw';
import ckl from './fixtures/stig-checklist.ckl?raw';
import cklb from './fixtures/stig-checklist.cklb?raw';

export const SCAN_FIXTURES = {
  'openscap-debian-xccdf-results.xml': xccdf,
  'openscap-debian-arf.xml': arf,
  'lynis-report.dat': lynis,
  'stig-checklist.ckl': ckl,
  'stig-checklist.cklb': cklb,
} as const;

export type ScanFixtureName = keyof typeof SCAN_FIXTURES;
