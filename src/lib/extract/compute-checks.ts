/**
 * The report's own arithmetic identities (勾稽关系), evaluated on its printed facts. A failing
 * identity is data: it is reported with the expected and the actual value, never repaired.
 */
import { ANSWER_METRICS, CHANNEL_METRICS } from '../contract/check-metrics';
import { SUBTOTALS } from './table3-rows';
import {
	APPLICANT_COLUMNS,
	type Applicant,
	type Check,
	type Fact,
	type ReportFormat
} from './types';

type Lookup = (metric: string, applicant?: Applicant) => number | undefined;

/** Table values take precedence over prose restatements of the same metric. */
function lookupFrom(facts: readonly Fact[]): Lookup {
	const table = new Map<string, number>();
	const prose = new Map<string, number>();
	for (const f of facts) {
		const key = `${f.metric}|${f.applicant}`;
		const target = f.method === 'prose' ? prose : table;
		if (!target.has(key)) target.set(key, f.value);
	}
	return (metric, applicant = 'total') => {
		const key = `${metric}|${applicant}`;
		return table.get(key) ?? prose.get(key);
	};
}

function sumCheck(
	check: string,
	applicant: Applicant,
	total: number | undefined,
	parts: (number | undefined)[],
	detail: string
): Check {
	if (total === undefined || parts.some((p) => p === undefined)) {
		return {
			check,
			applicant,
			status: 'not_assessable',
			expected: total ?? null,
			actual: null,
			detail
		};
	}
	const actual = parts.reduce((s: number, p) => s + (p as number), 0);
	const status = Math.abs(actual - total) < 1e-6 ? 'pass' : 'fail';
	return {
		check,
		applicant,
		status,
		expected: total,
		actual: Math.round(actual * 1e6) / 1e6,
		detail
	};
}

function since2019(v: Lookup, format: ReportFormat, facts: readonly Fact[]): Check[] {
	const checks: Check[] = [];
	const present = new Set(facts.map((f) => f.metric));
	for (const a of APPLICANT_COLUMNS) {
		if (v('requests_new', a) === undefined && v('outcome_total', a) === undefined) continue;
		// 1. 第一项加第二项之和，等于第三项加第四项之和
		const left = [v('requests_new', a), v('requests_carried_over', a)];
		const right = [v('outcome_total', a), v('requests_carried_forward', a)];
		const assessable = [...left, ...right].every((x) => x !== undefined);
		checks.push({
			check: 'requests_balance',
			applicant: a,
			status: assessable
				? left[0]! + left[1]! === right[0]! + right[1]!
					? 'pass'
					: 'fail'
				: 'not_assessable',
			expected: assessable ? right[0]! + right[1]! : null,
			actual: assessable ? left[0]! + left[1]! : null,
			detail: 'requests_new + requests_carried_over = outcome_total + requests_carried_forward'
		});
		// 2. outcomes add up to 总计 (subtotals, where not printed, are the sums of their sub-rows)
		const subtotal = (id: string): number | undefined => {
			const printed = v(id, a);
			if (printed !== undefined) return printed;
			const parts = (SUBTOTALS[id] ?? []).map((m) => v(m, a));
			if (id === 'outcome_other' && format === 'post2019_2019') return undefined;
			return parts.every((p) => p !== undefined)
				? parts.reduce((s: number, p) => s + (p as number), 0)
				: undefined;
		};
		checks.push(
			sumCheck(
				'outcomes_sum',
				a,
				v('outcome_total', a),
				[
					v('outcome_granted', a),
					v('outcome_partial', a),
					subtotal('outcome_denied'),
					subtotal('outcome_unable'),
					subtotal('outcome_not_processed'),
					subtotal('outcome_other')
				],
				'granted + partial + denied + unable + not_processed + other = outcome_total'
			)
		);
		// 3. printed subtotals equal the sum of their sub-rows
		for (const [id, parts] of Object.entries(SUBTOTALS)) {
			if (!present.has(id)) continue;
			if (id === 'outcome_other' && format === 'post2019_2019') continue;
			checks.push(
				sumCheck(
					`${id}_sum`,
					a,
					v(id, a),
					parts.map((m) => v(m, a)),
					`${id} = ${parts.join(' + ')}`
				)
			);
		}
	}
	// 4. the six applicant columns add up to 总计, for every row
	const rowMetrics = [
		...new Set(facts.filter((f) => f.applicant !== 'total').map((f) => f.metric))
	];
	for (const m of rowMetrics) {
		checks.push(
			sumCheck(
				`columns_sum:${m}`,
				'total',
				v(m, 'total'),
				APPLICANT_COLUMNS.slice(0, 6).map((a) => v(m, a)),
				`${m}: natural_person + five legal-person columns = total`
			)
		);
	}
	// 5. 表四 blocks
	for (const block of ['review', 'litigation_direct', 'litigation_after_review']) {
		if (v(`${block}_total`) === undefined && v(`${block}_upheld`) === undefined) continue;
		checks.push(
			sumCheck(
				`${block}_sum`,
				'total',
				v(`${block}_total`),
				['upheld', 'corrected', 'other', 'pending'].map((o) => v(`${block}_${o}`)),
				`${block}: upheld + corrected + other + pending = total`
			)
		);
	}
	return checks;
}

const CHANNELS: readonly string[] = CHANNEL_METRICS;
const ANSWERS: readonly string[] = ANSWER_METRICS;

export interface GroupPartValue {
	group: 'channels' | 'answers';
	label: string;
	value: number | null;
}

/** Sum check over the group's metric rows plus rows printed without a metric id of their own. */
function groupSum(
	check: string,
	total: number | undefined,
	metrics: string[],
	v: Lookup,
	extra: GroupPartValue[],
	detail: string
): Check {
	const parts = [...metrics.map((m) => v(m)), ...extra.map((e) => e.value ?? undefined)];
	const labels = extra.map((e) => e.label).join(', ');
	return sumCheck(check, 'total', total, parts, labels ? `${detail} (with ${labels})` : detail);
}

/** The channels a combined row's label names: "信函、传真申请数" is letter and fax. */
function channelsNamedIn(label: string): string[] {
	const named: [RegExp, string][] = [
		[/当面/, 'channel_in_person'],
		[/传真/, 'channel_fax'],
		[/网上|网络|网路|在线/, 'channel_online'],
		[/信函|邮寄/, 'channel_letter'],
		[/电子邮件|邮件/, 'channel_email'],
		[/电话/, 'channel_phone']
	];
	return named.filter(([re]) => re.test(label)).map(([, metric]) => metric);
}

/**
 * A pre-2019 sum whose parts are not all known: the prose named some outcomes and left others in
 * words or unsaid ("3件驳回诉求,2件正在审理中": 审理中 has no metric; "一审判决…胜诉" is a word, not a
 * count). Counts are never negative, so the parts adding up to the total still shows the identity
 * holds, and parts above the total still break it; parts below the total are not a failure of the
 * report but of what we could read: not assessable.
 */
function withUnstatedParts(check: Check, complete: boolean): Check {
	if (complete || check.status !== 'fail' || check.actual === null || check.expected === null)
		return check;
	if (check.actual > check.expected) return check;
	return {
		...check,
		status: 'not_assessable',
		detail: `${check.detail}; the parts are stated in prose and not all of them are (a part may be given only in words), so a shortfall is not the report's error`
	};
}

function pre2019(v: Lookup, facts: readonly Fact[], extras: GroupPartValue[]): Check[] {
	const checks: Check[] = [];
	const present = new Set(facts.map((f) => f.metric));
	const inTable = new Set(facts.filter((f) => f.method !== 'prose').map((f) => f.metric));
	/** The table's rows are the whole breakdown it prints; parts from prose may leave some out. */
	const complete = (used: readonly string[], all: readonly string[]) =>
		used.every((m) => inTable.has(m)) || all.every((m) => present.has(m));
	const partsPresent = (ids: readonly string[]) => ids.filter((m) => present.has(m));
	const extra = (g: 'channels' | 'answers') => extras.filter((e) => e.group === g);
	// A combined row ("信函、传真申请数") already counts the channels it names: a figure for one of
	// them stated elsewhere (the prose's "信函申请1条") is the same requests, not another part.
	const combined = new Set(extra('channels').flatMap((e) => channelsNamedIn(e.label)));
	const channels = partsPresent(CHANNELS).filter((m) => !combined.has(m));
	if (channels.length && present.has('requests_received')) {
		checks.push(
			withUnstatedParts(
				groupSum(
					'channels_sum',
					v('requests_received'),
					channels,
					v,
					extra('channels'),
					'channel_* = requests_received'
				),
				complete(
					channels,
					CHANNELS.filter((m) => !combined.has(m))
				)
			)
		);
	}
	const answers = partsPresent(ANSWERS);
	if (answers.length >= 2 && present.has('answers_total')) {
		checks.push(
			withUnstatedParts(
				groupSum(
					'answers_sum',
					v('answers_total'),
					answers,
					v,
					extra('answers'),
					'answer categories = answers_total'
				),
				complete(answers, ANSWERS)
			)
		);
	}
	for (const block of ['review', 'litigation']) {
		const all = ['upheld', 'corrected', 'other'].map((o) => `${block}_${o}`);
		const parts = partsPresent(all);
		if (parts.length && present.has(`${block}_total`)) {
			checks.push(
				withUnstatedParts(
					sumCheck(
						`${block}_sum`,
						'total',
						v(`${block}_total`),
						parts.map((m) => v(m)),
						`${block} outcomes = ${block}_total`
					),
					complete(parts, all)
				)
			);
		}
	}
	return checks;
}

/** The same metric printed twice (prose and table) with different values. */
function proseVsTable(facts: readonly Fact[]): Check[] {
	const table = new Map<string, Fact>();
	for (const f of facts)
		if (f.method !== 'prose' && !table.has(`${f.metric}|${f.applicant}`))
			table.set(`${f.metric}|${f.applicant}`, f);
	const checks: Check[] = [];
	const seen = new Set<string>();
	for (const f of facts) {
		if (f.method !== 'prose') continue;
		const key = `${f.metric}|${f.applicant}`;
		const t = table.get(key);
		if (!t || seen.has(key)) continue;
		seen.add(key);
		const same = f.approx
			? Math.abs(t.value - f.value) <= Math.max(1, t.value * 0.1)
			: t.value === f.value;
		// "全区收到政府信息公开申请75件" where 表三 prints 74 new and 1 carried over: the prose counts
		// the requests of the year with the carried-over ones (pingtan_2022), which is no contradiction.
		const carried = table.get(`requests_carried_over|${f.applicant}`)?.value;
		const withCarried =
			!same &&
			!f.approx &&
			f.metric === 'requests_new' &&
			carried !== undefined &&
			carried > 0 &&
			t.value + carried === f.value;
		checks.push({
			check: `prose_vs_table:${f.metric}`,
			applicant: f.applicant,
			status: same || withCarried ? 'pass' : 'fail',
			expected: withCarried ? f.value : t.value,
			actual: f.value,
			detail: withCarried
				? 'requests_new restated in prose with the requests carried over from last year (requests_new + requests_carried_over)'
				: `${f.metric} printed in the table and restated in prose`
		});
	}
	return checks;
}

export function computeChecks(
	facts: readonly Fact[],
	format: ReportFormat,
	groupParts: GroupPartValue[] = []
): Check[] {
	const v = lookupFrom(facts);
	const checks = format === 'pre2019' ? pre2019(v, facts, groupParts) : since2019(v, format, facts);
	return [...checks, ...proseVsTable(facts)];
}
