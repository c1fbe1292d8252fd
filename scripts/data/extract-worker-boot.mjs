// The extraction worker's entry: Node 20 does not pass the loader of `tsx script.ts` on to worker
// threads, so the worker registers tsx itself, then loads the TypeScript module.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
