import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** What `next build` reads: the routes, the library, static files, the schema and the build's configuration. */
const BUILD_INPUTS = ['app', 'lib', 'public', 'prisma/schema.prisma', 'next.config.js', 'postcss.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];
/** Generated from prisma/schema.prisma, which is an input itself. */
const NOT_INPUTS = new Set(['lib/generated']);

function filesUnder(root: string, relative: string, found: string[]): void {
  const absolute = path.join(root, relative);
  const stat = fs.statSync(absolute, { throwIfNoEntry: false });
  if (!stat || NOT_INPUTS.has(relative)) return;
  if (stat.isFile()) {
    found.push(relative);
    return;
  }
  if (!stat.isDirectory()) return;
  for (const entry of fs.readdirSync(absolute).sort()) filesUnder(root, path.posix.join(relative, entry), found);
}

/** A hash of every build input under `root`: it changes exactly when a rebuild could give a different app. */
export function sourceHash(root: string): string {
  const files: string[] = [];
  for (const input of BUILD_INPUTS) filesUnder(root, input, files);
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(fs.readFileSync(path.join(root, file))).update('\0');
  return hash.digest('hex');
}
