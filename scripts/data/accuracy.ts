/**
 * `npm run ingest -- --accuracy`: the engine against the hand-read values, per real report
 * (data/reports and the fetched reports read in place) and per rendering of the metamorphic test
 * (every report's tables rendered in each text form, src/lib/report-render).
 */
import { extractReport } from '../../src/lib/extract/extract-report.ts';
import { scoreFacts, type FactScore } from '../../src/lib/report-render/compare-facts.ts';
import { renderedCases } from '../../src/lib/report-render/rendered-cases.ts';
import { fetchedReportsDir, handReadReports } from './hand-read-reports.ts';
import { readReport } from './read-reports.ts';

type Row = { name: string; where: string } & Pick<FactScore, 'expected' | 'exact'> & {
		missing: number;
		wrong: number;
		blanksRead: number;
		guesses: number;
	};

function add(total: Row, s: Row): void {
	for (const k of ['expected', 'exact', 'missing', 'wrong', 'blanksRead', 'guesses'] as const)
		total[k] += s[k];
}

function row(name: string, where: string, s: FactScore): Row {
	return {
		name,
		where,
		expected: s.expected,
		exact: s.exact,
		missing: s.missing.length,
		wrong: s.wrong.length,
		blanksRead: s.blanksRead.length,
		guesses: s.guesses.length
	};
}

const empty = (name: string, where = ''): Row => row(name, where, scoreFacts([], []));

function table(title: string, rows: Row[]): string {
	const head = [
		'',
		'where',
		'expected',
		'exact',
		'%',
		'missing',
		'wrong',
		'blanks read',
		'guesses'
	];
	const lines = rows.map((r) => [
		r.name,
		r.where,
		String(r.expected),
		String(r.exact),
		r.expected ? ((100 * r.exact) / r.expected).toFixed(1) : '-',
		String(r.missing),
		String(r.wrong),
		String(r.blanksRead),
		String(r.guesses)
	]);
	const all = [head, ...lines];
	const widths = head.map((_, i) => Math.max(...all.map((l) => l[i]!.length)));
	return [
		title,
		...all.map((l) =>
			l.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
		)
	].join('\n');
}

export function accuracyReport(): string {
	const reports = handReadReports();
	const out: string[] = [];
	const real: Row[] = [];
	const totals = {
		'data/reports': empty('all in data/reports'),
		'reports-fetched': empty('all fetched')
	};
	for (const r of reports) {
		if (!r.file) continue;
		const result = readReport(r.file);
		const s = row(
			r.stem,
			r.where,
			scoreFacts(result.facts, r.expected.facts, r.expected.absent, r.expected.ambiguous)
		);
		real.push(s);
		add(totals[r.where as keyof typeof totals], s);
	}
	out.push(
		table('Real reports against their hand-read values (every printed number, table and prose):', [
			...real,
			totals['data/reports'],
			totals['reports-fetched']
		])
	);
	const fetched = fetchedReportsDir();
	const skipped = reports.filter((r) => !r.file).map((r) => r.stem);
	if (!fetched)
		out.push(
			`reports-fetched: folder not found (../shared/reports-fetched or $OGI_REPORTS_FETCHED); not measured: ${skipped.join(', ') || 'none'}`
		);
	else if (skipped.length) out.push(`no report text for: ${skipped.join(', ')}`);

	const byRendering = new Map<string, Row>();
	const cases = renderedCases(reports);
	for (const c of cases) {
		const name = `${c.rendering.id}${c.blanked ? ' (blanked)' : ''}`;
		const total =
			byRendering.get(name) ??
			empty(name, c.rendering.keepsBlanks ? 'blanks kept' : 'blanks vanish');
		byRendering.set(name, total);
		add(
			total,
			row(name, '', scoreFacts(extractReport(c.text, c.stem).facts, c.expected, c.absent))
		);
	}
	out.push(
		'',
		table(
			`Renderings (metamorphic: the tables of ${new Set(cases.map((c) => c.stem)).size} hand-read reports, table cells only):`,
			[...byRendering.values()]
		)
	);
	return out.join('\n');
}
