/**
 * The About page's strings (licences of the code and the data), in Chinese and English: a
 * dictionary of its own, registered with strings.ts when this module is imported, so only the
 * About page downloads it. DATA-LICENSE.md says the same for readers of the repository.
 */
import { registerStrings } from './register-strings';

export const ABOUT_KEYS = [
	'about.title',
	'about.intro',
	'about.code_heading',
	'about.code',
	'about.data_heading',
	'about.reports',
	'about.extraction',
	'about.attribution_label',
	'about.attribution',
	'about.sources',
	'about.imports',
	'about.libraries',
	'about.license_text'
] as const;

export type AboutKey = (typeof ABOUT_KEYS)[number];

export const ABOUT_ZH = {
	'about.title': '关于与许可',
	'about.intro':
		'OGI Atlas 在浏览器中比较各级政府的政府信息公开工作年度报告：每个数字都指向报告原文中的出处。',
	'about.code_heading': '代码',
	'about.code':
		'本网站的代码采用 MIT 许可证发布，版权归 OGI Atlas 贡献者所有（见下方许可证全文）。',
	'about.data_heading': '数据',
	'about.reports':
		'年度报告是国家机关依照《中华人民共和国政府信息公开条例》发布的官方文件。根据《中华人民共和国著作权法》第五条，法律、法规，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件，及其官方正式译文，以及单纯事实消息，不适用著作权法。我们原样转载报告文本，并注明发布机关和出处。',
	'about.extraction':
		'我们从报告中提取的数字、核对结果、警告、统一口径指标、地区表和指标字典，采用知识共享署名 4.0 国际许可协议（CC BY 4.0）发布：可以为任何目的分享和改编，但须署名、附上许可协议链接并说明是否作了修改。',
	'about.attribution_label': '署名示例',
	'about.attribution':
		'数据：OGI Atlas 贡献者，摘自政府信息公开工作年度报告，采用 CC BY 4.0 许可。',
	'about.sources': '每个数字都保留其出处（所依据的报告及原文段落），读者可以对照原始文件核实。',
	'about.imports': '你自己导入的报告只保存在你的浏览器中，不在本声明的范围之内。',
	'about.libraries': '本网站使用的开源库（DuckDB、Svelte、pdf.js 等）各自适用其许可证。',
	'about.license_text': 'MIT 许可证全文'
} as const satisfies Record<AboutKey, string>;

export const ABOUT_EN = {
	'about.title': 'About and licences',
	'about.intro':
		'OGI Atlas compares Chinese governments’ annual reports on government information disclosure in the browser: every number links to its passage in the report.',
	'about.code_heading': 'Code',
	'about.code':
		'The code of this site is released under the MIT licence, copyright OGI Atlas contributors (full text below).',
	'about.data_heading': 'Data',
	'about.reports':
		'The annual reports are official documents that state organs publish under the Regulations on the Disclosure of Government Information. Article 5 of the Copyright Law of the People’s Republic of China excludes from copyright laws, regulations, resolutions, decisions and orders of state organs and other documents of a legislative, administrative or judicial nature, their official translations, and mere factual news. We reproduce the reports’ text unchanged, naming their publisher and source.',
	'about.extraction':
		'The figures, checks, warnings, harmonized metrics, region list and metric dictionary we extract from the reports are published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0): share and adapt them for any purpose, giving credit, linking to the licence and saying whether you changed them.',
	'about.attribution_label': 'Attribute as',
	'about.attribution':
		'Data: OGI Atlas contributors, extracted from government information-disclosure annual reports, CC BY 4.0.',
	'about.sources':
		'Every number keeps its source (the report and the passage it was read from), so a reader can check it against the original document.',
	'about.imports':
		'Reports you import yourself stay in your browser and are not covered by this statement.',
	'about.libraries':
		'The open-source libraries this site uses (DuckDB, Svelte, pdf.js and others) keep their own licences.',
	'about.license_text': 'Full text of the MIT licence'
} as const satisfies Record<AboutKey, string>;

registerStrings(ABOUT_ZH, ABOUT_EN);
