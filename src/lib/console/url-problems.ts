/**
 * What the console could not use in its URL, as Problems shown above the editor (the page still
 * opens, in Chinese): a language other than zh or en, and chart settings that are not allowed
 * (chart-settings.ts; a column the result lacks is said under the chart). (`q` is any text: a wrong query is DuckDB's
 * error after Run, and a very long one waits for a click, see url-query.ts.)
 */
import { displayValue, type Problem } from '../shared/problems';
import { both, LANGS } from '../i18n';
import { parseChartParams } from './chart-settings';

export function consoleUrlProblems(params: URLSearchParams): Problem[] {
	return [...langProblems(params), ...parseChartParams(params).problems];
}

function langProblems(params: URLSearchParams): Problem[] {
	const lang = params.get('lang');
	if (lang === null || (LANGS as readonly string[]).includes(lang)) return [];
	return [
		{
			param: 'lang',
			value: displayValue(lang),
			code: 'not_allowed',
			...both('problem.not_allowed', {
				param: 'lang',
				value: displayValue(lang, 40),
				allowed: LANGS.join(', '),
				default: 'zh'
			})
		}
	];
}
