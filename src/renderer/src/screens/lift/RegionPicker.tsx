import { useId, useState } from 'react';
import type { LiftRegion } from '../../../../shared/lift';
import { FieldNotes } from '../../components/FieldNotes';
import { count } from '../../format';

interface RegionPickerProps {
  id: string;
  legend: string;
  regions: LiftRegion[];
  chosen: string[];
  /** Regions the other group holds: a region belongs to one group only. */
  taken: string[];
  takenBy: string;
  onChange(chosen: string[]): void;
  error?: string | undefined;
  /** Offers "all the rest", handy for a control group. */
  offerRest?: boolean;
}

/** A group of regions from the order data, each with its order count, as checkboxes with a quick filter. */
export function RegionPicker(props: RegionPickerProps) {
  const { id, legend, regions, chosen, taken, takenBy, onChange, error } = props;
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const shown = regions
    .filter((r) => r.region.toLowerCase().includes(filter.trim().toLowerCase()))
    .sort((a, b) => a.region.localeCompare(b.region));
  const chosenSet = new Set(chosen);
  const takenSet = new Set(taken);
  const toggle = (region: string, on: boolean) =>
    onChange(on ? [...chosen, region] : chosen.filter((r) => r !== region));
  const orders = regions.filter((r) => chosenSet.has(r.region)).reduce((s, r) => s + r.orders, 0);

  return (
    <fieldset className="group" id={id} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <div className="actions">
        <label htmlFor={filterId} className="visually-hidden">
          Filter {legend.toLowerCase()}
        </label>
        <input
          id={filterId}
          className="input"
          type="search"
          placeholder="Filter regions"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          style={{ maxWidth: 200 }}
        />
        {props.offerRest ? (
          <button
            type="button"
            className="button small"
            onClick={() => onChange(regions.map((r) => r.region).filter((r) => !takenSet.has(r)))}
          >
            All other regions
          </button>
        ) : null}
        {chosen.length > 0 ? (
          <button type="button" className="button small" onClick={() => onChange([])}>
            Clear
          </button>
        ) : null}
      </div>
      <div className="region-list">
        {shown.map((r) => {
          const inOther = takenSet.has(r.region);
          return (
            <label key={r.region} title={inOther ? `In the ${takenBy} group` : undefined}>
              <input
                type="checkbox"
                checked={chosenSet.has(r.region)}
                disabled={inOther}
                onChange={(e) => toggle(r.region, e.target.checked)}
              />
              {r.region}
              <span className="muted">{inOther ? takenBy : `${count(r.orders)} orders`}</span>
            </label>
          );
        })}
        {shown.length === 0 ? <span className="muted">No region matches.</span> : null}
      </div>
      <p className="field-hint" role="status">
        {chosen.length === 0
          ? 'None chosen'
          : `${count(chosen.length)} ${chosen.length === 1 ? 'region' : 'regions'}, ${count(orders)} orders`}
      </p>
      <FieldNotes id={id} error={error} />
    </fieldset>
  );
}
