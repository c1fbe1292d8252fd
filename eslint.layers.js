// The layers of src/lib and the one direction they import in (docs/architecture.md, "Layers"):
// each folder may import only the folders listed for it. A wrong arrow is an ESLint error, so
// `npm run check` fails. src/lib imports relatively (its modules also run under tsx in scripts,
// where $lib does not resolve); src/routes imports src/lib through $lib and may import anything.

/** The folders of src/lib, lowest first. */
export const LAYERS = {
	contract: [],
	i18n: ['contract'],
	extract: ['contract'],
	'report-render': ['contract', 'extract'],
	pdf: [],
	docx: ['extract'],
	sql: ['contract'],
	'data-files': ['contract', 'i18n', 'sql'],
	dataset: ['contract', 'i18n', 'sql', 'data-files'],
	engine: ['contract', 'i18n', 'sql', 'data-files', 'dataset'],
	charts: ['contract', 'i18n', 'data-files'],
	shared: ['contract', 'i18n', 'data-files'],
	share: ['contract', 'i18n', 'data-files'],
	views: ['contract', 'i18n', 'sql', 'data-files', 'dataset', 'charts', 'shared']
};

/** The features: each may import every layer above, none another feature. */
export const FEATURES = ['explorer', 'console', 'import', 'embed', 'coverage', 'region'];
const BELOW_FEATURES = Object.keys(LAYERS);
for (const feature of FEATURES) LAYERS[feature] = BELOW_FEATURES;

const ALL = [...Object.keys(LAYERS), 'routes'];

/** A specifier leaving the folder for one of `folders` ("../x/…", "../../x/…"). */
const leavingTo = (folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;

function configFor(folder) {
	const allowed = new Set([folder, ...LAYERS[folder]]);
	const forbidden = ALL.filter((f) => !allowed.has(f));
	const message = `src/lib/${folder} may import only ${LAYERS[folder].join(', ') || 'nothing of ours'} (docs/architecture.md, "Layers").`;
	const patterns = [
		{
			regex: '^\\$lib(/|$)',
			message: 'src/lib imports relatively ("../folder/module"), not through $lib.'
		}
	];
	if (forbidden.length) patterns.push({ regex: leavingTo(forbidden), message });
	return {
		files: [`src/lib/${folder}/**`],
		rules: {
			'no-restricted-imports': ['error', { patterns }],
			// import('…') is not an import declaration: the same arrows for dynamic imports.
			'no-restricted-syntax': [
				'error',
				...(forbidden.length
					? [
							{
								selector: `ImportExpression > Literal[value=/${leavingTo(forbidden).replace(/\//g, '\\/')}/]`,
								message
							}
						]
					: []),
				{
					selector: 'ImportExpression > Literal[value=/^\\$lib/]',
					message: 'src/lib imports relatively, not through $lib.'
				}
			]
		}
	};
}

export const layerConfigs = [
	...Object.keys(LAYERS).map(configFor),
	{
		files: ['src/routes/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ regex: '^(\\.\\./)+lib/', message: 'src/routes imports src/lib through $lib.' }
					]
				}
			]
		}
	}
];
