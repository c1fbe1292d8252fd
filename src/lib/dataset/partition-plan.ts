/**
 * Which partitions of the SYNTHETIC facts (one Parquet file per province_code and year) a query
 * needs, and which columns: from DuckDB's own parse tree (`json_serialize_sql`), never from the SQL
 * text. Every place that reads `facts` must restrict province_code or year with `=` or `IN`
 * (ANDed in its WHERE) for a partition to be skipped; anything else (OR, a function of the
 * column, no filter) reads every partition of that key. Columns: those the query names, or all for
 * `*`. Pure functions; the engine only serializes the query.
 */

export const PARTITION_KEYS = ['province_code', 'year'] as const;

export interface PartitionPlan {
	/** null: every value of the key */
	province_code: Set<string> | null;
	year: Set<number> | null;
	/** null: every column (a `*`, or a query we do not understand) */
	columns: Set<string> | null;
}

type Node = Record<string, unknown>;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null;

function children(node: Node): unknown[] {
	return Object.values(node).flatMap((v) => (Array.isArray(v) ? v : [v]));
}

function walk(node: unknown, visit: (n: Node) => void): void {
	if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
	if (!isNode(node)) return;
	visit(node);
	for (const c of children(node)) walk(c, visit);
}

function columnName(n: unknown): { table: string | null; column: string } | null {
	if (!isNode(n) || n.class !== 'COLUMN_REF' || !Array.isArray(n.column_names)) return null;
	const names = n.column_names as string[];
	return { table: names.length > 1 ? names[names.length - 2]! : null, column: names.at(-1)! };
}

function constant(n: unknown): unknown {
	if (!isNode(n)) return undefined;
	if (n.class === 'CONSTANT' && isNode(n.value))
		return (n.value as Node).is_null ? undefined : (n.value as Node).value;
	if (n.class === 'CAST') return constant(n.child);
	return undefined;
}

/** The `facts` tables a FROM clause reads directly (joins, not subqueries), by the name they go by. */
function factsIn(from: unknown): string[] {
	if (!isNode(from)) return [];
	if (from.type === 'BASE_TABLE')
		return from.table_name === 'facts' && (!from.schema_name || from.schema_name === 'main')
			? [String(from.alias || 'facts')]
			: [];
	if (from.type === 'JOIN') return [...factsIn(from.left), ...factsIn(from.right)];
	return [];
}

/** key → allowed values, from the AND-ed comparisons of a WHERE clause on a `facts` alias. */
function restrictions(where: unknown, aliases: string[]): Map<string, Set<unknown>> {
	const out = new Map<string, Set<unknown>>();
	const add = (key: string, values: unknown[]) => {
		const prev = out.get(key);
		const next = new Set(values);
		out.set(key, prev ? new Set([...prev].filter((v) => next.has(v))) : next);
	};
	const visit = (n: unknown) => {
		if (!isNode(n)) return;
		if (n.class === 'CONJUNCTION' && n.type === 'CONJUNCTION_AND')
			return (n.children as unknown[]).forEach(visit);
		const onFacts = (c: ReturnType<typeof columnName>) =>
			c &&
			(PARTITION_KEYS as readonly string[]).includes(c.column) &&
			(c.table === null || aliases.includes(c.table));
		if (n.class === 'COMPARISON' && n.type === 'COMPARE_EQUAL') {
			for (const [a, b] of [
				[n.left, n.right],
				[n.right, n.left]
			]) {
				const c = columnName(a);
				const v = constant(b);
				if (onFacts(c) && v !== undefined) add(c!.column, [v]);
			}
		}
		if (n.class === 'OPERATOR' && n.type === 'COMPARE_IN') {
			const [first, ...rest] = n.children as unknown[];
			const c = columnName(first);
			const values = rest.map(constant);
			if (onFacts(c) && values.every((v) => v !== undefined)) add(c!.column, values);
		}
	};
	visit(where);
	return out;
}

/** The plan of a `json_serialize_sql` result (parsed JSON). */
export function planQuery(serialized: unknown): PartitionPlan {
	const all: PartitionPlan = { province_code: null, year: null, columns: null };
	if (!isNode(serialized) || serialized.error) return all;
	let readers = 0;
	let restricted = 0;
	const provinces: Set<string>[] = [];
	const years: Set<number>[] = [];
	let anyProvinceFree = false;
	let anyYearFree = false;
	let star = false;
	const columns = new Set<string>();
	walk(serialized, (n) => {
		if (n.type === 'BASE_TABLE' && n.table_name === 'facts') readers++;
		if (n.class === 'STAR') star = true;
		const c = columnName(n);
		if (c) columns.add(c.column);
		if (n.type !== 'SELECT_NODE') return;
		const aliases = factsIn(n.from_table);
		if (!aliases.length) return;
		restricted += aliases.length;
		const r = restrictions(n.where_clause, aliases);
		const p = r.get('province_code');
		const y = r.get('year');
		if (p) provinces.push(new Set([...p].map(String)));
		else anyProvinceFree = true;
		if (y) years.push(new Set([...y].map(Number)));
		else anyYearFree = true;
	});
	if (!readers) return { province_code: new Set(), year: new Set(), columns: new Set() };
	if (readers !== restricted) return all;
	const union = <T>(sets: Set<T>[]) => new Set(sets.flatMap((s) => [...s]));
	return {
		province_code: anyProvinceFree ? null : union(provinces),
		year: anyYearFree ? null : union(years),
		columns: star ? null : new Set([...columns, ...PARTITION_KEYS])
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
