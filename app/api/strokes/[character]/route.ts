import { NextResponse } from 'next/server';
import { failedResponse, otherMethods, refuse } from '@/app/_lib/api';
import { readStrokeData, strokeCharacter } from '@/lib/chinese/stroke-data';
import { NOTHING_POLICY, SECURITY_HEADERS } from '@/lib/http/security-headers';

type Context = { params: Promise<{ character: string }> };

/** A character's data never changes within a version of hanzi-writer-data: the browser may keep it for a year. */
const STROKE_HEADERS = {
  ...SECURITY_HEADERS,
  'Content-Type': 'application/json; charset=utf-8',
  'Content-Security-Policy': NOTHING_POLICY,
  'Cache-Control': 'public, max-age=31536000, immutable',
};

/** GET /api/strokes/国: the stroke order of one Han character, for hanzi-writer (the app's own copy, no CDN). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const character = strokeCharacter((await params).character);
  if (!character) return refuse(400, 'invalid', 'Ask for the strokes of exactly one Chinese character.');
  try {
    const data = await readStrokeData(character);
    if (data === null) return refuse(404, 'not-found', `There is no stroke order for ${character}.`);
    return new NextResponse(data, { headers: STROKE_HEADERS });
  } catch (error) {
    return failedResponse(request, error);
  }
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
