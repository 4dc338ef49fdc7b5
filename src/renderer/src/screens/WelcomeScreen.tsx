import { useState } from 'react';
import { request } from '../api/client';
import { FormAlert } from '../components/FormAlert';
import { useBrands } from '../stores/brands';
import { useNavigation } from '../stores/navigation';
import { usePilots } from '../stores/pilots';
import { refreshAll } from '../stores/refresh-all';
import { PilotFormDialog } from './PilotFormDialog';

/** What an empty workspace shows: start a pilot, or look around in the demo. */
export function WelcomeScreen() {
  const [creating, setCreating] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const select = usePilots((s) => s.select);
  const go = useNavigation((s) => s.go);

  async function loadDemo() {
    setLoading(true);
    try {
      const demo = await request('demo.load', {});
      select(demo.pilotId);
      await refreshAll();
      go('creators');
    } catch (err) {
      setError((err as Error).message);
      setLoading(false);
    }
  }

  return (
    <section className="empty-state" aria-labelledby="welcome-title">
      <h1 id="welcome-title">No pilots in this workspace yet</h1>
      <p className="muted">
        A pilot is one campaign with a brand: its market, currency, dates, targets and the creators taking part. Start
        your own, or load a demo pilot with 12 creators and three months of shop orders to look around.
      </p>
      <FormAlert message={error} />
      <div className="actions">
        <button type="button" className="button primary" onClick={() => setCreating(true)}>
          New pilot
        </button>
        <button type="button" className="button" onClick={() => void loadDemo()} disabled={loading}>
          Load demo workspace
        </button>
        {loading ? (
          <span className="muted" role="status">
            Loading the demo…
          </span>
        ) : null}
      </div>
      {creating ? (
        <PilotFormDialog
          pilot={null}
          defaultCurrency="USD"
          onClose={() => setCreating(false)}
          onSaved={(p) => {
            select(p.id);
            void Promise.all([usePilots.getState().refresh(), useBrands.getState().refresh()]);
          }}
        />
      ) : null}
    </section>
  );
}
