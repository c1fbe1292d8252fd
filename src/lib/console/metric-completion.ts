/**
 * Completion of metric ids inside a string literal (`WHERE metric = 'den…'`), each shown with its
 * label, from the engine's `metrics` table.
 */
import { syntaxTree } from '@codemirror/language';
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';

export interface MetricOption {
	metric: string;
	label: string;
}

export const METRIC_OPTIONS_SQL = `SELECT metric, label_zh, label_en FROM metrics ORDER BY metric`;

export function metricOptions(
	rows: readonly Record<string, unknown>[],
	lang: 'zh' | 'en'
): MetricOption[] {
	return rows.map((r) => ({
		metric: String(r.metric),
		label: String((lang === 'zh' ? r.label_zh : r.label_en) ?? '')
	}));
}

const ID = /^[A-Za-z0-9_]*$/;

export function metricCompletionSource(metrics: readonly MetricOption[]) {
	const options: Completion[] = metrics.map((m) => ({
		label: m.metric,
		detail: m.label,
		type: 'constant',
		boost: 1
	}));
	return (ctx: CompletionContext): CompletionResult | null => {
		if (!options.length) return null;
		const node = syntaxTree(ctx.state).resolveInner(ctx.pos, -1);
		if (node.name !== 'String') return null;
		const quote = ctx.state.sliceDoc(node.from, node.from + 1);
		if (quote !== "'") return null;
		const from = node.from + 1;
		if (ctx.pos < from || !ID.test(ctx.state.sliceDoc(from, ctx.pos))) return null;
		return { from, options, validFor: ID };
	};
}
