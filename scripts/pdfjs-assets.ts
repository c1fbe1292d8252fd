/**
 * pdf.js's packed character maps and standard font data, served from our origin under
 * /pdfjs/cmaps/ and /pdfjs/standard_fonts/ (src/lib/import/pdf-to-text.ts points pdf.js there).
 * The browser fetches one only while reading a PDF that needs it, e.g. a Chinese font that is not
 * embedded (UniGB-UCS2-H → Adobe-GB1). A Vite plugin copies them from pdfjs-dist into static/pdfjs/
 * (gitignored) when the build or the dev server starts, so they are always those of the pdf.js
 * version installed.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** The folders of pdf.js's own data files in node_modules, for pdf.js in Node. */
export const pdfjsDataDirs = {
	cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
	standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/'
};

export function copyPdfjsAssets(target: string): void {
	const version = (
		JSON.parse(readFileSync(join(pdfjsRoot, 'package.json'), 'utf8')) as {
			version: string;
		}
	).version;
	const marker = join(target, 'VERSION');
	if (existsSync(marker) && readFileSync(marker, 'utf8') === version) return;
	rmSync(target, { recursive: true, force: true });
	cpSync(join(pdfjsRoot, 'cmaps'), join(target, 'cmaps'), { recursive: true });
	cpSync(join(pdfjsRoot, 'standard_fonts'), join(target, 'standard_fonts'), { recursive: true });
	writeFileSync(marker, version);
}

export function pdfjsAssets(): Plugin {
	return {
		name: 'ogi-pdfjs-assets',
		buildStart() {
			copyPdfjsAssets(resolve('static', 'pdfjs'));
		}
	};
}
