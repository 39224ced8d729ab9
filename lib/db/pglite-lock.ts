import fs from 'node:fs';

export class DatabaseBusyError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The embedded database in ${dataDir} is open in another process (pid ${pid}), such as the running app. ` +
        'Stop that process first, or use a PostgreSQL server by setting DATABASE_URL.',
    );
    this.name = 'DatabaseBusyError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is a single-process database: two processes writing the same directory corrupt it.
 * A lock file holding the owner's pid keeps a second process out; a lock left by a dead process is taken over.
 */
export function acquirePgliteLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(fs.readFileSync(lockPath, 'utf8'), 10);
      if (owner === process.pid) break;
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) throw new DatabaseBusyError(dataDir, owner);
      fs.rmSync(lockPath, { force: true });
    }
  }
  const removeLockFile = () => {
    try {
      if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.rmSync(lockPath, { force: true });
    } catch {
      // already gone
    }
  };
  process.once('exit', removeLockFile);
  return () => {
    process.off('exit', removeLockFile);
    removeLockFile();
  };
}
