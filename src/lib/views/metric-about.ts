/**
 * "About this metric": the line under every chart (explorer and embeds) and the chart title's hint
 * (#17, #20). A metric's definition for the report layouts the chart's years fall in, from the one
 * spec of derived metrics (contract/derived-metrics.ts and its text) or, for a printed metric, the
 * metric dictionary (English only). Never in a first chart's bundle: the explorer loads it after
 * the first chart, a default embed gets it computed at build time (embed/build-time.ts).
 */
import { HARMONIZED_BY_ID } from '../contract/derived-metrics';
import { DERIVED_TEXT } from '../contract/derived-metrics-text';
import { ERA_LABELS, eraFormula } from '../contract/describe-derived';
import { LAYOUT_IDS, layoutOfYear, type LayoutId } from '../contract/layouts';
import { METRIC_DEFINITIONS } from '../contract/metric-definitions';
import '../i18n/explorer-strings';
import { t, type Lang } from '../i18n/strings';

export interface MetricAbout {
	/** The metric id (the link to /metrics#<id>). */
	id: string;
	/** "About this metric" in the reader's language. */
	heading: string;
	/** What the metric counts, in `definitionLang`. */
	definition: string;
	/** The language the definition is written in: a printed metric's is English only. */
	definitionLang: Lang;
	/** The layouts of the years in view, each marked where the metric has no such figure; or ''. */
	layouts: string;
	/** How comparable the metric is across layouts, where the years in view span several; or ''. */
	note: string;
	/** The link's label ("Full definition"). */
	link: string;
	/** Definition, layouts and note as one plain text (the chart title's hint). */
	text: string;
}

/** The report layouts the years fall in, oldest first. */
export function layoutsOfYears(years: Iterable<number>): LayoutId[] {
	const seen = new Set<LayoutId>();
	for (const y of years) {
		const l = layoutOfYear(y);
		if (l) seen.add(l);
	}
	return LAYOUT_IDS.filter((l) => seen.has(l));
}

/** The about line of metric `id` for a chart over `years` (all layouts when there is none). */
export function metricAbout(lang: Lang, id: string, years: Iterable<number>): MetricAbout {
	const inView = layoutsOfYears(years);
	const layouts = inView.length ? inView : LAYOUT_IDS;
	const text = DERIVED_TEXT[id];
	const harmonized = HARMONIZED_BY_ID.get(id);
	const layoutText = harmonized
		? t(lang, 'about_metric.layouts', {
				layouts: layouts
					.map((l) =>
						eraFormula(harmonized, l) === null
							? `${ERA_LABELS[l][lang]} (${t(lang, 'about_metric.no_figure')})`
							: ERA_LABELS[l][lang]
					)
					.join(lang === 'zh' ? '、' : ', ')
			})
		: '';
	const eras = new Set(layouts.map((l) => (l === 'pre2019' ? 'pre2019' : 'post2019')));
	const definition = text ? text.definition[lang] : (METRIC_DEFINITIONS[id] ?? '');
	// The notes compare the eras (or say what one era lacks): shown where the chart spans them.
	const note = text?.note && eras.size > 1 ? text.note[lang] : '';
	return {
		id,
		heading: t(lang, 'about_metric.heading'),
		definition,
		definitionLang: text ? lang : 'en',
		layouts: layoutText,
		note,
		link: t(lang, 'about_metric.link'),
		// Chinese sentences run on without a space.
		text: [definition, layoutText, note].filter(Boolean).join(lang === 'zh' ? '' : ' ')
	};
}

/** A view's result with its about line: the view's own metric or the state's, over its rows' years. */
export function withAbout<R extends { rows: readonly { year: number }[] }>(
	result: R,
	lang: Lang,
	metric: string
): R & { about: MetricAbout } {
	return {
		...result,
		about: metricAbout(
			lang,
			metric,
			result.rows.map((r) => r.year)
		)
	};
}
