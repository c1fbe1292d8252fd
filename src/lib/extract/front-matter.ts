/** Splits a report file into its front-matter fields and the report body. */
export interface FrontMatter {
	fields: Record<string, string>;
	body: string;
}

export function parseFrontMatter(text: string): FrontMatter {
	const fields: Record<string, string> = {};
	const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
	if (!match) return { fields, body: text };
	for (const line of match[1]!.split('\n')) {
		const colon = line.indexOf(':');
		if (colon <= 0) continue;
		const key = line.slice(0, colon).trim();
		if (/^[a-z][a-z0-9_]*$/.test(key)) fields[key] = line.slice(colon + 1).trim();
	}
	return { fields, body: text.slice(match[0].length) };
}
