/**
 * The printed table values of one SYNTHETIC report (metric|applicant → text), from a seeded hash of
 * the report's key: the same seed and report, the same values. The tables' arithmetic holds as in
 * a well-kept report: 表三's outcomes add up to 总计, the six applicant columns to the total column,
 * 新收 + 结转 = 总计 + 结转下年, and a unit's 上年结转 equals its previous year's 结转下年度; 表四's
 * blocks add up; the 统计表's totals are the sums of their parts. Amounts sometimes carry decimals
 * and 表二's 本年增/减 is sometimes negative, as printed in real reports.
 */
import { layoutOfYear } from '../../src/lib/contract/layouts.ts';
import { APPLICANTS, OUTCOME_PARTS } from '../../src/lib/contract/metrics.ts';
import { CUMULATIVE, PRE2019, STAT_PARTS } from '../../src/lib/extract/layouts/pre2019.ts';
import type { PlannedReport } from './corpus-shape.ts';

/** A uniform stream in [0, 1) from a string key (FNV-1a, then mulberry32). */
export function seeded(key: string): () => number {
	let h = 2166136261;
	for (let i = 0; i < key.length; i++) {
		h ^= key.charCodeAt(i);
		h = Math.imul(h, 16777619);
	}
	let a = h >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const COLUMNS = APPLICANTS.slice(0, 6);
const SHARE = [0.8, 0.1, 0.01, 0.02, 0.03, 0.04];

/** The report's size: requests of the year, log-normal around its level and unit. */
function requestsOf(p: PlannedReport, seed: number): number {
	const r = seeded(`${seed}|size|${p.region.region_id}|${p.unit.key}`);
	const level = { province: 1500, city: 400, county: 80 }[p.region.level];
	const base = level * p.unit.size * Math.exp(1.2 * (r() - 0.5) * 2);
	const year = seeded(`${seed}|year|${p.report_id}`)();
	return base * (1 + 0.08 * (p.year - 2008)) * (0.75 + 0.5 * year);
}

const int = (x: number) => Math.max(0, Math.floor(x));

/** A count around `mean`: often 0 when the mean is small, as real tables are. */
function count(rand: () => number, mean: number): number {
	return int(mean * 2 * rand() + (rand() < mean - Math.floor(mean) ? 1 : 0));
}

const OUTCOME_WEIGHTS: [string, number][] = [
	['outcome_granted', 0.38],
	['outcome_partial', 0.1],
	...OUTCOME_PARTS.outcome_denied.map((m): [string, number] => [m, 0.008]),
	...OUTCOME_PARTS.outcome_unable.map((m): [string, number] => [m, 0.09]),
	...OUTCOME_PARTS.outcome_not_processed.map((m): [string, number] => [m, 0.01])
];

interface ColumnOutcomes {
	leaves: Map<string, number>;
	total: number;
	forward: number;
}

/** One applicant column's outcomes and 结转下年度, before the balance with 上年结转. */
function columnOutcomes(p: PlannedReport, seed: number, year: number, c: number): ColumnOutcomes {
	const rand = seeded(`${seed}|t3|${p.region.region_id}|${p.unit.key}|${year}|${c}`);
	const n = requestsOf(
		{ ...p, year, report_id: `${p.region.region_id}-${p.unit.key}-${year}` },
		seed
	);
	const col = n * SHARE[c]!;
	const leaves = new Map<string, number>();
	for (const [m, w] of OUTCOME_WEIGHTS) leaves.set(m, count(rand, col * w));
	const other =
		formatOfYear(year) === 'post2019_2019'
			? [['outcome_other', 0.08] as const]
			: OUTCOME_PARTS.outcome_other.map((m) => [m, 0.027] as const);
	for (const [m, w] of other) leaves.set(m, count(rand, col * w));
	const total = [...leaves.values()].reduce((a, b) => a + b, 0);
	return { leaves, total, forward: count(rand, total * 0.08) };
}

const formatOfYear = (year: number) => layoutOfYear(year);

function table3(p: PlannedReport, seed: number, out: Map<string, number>) {
	for (let c = 0; c < COLUMNS.length; c++) {
		const a = COLUMNS[c]!;
		const now = columnOutcomes(p, seed, p.year, c);
		// 上年结转 is the previous year's 结转下年度 where that report has the same layout family.
		const over =
			p.year > 2019
				? columnOutcomes(p, seed, p.year - 1, c).forward
				: count(seeded(`${seed}|over|${p.report_id}|${c}`), now.total * 0.08);
		// 新收 = 总计 + 结转下年 − 上年结转 ≥ 0: a small year grants the rest of what it carried over.
		const deficit = Math.max(0, over - now.total - now.forward);
		now.leaves.set('outcome_granted', now.leaves.get('outcome_granted')! + deficit);
		const total = now.total + deficit;
		for (const [m, v] of now.leaves) out.set(`${m}|${a}`, v);
		out.set(`outcome_total|${a}`, total);
		out.set(`requests_carried_forward|${a}`, now.forward);
		out.set(`requests_carried_over|${a}`, over);
		out.set(`requests_new|${a}`, total + now.forward - over);
	}
	const metrics = new Set([...out.keys()].map((k) => k.split('|')[0]!));
	for (const m of metrics)
		out.set(
			`${m}|total`,
			COLUMNS.reduce((s, a) => s + out.get(`${m}|${a}`)!, 0)
		);
}

function table4(rand: () => number, n: number, out: Map<string, number>) {
	for (const block of ['review', 'litigation_direct', 'litigation_after_review']) {
		const parts = ['upheld', 'corrected', 'other', 'pending'].map((o, i) => {
			const v = count(rand, n * [0.006, 0.002, 0.002, 0.002][i]!);
			out.set(`${block}_${o}|total`, v);
			return v;
		});
		out.set(
			`${block}_total|total`,
			parts.reduce((a, b) => a + b, 0)
		);
	}
}

/** An amount: whole most of the time, else with one or two decimals. */
function amount(rand: () => number, mean: number): string {
	const v = mean * 2 * rand();
	const r = rand();
	return r < 0.6 ? String(Math.round(v)) : r < 0.8 ? v.toFixed(1) : v.toFixed(2);
}

function table2(
	p: PlannedReport,
	rand: () => number,
	n: number,
	printed: Map<string, string>
): void {
	const set = (m: string, v: number | string) => printed.set(`${m}|total`, String(v));
	const scale = Math.max(1, n / 100);
	if (p.format === 'post2019_2019') {
		for (const doc of ['rules', 'normative_docs']) {
			const made = count(rand, doc === 'rules' ? 0.5 : 3 * scale);
			set(`${doc}_new_made`, made);
			set(`${doc}_new_published`, made);
			set(`${doc}_published_total`, made + count(rand, 20 * scale));
		}
		for (const item of ['licensing', 'other_services', 'penalty', 'coercion']) {
			const prev = count(rand, 80 * scale);
			set(`${item}_prev_items`, prev);
			set(`${item}_change`, Math.min(prev, Math.round((rand() - 0.5) * 20)));
			set(`${item}_decisions`, count(rand, 300 * scale));
		}
		const fees = count(rand, 5);
		set('fees_prev_items', fees);
		set('fees_change', Math.min(fees, Math.round((rand() - 0.6) * 4)));
		set('procurement_items', count(rand, 30 * scale));
		set('procurement_amount_yuan', amount(rand, 500000 * scale));
	} else {
		for (const doc of ['rules', 'normative_docs']) {
			set(`${doc}_made`, count(rand, doc === 'rules' ? 0.5 : 3 * scale));
			set(`${doc}_repealed`, count(rand, doc === 'rules' ? 0.3 : 1 * scale));
			set(`${doc}_in_force`, count(rand, doc === 'rules' ? 5 : 30 * scale));
		}
		set('licensing_decisions', count(rand, 300 * scale));
		set('penalty_decisions', count(rand, 200 * scale));
		set('coercion_decisions', count(rand, 20 * scale));
		set('fees_amount_10k_yuan', amount(rand, 30 * scale));
	}
}

/**
 * The 统计表 as the spec prints it (src/lib/extract/layouts/pre2019.ts): its rows' metrics in
 * printed order, the rows that count a heading row's parts, the answers to requests.
 */
const STAT_METRICS = PRE2019.printed(false).flatMap((s) =>
	s.tables.flatMap((t) => t.rows.map((r) => r.cells[0]!.metric))
);
const IN_PARTS = new Set(STAT_PARTS.flatMap((g) => [g.total, ...g.parts]));
const ANSWERS = PRE2019.checks.kind === 'stat' ? PRE2019.checks.answers : null;

/** The mean of a count row, per request of the year (a part, or a row of its own). */
const STAT_MEANS: Record<string, number> = {
	proactive_via_website: 40,
	proactive_via_gazette: 2,
	proactive_via_weibo: 8,
	proactive_via_wechat: 6,
	proactive_via_other: 3,
	press_conferences: 0.05,
	online_interviews: 0.03,
	policy_interpretations: 0.2,
	channel_in_person: 0.4,
	channel_fax: 0.01,
	channel_online: 0.4,
	channel_letter: 0.15,
	channel_email: 0.03,
	channel_phone: 0.01,
	channel_other: 0.01,
	review_upheld: 0.01,
	review_corrected: 0.003,
	review_other: 0.003,
	litigation_upheld: 0.008,
	litigation_corrected: 0.002,
	litigation_other: 0.002,
	complaints_total: 0.02,
	consultations: 3,
	reading_rooms: 0.02,
	staff_full_time: 0.01,
	staff_part_time: 0.02,
	trainings: 0.01,
	trainees: 0.5
};

function statTable(
	p: PlannedReport,
	rand: () => number,
	n: number,
	printed: Map<string, string>,
	cumulative: boolean
): void {
	const v = new Map<string, number>();
	for (const { total: whole, parts } of STAT_PARTS) {
		let sum = 0;
		for (const m of parts) {
			const x = count(rand, n * STAT_MEANS[m]!);
			v.set(m, x);
			sum += x;
		}
		v.set(whole, sum);
	}
	v.set('proactive_normative_docs', Math.min(v.get('proactive_total')!, count(rand, n * 0.5)));
	const received = v.get('requests_received')!;
	const extended = Math.min(received, count(rand, received * 0.1));
	v.set('requests_closed_on_time', received - extended);
	v.set('requests_closed_extended', extended);
	// Every request is answered: 已主动公开 some, the other categories a few each, 同意公开 the rest.
	const [alreadyPublic, granted, ...answers] = ANSWERS!.parts;
	let left = received;
	const already = count(rand, received * 0.1);
	v.set(alreadyPublic!, Math.min(left, already));
	left -= v.get(alreadyPublic!)!;
	for (const m of answers) {
		const x = Math.min(left, count(rand, received * 0.06));
		v.set(m, x);
		left -= x;
	}
	v.set(granted!, left);
	v.set(ANSWERS!.total, received);
	for (const m of STAT_METRICS)
		if (!IN_PARTS.has(m) && STAT_MEANS[m] !== undefined) v.set(m, count(rand, n * STAT_MEANS[m]));
	for (const [m, x] of v) printed.set(`${m}|total`, String(x));
	printed.set('fees_amount_yuan|total', String(count(rand, 0.3)));
	printed.set('budget_10k_yuan|total', amount(rand, 3));
	if (cumulative) {
		const years = p.year - 2007;
		for (const [m, x] of v)
			printed.set(`${m}${CUMULATIVE}|total`, String(x * years + count(rand, x)));
	}
}

/** The printed cells of one report: `metric|applicant` → text (历年累计 cells keyed `metric#cumulative`). */
export function reportValues(p: PlannedReport, seed: number): Map<string, string> {
	const rand = seeded(`${seed}|cells|${p.report_id}`);
	const n = requestsOf(p, seed);
	const printed = new Map<string, string>();
	if (p.format === 'pre2019') {
		statTable(p, rand, n, printed, rand() < 0.3);
		return printed;
	}
	table2(p, rand, n, printed);
	const counts = new Map<string, number>();
	table3(p, seed, counts);
	table4(rand, n, counts);
	for (const [k, v] of counts) printed.set(k, String(v));
	return printed;
}
