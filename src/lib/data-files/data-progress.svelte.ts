/**
 * Download progress of the data files of this page, shared by every loader and shown while a view
 * waits (DataProgress.svelte): bytes per file and files done.
 */
export interface FileProgress {
	file: string;
	loaded: number;
	total: number | null;
	status: 'loading' | 'done' | 'failed';
}

export const dataProgress = $state<{ files: FileProgress[] }>({ files: [] });

export function reportProgress(
	file: string,
	loaded: number,
	total: number | null,
	status: FileProgress['status'] = 'loading'
): void {
	const entry = dataProgress.files.find((f) => f.file === file);
	if (entry) {
		entry.loaded = loaded;
		entry.total = total;
		entry.status = status;
	} else dataProgress.files.push({ file, loaded, total, status });
}
