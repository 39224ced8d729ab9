import net from 'node:net';
import { startApp } from './support/app-server';
const sockets: net.Socket[] = [];
const hung = net.createServer((socket) => { sockets.push(socket); socket.on('error', () => {}); });
await new Promise<void>((r) => hung.listen(0, '127.0.0.1', r));
const port = (hung.address() as net.AddressInfo).port;
const app = await startApp('.next-e2e', { DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/postgres` });
try {
  for (const path of ['/api/review/queue', '/review', '/unavailable', '/api/review/queue']) {
    const t = performance.now();
    const r = await fetch(`${app.url}${path}`, { method: path.startsWith('/api') ? 'POST' : 'GET', headers: { 'content-type': 'application/json' }, body: path.startsWith('/api') ? '{}' : undefined, redirect: 'manual', signal: AbortSignal.timeout(60000) }).catch((e) => ({ status: String(e), text: async () => '' }));
    console.log(path, (r as Response).status, ((performance.now() - t) / 1000).toFixed(1) + 's', (await (r as Response).text()).slice(0, 150));
  }
  console.log(app.output().slice(-1500));
} finally { await app.stop(); hung.close(); sockets.forEach((s) => s.destroy()); }
