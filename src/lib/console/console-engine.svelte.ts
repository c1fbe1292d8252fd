/**
 * The console's engine, as the page sees it: its status and progress, the files it could not load,
 * the query runner once ready, and the schema, words and metric ids the editor completes, read
 * again after every (re)start. The engine itself is imported only when `start` runs (it is
 * megabytes); the supervisor restarts it after a crash (engine-supervisor.ts).
 */
import type { DataFileError } from '../data-files/data-file-error';
import type { Supervisor } from '../engine/engine-supervisor';
import type { QueryResult, QueryRunner } from '../engine/query-runner';
import { t, type Lang } from '../i18n';
import { METRIC_OPTIONS_SQL, metricOptions, type MetricOption } from './metric-completion';
import {
	COLUMNS_SQL,
	importedCountsSql,
	schemaFromRows,
	withImportedCounts,
	type SchemaTable
} from './schema';
import { FUNCTIONS_SQL, KEYWORDS_SQL, type DialectWords } from './sql-dialect';

const rowsOf = (table: QueryResult['table']) =>
	table.toArray().map((r) => r.toJSON() as Record<string, unknown>);

export class ConsoleEngine {
	runner = $state.raw<QueryRunner | null>(null);
	status = $state<'loading' | 'ready' | 'restarting' | 'error'>('loading');
	step = $state('');
	message = $state('');
	/** Data files the engine could not load. */
	missing = $state.raw<DataFileError[]>([]);
	tables = $state.raw<SchemaTable[]>([]);
	words = $state.raw<DialectWords | null>(null);
	metrics = $state.raw<MetricOption[]>([]);
	#supervisor: Supervisor | null = null;
	#alive = true;

	constructor(private lang: Lang) {}

	get started(): boolean {
		return this.#supervisor !== null;
	}

	async #objects(sql: string) {
		return rowsOf(await this.runner!.query(sql));
	}

	/** Reads the schema (on the reader's connection: their TEMP tables too), words and metrics. */
	async refreshSchema(): Promise<void> {
		const runner = this.runner;
		if (!runner) return;
		try {
			const schema = schemaFromRows(rowsOf(await runner.readerQuery(COLUMNS_SQL)));
			const counts = importedCountsSql(schema);
			this.tables = counts ? withImportedCounts(schema, await this.#objects(counts)) : schema;
			if (!this.words) {
				const [keywords, functions] = await Promise.all(
					[KEYWORDS_SQL, FUNCTIONS_SQL].map(async (q) =>
						(await this.#objects(q)).map((r) => String(r.word))
					)
				);
				this.words = { keywords: keywords!, functions: functions! };
			}
			this.metrics = metricOptions(await this.#objects(METRIC_OPTIONS_SQL), this.lang);
		} catch {
			// the browser keeps the last schema it read
		}
	}

	/**
	 * Starts the engine. `onrunner` hears of each new runner (after the schema read starts);
	 * `onrestarted` of a restart after a crash, with the tables the reader lost.
	 */
	async start(handlers: {
		onrunner: () => void;
		onrestarted: (busy: boolean, lost: () => Promise<string[]>) => void;
	}): Promise<void> {
		try {
			const { superviseEngine } = await import('../engine/engine-supervisor');
			if (!this.#alive) return;
			this.#supervisor = superviseEngine({
				progress: (step) => (this.step = step),
				status: (status, message) => {
					if (status === 'error' && this.status === 'restarting')
						message = t(this.lang, 'fault.engine_restart_failed', { message: message ?? '' });
					this.status = status;
					this.message = message ?? '';
				},
				missing: (errors) => (this.missing = errors),
				runner: (r) => {
					this.runner = r;
					if (!r) return;
					void this.refreshSchema();
					handlers.onrunner();
				},
				restarted: ({ busy }) => {
					// The schema read before the crash against the new engine's: what is gone.
					const before = this.tables.map((tbl) => tbl.name);
					handlers.onrestarted(busy, () =>
						this.refreshSchema().then(() => {
							// A local lookup, not state.
							// eslint-disable-next-line svelte/prefer-svelte-reactivity
							const now = new Set(this.tables.map((tbl) => tbl.name));
							return before.filter((name) => !now.has(name));
						})
					);
				}
			});
		} catch (e) {
			this.message = e instanceof Error ? e.message : String(e);
			this.status = 'error';
		}
	}

	retry(): void {
		this.#supervisor?.retry();
	}

	retryTable(file: string): Promise<void> {
		return this.#supervisor?.retryTable(file).then(() => this.refreshSchema()) ?? Promise.resolve();
	}

	/** A new engine with the base file's original bytes (engine-supervisor.ts). */
	async reset(): Promise<void> {
		await this.#supervisor?.reset();
	}

	stop(): void {
		this.#alive = false;
		this.#supervisor?.stop();
	}
}
