/**
 * Series colors. Charts refer to them as CSS custom properties (`--ogi-series-1` …
 * `--ogi-series-12`), which ChartFrame.svelte takes from the site's colour roles
 * (`--color-series-N` in src/lib/shared/theme.css: light, dark under a dark preference even with
 * JavaScript off, dark under `[data-theme="dark"]`, light in print). The hex values here are the
 * same ones (a test holds them together and checks their contrast with the backgrounds).
 *
 * Slots 1–4 and 6 are the Okabe–Ito colors (safe for the common color-vision deficiencies), 5 and
 * 7–11 are from Paul Tol's schemes, 12 is a neutral grey; each slot keeps its hue family in both
 * themes. Beyond about eight series no palette is distinguishable for everyone, which is why the
 * trend chart labels every line directly.
 */

export const SERIES_COLORS_LIGHT = [
	'#0072B2',
	'#D55E00',
	'#009E73',
	'#CC79A7',
	'#332288',
	'#A66E00',
	'#882255',
	'#7D7D1F',
	'#AA4499',
	'#CC6677',
	'#2F8F80',
	'#666666'
] as const;

export const SERIES_COLORS_DARK = [
	'#56B4E9',
	'#EE7733',
	'#1DB58A',
	'#DD99C4',
	'#9988EE',
	'#E69F00',
	'#EE6699',
	'#CCCC55',
	'#CC77DD',
	'#EE99AA',
	'#44BBAA',
	'#BBBBBB'
] as const;

/** The background each set is checked against: the site's surface (--color-surface in theme.css). */
export const BACKGROUND_LIGHT = '#FFFFFF';
export const BACKGROUND_DARK = '#15181C';

/** The CSS color of the i-th series (0-based); more than twelve series reuse the colors. */
export function seriesColor(index: number): string {
	const slot =
		(((index % SERIES_COLORS_LIGHT.length) + SERIES_COLORS_LIGHT.length) %
			SERIES_COLORS_LIGHT.length) +
		1;
	return `var(--ogi-series-${slot}, ${SERIES_COLORS_LIGHT[slot - 1]})`;
}

/** WCAG relative luminance of a #rrggbb color. */
export function luminance(hex: string): number {
	const channel = (i: number) => {
		const v = parseInt(hex.slice(i, i + 2), 16) / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two #rrggbb colors. */
export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** Dark or light text for a label drawn on a fill; null when the fill is not a #rrggbb color. */
export function textColorOn(fill: string): string | null {
	if (!/^#[0-9a-f]{6}$/i.test(fill)) return null;
	return contrastRatio(fill, '#111111') >= contrastRatio(fill, '#FFFFFF') ? '#111111' : '#FFFFFF';
}
