import { describe, expect, it } from 'vitest';
import { extractProse } from './extract-prose';
import { extractStatTable } from './extract-stat-table';

const read = (text: string) => {
	const result = extractStatTable(
		text,
		extractProse(text, 'pre2019', () => false)
	)!;
	return Object.fromEntries(result.facts.map((f) => [f.metric, f.value]));
};

// pingtan-ziran_2017: the prose's year figure (733) contradicts the table, its cumulative does not.
const TABLE =
	'附表指标名称单位2017年度历年累计主动公开文件数条6262027其中：1.政府网站公开数条62620272.政府公报公开数条00' +
	'受理政府信息公开申请总数条1423其中：1.当面申请数条152.网上申请数条243.信函、传真申请数条1114';

describe('extractStatTable: a run-together year | cumulative pair', () => {
	it('is split where the cumulative the prose states matches', () => {
		const text = '2017年度，主动公开政府信息733条。历年累计主动公开政府信息2027条。' + TABLE;
		expect(read(text)).toMatchObject({ proactive_total: 626, proactive_via_website: 626 });
	});

	it('is left undecided when nothing in the report decides it', () => {
		const text = '2017年度，主动公开政府信息733条。' + TABLE;
		const facts = read(text);
		expect(facts.proactive_total).toBeUndefined();
		expect(facts.proactive_via_website).toBeUndefined();
	});
});
