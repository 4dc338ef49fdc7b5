import { usePilots } from '../stores/pilots';

/** Chooses the pilot the screen works on; the choice is kept in the pilots store for every area. */
export function PilotPicker() {
  const { pilots, selectedPilotId, select } = usePilots();
  const choices = pilots.filter((p) => !p.archived || p.id === selectedPilotId);
  return (
    <div className="field picker">
      <label htmlFor="pilot-picker">Pilot</label>
      <select
        id="pilot-picker"
        className="input"
        value={selectedPilotId ?? ''}
        onChange={(e) => select(e.target.value === '' ? null : Number(e.target.value))}
      >
        {selectedPilotId === null ? <option value="">Choose a pilot</option> : null}
        {choices.map((p) => (
          <option key={p.id} value={p.id}>
            {p.brandName ? `${p.name} (${p.brandName})` : p.name}
            {p.archived ? ' — archived' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
