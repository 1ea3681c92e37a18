import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The shipped policy: parsed from index.html, the file every build starts from. */
function shippedPolicy(): Map<string, string[]> {
  const html = readFileSync('index.html', 'utf8');
  const match = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/);
  if (!match) throw new Error('index.html has no Content-Security-Policy meta tag');
  return new Map(
    match[1]!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('Content-Security-Policy of index.html', () => {
  const policy = shippedPolicy();

  it('allows no unsafe keyword, wildcard or remote host anywhere', () => {
    for (const [directive, values] of policy) {
      for (const v of values) {
        expect(v, `${directive} ${v}`).not.toMatch(/unsafe|\*|https?:|wss?:/);
      }
    }
  });

  it('runs only same-origin scripts and connects only to the origin', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('has no inline script in the page', () => {
    const html = readFileSync('index.html', 'utf8');
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/src=/);
      expect(body!.trim()).toBe('');
    }
  });
});
