import { describe, expect, it } from 'vitest';
import { extractTable3 } from './extract-table3';

/** A 2021-layout 表三 as the 平潭 pages print it: cells run together after each label. */
function table(rows: Record<string, string>): string {
	const z = '0000000';
	const r = (k: string) => rows[k] ?? z;
	return [
		`一、本年新收政府信息公开申请数量 ${r('new')}`,
		`二、上年结转政府信息公开申请数量 ${z}`,
		`三、本年度办理结果 （一）予以公开 ${r('granted')}`,
		`（二）部分公开（区分处理的，只计这一情形，不计其他情形） ${r('partial')}`,
		`（三）不予公开 1.属于国家秘密 ${z}2.其他法律行政法规禁止公开 ${z}3.危及“三安全一稳定” ${z}`,
		`4.保护第三方合法权益 ${z}5.属于三类内部事务信息 ${z}6.属于四类过程性信息 ${z}`,
		`7.属于行政执法案卷 ${z}8.属于行政查询事项 ${z}`,
		`（四）无法提供 1.本机关不掌握相关政府信息 ${r('not_held')}2.没有现成信息需要另行制作 ${z}`,
		`3.补正后申请内容仍不明确 ${z}（五）不予处理 1.信访举报投诉类申请 ${z}2.重复申请 ${z}`,
		`3.要求提供公开出版物 ${z}4.无正当理由大量反复申请 ${z}5.要求行政机关确认或重新出具已获取信息 ${z}`,
		`（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 ${z}`,
		`2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 ${z}3.其他 ${r('misc')}`,
		`（七）总计 ${r('total')}四、结转下年度继续办理 ${z}`
	].join('');
}

const cells = (text: string, metric: string) =>
	extractTable3(text, 'post2019_2021')!
		.facts.filter((f) => f.metric === metric)
		.map((f) => f.value);

describe('extractTable3 on a row that does not add up', () => {
	// pingtan-ziran_2023: 部分公开 '8100008' and 总计 '191000019' add up no way; the legal_commercial
	// column has an outcome but no request, so the balance identity fails whatever the reading.
	const text = table({
		new: '190000019',
		granted: '6000006',
		partial: '8100008',
		not_held: '4000004',
		misc: '1000001',
		total: '191000019'
	});

	it('reads a row whose digits allow one split only, and says that it does not add up', () => {
		expect(cells(text, 'outcome_partial')).toEqual([8, 1, 0, 0, 0, 0, 8]);
		const warning = extractTable3(text, 'post2019_2021')!.warnings.find(
			(w) => w.code === 'row_does_not_add_up' && w.message.includes('outcome_partial')
		);
		expect(warning).toBeDefined();
	});

	it('decides 总计 by the outcome rows above it when the balance identity fails anyway', () => {
		expect(cells(text, 'outcome_total')).toEqual([19, 1, 0, 0, 0, 0, 19]);
	});

	it('leaves such a row out when the column identities do not decide it', () => {
		// Without the 部分公开 row's legal_commercial 1, nothing ties 总计's split to the columns.
		const open = table({ new: '190000019', granted: '19000019', total: '191000019' });
		expect(cells(open, 'outcome_total')).toEqual([]);
	});

	it('reads no non-summing row where another row shows that a blank cell vanished', () => {
		// '2200003' is 22|0|0|0|0|3 with a blank 总计 run together (seven digits, six cells printed):
		// the row of six digits for seven columns shows blanks vanish here, so no split is read.
		const text = table({
			new: '190000019',
			granted: '6000006',
			partial: '8100008',
			not_held: '2200003',
			misc: '000000',
			total: '191000019'
		});
		expect(cells(text, 'unable_not_held')).toEqual([]);
		expect(cells(text, 'outcome_partial')).toEqual([]);
	});
});
