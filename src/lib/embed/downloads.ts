/** The embed's downloads, reusing the explorer's SVG/PNG/CSV helpers. Browser only. */
import { toCsv } from '../shared/to-csv';
import { chartLayers, fileName, saveBlob, standaloneSvg, svgToPng } from '../shared/download';
import type { ViewResult } from '../views/types';
import { versionStamp, VERSION_COLUMN } from '../share/version-stamp';

export async function downloadImage(
	box: HTMLElement,
	view: ViewResult,
	kind: 'svg' | 'png',
	version: string | null = null,
	lang: 'zh' | 'en' = 'zh'
): Promise<void> {
	const layers = chartLayers(box);
	if (!layers.length) return;
	const text = standaloneSvg(
		layers,
		`${view.title} ${view.subtitle}`,
		view.sourceLine + versionStamp(lang, version)
	);
	const blob = kind === 'svg' ? new Blob([text], { type: 'image/svg+xml' }) : await svgToPng(text);
	saveBlob(blob, fileName(view.title, kind));
}

export function downloadCsv(view: ViewResult, metric: string, version: string | null = null): void {
	const rows = view.rows.map((r) => ({ metric, ...r, [VERSION_COLUMN]: version }));
	const csv = toCsv(['metric', 'series', 'year', 'category', 'value', VERSION_COLUMN], rows);
	saveBlob(
		new Blob(['\uFEFF' + csv], { type: 'text/csv;charset=utf-8' }),
		fileName(`${metric}-${view.title}`, 'csv')
	);
}
