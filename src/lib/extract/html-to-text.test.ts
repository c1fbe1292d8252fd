import { describe, expect, it } from 'vitest';
import { extractReport } from './extract-report';
import { htmlToText, looksLikeHtml } from './html-to-text';

describe('htmlToText', () => {
	it('turns table rows into "|" lines and expands rowspan and colspan', () => {
		const html = `<table>
			<tr><td rowspan="2">三、本年度办理结果</td><td>（一）予以公开</td><td>5</td><td>1</td></tr>
			<tr><td>（二）部分公开</td><td>2</td><td>&nbsp;</td></tr>
			<tr><td colspan="2">四、结转下年度继续办理</td><td>0</td><td>/</td></tr>
		</table>`;
		expect(htmlToText(html).split('\n')).toEqual([
			'| 三、本年度办理结果 | （一）予以公开 | 5 | 1 |',
			'|  | （二）部分公开 | 2 |  |',
			'| 四、结转下年度继续办理 |  | 0 | / |'
		]);
	});

	it('drops scripts and styles, keeps paragraphs apart and decodes entities', () => {
		const text = htmlToText(
			'<html><head><title>x</title><style>p{}</style></head><body><p>共受理申请&#54;9件</p><script>alert(1)</script><p>A &amp; B</p></body></html>'
		);
		expect(text.split(/\n+/)).toEqual(['共受理申请69件', 'A & B']);
	});

	it('decodes every named entity, not only a short list', () => {
		const text = htmlToText(
			'<p>收费&yen;1,200元&hellip;</p><p>3&times;4 &sect;5 &frac12; &le; &rarr; &copy; &deg; &hArr; &euro;</p><p>&nbsp;&ensp;&emsp;x</p>'
		);
		expect(text.split(/\n+/)).toEqual(['收费¥1,200元…', '3×4 §5 ½ ≤ → © ° ⇔ €', '   x']);
		// an unknown name stays as written, as in a browser
		expect(htmlToText('<p>a &zzz; b</p>')).toBe('a &zzz; b');
	});

	it('keeps a ">" inside an attribute inside the tag', () => {
		const html = `<table><tr><td title="a > b">本年新收</td><td data-x='1>0'>70</td></tr></table>
			<p><a href="x?a>b" title=">>">依申请公开</a>共<span class="n>1">3</span>件</p>`;
		expect(htmlToText(html).split('\n')).toEqual(['| 本年新收 | 70 |', '', '依申请公开共3件']);
	});

	it('reads a layout table around the report as text and the table inside it as rows', () => {
		const html = `<table><tr><td><p>2022年政府信息公开工作年度报告</p>
			<table><tr><td>（一）予以公开</td><td>5</td></tr><tr><td>（二）部分公开</td><td>2</td></tr></table>
			<p>四、存在的主要问题</p></td></tr></table>`;
		const lines = htmlToText(html)
			.split('\n')
			.map((l) => l.trim())
			.filter(Boolean);
		expect(lines).toEqual([
			'2022年政府信息公开工作年度报告',
			'| （一）予以公开 | 5 |',
			'| （二）部分公开 | 2 |',
			'四、存在的主要问题'
		]);
	});

	it('reads a page cut inside a table, and a page that never closes its head', () => {
		expect(htmlToText('<p>表三</p><table><tr><td>总计</td><td>12').split('\n')).toEqual([
			'表三',
			'',
			'| 总计 | 12 |'
		]);
		expect(htmlToText('<html><head><title>标题</title><body><p>共69件</p>')).toBe('共69件');
	});

	it('recognizes HTML', () => {
		expect(looksLikeHtml('<html><body><p>x</p></body></html>')).toBe(true);
		expect(looksLikeHtml('共受理申请69件 a < b > c')).toBe(false);
	});
});

describe('an HTML report', () => {
	it('is read like its text rendering: 表三 cells from a table with a rowspan label column', () => {
		const rows = [
			['一、本年新收政府信息公开申请数量', [3, 1, 0, 0, 0, 0, 4]],
			['二、上年结转政府信息公开申请数量', [0, 0, 0, 0, 0, 0, 0]],
			['（一）予以公开', [2, 1, 0, 0, 0, 0, 3]],
			['（七）总计', [3, 1, 0, 0, 0, 0, 4]],
			['四、结转下年度继续办理', [0, 0, 0, 0, 0, 0, 0]]
		] as const;
		const tr = rows
			.map(
				([label, v], i) =>
					`<tr>${i === 2 ? '<td rowspan="2">三、本年度办理结果</td>' : ''}<td>${label}</td>${v.map((x) => `<td>${x}</td>`).join('')}</tr>`
			)
			.join('');
		const html = `<html><body><p>2022年政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p><table>${tr}</table><p>逾期不补正</p></body></html>`;
		const result = extractReport(html, 'html-test');
		const got = result.facts
			.filter((f) => f.metric === 'requests_new')
			.map((f) => [f.applicant, f.value]);
		expect(got).toEqual([
			['natural_person', 3],
			['legal_commercial', 1],
			['legal_research', 0],
			['legal_social', 0],
			['legal_services', 0],
			['legal_other', 0],
			['total', 4]
		]);
		expect(result.text).not.toContain('<td>');
		for (const f of result.facts) expect(result.text.slice(f.span_start, f.span_end)).toBe(f.raw);
	});
});
