/**
 * Which partitions of the SYNTHETIC facts (one Parquet file per province_code and year) a console
 * query needs, and which of their columns. DuckDB-WASM here has no JSON extension, so its parser
 * cannot be asked (`json_serialize_sql`); instead a deliberately small reading of the SQL tokens
 * that prunes only where that is certainly safe: one SELECT reading `facts`, a WHERE that is a
 * chain of ANDs, and `province_code` / `year` compared with `=` or `IN` to literals. Any OR, NOT,
 * BETWEEN, CASE, subquery, CTE or set operation reads every partition. Columns: the fact columns the
 * query names (a `*` other than `count(*)` means all). Pure functions.
 */

export const PARTITION_KEYS = ['province_code', 'year'] as const;

export interface PartitionPlan {
	/** null: every value of the key */
	province_code: Set<string> | null;
	year: Set<number> | null;
	/** null: every column */
	columns: Set<string> | null;
}

type Token = { kind: 'word' | 'string' | 'number' | 'symbol'; text: string };

export function tokenize(sql: string): Token[] {
	const out: Token[] = [];
	let i = 0;
	while (i < sql.length) {
		const c = sql[i]!;
		if (/\s/.test(c)) i++;
		else if (sql.startsWith('--', i))
			i = sql.indexOf('\n', i) < 0 ? sql.length : sql.indexOf('\n', i);
		else if (sql.startsWith('/*', i))
			i = sql.indexOf('*/', i) < 0 ? sql.length : sql.indexOf('*/', i) + 2;
		else if (c === "'") {
			let j = i + 1;
			let text = '';
			while (j < sql.length) {
				if (sql[j] === "'" && sql[j + 1] === "'") {
					text += "'";
					j += 2;
				} else if (sql[j] === "'") break;
				else text += sql[j++];
			}
			out.push({ kind: 'string', text });
			i = j + 1;
		} else if (c === '"') {
			const j = sql.indexOf('"', i + 1);
			out.push({ kind: 'word', text: sql.slice(i + 1, j < 0 ? sql.length : j).toLowerCase() });
			i = j < 0 ? sql.length : j + 1;
		} else if (/[0-9]/.test(c)) {
			const m = /^[0-9]+(\.[0-9]+)?/.exec(sql.slice(i))!;
			out.push({ kind: 'number', text: m[0] });
			i += m[0].length;
		} else if (/[\p{L}_]/u.test(c)) {
			const m = /^[\p{L}\p{N}_$]+/u.exec(sql.slice(i))!;
			out.push({ kind: 'word', text: m[0].toLowerCase() });
			i += m[0].length;
		} else {
			const two = sql.slice(i, i + 2);
			const sym = ['<>', '!=', '<=', '>=', '||', '::'].includes(two) ? two : c;
			out.push({ kind: 'symbol', text: sym });
			i += sym.length;
		}
	}
	return out;
}

const UNSAFE = new Set([
	'or',
	'not',
	'between',
	'case',
	'with',
	'union',
	'intersect',
	'except',
	'exists',
	'any',
	'all',
	'some',
	'like',
	'glob',
	'similar'
]);
const CLAUSE_END = new Set(['group', 'order', 'limit', 'having', 'qualify', 'window', 'offset']);
const NOT_ALIAS = new Set([
	'where',
	'join',
	'inner',
	'left',
	'right',
	'full',
	'cross',
	'natural',
	'on',
	'using',
	'group',
	'order',
	'limit',
	'positional',
	'asof',
	'semi',
	'anti'
]);

const is = (t: Token | undefined, kind: Token['kind'], text?: string) =>
	!!t && t.kind === kind && (text === undefined || t.text === text);

function columnsOf(tokens: Token[], factColumns: readonly string[]): Set<string> | null {
	for (let i = 0; i < tokens.length; i++)
		if (
			is(tokens[i], 'symbol', '*') &&
			!(is(tokens[i - 1], 'symbol', '(') && is(tokens[i + 1], 'symbol', ')'))
		)
			return null;
	const named = new Set(tokens.filter((t) => t.kind === 'word').map((t) => t.text));
	return new Set([...factColumns.filter((c) => named.has(c)), ...PARTITION_KEYS]);
}

/** The literal values of one `key = v` or `key IN (v, …)` predicate on facts, else null. */
function predicate(p: Token[], aliases: Set<string>): { key: string; values: string[] } | null {
	let i = 0;
	if (p[1]?.text === '.' && p[0]?.kind === 'word') {
		if (!aliases.has(p[0].text)) return null;
		i = 2;
	}
	const key = p[i];
	if (!key || key.kind !== 'word' || !(PARTITION_KEYS as readonly string[]).includes(key.text))
		return null;
	const rest = p.slice(i + 1);
	const literal = (t: Token | undefined) => t && (t.kind === 'string' || t.kind === 'number');
	if (rest.length === 2 && is(rest[0], 'symbol', '=') && literal(rest[1]))
		return { key: key.text, values: [rest[1]!.text] };
	if (is(rest[0], 'word', 'in') && is(rest[1], 'symbol', '(') && is(rest.at(-1), 'symbol', ')')) {
		const inner = rest.slice(2, -1);
		const values: string[] = [];
		for (let j = 0; j < inner.length; j++) {
			if (j % 2 === 0 && literal(inner[j])) values.push(inner[j]!.text);
			else if (j % 2 === 1 && is(inner[j], 'symbol', ',')) continue;
			else return null;
		}
		return values.length ? { key: key.text, values } : null;
	}
	return null;
}

export function planSql(sql: string, factColumns: readonly string[]): PartitionPlan {
	const tokens = tokenize(sql.trim().replace(/;\s*$/, ''));
	const words = tokens.filter((t) => t.kind === 'word').map((t) => t.text);
	const factsAt = tokens.flatMap((t, i) => (is(t, 'word', 'facts') ? [i] : []));
	const columns = columnsOf(tokens, factColumns);
	if (!factsAt.length) return { province_code: new Set(), year: new Set(), columns: new Set() };
	const all: PartitionPlan = { province_code: null, year: null, columns };
	if (
		factsAt.length !== 1 ||
		words.filter((w) => w === 'select').length !== 1 ||
		words.filter((w) => w === 'where').length !== 1 ||
		tokens.some((t) => t.kind === 'word' && UNSAFE.has(t.text)) ||
		tokens.some((t) => is(t, 'symbol', ';'))
	)
		return all;
	const aliases = new Set(['facts']);
	const after = tokens[factsAt[0]! + 1];
	const alias = is(after, 'word', 'as') ? tokens[factsAt[0]! + 2] : after;
	if (alias?.kind === 'word' && !NOT_ALIAS.has(alias.text)) aliases.add(alias.text);
	const where = tokens.findIndex((t) => is(t, 'word', 'where'));
	const clause: Token[] = [];
	let depth = 0;
	for (const t of tokens.slice(where + 1)) {
		if (is(t, 'symbol', '(')) depth++;
		if (is(t, 'symbol', ')')) depth--;
		if (depth === 0 && t.kind === 'word' && CLAUSE_END.has(t.text)) break;
		clause.push(t);
	}
	const parts: Token[][] = [[]];
	depth = 0;
	for (const t of clause) {
		if (is(t, 'symbol', '(')) depth++;
		if (is(t, 'symbol', ')')) depth--;
		if (depth === 0 && is(t, 'word', 'and')) parts.push([]);
		else parts.at(-1)!.push(t);
	}
	const allowed = new Map<string, Set<string>>();
	for (const p of parts) {
		const r = predicate(p, aliases);
		if (!r) continue;
		const prev = allowed.get(r.key);
		allowed.set(r.key, prev ? new Set(r.values.filter((v) => prev.has(v))) : new Set(r.values));
	}
	const province = allowed.get('province_code');
	const year = allowed.get('year');
	return {
		province_code: province ? province : null,
		year: year ? new Set([...year].map(Number)) : null,
		columns
	};
}

export interface PartitionRef {
	path: string;
	province_code: string;
	year: number;
	rows: number;
	bytes: number;
}

export function choosePartitions<P extends PartitionRef>(
	partitions: P[],
	plan: PartitionPlan
): P[] {
	return partitions.filter(
		(p) =>
			(plan.province_code === null || plan.province_code.has(p.province_code)) &&
			(plan.year === null || plan.year.has(p.year))
	);
}
