import type { Metadata } from 'next';
import { learnerOrUnavailable } from '@/app/_lib/learner';
import { SettingsForm } from './settings-form';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const { user } = await learnerOrUnavailable();
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
      <p className="mt-1 text-stone-600 dark:text-stone-300">How much you study each day, and when your day begins.</p>
      <SettingsForm
        settings={{
          timeZone: user.timeZone,
          dayStartHour: user.dayStartHour,
          newCardsPerDay: user.newCardsPerDay,
          reviewsPerDay: user.reviewsPerDay,
          desiredRetention: Math.round(user.desiredRetention * 100),
        }}
        timeZones={Intl.supportedValuesOf('timeZone')}
      />
    </div>
  );
}
