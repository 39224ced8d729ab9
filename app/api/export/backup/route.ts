import { otherMethods } from '@/app/_lib/api';
import { downloadRoute } from '@/app/_lib/download';
import { backupFileName } from '@/lib/backup/file-names';
import { spoolToTempFile } from '@/lib/backup/spool';
import { writeBackup } from '@/lib/data/backup-export';

export const dynamic = 'force-dynamic';

/** The complete backup (restore it with `npm run db:restore`), written from one snapshot to a temporary file, then sent. */
export const GET = downloadRoute({
  contentType: 'application/json; charset=utf-8',
  fileName: (user) => backupFileName(new Date(), user.timeZone),
  body: async ({ db }) => (await spoolToTempFile((write) => writeBackup(db, write))).body,
});

export const HEAD = GET;

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
