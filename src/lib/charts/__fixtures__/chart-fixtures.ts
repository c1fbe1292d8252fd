/**
 * Fixed chart inputs for the layout and snapshot tests: small, hand-made, covering the cases the
 * charts must draw honestly (gaps, format changes, failed checks, log scale, nulls, incomplete bars).
 */
import type {
	CompareData,
	HandlingData,
	MarkInfo,
	SourceRef,
	TrendData,
	TrendPointData
} from '../chart-types';

export function source(region: string, year: number, metrics = ['requests_new']): SourceRef {
	return { report_id: `${region}-${year}`, metrics, applicant: 'total', region_id: region, year };
}

export function mark(value: number | null, extra: Partial<MarkInfo> = {}): MarkInfo {
	return { value, approx: false, failedChecks: [], source: null, ...extra };
}

/** A point; format pre2019 before 2019, post2019_2019 from then on unless given. */
export function pt(
	region: string,
	year: number,
	value: number | null,
	extra: Partial<TrendPointData> = {}
): TrendPointData {
	return {
		year,
		format: year < 2019 ? 'pre2019' : 'post2019_2019',
		...mark(value, { source: source(region, year) }),
		...extra
	};
}

/** Three regions, 2014–2021: a null, a missing year, a format change, a failed check, close ends. */
export const requestsTrend: TrendData = {
	title: 'Information requests',
	subtitle: 'New requests per year',
	yLabel: 'requests',
	valueFormat: 'count',
	scale: 'linear',
	relativeTo: null,
	series: [
		{
			key: '350128',
			label: '平潭',
			points: [
				pt('350128', 2014, 23),
				pt('350128', 2015, 31),
				pt('350128', 2016, null),
				pt('350128', 2017, 40),
				pt('350128', 2018, 52),
				pt('350128', 2019, 88, { failedChecks: ['table3_total'] }),
				pt('350128', 2020, 120, { approx: true }),
				pt('350128', 2021, 154)
			]
		},
		{
			key: '350100',
			label: 'Fuzhou Municipal People’s Government',
			points: [
				pt('350100', 2014, 200),
				pt('350100', 2015, 180),
				// 2016 and 2017: no report at all
				pt('350100', 2018, 150),
				pt('350100', 2019, 149),
				pt('350100', 2020, 151),
				pt('350100', 2021, 150)
			]
		},
		{
			key: '350200',
			label: '厦门',
			points: [pt('350200', 2019, 140), pt('350200', 2020, 147), pt('350200', 2021, 146)]
		}
	]
};

/** Log scale with values that cannot be drawn there (0 and negative). */
export const logTrend: TrendData = {
	title: 'Administrative reconsiderations',
	subtitle: 'Log scale',
	yLabel: 'cases',
	valueFormat: 'count',
	scale: 'log',
	relativeTo: null,
	series: [
		{
			key: 'a',
			label: 'A',
			points: [pt('a', 2017, 3), pt('a', 2018, 0), pt('a', 2019, 30), pt('a', 2020, 2400)]
		},
		{
			key: 'b',
			label: 'B',
			points: [pt('b', 2017, 12), pt('b', 2018, 15), pt('b', 2019, -1), pt('b', 2020, 9)]
		}
	]
};

/** Relative change since 2019 (ratios), rates with numerator/denominator, in Chinese. */
export const relativeTrend: TrendData = {
	title: '依申请公开答复时限',
	subtitle: '相对2019年的变化',
	yLabel: '相对2019年',
	valueFormat: 'percent',
	scale: 'linear',
	relativeTo: 2019,
	series: [
		{
			key: 'x',
			label: '平潭综合实验区',
			points: [
				pt('x', 2019, 1, { numerator: 40, denominator: 50 }),
				pt('x', 2020, 1.25, { numerator: 50, denominator: 50 }),
				pt('x', 2021, 0.75, { numerator: 30, denominator: 50, format: 'post2019_2021' })
			]
		},
		{
			key: 'y',
			label: '福州',
			points: [
				pt('y', 2019, 1),
				pt('y', 2020, 0.9),
				pt('y', 2021, 1.1, { format: 'post2019_2021' })
			]
		}
	]
};

function bar(
	key: string,
	label: string,
	year: number,
	value: number | null,
	extra: Partial<MarkInfo> = {}
) {
	return { key, label, year, ...mark(value, { source: source(key, year), ...extra }) };
}

export const compareCounts: CompareData = {
	title: 'Information requests, 2021',
	subtitle: 'New requests',
	xLabel: 'requests',
	valueFormat: 'count',
	year: 2021,
	bars: [
		bar('350100', '福州', 2021, 150),
		bar('350128', '平潭', 2021, 154, { failedChecks: ['table3_total'] }),
		bar('350200', '厦门', 2021, null),
		bar('350300', '莆田', 2021, 1234, { approx: true }),
		bar('350400', '三明', 2021, 0),
		bar('350500', '泉州', 2021, null)
	]
};

export const compareLatestPercent: CompareData = {
	title: '行政复议纠错率',
	subtitle: '各地区最新年份',
	xLabel: '纠错率',
	valueFormat: 'percent',
	year: 'latest',
	bars: [
		bar('a', '平潭综合实验区管理委员会办公室', 2023, 0.125, { numerator: 1, denominator: 8 }),
		bar('b', '福州', 2021, 0.4, { numerator: 4, denominator: 10 }),
		bar('c', '厦门', 2022, null),
		bar('d', '莆田', 2023, 0.05, { numerator: 1, denominator: 20 })
	]
};

export const handlingCategories = [
	{ id: 'granted', label: 'Granted', color: '#1b7837' },
	{ id: 'partial', label: 'Partly granted', color: '#7fbf7b' },
	{ id: 'refused', label: 'Refused', color: '#c2a5cf' },
	{ id: 'other', label: 'Other', color: '#762a83' }
];

function seg(
	category: string,
	value: number | null,
	total: number | null,
	extra: Partial<MarkInfo> = {}
) {
	return {
		category,
		share: value === null || !total ? null : value / total,
		...mark(value, { source: source('r', 2021, [`outcome_${category}`]), ...extra })
	};
}

export const handlingData: HandlingData = {
	title: 'How requests were answered',
	subtitle: 'Share of answers per region and year',
	categories: handlingCategories,
	bars: [
		{
			key: '350128',
			label: '平潭',
			year: 2021,
			total: 100,
			segments: [
				seg('granted', 60, 100),
				seg('partial', 25, 100, { approx: true }),
				seg('refused', 10, 100, { failedChecks: ['table3_sum'] }),
				seg('other', 5, 100)
			]
		},
		{
			key: '350100',
			label: 'Fuzhou Municipal People’s Government',
			year: 2021,
			total: 80,
			segments: [
				seg('granted', 40, 80),
				seg('partial', null, 80),
				seg('refused', 20, 80),
				seg('other', 4, 80)
			]
		},
		{
			key: '350200',
			label: '厦门',
			year: 2020,
			total: null,
			segments: [seg('granted', 12, null)]
		},
		{
			key: '350300',
			label: '莆田',
			year: 2020,
			total: 0,
			segments: [
				seg('granted', 0, 0),
				seg('partial', 0, 0),
				seg('refused', 0, 0),
				seg('other', 0, 0)
			]
		}
	]
};
