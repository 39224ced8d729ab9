import type { Db } from '@/lib/db/client';
import type { User } from '@/lib/generated/prisma/client';
import { updateUserSwitches } from './users';

export interface ReadingOptions {
  /** Pinyin above the characters (ruby). */
  rubyPinyin?: boolean;
  /** Pinyin syllables coloured by tone. */
  toneColours?: boolean;
}

/** Stores the reading options given (the others stay as they are); the same switches serve the review card. */
export async function setReadingOptions(db: Db, user: Pick<User, 'id'>, options: ReadingOptions): Promise<Pick<User, 'rubyPinyin' | 'toneColours'>> {
  const switches: ReadingOptions = {};
  if (typeof options.rubyPinyin === 'boolean') switches.rubyPinyin = options.rubyPinyin;
  if (typeof options.toneColours === 'boolean') switches.toneColours = options.toneColours;
  const { rubyPinyin, toneColours } = await updateUserSwitches(db, user.id, switches);
  return { rubyPinyin, toneColours };
}
