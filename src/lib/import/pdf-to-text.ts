/**
 * A PDF's text layer with its tables rebuilt (pdf-text-layout.ts), read with pdf.js in the browser.
 * pdf.js and its worker are self-hosted (Vite `?url`) and loaded only when a PDF is imported; no
 * font or character map is fetched from anywhere.
 */
import { pageText, type TextItem } from './pdf-text-layout';

export async function pdfToText(data: ArrayBuffer): Promise<string> {
	const [pdfjs, { default: workerUrl }] = await Promise.all([
		import('pdfjs-dist'),
		import('pdfjs-dist/build/pdf.worker.min.mjs?url')
	]);
	pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
	const task = pdfjs.getDocument({
		data: new Uint8Array(data),
		useSystemFonts: false,
		disableFontFace: true,
		// No isEvalSupported: pdf.js 6 dropped the option with its eval path (it never evaluates
		// strings, which the site's Content-Security-Policy forbids).
		stopAtErrors: false
	});
	const doc = await task.promise;
	const pages: string[] = [];
	try {
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const content = await page.getTextContent();
			const items: TextItem[] = [];
			for (const item of content.items) {
				if (!('str' in item)) continue;
				items.push({
					str: item.str,
					x: item.transform[4] as number,
					y: item.transform[5] as number,
					width: item.width,
					height: item.height || Math.abs(item.transform[3] as number)
				});
			}
			pages.push(pageText(items));
			page.cleanup();
		}
	} finally {
		await task.destroy();
	}
	return pages.join('\n');
}
