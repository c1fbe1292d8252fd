/**
 * The home page's single-series trend, as TrendData for MultiTrendChart: one series with an empty
 * label (the title names it; tooltips read "2019: 154"), values in plain counts, no report formats
 * (no dashed segments).
 */
import type { TrendData } from './chart-types';

export interface TrendPoint {
	year: number;
	value: number | null;
	report_id?: string | null;
	approx?: boolean;
}

export interface SingleTrendInput {
	title: string;
	description: string;
	unitLabel: string;
	data: readonly TrendPoint[];
	/** Metric ids behind the values, passed on in each point's source. */
	metrics?: string[];
}

export function singleSeriesTrend(input: SingleTrendInput): TrendData {
	return {
		title: input.title,
		subtitle: input.description,
		yLabel: input.unitLabel,
		valueFormat: 'count',
		scale: 'linear',
		relativeTo: null,
		series: [
			{
				key: 'series',
				label: '',
				points: input.data.map((d) => ({
					year: d.year,
					value: d.value,
					approx: d.approx ?? false,
					failedChecks: [],
					format: null,
					source: d.report_id
						? {
								report_id: d.report_id,
								metrics: input.metrics ?? [],
								applicant: 'total',
								region_id: '',
								year: d.year
							}
						: null
				}))
			}
		]
	};
}
