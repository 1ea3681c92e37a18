/**
 * Smoke test of `htw report` in the built command line (the Node build of pdfmake and the
 * bundled fonts, as shipped: this caught `__dirname` missing in the ES-module bundle). Skipped
 * until the CLI is built (`npm run build:cli`) after the sources changed; HTW_CLI may name
 * another build. `reportCommand.test.ts` covers the behaviour without a build.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const cli = resolve(root, process.env.HTW_CLI ?? join('dist-cli', 'htw.mjs'));

/** Newest modification time of the sources the report command is built from. */
function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name) && !entry.name.endsWith('.test.ts'))
        newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['src/cli', 'src/report', 'src/domain/report']) walk(join(root, dir));
  return newest;
}

// A build older than the sources (unit tests run before `npm run build`) says nothing about them.
const fresh = existsSync(cli) && statSync(cli).mtimeMs >= newestSource();
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;

/** Runs the bundle's `main` as `bin/htw.mjs` does, for any build location. */
function htw(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const script = `import(${JSON.stringify(pathToFileURL(cli).href)}).then((m) => m.main(process.argv.slice(1)))`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script, ...args], {
    cwd: root,
    encoding: 'utf8',
    env,
  });
}

describe.skipIf(!fresh)(
  `htw report (built CLI ${cli}; skipped when missing or older than src/cli, src/report, src/domain/report)`,
  () => {
    it('writes a PDF of a template with embedded fonts and no warnings', { timeout: 120_000 }, () => {
      const out = join(mkdtempSync(join(tmpdir(), 'htw-report-')), 'kvm.pdf');
      const r = htw(['report', 'threat-catalog/templates/kvm-libvirt.json', '--format', 'pdf', '--out', out], {
        ...process.env,
        SOURCE_DATE_EPOCH: '1800000000',
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
      if (hasPoppler) {
        const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
        expect(text).toContain('KVM/QEMU with libvirt (sample)');
        expect(text).toContain('2027-01-15');
        expect(execFileSync('pdffonts', [out], { encoding: 'utf8' })).toMatch(
          /Roboto-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/,
        );
      }
    });

    it('exits 2 on a missing model, writing nothing to stdout', () => {
      const r = htw(['report', 'no-such.json', '--format', 'md']);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('no-such.json');
    });
  },
);
