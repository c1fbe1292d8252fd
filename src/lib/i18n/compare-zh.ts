/**
 * The order of names on every list: Chinese in pinyin order (安徽 < 北京 < 重庆), not in code-point
 * order (北 U+5317 < 安 U+5B89); Latin text in its usual order.
 */
const collator = new Intl.Collator('zh-CN');

export const compareZh = (a: string, b: string): number => collator.compare(a, b);
