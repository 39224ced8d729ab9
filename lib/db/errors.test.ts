import { describe, expect, it } from 'vitest';
import { errorReason, isDatabaseUnusable } from './errors';

function prismaError(message: string, cause?: object) {
  return Object.assign(new Error(message), {
    name: 'PrismaClientKnownRequestError',
    code: 'P2010',
    meta: cause ? { driverAdapterError: { name: 'DriverAdapterError', cause } } : undefined,
  });
}

describe('telling an unusable database from a failed query', () => {
  it('calls unreachable, hung, closed, missing and unmigrated databases unusable', () => {
    const unusable = [
      prismaError('\nInvalid `prisma.$queryRaw()` invocation:\n\n\nRaw query failed.', { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 9 }),
      prismaError('\nx', { kind: 'ConnectionClosed' }),
      prismaError('\nx', { kind: 'postgres', code: '57P01', message: 'terminating connection due to administrator command' }),
      prismaError('\nx', { kind: 'TableDoesNotExist', table: 'User' }),
      new Error('Connection terminated due to connection timeout', { cause: new Error('Connection terminated unexpectedly') }),
      new Error('Query read timeout'),
      Object.assign(new Error('The embedded database in .data/pglite is open in another process (pid 12)'), { name: 'DatabaseBusyError' }),
    ];
    for (const error of unusable) expect(isDatabaseUnusable(error), error.message).toBe(true);
  });

  it('leaves ordinary query failures to the code that ran them', () => {
    const ordinary = [
      prismaError('\nx', { kind: 'UniqueConstraintViolation', constraint: { fields: ['requestId'] } }),
      prismaError('\nx', { kind: 'postgres', code: '22P05', message: 'unsupported Unicode escape sequence' }),
      new Error('Something else'),
      null,
      'text',
    ];
    for (const error of ordinary) expect(isDatabaseUnusable(error)).toBe(false);
  });
});

describe('describing a database error in one line', () => {
  it('gives the driver’s reason, not Prisma’s header that starts with a newline', () => {
    expect(errorReason(prismaError('\nInvalid `prisma.$queryRaw()` invocation:\n\n\nRaw query failed. Code: `N/A`. Message: `Can’t reach`', { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 9 }))).toBe(
      'cannot reach the database server at 127.0.0.1:9',
    );
    expect(errorReason(prismaError('\nInvalid `prisma.$queryRaw()` invocation:\n\n\nRaw query failed. Code: `54000`. Message: `index row size 3016 exceeds btree version 4 maximum 2704`'))).toBe(
      'Database error: index row size 3016 exceeds btree version 4 maximum 2704',
    );
    expect(errorReason(prismaError('\nInvalid `tx.word.createMany()` invocation in\n/x.ts:12:3\n\n  11 |\n→ 12 |   await tx.word.createMany(\nTransaction already closed: the timeout was exceeded.'))).toBe(
      'Transaction already closed: the timeout was exceeded.',
    );
  });

  it('says what a hung or vanished server did, in words, rather than the driver’s', () => {
    expect(errorReason(new Error('Query read timeout'))).toBe('the database server stopped answering (a query got no reply in time)');
    expect(errorReason(new Error('Connection terminated due to connection timeout', { cause: new Error('Connection terminated unexpectedly') }))).toBe(
      'the database server did not accept a connection in time',
    );
  });

  it('keeps a plain error’s message and its cause, on one line and not too long', () => {
    expect(errorReason(new Error('socket hang up', { cause: new Error('read ECONNRESET') }))).toBe('socket hang up (read ECONNRESET)');
    const long = errorReason(new Error(`value too long: ${'字'.repeat(2000)}`));
    expect(long.length).toBeLessThanOrEqual(300);
    expect(long).not.toMatch(/\n/);
    expect(errorReason(new Error('\n\n'))).toBe('Error');
    expect(errorReason(new Error('\n\nSomething broke\nat line 3'))).toBe('Something broke');
  });
});
