import type { Metadata } from 'next';
import { learnerOrUnavailable } from '@/app/_lib/learner';
import { offeredTimeZones } from '@/lib/data/time-zones';
import { settingsFormValues } from '@/lib/settings/settings-form';
import { timeZoneGroups } from '@/lib/settings/time-zones';
import { OptimisationPanel } from './optimisation-panel';
import { PlacementSection } from './placement-section';
import { SettingsForm } from './settings-form';
import { YourData } from './your-data';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const { db, user } = await learnerOrUnavailable();
  const zones = await offeredTimeZones(db);
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
      <p className="mt-1 text-stone-600 dark:text-stone-300">How much you study each day, when your day begins, and how FSRS schedules your reviews.</p>
      <SettingsForm
        settings={settingsFormValues(user)}
        timeZoneGroups={timeZoneGroups(zones, new Date(), user.timeZone)}
        unusableTimeZone={user.unusableTimeZone}
      />
      <OptimisationPanel userId={user.id} parameters={user.fsrsParameters} />
      <PlacementSection />
      <YourData />
    </div>
  );
}
