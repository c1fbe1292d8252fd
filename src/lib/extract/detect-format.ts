/** Tells which official layout a report follows. */
import type { ReportFormat } from './types';

export function detectFormat(text: string, year: number | null): ReportFormat {
	const hasTable3 = /本\s*年\s*新\s*收/.test(text) && /结\s*转\s*下\s*年/.test(text);
	const layout2021 = /逾\s*期\s*不\s*补\s*正|逾期未按收费|本\s*年\s*制\s*发\s*件\s*数/.test(text);
	const layout2019 = /本\s*年\s*新\s*制\s*作|本\s*年\s*新\s*公\s*开|对外公开总数量/.test(text);
	if (hasTable3 || (year !== null && year >= 2019)) {
		if (layout2021) return 'post2019_2021';
		if (layout2019) return 'post2019_2019';
		if (year !== null) return year >= 2021 ? 'post2019_2021' : 'post2019_2019';
		return 'post2019_2021';
	}
	return 'pre2019';
}
