import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { build, type InlineConfig } from 'vite';

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * Bundles a browser benchmark's entry script with Vite into `dir` and serves the result on 127.0.0.1 (files inside
 * the bundle only); returns its URL and the server to close.
 */
export async function bundleAndServe(dir: string, page: { title: string; entry: string; vite?: Pick<InlineConfig, 'resolve'> }): Promise<{ url: string; server: Server }> {
  writeFileSync(join(dir, 'entry.js'), page.entry);
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page.title}</title></head><body><script type="module" src="./entry.js"></script></body></html>`);
  await build({
    root: dir, configFile: false, logLevel: 'silent', base: './', ...page.vite,
    css: { preprocessorOptions: { scss: { quietDeps: true } } },
    build: { outDir: join(dir, 'dist'), emptyOutDir: true, minify: true, chunkSizeWarningLimit: 5000, rollupOptions: { input: join(dir, 'index.html') } },
  });
  const dist = join(dir, 'dist');
  const server = createServer((req, res) => {
    const path = join(dist, (req.url ?? '/').split('?')[0] === '/' ? 'index.html' : decodeURIComponent(req.url!.split('?')[0]!));
    if (!path.startsWith(dist) || !existsSync(path)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`, server };
}
