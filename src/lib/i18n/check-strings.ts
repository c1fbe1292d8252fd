/**
 * The sentences that say what a check of the `checks` table found (check-sentence.ts), one per
 * check kind (src/lib/contract/check-metrics.ts) and status, in Chinese and English: a dictionary of
 * its own, registered with strings.ts when this module is imported. `{actual}` is what the parts
 * add up to (or what the prose or this year states), `{expected}` the printed total (or the table,
 * or last year's report), as compute-checks.ts writes them.
 */
import { registerStrings } from './register-strings';

export const CHECK_KEYS = [
	'check.requests_balance.fail',
	'check.requests_balance.pass',
	'check.requests_balance.not_assessable',
	'check.outcomes_sum.fail',
	'check.outcomes_sum.pass',
	'check.outcomes_sum.not_assessable',
	'check.subtotal_sum.fail',
	'check.subtotal_sum.pass',
	'check.subtotal_sum.not_assessable',
	'check.columns_sum.fail',
	'check.columns_sum.pass',
	'check.columns_sum.not_assessable',
	'check.block_sum.fail',
	'check.block_sum.pass',
	'check.block_sum.not_assessable',
	'check.channels_sum.fail',
	'check.channels_sum.pass',
	'check.channels_sum.not_assessable',
	'check.answers_sum.fail',
	'check.answers_sum.pass',
	'check.answers_sum.not_assessable',
	'check.prose_vs_table.fail',
	'check.prose_vs_table.pass',
	'check.prose_vs_table.not_assessable',
	'check.carried_over_vs_previous_year.fail',
	'check.carried_over_vs_previous_year.pass',
	'check.carried_over_vs_previous_year.not_assessable',
	'check.unknown',
	'check.applicant',
	'check.short_parts'
] as const;
export type CheckKey = (typeof CHECK_KEYS)[number];

export const CHECK_ZH = {
	'check.requests_balance.fail':
		'本年新收申请加上年结转共{actual}件，办理结果总计加结转下年度共{expected}件，两者不等。',
	'check.requests_balance.pass':
		'本年新收申请加上年结转（{actual}件）等于办理结果总计加结转下年度（{expected}件）。',
	'check.requests_balance.not_assessable': '新收、结转与办理结果的平衡无法核对：有数字未列出。',
	'check.outcomes_sum.fail': '各项办理结果合计{actual}件，报告所列总数为{expected}件。',
	'check.outcomes_sum.pass': '各项办理结果合计与报告所列总数一致（{expected}件）。',
	'check.outcomes_sum.not_assessable': '各项办理结果之和无法核对：有数字未列出。',
	'check.subtotal_sum.fail': '“{metric}”下各项合计{actual}件，报告所列小计为{expected}件。',
	'check.subtotal_sum.pass': '“{metric}”下各项合计与所列小计一致（{expected}件）。',
	'check.subtotal_sum.not_assessable': '“{metric}”下各项之和无法核对：有分项未列出。',
	'check.columns_sum.fail': '“{metric}”一行，六类申请人合计{actual}，总计栏为{expected}。',
	'check.columns_sum.pass': '“{metric}”一行，六类申请人合计与总计栏一致（{expected}）。',
	'check.columns_sum.not_assessable': '“{metric}”一行的各类申请人之和无法核对：有栏目未列出。',
	'check.block_sum.fail': '“{metric}”的各项结果合计{actual}件，报告所列总数为{expected}件。',
	'check.block_sum.pass': '“{metric}”的各项结果合计与所列总数一致（{expected}件）。',
	'check.block_sum.not_assessable': '“{metric}”的各项结果之和无法核对：有结果未以数字列出。',
	'check.channels_sum.fail': '各渠道申请合计{actual}，报告所列申请总数为{expected}。',
	'check.channels_sum.pass': '各渠道申请合计与报告所列申请总数一致（{expected}）。',
	'check.channels_sum.not_assessable': '各渠道申请之和无法核对：有渠道未以数字列出。',
	'check.answers_sum.fail': '各类答复合计{actual}件，报告所列答复总数为{expected}件。',
	'check.answers_sum.pass': '各类答复合计与报告所列答复总数一致（{expected}件）。',
	'check.answers_sum.not_assessable': '各类答复之和无法核对：有答复类别未以数字列出。',
	'check.prose_vs_table.fail': '正文所述“{metric}”为{actual}，表格所列为{expected}。',
	'check.prose_vs_table.pass': '正文所述“{metric}”与表格一致（{expected}）。',
	'check.prose_vs_table.not_assessable': '正文与表格中的“{metric}”无法对照。',
	'check.carried_over_vs_previous_year.fail':
		'本年报告的上年结转为{actual}件，上一年报告的结转下年度为{expected}件。',
	'check.carried_over_vs_previous_year.pass':
		'本年报告的上年结转与上一年报告的结转下年度一致（{actual}件）。',
	'check.carried_over_vs_previous_year.not_assessable':
		'上年结转无法与上一年报告核对：没有上一年的报告或其数字。',
	'check.unknown': '检查“{id}”：{status}。',
	'check.applicant': '{applicant}：{sentence}',
	'check.short_parts': '{sentence}各分项由正文列出，并非全部以数字给出，故合计偏少不算报告的错误。'
} as const satisfies Record<CheckKey, string>;

export const CHECK_EN = {
	'check.requests_balance.fail':
		'New requests plus those carried over make {actual}, but requests answered plus those carried forward make {expected}.',
	'check.requests_balance.pass':
		'New requests plus those carried over ({actual}) equal requests answered plus those carried forward ({expected}).',
	'check.requests_balance.not_assessable':
		'The balance of new, carried-over and answered requests cannot be checked: a figure is not printed.',
	'check.outcomes_sum.fail':
		'The outcome rows add up to {actual}, the printed total is {expected}.',
	'check.outcomes_sum.pass': 'The outcome rows add up to the printed total, {expected}.',
	'check.outcomes_sum.not_assessable':
		'The outcome rows cannot be added up: a figure is not printed.',
	'check.subtotal_sum.fail':
		'The rows under “{metric}” add up to {actual}, the printed subtotal is {expected}.',
	'check.subtotal_sum.pass':
		'The rows under “{metric}” add up to the printed subtotal, {expected}.',
	'check.subtotal_sum.not_assessable':
		'The rows under “{metric}” cannot be added up: a row is not printed.',
	'check.columns_sum.fail':
		'In the row “{metric}”, the six applicant columns add up to {actual}, the total column is {expected}.',
	'check.columns_sum.pass':
		'In the row “{metric}”, the six applicant columns add up to the total column, {expected}.',
	'check.columns_sum.not_assessable':
		'The applicant columns of the row “{metric}” cannot be added up: a column is not printed.',
	'check.block_sum.fail':
		'The outcomes of “{metric}” add up to {actual}, the printed total is {expected}.',
	'check.block_sum.pass': 'The outcomes of “{metric}” add up to the printed total, {expected}.',
	'check.block_sum.not_assessable':
		'The outcomes of “{metric}” cannot be added up: an outcome is not given as a number.',
	'check.channels_sum.fail':
		'The request channels add up to {actual}, the printed number of requests is {expected}.',
	'check.channels_sum.pass':
		'The request channels add up to the printed number of requests, {expected}.',
	'check.channels_sum.not_assessable':
		'The request channels cannot be added up: a channel is not given as a number.',
	'check.answers_sum.fail':
		'The kinds of answer add up to {actual}, the printed number of answers is {expected}.',
	'check.answers_sum.pass':
		'The kinds of answer add up to the printed number of answers, {expected}.',
	'check.answers_sum.not_assessable':
		'The kinds of answer cannot be added up: a kind is not given as a number.',
	'check.prose_vs_table.fail':
		'The text gives “{metric}” as {actual}, the table prints {expected}.',
	'check.prose_vs_table.pass': 'The text and the table agree on “{metric}”: {expected}.',
	'check.prose_vs_table.not_assessable': 'The text and the table cannot be compared on “{metric}”.',
	'check.carried_over_vs_previous_year.fail':
		'This report carries over {actual} {actual|one:request|other:requests} from last year; last year’s report carried forward {expected}.',
	'check.carried_over_vs_previous_year.pass':
		'The requests carried over from last year ({actual}) match what last year’s report carried forward.',
	'check.carried_over_vs_previous_year.not_assessable':
		'The requests carried over cannot be compared with last year: there is no report of last year, or it does not print the figure.',
	'check.unknown': 'Check “{id}”: {status}.',
	'check.applicant': '{applicant}: {sentence}',
	'check.short_parts':
		'{sentence} The parts are stated in the text and not all of them as numbers, so a shortfall is not the report’s error.'
} as const satisfies Record<CheckKey, string>;

registerStrings(CHECK_ZH, CHECK_EN);
