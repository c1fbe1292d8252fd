/** Column types of the Parquet files the data build writes (see docs/data-contract.md). */
import type { Schema } from './write-parquet.ts';

export const REPORTS: Schema = {
	report_id: 'VARCHAR',
	region_id: 'VARCHAR',
	region: 'VARCHAR',
	unit: 'VARCHAR',
	unit_scope: 'VARCHAR',
	year: 'INTEGER',
	format: 'VARCHAR',
	title: 'VARCHAR',
	source: 'VARCHAR',
	text_chars: 'INTEGER',
	n_facts: 'INTEGER',
	n_checks_failed: 'INTEGER',
	n_warnings: 'INTEGER',
	imported: 'BOOLEAN'
};

export const FACTS: Schema = {
	report_id: 'VARCHAR',
	region_id: 'VARCHAR',
	year: 'INTEGER',
	metric: 'VARCHAR',
	applicant: 'VARCHAR',
	value: 'DOUBLE',
	raw: 'VARCHAR',
	approx: 'BOOLEAN',
	span_start: 'INTEGER',
	span_end: 'INTEGER',
	method: 'VARCHAR',
	imported: 'BOOLEAN'
};

export const CHECKS: Schema = {
	report_id: 'VARCHAR',
	check: 'VARCHAR',
	applicant: 'VARCHAR',
	status: 'VARCHAR',
	expected: 'DOUBLE',
	actual: 'DOUBLE',
	detail: 'VARCHAR',
	imported: 'BOOLEAN'
};

export const WARNINGS: Schema = {
	report_id: 'VARCHAR',
	code: 'VARCHAR',
	message: 'VARCHAR',
	span_start: 'INTEGER',
	span_end: 'INTEGER'
};

export const REGIONS: Schema = {
	region_id: 'VARCHAR',
	name_zh: 'VARCHAR',
	name_en: 'VARCHAR',
	level: 'VARCHAR',
	province: 'VARCHAR',
	parent_id: 'VARCHAR'
};

export const METRICS: Schema = {
	metric: 'VARCHAR',
	group: 'VARCHAR',
	label_zh: 'VARCHAR',
	label_en: 'VARCHAR',
	unit: 'VARCHAR',
	era: 'VARCHAR',
	definition: 'VARCHAR'
};
