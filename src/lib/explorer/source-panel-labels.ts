/** The source panel's labels in the reader's language. */
import { t, type Lang } from '../i18n';
import type { SourcePanelLabels } from './SourcePanel.svelte';

export function sourcePanelLabels(lang: Lang): SourcePanelLabels {
	return {
		title: t(lang, 'source.title'),
		close: t(lang, 'source.close'),
		passage: t(lang, 'source.passage'),
		loading: t(lang, 'source.loading'),
		loadFailed: t(lang, 'source.not_found'),
		textAffects: t(lang, 'source.text_affects'),
		raw: t(lang, 'source.raw'),
		approx: t(lang, 'source.approx'),
		method: t(lang, 'source.method'),
		methods: {
			table: t(lang, 'method.table'),
			prose: t(lang, 'method.prose'),
			decoded: t(lang, 'method.decoded'),
			cross_year: t(lang, 'method.cross_year')
		},
		metric: t(lang, 'table.metric'),
		value: t(lang, 'table.value'),
		checks: t(lang, 'source.checks'),
		noChecks: t(lang, 'source.no_checks'),
		statuses: {
			pass: t(lang, 'check.pass'),
			fail: t(lang, 'check.fail'),
			not_assessable: t(lang, 'check.not_assessable')
		},
		noFacts: t(lang, 'source.not_found'),
		wholeReport: t(lang, 'source.whole_report'),
		source: t(lang, 'table.source'),
		imported: t(lang, 'import.label')
	};
}
