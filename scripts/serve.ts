// `npm run serve` (and `npm start` after the build): serves dist/ on http://127.0.0.1:4321 under the
// base path it was built for (BASE_PATH, as for the build), compressed and with the headers a real host
// sends (scripts/lib/static-server.ts). `--port 8080` or PORT for another port, `--host` for another
// address. A taken port is an error, not a quiet move to another one.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createStaticServer } from './lib/static-server.ts';

const { values } = parseArgs({
  options: { port: { type: 'string' }, host: { type: 'string' }, root: { type: 'string' } },
});
const port = Number(values.port ?? process.env.PORT ?? 4321);
const host = values.host ?? '127.0.0.1';
const base = process.env.BASE_PATH ?? '/';
const server = createStaticServer({ root: resolve(values.root ?? 'dist'), base });

server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: choose another with --port.` : error.message);
  process.exit(1);
});
server.listen(port, host, () => {
  const shown = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  console.log(`Serving dist/ at http://${host}:${port}${shown} (brotli/gzip, the README's headers). Ctrl+C stops it.`);
});
