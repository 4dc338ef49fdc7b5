import { type Handle, PLATFORMS, type Platform } from '../../../shared/entities';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import type { FieldErrors } from '../forms/use-form';
import { PLATFORM_LABELS } from '../labels';

interface HandleRowsProps {
  handles: Handle[];
  errors: FieldErrors;
  onChange(handles: Handle[]): void;
}

const MAX_HANDLES = 10;
const platformOptions = PLATFORMS.map((p) => ({ value: p, label: PLATFORM_LABELS[p] }));

/** One row per platform handle; the core's "handles.N.handle" errors land on row N. */
export function HandleRows({ handles, errors, onChange }: HandleRowsProps) {
  const update = (index: number, change: Partial<Handle>) =>
    onChange(handles.map((h, i) => (i === index ? { ...h, ...change } : h)));

  return (
    <fieldset className="group wide">
      <legend>Handles</legend>
      {handles.map((h, i) => (
        // Rows have no identity of their own; the position is what the core's errors name.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div className="handle-row" key={i}>
          <SelectField<Platform>
            id={`creator-handles-${i}-platform`}
            label={`Platform ${i + 1}`}
            value={h.platform}
            options={platformOptions}
            onChange={(platform) => update(i, { platform })}
            error={errors[`handles.${i}.platform`]}
          />
          <TextField
            id={`creator-handles-${i}-handle`}
            label={`Handle ${i + 1}`}
            value={h.handle}
            onChange={(handle) => update(i, { handle })}
            error={errors[`handles.${i}.handle`]}
            placeholder="@name"
            required={i === 0}
          />
          <button
            type="button"
            className="button small"
            aria-label={`Remove handle ${i + 1}`}
            disabled={handles.length === 1}
            onClick={() => onChange(handles.filter((_, j) => j !== i))}
          >
            Remove
          </button>
        </div>
      ))}
      <div className="actions">
        <button
          type="button"
          className="button small"
          disabled={handles.length >= MAX_HANDLES}
          onClick={() => onChange([...handles, { platform: handles.at(-1)?.platform ?? 'instagram', handle: '' }])}
          aria-describedby={errors.handles ? 'creator-handles-error' : undefined}
        >
          Add handle
        </button>
        {errors.handles ? (
          <p className="field-error" id="creator-handles-error">
            {errors.handles}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
