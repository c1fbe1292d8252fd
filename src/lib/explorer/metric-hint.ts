/**
 * A metric's definition in a sentence or two, for the explorer's hover hint (its metric select and
 * the link to /metrics#<id>): a derived metric's from the spec's text in the reader's language,
 * a printed metric's from the metric dictionary (English). Loaded after the first chart.
 */
import { DERIVED_TEXT } from '../contract/derived-metrics-text';
import { METRIC_DEFINITIONS } from '../contract/metric-definitions';

export function metricHint(lang: 'zh' | 'en', id: string): string {
	const d = DERIVED_TEXT[id];
	if (d) return [d.definition[lang], d.note?.[lang]].filter(Boolean).join(' ');
	return METRIC_DEFINITIONS[id] ?? '';
}
