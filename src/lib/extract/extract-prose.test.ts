import { describe, expect, it } from 'vitest';
import { extractProse } from './extract-prose';
import { parseProseNumber } from './parse-number';
import { countTokens } from './prose-numbers';
import type { Fact, ReportFormat } from './types';

const facts = (text: string, format: ReportFormat = 'pre2019', skip = () => false): Fact[] =>
	extractProse(text, format, skip);

/** "metric=value", with "/applicant" when not total and "~" when approximate. */
const read = (text: string, format: ReportFormat = 'pre2019') =>
	facts(text, format).map(
		(f) =>
			`${f.metric}${f.applicant === 'total' ? '' : '/' + f.applicant}=${f.value}${f.approx ? '~' : ''}`
	);

describe('parseProseNumber', () => {
	it('reads plain, grouped, decimal and 万 numbers', () => {
		expect(parseProseNumber('21503')).toEqual({ value: 21503, approx: false });
		expect(parseProseNumber('3,119')).toEqual({ value: 3119, approx: false });
		expect(parseProseNumber('1.6', '', '万')).toEqual({ value: 16000, approx: true });
		expect(parseProseNumber('1700', '', '多万')).toEqual({ value: 17000000, approx: true });
	});

	it('marks 约/近/余/多 as approximate', () => {
		expect(parseProseNumber('300', '约')).toEqual({ value: 300, approx: true });
		expect(parseProseNumber('70', '', '多')).toEqual({ value: 70, approx: true });
		expect(parseProseNumber('40', '', '余')).toEqual({ value: 40, approx: true });
	});

	it('reads the zero word and refuses what is not a number', () => {
		expect(parseProseNumber('零')).toEqual({ value: 0, approx: false });
		expect(parseProseNumber('12a')).toBeNull();
		expect(parseProseNumber('')).toBeNull();
	});
});

describe('countTokens', () => {
	const units = (clause: string) => countTokens(clause).map((t) => `${t.printed}${t.unit}`);

	it('counts numbers with a counting unit only', () => {
		expect(units('2019年3月共受理申请12件占40%')).toEqual(['12件']);
		expect(units('依据〔2017〕88号文件第3条')).toEqual([]);
		expect(units('PM2.5浓度下降')).toEqual([]);
	});

	it('keeps 万元 as the unit of "3.765万元"', () => {
		const [token] = countTokens('经费支出为人民币3.765万元');
		expect(token).toMatchObject({ printed: 3.765, unit: '万元', approx: false });
	});

	it('takes 零 as a value only where it is stated as one', () => {
		expect(units('行政复议案件为零')).toEqual(['0']);
		expect(units('零星申请12件')).toEqual(['12件']);
	});

	it('marks the parts of a compound count such as "3次11场"', () => {
		expect(countTokens('召开新闻发布会3次11场').map((t) => t.compound)).toEqual([true, true]);
	});
});

describe('extractProse: reading a clause', () => {
	it('reads the 统计表 sequence of a request sentence from each clause', () => {
		expect(
			read(
				'2016年，全市共受理政府信息公开申请120件，答复118件，其中同意公开70件，同意部分公开20件，不同意公开8件，信息不存在12件，告知作出更改补充8件。'
			)
		).toEqual([
			'requests_received=120',
			'answers_total=118',
			'answer_granted=70',
			'answer_partial=20',
			'answer_denied=8',
			'answer_not_exist=12',
			'answer_correction_required=8'
		]);
	});

	it('gives an outcome to the review or lawsuit the sentence last named', () => {
		expect(
			read('因政府信息公开申请行政复议3件，维持2件，纠正1件；提起行政诉讼2件，维持1件，其他1件。')
		).toEqual([
			'review_total=3',
			'review_upheld=2',
			'review_corrected=1',
			'litigation_total=2',
			'litigation_upheld=1',
			'litigation_other=1'
		]);
	});

	it('reads the closing of requests after a request total', () => {
		expect(read('全年共受理政府信息公开申请30件，按时办结28件，延期办结2件。')).toEqual([
			'requests_received=30',
			'requests_closed_on_time=28',
			'requests_closed_extended=2'
		]);
		expect(read('12345热线按时办结5000件。')).toEqual([]);
	});

	it('does not read an outcome without a review or lawsuit before it', () => {
		expect(read('全年维持原决定4件，纠正2件。')).toEqual([]);
	});

	it('reads the request channels and a bare channel after a request total', () => {
		expect(
			read('全年共受理政府信息公开申请30件，其中当面申请10件，网上申请15件，传真5件。')
		).toEqual([
			'requests_received=30',
			'channel_in_person=10',
			'channel_online=15',
			'channel_fax=5'
		]);
		expect(read('信函、传真申请数4件。')).toEqual([]);
	});

	it('reads a number written before its object', () => {
		expect(read('2017年，本区共受理8件依申请公开。')).toEqual(['requests_received=8']);
		expect(read('本年收到2份有关政府信息公开的行政复议申请。')).toEqual(['review_total=2']);
	});

	it('does not take the act a later verb names ("收到申请信函并办理1起")', () => {
		expect(read('某县收到政府信息公开申请信函并办理1起。')).toEqual([]);
	});

	it('reads the proactive channels, and only one channel at a time', () => {
		expect(
			read(
				'通过政府网站公开政府信息900条，通过政府公报公开政府信息12条，通过政务微博微信公开300条，通过报刊、电视等其他方式公开政府信息40条。'
			)
		).toEqual(['proactive_via_website=900', 'proactive_via_gazette=12', 'proactive_via_other=40']);
	});

	it('takes the channel an objectless clause speaks of from the clause before it', () => {
		expect(read('其中政务微博3个，共发布信息120条；微信公众号2个，共发布信息80条。')).toEqual([
			'proactive_via_weibo=120',
			'proactive_via_wechat=80'
		]);
	});

	it('reads "all kinds published on the initiative" as the proactive total, not the website', () => {
		expect(read('主动通过政府门户网站发布各类政府信息1000条，其中规范性文件20条。')).toEqual([
			'proactive_total=1000',
			'proactive_normative_docs=20'
		]);
		expect(
			read('主动通过政府门户网站发布各类政府信息1000条，政策、规范性文件类信息20条。')
		).toEqual(['proactive_total=1000']);
	});

	it('reads an event count whose event the sentence named before', () => {
		expect(read('市政府网站定期开展在线访谈活动，邀请部门负责人解读政策，全年共举办9场。')).toEqual(
			['online_interviews=9']
		);
		expect(read('全年共举办9场，内容涉及民生。')).toEqual([]);
	});

	it('reads a section-named object ("政策解读" section, "共发布信息N条")', () => {
		expect(read('（四）政策解读情况\n设立政策解读专栏。2017年，共发布信息40条。')).toEqual([
			'policy_interpretations=40'
		]);
		expect(read('（四）重点领域信息公开\n设立专栏。2017年，共发布信息40条。')).toEqual([]);
	});

	it('reads the organisation figures of the 统计表 in prose', () => {
		expect(
			read(
				'现有专职人员3名，兼职人员12名；设置政府信息公开查阅点5个。全年工作经费支出为人民币2.5万元。共举办培训2期，共300人参加培训。'
			)
		).toEqual([
			'staff_full_time=3',
			'staff_part_time=12',
			'reading_rooms=5',
			'budget_10k_yuan=2.5',
			'trainings=2',
			'trainees=300'
		]);
	});
});

describe('extractProse: the whole region, not a part of it', () => {
	it('rejects a figure of departments or townships', () => {
		expect(read('区直各部门主动公开政府信息300条，各乡镇主动公开政府信息120条。')).toEqual([]);
		expect(read('全区各乡镇主动公开政府信息120条。')).toEqual([]);
		expect(read('县政府公开办主动公开信息数为62条。')).toEqual([]);
	});

	it('does not read a sub-count after 其中 as a total', () => {
		expect(read('全年共举办新闻发布会12场，其中市政府新闻发布会8场。')).toEqual([
			'press_conferences=12'
		]);
		expect(read('因政府信息公开申请行政复议3件，收到行政复议决定书3份。')).toEqual([
			'review_total=3'
		]);
	});

	it('keeps the total and drops the sub-count of a named part', () => {
		expect(read('全区主动公开政府信息420条，其中县政府办公室主动公开政府信息50条。')).toEqual([
			'proactive_total=420'
		]);
	});

	it('accepts a subject that names all levels', () => {
		expect(read('全市各县区、各部门共受理政府信息公开申请22件。')).toEqual([
			'requests_received=22'
		]);
		expect(read('市政府和市直各部门、各区政府共受理政府信息公开申请40件。')).toEqual([
			'requests_received=40'
		]);
	});

	it('does not read a service hall, a hotline or another kind of application as a request', () => {
		expect(read('区行政服务中心开设窗口26个，共受理申请121510件。')).toEqual([]);
		expect(read('12345热线共受理群众诉求5000件。')).toEqual([]);
		expect(read('（二）依申请公开\n全年受理行政许可申请300件。')).toEqual([]);
	});

	it('reads a bare "申请" only in the 依申请公开 section', () => {
		expect(read('（二）依申请公开方面\n本年度共收到60件申请。', 'post2019_2021')).toEqual([
			'requests_new=60'
		]);
		expect(read('（二）便民服务方面\n本年度共收到60件申请。', 'post2019_2021')).toEqual([]);
	});
});

describe('extractProse: what is not a count', () => {
	it('never reads a percentage, a change or a cumulative figure', () => {
		expect(read('当面申请占60%，同比增长12%。')).toEqual([]);
		expect(read('受理政府信息公开申请较上年增加20件。')).toEqual([]);
		expect(read('自2008年以来累计主动公开政府信息5万余条。')).toEqual([]);
		expect(read('历年累计主动公开政府信息52000条。')).toEqual([]);
	});

	it('does not read a compound count or a sub-count in parentheses', () => {
		expect(read('全年共召开新闻发布会3次11场。')).toEqual([]);
		expect(read('举办新闻发布会45次（其中主要负责人出席20次）。')).toEqual([
			'press_conferences=45'
		]);
	});

	it('reads 零 only where it is stated as a value; 无 and 未 are no number', () => {
		expect(
			read('六、复议和诉讼情况\n行政复议案件为零；行政诉讼案件为1件，被依法纠错数为零。')
		).toEqual(['review_total=0', 'litigation_total=1', 'litigation_corrected=0']);
		expect(read('全年未收到政府信息公开申请，无行政复议和行政诉讼。')).toEqual([]);
		// A review count needs a disclosure context: this one is the legal office's whole caseload.
		expect(read('（三）推进执法公开\n全年共办理行政复议案件120件。')).toEqual([]);
	});
});

describe('extractProse: approximations', () => {
	it('keeps 约/近/余/多/万 and marks them approximate', () => {
		expect(read('全年主动公开政府信息约1.6万条。')).toEqual(['proactive_total=16000~']);
		expect(read('召开专题新闻发布会20余场。')).toEqual(['press_conferences=20~']);
		expect(read('处置网络舆情近70件。')).toEqual(['hotspot_responses=70~']);
		expect(read('共接受咨询1500多人次。')).toEqual(['consultations=1500~']);
	});

	it('ties raw and span to the printed characters, approximation words included', () => {
		const text = '全年主动公开政府信息约 1.6万条。';
		const [fact] = facts(text);
		expect(fact?.raw).toBe('约 1.6万');
		expect(text.slice(fact!.span_start, fact!.span_end)).toBe(fact?.raw);
	});
});

describe('extractProse: since 2019', () => {
	it('reads the standard request sentence', () => {
		expect(
			read(
				'本年度新收政府信息公开申请75件，上年结转5件，办结78件，结转下年度继续办理2件。',
				'post2019_2021'
			)
		).toEqual([
			'requests_new=75',
			'requests_carried_over=5',
			'outcome_total=78',
			'requests_carried_forward=2'
		]);
		expect(
			read(
				'共受理政府信息公开申请300件，答复290件（含上年度结转申请10件，另有20件顺延到下年度答复）。',
				'post2019_2021'
			)
		).toEqual([
			'requests_new=300',
			'outcome_total=290',
			'requests_carried_over=10',
			'requests_carried_forward=20'
		]);
	});

	it('does not read new requests from a figure that includes the carried-over ones', () => {
		expect(read('全年共收到政府信息公开申请80件（含上年结转5件）。', 'post2019_2021')).toEqual([
			'requests_carried_over=5'
		]);
	});

	it('reads the outcome subtotals after a request sentence, and not a combined one', () => {
		expect(
			read(
				'办结政府信息公开申请50件，其中：予以公开及部分公开20件，占40%；不予公开5件；无法提供20件；不予处理3件；其他处理2件。',
				'post2019_2021'
			)
		).toEqual([
			'outcome_total=50',
			'outcome_denied=5',
			'outcome_unable=20',
			'outcome_not_processed=3',
			'outcome_other=2'
		]);
	});

	it('divides new requests by applicant only right after them', () => {
		expect(
			read('全年新收政府信息公开申请12件，其中自然人10件、商业企业2件。', 'post2019_2021')
		).toEqual([
			'requests_new=12',
			'requests_new/natural_person=10',
			'requests_new/legal_commercial=2'
		]);
		expect(
			read('共收到政府信息公开申请100件，办结98件，其中自然人90件。', 'post2019_2021')
		).toEqual(['requests_new=100', 'outcome_total=98']);
	});

	it('reads the reviews and keeps the lawsuits, which have no single id since 2019', () => {
		expect(
			read(
				'因政府信息公开被申请行政复议6件，其中结果维持3件，结果纠正1件，尚未审结2件；行政诉讼4件，其中结果维持4件。',
				'post2019_2021'
			)
		).toEqual(['review_total=6', 'review_upheld=3', 'review_corrected=1', 'review_pending=2']);
	});

	it('reads rules and normative documents made this year, not a mix or the stock', () => {
		expect(
			read('全年制定规章3件、行政规范性文件12件，废止规范性文件4件。', 'post2019_2021')
		).toEqual(['rules_made=3', 'normative_docs_made=12', 'normative_docs_repealed=4']);
		expect(read('2022年主动公开规章13件（含新制定5件，修改4件）。', 'post2019_2021')).toEqual([]);
		expect(read('集中发布现行有效行政规范性文件393件。', 'post2019_2021')).toEqual([]);
		expect(read('全年制定规章3件。', 'post2019_2019')).toEqual([]);
	});

	it('reads the normative documents repealed and in force where the sentence states them', () => {
		expect(
			read(
				'2025年，实验区管委会（办公室）制发行政规范性文件9件，按程序确认失效或废止文件7件，现行有效行政规范性文件共253件。',
				'post2019_2021'
			)
		).toEqual([
			'normative_docs_made=9',
			'normative_docs_repealed=7',
			'normative_docs_in_force=253'
		]);
		expect(
			read('八是建成规范性文件库，本年度制发规范性文件34件，现行有效件数424件。', 'post2019_2021')
		).toEqual(['normative_docs_made=34', 'normative_docs_in_force=424']);
		// Publishing the documents in force is an act, not the count in force; 规章 are not 规范性文件.
		expect(read('清理并集中发布现行有效行政规范性文件393件。', 'post2019_2021')).toEqual([]);
		expect(read('现行有效规章12件。', 'post2019_2021')).toEqual([]);
		expect(read('累计废止规范性文件40件。', 'post2019_2021')).toEqual([]);
	});

	it('reads concluded requests stated number first, not requests merely handled', () => {
		expect(
			read(
				'2022年共收到政府信息公开申请16件，主要涉及征地拆迁等方面；16件公开申请均已办结，办结率100%。',
				'post2019_2021'
			)
		).toEqual(['requests_new=16', 'outcome_total=16']);
		expect(
			read(
				'2023年接收各类政府信息公开申请21件，主要涉及征地拆迁等方面，21件公开申请均在法定时限内办理。',
				'post2019_2021'
			)
		).toEqual(['requests_new=21']);
	});

	it("reads a zone's 管委会 as its government, not as one of its bodies", () => {
		expect(read('2025年，实验区管委会（办公室）共受理公开申请34件。', 'post2019_2021')).toEqual([
			'requests_new=34'
		]);
		expect(read('区卫健委共受理政府信息公开申请5件。', 'post2019_2021')).toEqual([]);
	});

	it('uses the ids of the report layout', () => {
		expect(read('全年主动公开政府信息1136条。', 'post2019_2021')).toEqual([]);
		expect(read('全年共受理政府信息公开申请12件。', 'pre2019')).toEqual(['requests_received=12']);
		expect(read('全年共受理政府信息公开申请12件。', 'post2019_2019')).toEqual(['requests_new=12']);
		expect(read('全年共受理政府信息公开申请12件。', 'unknown')).toEqual([]);
	});
});

describe('extractProse: text as printed', () => {
	it('joins a sentence a PDF wrapped over lines and drops a page number between them', () => {
		const text =
			'（二）依申请公开情况。2024 年，全市共受理政府信息公开申\n请 312 件，答复 300 件，均在法定期限内答复。\n';
		const found = facts(text, 'post2019_2021');
		expect(found.map((f) => `${f.metric}=${f.value}`)).toEqual([
			'requests_new=312',
			'outcome_total=300'
		]);
		for (const f of found) expect(text.slice(f.span_start, f.span_end)).toBe(f.raw);
		const paged = '政府信息公开行政复议 351 件，其中结果维持 72 件，结\n- 3 -\n果纠正 64 件。';
		expect(read(paged, 'post2019_2021')).toEqual([
			'review_total=351',
			'review_upheld=72',
			'review_corrected=64'
		]);
	});

	it('does not read a number inside a table region as prose', () => {
		const text = '全年共受理政府信息公开申请12件。';
		expect(extractProse(text, 'pre2019', () => true)).toEqual([]);
	});

	it('survives any input', () => {
		const inputs = [
			'',
			'\n\n',
			'（（（（（12件',
			'）））12件（（（',
			'零',
			'为零',
			'\ud800\udc00\ud800',
			'共受理政府信息公开申请'.repeat(500) + '12件',
			'1件2条3次'.repeat(2000),
			'行政复议' + '，'.repeat(1000) + '维持3件'
		];
		for (const input of inputs)
			for (const format of ['pre2019', 'post2019_2019', 'post2019_2021', 'unknown'] as const) {
				const found = extractProse(input, format, () => false);
				for (const f of found) {
					expect(input.slice(f.span_start, f.span_end)).toBe(f.raw);
					expect(Number.isFinite(f.value) && f.value >= 0).toBe(true);
				}
			}
	});
});

describe('extractProse: the 平潭 department reports', () => {
	it('reads a request total whose object is a bare "依申请公开", and a merged 信函传真 channel as no channel', () => {
		// pingtan-ziran_2017: 信函传真 is one merged channel (the 统计表's 信函、传真申请数), not 传真.
		expect(
			read('2017年我局受理依申请公开14件，其中当面申请1件、网上申请2件、信函传真申请11件。')
		).toEqual(['requests_received=14', 'channel_in_person=1', 'channel_online=2']);
	});

	it('reads "受理的14件依申请公开" as the requests received', () => {
		expect(read('2018年我局受理的14件依申请公开全都按规定进行了。')).toEqual([
			'requests_received=14'
		]);
	});

	it('reads answer counts named in quotes ("“同意公开”的件数1件")', () => {
		expect(
			read(
				'2017年我局受理依申请公开14件。已答复中“同意公开”的件数1件，“部分公开”的件数为5件，“不予公开”的件数0件。'
			)
		).toEqual(['requests_received=14', 'answer_granted=1', 'answer_partial=5', 'answer_denied=0']);
	});

	it('reads 免于公开 as a denial (pingtan-county_2012)', () => {
		expect(read('对依申请公开的答复总数21条，其中同意公开答复数17条，免于公开答复数2条。')).toEqual(
			['answers_total=21', 'answer_granted=17', 'answer_denied=2']
		);
	});

	it('does not read "办理依申请公开30件" (handled: neither received nor concluded)', () => {
		expect(read('全年政府信息主动公开64条；办理依申请公开30件。', 'post2019_2021')).toEqual([]);
	});

	it('does not take the section title "依申请公开办理情况" for the disclosure office (公开办)', () => {
		expect(
			read('三、政府信息依申请公开办理情况（一）受理依申请公开的数量2017年我局受理依申请公开14件。')
		).toEqual(['requests_received=14']);
	});

	it('reads the outcomes in the 统计表 wording since 2019 (pingtan-shichang_2024)', () => {
		expect(
			read(
				'2024年共收到政府信息公开申请4件，同意公开答复数1件，区分处理后公开数 1件，无法提供数2件。',
				'post2019_2021'
			)
		).toEqual(['requests_new=4', 'outcome_granted=1', 'outcome_partial=1', 'outcome_unable=2']);
	});
});
