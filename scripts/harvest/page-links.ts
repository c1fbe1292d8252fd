/**
 * What a government's 年报 column page links to: the annual reports (links whose text or title
 * names a 政府信息公开 annual report) and the column's further pages (下一页, numbered pages, and
 * the `createPageHTML(total, current, "index", "html")` script of the CMS most government sites
 * run, which writes index_1.html, index_2.html… in the browser).
 */
import { Parser } from 'htmlparser2';

export interface PageLink {
	url: string;
	text: string;
}

export interface PageLinks {
	title: string;
	reports: PageLink[];
	pages: string[];
	/** Attached files (PDF, Word): a report page often carries the report as an attachment. */
	files: PageLink[];
}

const REPORT_TITLE =
	/(政府信息公开|政务公开|信息公开).{0,16}(年度报告|年报|工作报告)|(年度报告|年报).{0,4}(政府信息公开|信息公开)|政府信息公开年報|政府信息公開.{0,16}年度報告/;
const NEXT = /^(下一?页|下頁|后页|next|›|»|>|>>)$/i;
const FILE_LINK = /\.(pdf|docx?|wps)(\?|#|$)/i;

/** True when a link's text (or title attribute) names an annual report on information disclosure. */
export const isReportTitle = (text: string) => REPORT_TITLE.test(text.replace(/\s+/g, ''));

export function pageLinks(html: string, baseUrl: string): PageLinks {
	const links: { href: string; text: string; title: string }[] = [];
	let open: { href: string; text: string; title: string } | null = null;
	let inTitle = false;
	let inScript = false;
	let title = '';
	let script = '';
	const parser = new Parser(
		{
			onopentag(name, attrs) {
				if (name === 'a' && attrs.href)
					open = { href: attrs.href, text: '', title: attrs.title ?? '' };
				else if (name === 'title') inTitle = true;
				else if (name === 'script') inScript = true;
			},
			ontext(text) {
				if (open) open.text += text;
				if (inTitle) title += text;
				if (inScript) script += text;
			},
			onclosetag(name) {
				if (name === 'a' && open) {
					links.push(open);
					open = null;
				} else if (name === 'title') inTitle = false;
				else if (name === 'script') {
					inScript = false;
					script += '\n';
				}
			}
		},
		{ decodeEntities: true, lowerCaseTags: true }
	);
	parser.write(html);
	parser.end();

	const base = new URL(baseUrl);
	const resolve = (href: string) => {
		if (/^(javascript|mailto|tel):/i.test(href.trim())) return null;
		try {
			const u = new URL(href.trim(), base);
			u.hash = '';
			return /^https?:$/.test(u.protocol) ? u.href : null;
		} catch {
			return null;
		}
	};
	const reports = new Map<string, PageLink>();
	const pages = new Set<string>();
	const files = new Map<string, PageLink>();
	const dir = base.href.replace(/[^/]*$/, '');
	for (const l of links) {
		const url = resolve(l.href);
		if (!url || url === base.href) continue;
		const text = l.text.replace(/\s+/g, ' ').trim();
		const label = `${text} ${l.title}`;
		if (FILE_LINK.test(url) && !files.has(url)) files.set(url, { url, text });
		if (isReportTitle(label)) {
			if (!reports.has(url)) reports.set(url, { url, text: text || l.title.trim() });
		} else if (
			url.startsWith(dir) &&
			!FILE_LINK.test(url) &&
			(NEXT.test(text) ||
				(/^\d{1,3}$/.test(text) && /(index|page|list)[_-]?\d*|[?&](page|p|pageNo)=/i.test(url)))
		)
			pages.add(url);
	}
	for (const url of cmsPages(script, base)) pages.add(url);
	return {
		title: title.replace(/\s+/g, ' ').trim(),
		reports: [...reports.values()],
		pages: [...pages],
		files: [...files.values()]
	};
}

/** createPageHTML(countPage, currentPage, prefix, suffix): pages prefix.suffix, prefix_1.suffix… */
function cmsPages(script: string, base: URL): string[] {
	const m = /createPageHTML\(\s*(\d+)\s*,\s*(\d+)\s*,\s*["']([\w-]+)["']\s*,\s*["'](\w+)["']/.exec(
		script
	);
	if (!m) return [];
	const count = Math.min(Number(m[1]), 200);
	const out: string[] = [];
	for (let i = 0; i < count; i++)
		out.push(new URL(i === 0 ? `${m[3]}.${m[4]}` : `${m[3]}_${i}.${m[4]}`, base).href);
	return out;
}
