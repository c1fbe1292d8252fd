/** `npm start`'s last step: serves build/ on 127.0.0.1 and prints the URL. PORT picks the port. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from './serve-static.ts';

const root = resolve(import.meta.dirname, '..', 'build');
if (!existsSync(root)) {
	console.error('serve: build/ does not exist; run `npm run data && npm run build` first');
	process.exit(1);
}
const wanted = Number(process.env.PORT ?? 4173);
let served;
for (let port = wanted; port < wanted + 20 && !served; port++) {
	try {
		served = await serveStatic(root, port, process.env.HOST ?? '127.0.0.1');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
	}
}
if (!served) {
	console.error(`serve: ports ${wanted}–${wanted + 19} are all in use; set PORT`);
	process.exit(1);
}
console.log(`OGI Atlas is served at ${served.url}  (Ctrl+C to stop)`);
