/**
 * docs/deployment.md gives the headers twice: as the `headers` block (which tests/e2e/headers.e2e.ts
 * serves and checks) and as an nginx example. The nginx example must send the same headers with
 * the same values for the same paths, or a host copying it loses one.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const doc = readFileSync(resolve(import.meta.dirname, '../../docs/deployment.md'), 'utf8');
const fence = (lang: string) => {
	const m = doc.match(new RegExp('```' + lang + '\\n([\\s\\S]*?)```'));
	if (!m) throw new Error(`docs/deployment.md has no \`\`\`${lang} block`);
	return m[1]!;
};

/** path pattern → header name → value, from the `headers` block. */
function headersBlock(): Map<string, Map<string, string>> {
	const out = new Map<string, Map<string, string>>();
	let current: Map<string, string> | undefined;
	for (const line of fence('headers').split('\n')) {
		if (/^\S/.test(line)) out.set(line.trim(), (current = new Map()));
		else if (line.trim()) {
			const [, name, value] = line.trim().match(/^([\w-]+):\s*(.*)$/)!;
			current!.set(name!, value!);
		}
	}
	return out;
}

/** location → header name → value, from the nginx block (quotes around a value removed). */
function nginxBlock(): Map<string, Map<string, string>> {
	const out = new Map<string, Map<string, string>>();
	for (const m of fence('nginx').matchAll(/location\s+(\S+)\s*\{([\s\S]*?)\n\}/g)) {
		const headers = new Map<string, string>();
		for (const h of m[2]!.matchAll(/add_header\s+([\w-]+)\s+("([^"]*)"|\S+)\s+always;/g)) {
			headers.set(h[1]!, h[3] ?? h[2]!);
		}
		out.set(m[1]!, headers);
	}
	return out;
}

describe('the nginx example of docs/deployment.md', () => {
	it('sends every header of the headers block, with its value, on the same paths', () => {
		const wanted = headersBlock();
		const nginx = nginxBlock();
		expect([...wanted.keys()]).toEqual(['/embed/*', '/*']);
		expect(Object.fromEntries(nginx.get('/embed/')!)).toEqual(
			Object.fromEntries(wanted.get('/embed/*')!)
		);
		expect(Object.fromEntries(nginx.get('/')!)).toEqual(Object.fromEntries(wanted.get('/*')!));
		expect(nginx.get('/')!.get('Permissions-Policy')).toContain('camera=()');
	});
});
