/**
 * The console's URL: the query (`?q=`, or kept in this browser when too long for a link,
 * draft-query.ts), the language, the chart's settings while it is open, and the data source's own
 * parameter. Written with replaceState: the console's state is a link, not a history.
 */
import { replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import type { Lang } from '../i18n';
import type { ChartSettings } from './chart-settings';
import { withChartParamsOf } from './chart-settings';
import { clearDraft, saveDraft } from './draft-query';
import { consoleSearch, fitsInLink } from './url-query';

export interface ChartState {
	open: boolean;
	/** The settings drawn; null while not drawn (the link's settings then stay as they were). */
	drawn: ChartSettings | null;
}

export class ConsoleLink {
	/** The query in the page's URL ('' when none, or when too long for a link). */
	linkQ: string;

	constructor(
		q: string,
		private lang: Lang,
		private storage: Storage | undefined,
		private withParam: (search: string) => string
	) {
		this.linkQ = q;
	}

	/** Puts `q` in the URL, or, too long for a link, in this browser (a reload would fail). */
	setQuery(q: string, chart: ChartState): void {
		const fits = fitsInLink({ q, lang: this.lang });
		if (fits) clearDraft(this.storage);
		else saveDraft(this.storage, q);
		this.linkQ = fits ? q : '';
		this.write(chart);
	}

	/** The page's URL from the query in it and the chart's settings (when the chart is open). */
	write(chart: ChartState): void {
		let search = consoleSearch({
			q: this.linkQ,
			lang: this.lang,
			chart: chart.open ? chart.drawn : null
		});
		if (chart.open && !chart.drawn)
			search = withChartParamsOf(search, new URL(location.href).searchParams);
		try {
			// The path is resolve()d; only the query string, built by consoleSearch, is appended.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			replaceState(`${resolve('/sql')}${this.withParam(search)}`, {});
		} catch {
			// before the router starts: the next change writes the URL
		}
	}

	/** Copy link: the editor's query into the URL first; the link and whether it lacks the query. */
	link(sql: string, chart: ChartState): { url: string; tooLong: boolean } {
		if (sql.trim() && sql !== this.linkQ) this.setQuery(sql, chart);
		return { url: location.href, tooLong: !fitsInLink({ q: sql, lang: this.lang }) };
	}
}
