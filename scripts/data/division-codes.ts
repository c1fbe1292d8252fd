/** Codes of the division lists that are no division of the region dictionary. */

/**
 * Rows of the package that are no division but a grouping of counties directly under a province or
 * a municipality (市辖区, 县, 省直辖县级行政区划): their counties hang from the province.
 */
export const GROUPING = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/**
 * County codes 71–79 are statistical codes of development zones and similar (经济技术开发区,
 * 高新区…), not GB/T 2260 divisions: kept as level `zone` so the importer knows them, and never
 * counted among China's county-level divisions.
 */
export const isStatisticalZone = (code: string) => /^\d{4}7\d$/.test(code);
