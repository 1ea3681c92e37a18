/**
 * The HTTP security headers of the built app (issue 22 item 12), served by `npm start`
 * (vite preview) and documented in the README for anyone hosting `dist/` elsewhere.
 *
 * The Content-Security-Policy is the one of index.html's `<meta>` tag, so the two never
 * drift, plus what only a header can carry: `frame-ancestors 'none'` (browsers ignore
 * `frame-ancestors` in a meta tag, CSP Level 3 section 6.4.2), so no other site may frame the
 * app and trick clicks on it.
 */

/** The policy of the `<meta http-equiv="Content-Security-Policy">` tag of `html`. */
export function metaContentSecurityPolicy(html: string): string {
  const match = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/);
  if (!match) throw new Error('index.html has no Content-Security-Policy meta tag');
  return match[1]!.trim();
}

/** The headers for the page built from `html` (and every file served beside it). */
export function securityHeaders(html: string): Record<string, string> {
  const meta = metaContentSecurityPolicy(html).replace(/;\s*$/, '');
  if (/frame-ancestors/.test(meta))
    throw new Error('frame-ancestors belongs in the header only: browsers ignore it in a meta tag');
  return {
    'Content-Security-Policy': `${meta}; frame-ancestors 'none'`,
    // Older browsers without frame-ancestors understand this one.
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}
