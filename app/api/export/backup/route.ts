import { otherMethods } from '@/app/_lib/api';
import { downloadRoute } from '@/app/_lib/download';
import { backupFileName } from '@/lib/backup/file-names';
import { spoolToTempFile } from '@/lib/backup/spool';
import { writeBackup } from '@/lib/data/backup-export';

export const dynamic = 'force-dynamic';

/** The complete backup (restore it with `npm run db:restore`), written from one snapshot to a temporary file, then sent. */
export const GET = downloadRoute(async ({ db, user }) => ({
  ...(await spoolToTempFile((write) => writeBackup(db, write))),
  contentType: 'application/json; charset=utf-8',
  fileName: backupFileName(new Date(), user.timeZone),
}));

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
