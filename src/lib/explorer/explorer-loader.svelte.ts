/**
 * The explorer's tables, loaded through its data source ($lib/dataset/data-source): the core tables
 * first (every harmonized metric and rate draws from them), then the facts (raw metrics, the handling
 * view, the source panel) and the checks, each on its own. A file that fails is named with a Retry
 * and costs only the views that need it. Construct it while a component initializes: its effects
 * follow the imports made in another tab and the regions on screen.
 */
import { asDataFileError, type DataFileError } from '../data-files/data-file-error';
import type { DataSource } from '../views/data-source';
import { onImportsChanged } from '../dataset/imports-channel';
import { t, type Lang } from '../i18n';
import { indexTables, type ExplorerIndex } from '../views/explorer-data';
import { CORE_FILES } from '../views/load-explorer-tables';

export type DetailStatus = 'idle' | 'loading' | 'loaded' | 'failed';

export class ExplorerLoader {
	index = $state.raw<ExplorerIndex | null>(null);
	/** Data files that could not be loaded (each named, each with a Retry). */
	fileErrors = $state.raw<DataFileError[]>([]);
	factsStatus = $state<DetailStatus>('idle');
	checksStatus = $state<DetailStatus>('idle');

	readonly factsLoaded = $derived(this.factsStatus === 'loaded');
	readonly checksSettled = $derived(
		this.checksStatus === 'loaded' || this.checksStatus === 'failed'
	);
	readonly coreFailed = $derived(this.fileErrors.some((e) => CORE_FILES.includes(e.file)));
	/** Every table this page loads has arrived or failed (tests and the benchmark wait for it). */
	readonly settled = $derived(
		this.index !== null &&
			(this.factsStatus === 'loaded' || this.factsStatus === 'failed') &&
			this.checksSettled
	);

	/**
	 * @param needsFacts whether the view on screen needs the facts
	 * @param regions the regions whose facts are wanted (a source may read only those)
	 */
	constructor(
		private readonly source: DataSource,
		private readonly needsFacts: () => boolean,
		private readonly regions: (index: ExplorerIndex) => string[]
	) {
		// Another tab added or deleted an import: the tables are joined to the imports as they now are.
		$effect(() =>
			onImportsChanged(async () => {
				const { forgetImports } = await import('../dataset/imported-tables');
				forgetImports();
				const detailsLoaded = this.factsStatus === 'loaded' || this.checksStatus === 'loaded';
				if (this.factsStatus === 'loaded') this.factsStatus = 'idle';
				if (this.checksStatus === 'loaded') this.checksStatus = 'idle';
				await this.loadCore(); // loads the facts and checks too where the view needs them
				if (detailsLoaded && !this.needsFacts()) this.withFacts();
			})
		);
		// Regions whose facts the source has not read yet (synthetic data reads them per region).
		$effect(() => {
			const index = this.index;
			if (!this.factsLoaded || !index) return;
			const ids = this.regions(index);
			const core = index.tables;
			this.source
				.moreFacts(ids)
				.then((facts) => {
					if (facts) this.index = indexTables({ ...core, facts, checks: [] });
				})
				.catch((error: unknown) =>
					this.setFileErrors('facts.parquet', [asDataFileError('facts.parquet', error)])
				);
		});
	}

	/** Starts loading; the benchmark's DuckDB-first baseline waits for the engine first. */
	start(engineFirst: boolean): void {
		if (engineFirst)
			void this.source
				.engine()
				.then(() => performance.mark('ogi:engine-ready'))
				.then(() => this.loadCore());
		else void this.loadCore();
	}

	private setFileErrors(file: string, errors: DataFileError[]) {
		this.fileErrors = [...this.fileErrors.filter((e) => e.file !== file), ...errors];
	}

	async loadCore(): Promise<void> {
		const { core, errors } = await this.source.core();
		this.fileErrors = [...this.fileErrors.filter((e) => !CORE_FILES.includes(e.file)), ...errors];
		if (!core) return;
		this.index = indexTables({
			...core,
			facts: this.index?.tables.facts ?? [],
			checks: this.index?.tables.checks ?? []
		});
		if (this.needsFacts()) this.withFacts();
	}

	private loadDetail(name: 'facts' | 'checks'): Promise<void> {
		const status = name === 'facts' ? this.factsStatus : this.checksStatus;
		if (status === 'loading' || status === 'loaded') return Promise.resolve();
		const set = (s: DetailStatus) =>
			name === 'facts' ? (this.factsStatus = s) : (this.checksStatus = s);
		set('loading');
		const rows: Promise<unknown[]> =
			name === 'facts'
				? this.index
					? this.source.facts(this.regions(this.index))
					: Promise.resolve([])
				: this.source.checks();
		return rows
			.then((rows) => {
				this.setFileErrors(`${name}.parquet`, []);
				if (this.index) this.index = indexTables({ ...this.index.tables, [name]: rows });
				set('loaded');
			})
			.catch((error: unknown) => {
				this.setFileErrors(`${name}.parquet`, [asDataFileError(`${name}.parquet`, error)]);
				set('failed');
			});
	}

	/** Loads the facts and the checks (once the core tables are there). */
	withFacts(): void {
		if (!this.index) return;
		void this.loadDetail('facts');
		void this.loadDetail('checks');
	}

	/** Retry: fetches the failed file again (the files that loaded stay as they are). */
	retryFile = (file: string): Promise<unknown> => {
		if (CORE_FILES.includes(file)) return this.loadCore();
		if (file === 'facts.parquet') return this.loadDetail('facts');
		if (file === 'checks.parquet') return this.loadDetail('checks');
		return Promise.resolve();
	};

	/** What a failed file costs the reader. */
	static affects(lang: Lang, file: string): string {
		if (CORE_FILES.includes(file)) return t(lang, 'fault.affects_core');
		if (file === 'facts.parquet') return t(lang, 'fault.affects_facts');
		return t(lang, 'fault.affects_checks');
	}
}
