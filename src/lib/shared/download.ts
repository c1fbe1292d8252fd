/**
 * Downloads: a file saved under a name made from a title, and the current chart as SVG (styles
 * inlined, title and source line added) or PNG (the SVG drawn on a canvas). The explorer, the
 * embeds, the console and the import page use them; CSV text is csv.ts's. Browser only.
 */
const STYLE_PROPS = [
	'fill',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'opacity',
	'fill-opacity',
	'font-size',
	'font-weight',
	'font-family',
	'text-anchor',
	'dominant-baseline'
];

export function saveBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The SVG layers of the chart in `root`, bottom first: a chart draws its axes and lines in one
 * (`svg.base`) and its points or bars, which take pointer and keyboard, in another laid over it
 * (`svg.marks`). A download needs both.
 */
export function chartLayers(root: ParentNode): SVGSVGElement[] {
	const layers = [...root.querySelectorAll<SVGSVGElement>('figure svg.base, figure svg.marks')];
	const first = root.querySelector<SVGSVGElement>('figure svg');
	return layers.length ? layers : first ? [first] : [];
}

/** A copy of one layer with its computed styles inlined, so it draws without our stylesheet. */
function styledCopy(svg: SVGSVGElement): SVGSVGElement {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	originals.forEach((el, i) => {
		const style = getComputedStyle(el);
		const target = copies[i] as SVGElement;
		for (const p of STYLE_PROPS) {
			const v = style.getPropertyValue(p);
			if (v) target.style.setProperty(p, v);
		}
	});
	return clone;
}

/**
 * A standalone SVG of the chart (its layers stacked, chartLayers) with computed styles inlined and
 * the title and source line added.
 */
export function standaloneSvg(
	layers: readonly SVGSVGElement[],
	title: string,
	sourceLine: string
): string {
	const svg = layers[0]!;
	const box = svg.viewBox.baseVal;
	const width = box?.width || svg.clientWidth || 640;
	const height = box?.height || svg.clientHeight || 320;
	const top = 40;
	const bottom = 28;
	const ns = 'http://www.w3.org/2000/svg';
	const outer = document.createElementNS(ns, 'svg');
	outer.setAttribute('xmlns', ns);
	outer.setAttribute('width', String(width));
	outer.setAttribute('height', String(height + top + bottom));
	outer.setAttribute('viewBox', `0 0 ${width} ${height + top + bottom}`);
	const bg = document.createElementNS(ns, 'rect');
	bg.setAttribute('width', '100%');
	bg.setAttribute('height', '100%');
	bg.setAttribute('fill', '#ffffff');
	outer.appendChild(bg);
	const t = document.createElementNS(ns, 'text');
	t.setAttribute('x', '8');
	t.setAttribute('y', '24');
	t.setAttribute('font-size', '16');
	t.setAttribute('font-weight', '700');
	t.setAttribute('font-family', 'sans-serif');
	t.textContent = title;
	outer.appendChild(t);
	const g = document.createElementNS(ns, 'g');
	g.setAttribute('transform', `translate(0 ${top})`);
	for (const layer of layers) {
		const clone = styledCopy(layer);
		clone.setAttribute('width', String(width));
		clone.setAttribute('height', String(height));
		g.appendChild(clone);
	}
	outer.appendChild(g);
	const s = document.createElementNS(ns, 'text');
	s.setAttribute('x', '8');
	s.setAttribute('y', String(height + top + 18));
	s.setAttribute('font-size', '11');
	s.setAttribute('fill', '#555555');
	s.setAttribute('font-family', 'sans-serif');
	s.textContent = sourceLine;
	outer.appendChild(s);
	return new XMLSerializer().serializeToString(outer);
}

export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = new Image();
		await new Promise<void>((resolve, reject) => {
			img.onload = () => resolve();
			img.onerror = () => reject(new Error('the chart could not be drawn as an image'));
			img.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.ceil(img.width * scale);
		canvas.height = Math.ceil(img.height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('no 2D canvas');
		ctx.scale(scale, scale);
		ctx.drawImage(img, 0, 0);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** A file name from a title: letters, digits and CJK kept, the rest dashes. */
export function fileName(title: string, ext: string): string {
	const base =
		title
			.replace(/[^\p{L}\p{N}]+/gu, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 80) || 'ogi-atlas';
	return `${base}.${ext}`;
}
