import { NextResponse } from 'next/server';
import { API_HEADERS } from '@/lib/http/security-headers';

/** An address under /api that names no endpoint: a JSON 404 with the API's headers, whatever the method. */
function notFound() {
  return NextResponse.json({ ok: false, error: 'not-found', message: 'There is no such API endpoint.' }, { status: 404, headers: API_HEADERS });
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
