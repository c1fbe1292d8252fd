/** What a DataFileError means for a reader, in their language (the file is always named). */
import { t, type Lang } from '../i18n';
import type { DataFileError, DataFileErrorKind } from './data-file-error';

const KEYS = {
	missing: 'fault.missing',
	http: 'fault.http',
	network: 'fault.network',
	timeout: 'fault.timeout',
	truncated: 'fault.truncated',
	corrupt: 'fault.corrupt',
	schema: 'fault.schema'
} as const satisfies Record<DataFileErrorKind, string>;

export function dataFileMessage(lang: Lang, error: DataFileError): string {
	return t(lang, KEYS[error.kind], { file: error.file });
}
