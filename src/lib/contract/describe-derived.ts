/**
 * Derived metrics described in words, generated from the spec (derived-metrics.ts) and its text
 * (derived-metrics-text.ts): formulas per era, the treatment of missing parts, a one-line English
 * definition for the metric dictionary, and the metric table of docs/data-contract.md.
 */
import {
	DERIVED_METRICS,
	HARMONIZED_BY_ID,
	LAYOUT_ERAS,
	RATE_BY_ID,
	SMALL_DENOMINATOR,
	missingColumn,
	type DerivedMetric,
	type HarmonizedMetric,
	type LayoutEra,
	type Part,
	type RateMetric
} from './derived-metrics';
import { DERIVED_TEXT, type Bilingual } from './derived-metrics-text';

export const ERA_LABELS: Readonly<Record<LayoutEra, Bilingual>> = {
	pre2019: { zh: '2019年前（统计表）', en: 'before 2019 (统计表)' },
	post2019_2019: { zh: '2019年格式（2019–2020）', en: '2019 layout (2019–2020)' },
	post2019_2021: { zh: '2021年格式（2021年起）', en: '2021 layout (from 2021)' }
};

function partText(p: Part): string {
	if (!p.orSumOf?.length) return p.fact;
	// The sub-rows share a prefix (denied_, unable_, notproc_, other_): named by it.
	const prefix = p.orSumOf[0]!.slice(0, p.orSumOf[0]!.indexOf('_') + 1);
	const named = p.orSumOf.every((m) => m.startsWith(prefix)) ? `${prefix}*` : p.orSumOf.join(' + ');
	return `${p.fact} (else the sum of ${named})`;
}

/** A harmonized metric's formula in one era, or null where the era has no such figure. */
export function eraFormula(m: HarmonizedMetric, era: LayoutEra): string | null {
	const parts = m.parts[era];
	return parts ? parts.map(partText).join(' + ') : null;
}

function sumText(ops: readonly string[]): string {
	return ops.length === 1 ? ops[0]! : `(${ops.join(' + ')})`;
}

/** A rate's formula: numerator / denominator. */
export function rateFormula(r: RateMetric): string {
	return `${sumText(r.numerator)} / ${sumText(r.denominator)}`;
}

/** How the metric treats a part the report does not print, in words. */
export function missingText(m: DerivedMetric): Bilingual {
	if (m.kind === 'ratio')
		return {
			zh: `分母为0或缺失时为空；任一项为空时为空；分子或分母不完整时标为不完整。分母小于${SMALL_DENOMINATOR}时注明，且不参与排名。`,
			en: `NULL where the denominator is 0 or absent, or an operand is NULL; flagged incomplete where an operand is. A denominator below ${SMALL_DENOMINATOR} is said so and left out of rankings.`
		};
	const several = LAYOUT_ERAS.some((e) => (m.parts[e]?.length ?? 0) > 1);
	const subtotal = LAYOUT_ERAS.some((e) => m.parts[e]?.some((p) => p.orSumOf?.length));
	const sub = subtotal
		? {
				zh: '未印小计时，其各分项全部印出才相加。',
				en: 'An unprinted subtotal is the sum of its sub-rows only when every sub-row is printed. '
			}
		: { zh: '', en: '' };
	if (m.missing === 'partial' && several)
		return {
			zh: `${sub.zh}某项未印时，值为已印各项之和，标为不完整（${missingColumn(m.id)} 列出缺少的项）；各项都未印时为空。`,
			en: `${sub.en}Where a part is not printed, the value is the sum of the printed parts, flagged incomplete (${missingColumn(m.id)} names the missing parts); NULL where none is printed.`
		};
	return {
		zh: `${sub.zh}${several ? '任一项未印时为空。' : '未印时为空（不是0）。'}`,
		en: `${sub.en}${several ? 'NULL unless every part is printed.' : 'NULL where not printed (never 0).'}`
	};
}

/** The one-line English definition of the metric dictionary (metrics.parquet, the console). */
export function dictionaryDefinition(id: string): string | undefined {
	const h = HARMONIZED_BY_ID.get(id);
	const r = RATE_BY_ID.get(id);
	const text = DERIVED_TEXT[id];
	if (!text || (!h && !r)) return undefined;
	const formula = h
		? LAYOUT_ERAS.map((e) => `${ERA_LABELS[e].en}: ${eraFormula(h, e) ?? 'NULL'}`).join('; ')
		: rateFormula(r!);
	const m = (h ?? r)!;
	return [
		text.definition.en,
		`${h ? 'Parts' : 'Formula'}: ${formula}.`,
		missingText(m).en,
		text.note?.en ?? '',
		h ? 'Computed in SQL, never stored as a fact.' : ''
	]
		.filter(Boolean)
		.join(' ');
}

function cell(s: string): string {
	return s.replace(/\|/g, '\\|');
}

/** The metric tables of docs/data-contract.md (harmonized metrics, then rates), as Markdown. */
export function contractTables(): string {
	const harmonized = DERIVED_METRICS.filter((m): m is HarmonizedMetric => m.kind === 'sum');
	const rates = DERIVED_METRICS.filter((m): m is RateMetric => m.kind === 'ratio');
	const lines = [
		'| id | before 2019 | 2019 layout | 2021 layout | missing part |',
		'|---|---|---|---|---|',
		...harmonized.map(
			(m) =>
				`| ${m.id} | ${LAYOUT_ERAS.map((e) => cell(eraFormula(m, e) ?? 'NULL')).join(' | ')} | ${m.missing === 'partial' ? `printed parts, \`${missingColumn(m.id)}\`` : 'NULL'} |`
		),
		'',
		'| rate | formula |',
		'|---|---|',
		...rates.map((r) => `| ${r.id} | ${cell(rateFormula(r))} |`)
	];
	return lines.join('\n');
}
