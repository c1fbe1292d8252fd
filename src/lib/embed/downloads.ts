/** The embed's downloads, reusing the explorer's SVG/PNG/CSV helpers. Browser only. */
import { toCsv } from '../shared/to-csv';
import { chartLayers, fileName, saveBlob, standaloneSvg, svgToPng } from '../shared/download';
import type { ViewResult } from '../views/types';

export async function downloadImage(
	box: HTMLElement,
	view: ViewResult,
	kind: 'svg' | 'png'
): Promise<void> {
	const layers = chartLayers(box);
	if (!layers.length) return;
	const text = standaloneSvg(layers, `${view.title} ${view.subtitle}`, view.sourceLine);
	const blob = kind === 'svg' ? new Blob([text], { type: 'image/svg+xml' }) : await svgToPng(text);
	saveBlob(blob, fileName(view.title, kind));
}

export function downloadCsv(view: ViewResult, metric: string): void {
	const rows = view.rows.map((r) => ({ metric, ...r }));
	const csv = toCsv(['metric', 'series', 'year', 'category', 'value'], rows);
	saveBlob(
		new Blob(['\uFEFF' + csv], { type: 'text/csv;charset=utf-8' }),
		fileName(`${metric}-${view.title}`, 'csv')
	);
}
