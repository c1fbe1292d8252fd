/**
 * Strings for sharing and citing: the embed dialog's widths, the share and "how to cite" blocks,
 * the data version in the footer and the whole-dataset downloads. A dictionary of its own,
 * registered with strings.ts when this module is imported (see import-strings.ts for the pattern).
 */
import { registerStrings } from './register-strings';

export const SHARE_KEYS = [
	'embed.option_width',
	'embed.width_full',
	'share.copy_link',
	'share.link_copied',
	'share.link_select',
	'cite.heading',
	'cite.text',
	'cite.copy',
	'cite.copied',
	'data.downloads_intro'
] as const;
export type ShareKey = (typeof SHARE_KEYS)[number];

export const SHARE_ZH = {
	'embed.option_width': '宽度',
	'embed.width_full': '整栏',
	'share.copy_link': '复制链接',
	'share.link_copied': '链接已复制',
	'share.link_select': '请按 Ctrl+C 复制所选链接',
	'cite.heading': '如何引用',
	'cite.text':
		'OGI Atlas 政府信息公开年报图谱，数据版本 {version}（{date}），{title}，{url}，访问于 {accessed}。',
	'cite.copy': '复制引用',
	'cite.copied': '引用已复制',
	'data.downloads_intro':
		'数据版本 {version}（{date}）。每个表一个 Parquet 文件和一个 CSV 文件（UTF-8，首行为列名）；列的含义见数据说明。数据采用 CC BY 4.0 许可。'
} as const satisfies Record<ShareKey, string>;

export const SHARE_EN = {
	'embed.option_width': 'Width',
	'embed.width_full': 'Full column',
	'share.copy_link': 'Copy link',
	'share.link_copied': 'Link copied',
	'share.link_select': 'Press Ctrl+C to copy the selected link',
	'cite.heading': 'How to cite',
	'cite.text': 'OGI Atlas, data version {version} ({date}). {title}. {url} (accessed {accessed}).',
	'cite.copy': 'Copy citation',
	'cite.copied': 'Citation copied',
	'data.downloads_intro':
		'Data version {version} ({date}). One Parquet and one CSV file per table (UTF-8, column names in the first row); the columns are described in the data contract. The data are under CC BY 4.0.'
} as const satisfies Record<ShareKey, string>;

registerStrings(SHARE_ZH, SHARE_EN);
