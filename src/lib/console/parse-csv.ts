/**
 * A small CSV reader for files dropped on the console (RFC 4180: quoted fields, doubled quotes,
 * CRLF or LF, a header row), and the Arrow table made from it: a column whose every non-empty value
 * is a number becomes DOUBLE, the others VARCHAR; empty cells are NULL. Pure; runs in the browser
 * because the engine may not read files itself (external access is disabled).
 */
import { Table, type Vector } from 'apache-arrow';
import { float64Vector, utf8Vector } from '$lib/data/arrow-vectors';

export function parseCsv(text: string, delimiter = ','): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	for (; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i++;
				} else quoted = false;
			} else field += ch;
		} else if (ch === '"' && field === '') {
			quoted = true;
		} else if (ch === delimiter) {
			row.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += ch;
	}
	if (field !== '' || row.length) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function csvToArrow(text: string): Table {
	const delimiter = (text.split('\n', 1)[0] ?? '').includes('\t') ? '\t' : ',';
	const [header = [], ...body] = parseCsv(text, delimiter);
	const names: string[] = [];
	header.forEach((h, j) => {
		let name = h.trim() || `column${j + 1}`;
		while (names.includes(name)) name += '_';
		names.push(name);
	});
	const vectors: Record<string, Vector> = {};
	names.forEach((name, j) => {
		const cells = body.map((r) => (r[j] ?? '').trim());
		const numeric = cells.some((c) => c !== '') && cells.every((c) => c === '' || NUMBER.test(c));
		vectors[name] = numeric
			? float64Vector(cells.map((c) => (c === '' ? null : Number(c))))
			: utf8Vector(cells.map((c) => (c === '' ? null : c)));
	});
	return new Table(vectors);
}

/** A table name from a file name: lower-case letters, digits and underscores, not one of ours. */
export function tableNameFor(fileName: string, taken: readonly string[]): string {
	let base =
		fileName
			.replace(/\.[^.]*$/, '')
			.toLowerCase()
			.replace(/[^a-z0-9_]+/g, '_')
			.replace(/^_+|_+$/g, '') || 'upload';
	if (/^\d/.test(base)) base = `t_${base}`;
	let name = base;
	for (let n = 2; taken.includes(name); n++) name = `${base}_${n}`;
	return name;
}
