/** The command line as a user runs it (the Node file reader of main.ts) with its output collected and a fixed date; and the shipped files the CLI tests name. */
import { nodeIo } from '../cli/main';
import { runCli } from '../cli/runCli';
import type { CliIo } from '../cli/cliIo';

export const SHIPPED = {
  baselinePack: 'threat-catalog/packs/example-org-baseline.yaml',
  crosswalkPack: 'threat-catalog/packs/sp800-125a-to-sp800-53r5.json',
  kvmTemplate: 'threat-catalog/templates/kvm-libvirt.json',
  esxiTemplate: 'threat-catalog/templates/esxi-cluster.json',
} as const;

export function runShippedCli(...argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    ...nodeIo(),
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    today: () => '2026-12-03',
  };
  const code = runCli(argv, io);
  return { code, out: out.join(''), err: err.join('') };
}
