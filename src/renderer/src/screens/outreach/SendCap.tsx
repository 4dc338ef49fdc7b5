import { count } from '../../format';
import { useOutreach } from '../../stores/outreach';

/** "12 of 50 sent today": the user's daily send cap and what is left of it. */
export function SendCap() {
  const settings = useOutreach((s) => s.settings);
  if (!settings) return null;
  const left = Math.max(0, settings.dailyCap - settings.sentToday);
  return (
    <p className={left === 0 ? 'send-cap full' : 'send-cap'} role="status" aria-label="Daily send cap">
      <strong>
        {count(settings.sentToday)} of {count(settings.dailyCap)}
      </strong>{' '}
      sent today by {settings.user} · {count(left)} left
    </p>
  );
}
