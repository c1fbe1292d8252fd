/**
 * Builds a regular expression for a printed table label that tolerates the damage PDF and HTML
 * extraction does to labels: line breaks and spaces between any two characters, and either kind of
 * quote or bracket.
 */
export function labelPattern(label: string): string {
	const parts: string[] = [];
	for (const ch of label) {
		if (ch === '“' || ch === '”' || ch === '"') parts.push('["“”]?');
		else if (ch === '（' || ch === '(') parts.push('[（(]');
		else if (ch === '）' || ch === ')') parts.push('[)）]');
		else if (ch === '、' || ch === '.') parts.push('[、.．]');
		else parts.push(ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	}
	return parts.join('\\s*');
}

/** An optional item number such as "6." or "2、" in front of a sub-row label. */
export function itemPrefix(n: number): string {
	return `(?:${n}\\s*[.、．]\\s*)?`;
}
