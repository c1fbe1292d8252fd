import { describe, expect, it } from 'vitest';
import { changesData, embedSearch, exploreSearch, parseEmbed } from './embed-params';
import { HEIGHT_SCRIPT, embedUrl, iframeSnippet } from './embed-snippet';

const q = (s: string) => new URLSearchParams(s);

describe('embed parameters', () => {
	it('reads the explorer state and the embed options, never throwing', () => {
		const p = parseEmbed('compare', q('regions=440400&lang=en&theme=dark&static=1&downloads=0'));
		expect(p.state.view).toBe('compare');
		expect(p.state.regions).toEqual(['440400']);
		expect(p.options).toEqual({ theme: 'dark', static: true, downloads: false });
		expect(p.problems).toEqual([]);
	});

	it('turns bad values into defaults with a problem', () => {
		const p = parseEmbed('trend', q('regions=<script>&theme=neon&static=maybe&downloads=2'));
		expect(p.options).toEqual({ theme: 'light', static: false, downloads: true });
		expect(p.problems.map((x) => x.param)).toEqual(['regions', 'theme', 'static', 'downloads']);
	});

	it('knows when the data differs from the prerendered default', () => {
		expect(changesData(q('lang=en&theme=dark&static=1&downloads=0&view=compare'))).toBe(false);
		expect(changesData(q('regions=440400'))).toBe(true);
	});

	it('links back to the explorer with the same state and view', () => {
		const { state } = parseEmbed('handling', q('regions=440400,350128&lang=en&theme=dark'));
		expect(exploreSearch(state, 'handling')).toBe('?view=handling&regions=440400,350128&lang=en');
		expect(embedSearch(state, { theme: 'dark', static: true, downloads: false })).toBe(
			'?regions=440400,350128&lang=en&theme=dark&static=1&downloads=0'
		);
	});

	it('writes the iframe snippet with an absolute, escaped URL', () => {
		const src = embedUrl('https://x.org', '', 'trend', '?view=compare&metric=grant_rate', {
			lang: 'zh',
			theme: 'light',
			static: false,
			downloads: true
		});
		expect(src).toBe('https://x.org/embed/trend?metric=grant_rate');
		expect(iframeSnippet(`${src}&a="b"`, 'T<', 500)).toBe(
			'<iframe src="https://x.org/embed/trend?metric=grant_rate&amp;a=&quot;b&quot;" title="T&lt;" style="width:100%;border:0" height="500" loading="lazy"></iframe>\n' +
				HEIGHT_SCRIPT
		);
		// A fixed width shrinks with a narrower column.
		expect(iframeSnippet(src, 'T', 500, '400')).toContain(
			'style="width:400px;max-width:100%;border:0"'
		);
	});

	it('applies the height messages of our frames only, once per page', () => {
		const heights: string[] = [];
		const frame = { contentWindow: {}, style: { height: '' } };
		const other = { contentWindow: {}, style: { height: '' } };
		let listener: ((e: { source: unknown; data: unknown }) => void) | undefined;
		const win: Record<string, unknown> = {};
		const run = new Function(
			'window',
			'addEventListener',
			'document',
			HEIGHT_SCRIPT.replace(/^<script>|<\/script>$/g, '')
		);
		const doc = { querySelectorAll: () => [frame, other] };
		const add = (_: string, f: typeof listener) => {
			heights.push('added');
			listener = f;
		};
		run(win, add, doc);
		run(win, add, doc);
		expect(heights).toEqual(['added']);
		listener!({ source: frame.contentWindow, data: { type: 'ogi:height', height: 311.2 } });
		listener!({ source: frame.contentWindow, data: { type: 'other', height: 5 } });
		expect(frame.style.height).toBe('312px');
		expect(other.style.height).toBe('');
	});
});
