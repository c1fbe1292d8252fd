/**
 * The security headers our static server sends, per path: the rules docs/deployment.md ("Headers to
 * add") tells any host to add. The first rule whose pattern matches applies, alone: embeds exist to
 * be framed by other sites, every other page may not be framed at all. tests/e2e/headers.e2e.ts
 * checks that the server sends exactly what that page documents.
 */
const COMMON = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'
};

export const SECURITY_RULES: { pattern: string; headers: Record<string, string> }[] = [
	{
		pattern: '/embed/*',
		headers: {
			'Content-Security-Policy': "frame-ancestors *; object-src 'none'; base-uri 'self'",
			...COMMON
		}
	},
	{
		pattern: '/*',
		headers: {
			'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
			'X-Frame-Options': 'DENY',
			...COMMON
		}
	}
];

/** The headers of the first rule whose pattern matches `path` (a `*` at the end matches any rest). */
export function securityHeaders(path: string): Record<string, string> {
	const rule = SECURITY_RULES.find((r) =>
		r.pattern.endsWith('*') ? path.startsWith(r.pattern.slice(0, -1)) : path === r.pattern
	);
	return rule?.headers ?? {};
}
