// The layer rule (eslint.layers.js, docs/architecture.md "Layers") fires on a wrong arrow and only
// there: snippets linted with the project's own ESLint configuration as if they were files of the
// folders named.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result!.messages
		.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
		.map((m) => m.message);
}

describe('the layer rule', () => {
	it('refuses a chart importing the explorer, statically or with import()', async () => {
		const errors = await layerErrors(
			'src/lib/charts/layer-fixture.ts',
			"import { x } from '../explorer/report-text';\n" +
				"export const later = () => import('../explorer/report-text');\nexport { x };\n"
		);
		expect(errors).toHaveLength(2);
		for (const e of errors) expect(e).toContain('src/lib/charts may import only');
	});

	it('lets a chart import the layers below it', async () => {
		const code =
			"import { t } from '../i18n';\nimport type { FactRow } from '../contract/rows';\n" +
			'export type F = FactRow;\nexport { t };\n';
		expect(await layerErrors('src/lib/charts/layer-fixture.ts', code)).toEqual([]);
	});

	it('refuses one feature importing another, and the contract importing anything of ours', async () => {
		const feature = await layerErrors(
			'src/lib/embed/layer-fixture.ts',
			"import { x } from '../explorer/report-text';\nexport { x };\n"
		);
		expect(feature).toEqual([expect.stringContaining('src/lib/embed may import only')]);
		const contract = await layerErrors(
			'src/lib/contract/layer-fixture.ts',
			"import { t } from '../i18n';\nexport { t };\n"
		);
		expect(contract).toEqual([expect.stringContaining('src/lib/contract may import only nothing')]);
	});

	it('keeps one import style: relative in src/lib, $lib in src/routes', async () => {
		expect(
			await layerErrors(
				'src/lib/views/layer-fixture.ts',
				"import { t } from '$lib/i18n';\nexport { t };\n"
			)
		).toEqual([expect.stringContaining('relatively')]);
		expect(
			await layerErrors(
				'src/routes/layer-fixture.ts',
				"import { t } from '../lib/i18n';\nexport { t };\n"
			)
		).toEqual([expect.stringContaining('through $lib')]);
		expect(
			await layerErrors(
				'src/routes/layer-fixture.ts',
				"import { t } from '$lib/i18n';\nexport { t };\n"
			)
		).toEqual([]);
	});
});
