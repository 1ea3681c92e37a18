import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metaContentSecurityPolicy, securityHeaders } from './securityHeaders';

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

describe('the security headers served with the built app (issue 22 item 12)', () => {
  const html = readFileSync('index.html', 'utf8');
  const headers = securityHeaders(html);

  it('the CSP header is the meta policy plus frame-ancestors, which only a header can carry', () => {
    expect(headers['Content-Security-Policy']).toBe(`${metaContentSecurityPolicy(html)}; frame-ancestors 'none'`);
    expect(metaContentSecurityPolicy(html)).not.toMatch(/frame-ancestors/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Frame-Options']).toBe('DENY');
  });

  it('refuses a meta policy with frame-ancestors (browsers ignore it there) and a page without a policy', () => {
    expect(() =>
      securityHeaders(html.replace("object-src 'none'", "object-src 'none'; frame-ancestors 'self'")),
    ).toThrow(/header only/);
    expect(() => securityHeaders('<html></html>')).toThrow(/no Content-Security-Policy/);
  });

  it('the README lists exactly the headers served, for anyone hosting dist/ elsewhere', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = readme.match(/### Hosting `dist\/` elsewhere[\s\S]*?```text\n([\s\S]*?)```/);
    expect(block, 'README section "Hosting dist/ elsewhere" with a text block').not.toBeNull();
    expect(block![1]!.trim().split('\n')).toEqual(Object.entries(headers).map(([name, value]) => `${name}: ${value}`));
  });
});
