/** The editor's mark of where a query failed: one underlined range, gone at the next edit. */
import { StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

export const setErrorMark = StateEffect.define<{ from: number; to: number } | null>();

const mark = Decoration.mark({
	class: 'cm-sql-error',
	attributes: { 'data-testid': 'sql-error-mark' }
});

export const errorMark = StateField.define<DecorationSet>({
	create: () => Decoration.none,
	update(marks, tr) {
		for (const e of tr.effects)
			if (e.is(setErrorMark))
				return e.value ? Decoration.set([mark.range(e.value.from, e.value.to)]) : Decoration.none;
		return tr.docChanged ? Decoration.none : marks;
	},
	provide: (f) => EditorView.decorations.from(f)
});
