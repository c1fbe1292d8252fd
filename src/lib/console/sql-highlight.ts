/**
 * The editor's syntax colours as CSS variables (set in SqlEditor.svelte for the light and the dark
 * theme), so highlighted SQL keeps a readable contrast on either background. The fallbacks are
 * CodeMirror's default light colours.
 */
import { HighlightStyle } from '@codemirror/language';
import { tags } from '@lezer/highlight';

export const sqlHighlight = HighlightStyle.define([
	{ tag: tags.keyword, color: 'var(--cm-keyword, #708)' },
	{ tag: [tags.atom, tags.bool, tags.null, tags.labelName], color: 'var(--cm-atom, #219)' },
	// DuckDB's functions (the dialect's builtins, see sql-dialect.ts).
	{ tag: tags.standard(tags.name), color: 'var(--cm-builtin, #256)' },
	{ tag: [tags.literal, tags.number], color: 'var(--cm-number, #164)' },
	{ tag: [tags.string, tags.special(tags.string)], color: 'var(--cm-string, #a11)' },
	{ tag: [tags.typeName, tags.namespace], color: 'var(--cm-type, #085)' },
	{ tag: [tags.special(tags.variableName), tags.macroName], color: 'var(--cm-special, #256)' },
	{ tag: tags.comment, color: 'var(--cm-comment, #940)', fontStyle: 'italic' },
	{ tag: tags.invalid, color: 'var(--cm-invalid, #d00)' }
]);
