import net from 'node:net';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
const hung = net.createServer((s) => { s.on('error', () => {}); });
await new Promise<void>((r) => hung.listen(0, '127.0.0.1', r));
const port = (hung.address() as net.AddressInfo).port;
for (const url of [`postgres://postgres@127.0.0.1:${port}/postgres`, 'postgres://postgres@127.0.0.1:9/postgres', 'postgres://postgres@127.0.0.1:5432/nosuchdb']) {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, connectionTimeoutMillis: 2000, query_timeout: 3000 }) });
  const t = performance.now();
  try { await db.$queryRaw`SELECT 1`; console.log('ok'); } catch (e: any) {
    console.log('---', url, ((performance.now() - t)/1000).toFixed(1), e.constructor.name, JSON.stringify(e.code), JSON.stringify(e.message).slice(0, 300));
    console.log('meta', JSON.stringify(e.meta)?.slice(0, 300), 'cause', e.cause && String(e.cause).slice(0, 200));
  }
  await db.$disconnect();
}
hung.close();
process.exit(0);
