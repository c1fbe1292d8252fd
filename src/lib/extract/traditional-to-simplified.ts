import { T2S_PAIRS } from './traditional-to-simplified-table';

let table: Map<string, string> | undefined;

function buildTable(): Map<string, string> {
	const map = new Map<string, string>();
	const chars = [...T2S_PAIRS];
	for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
	return map;
}

/** Converts traditional Chinese characters to simplified, one character for one character. */
export function toSimplified(text: string): string {
	table ??= buildTable();
	let out = '';
	for (const ch of text) out += table.get(ch) ?? ch;
	return out;
}
