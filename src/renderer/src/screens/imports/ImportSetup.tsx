import { type FormEvent, useState } from 'react';
import type { ImportKind } from '../../../../shared/imports';
import { request } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { IMPORT_KIND_LABELS, options } from '../../labels';
import { useBrands } from '../../stores/brands';
import { usePilots, useSelectedPilot } from '../../stores/pilots';

const PILOT_QUESTION = {
  clicks: 'whose creators the clicks belong to',
  tracking: 'the tracking sheet moves into',
  longlist: 'whose longlist the profiles join',
  posts: 'whose creators published the posts',
} as const;

export type ImportTarget =
  | { kind: 'orders'; brandId: number }
  | { kind: 'clicks' | 'tracking' | 'longlist' | 'posts'; pilotId: number };

interface ImportSetupProps {
  fileName: string;
  kind: ImportKind;
  kindFixed: boolean;
  busy: boolean;
  onStart(target: ImportTarget): void;
  onCancel(): void;
}

/** Before reading: what the file holds and whose it is (the shop's brand, or the pilot for clicks). */
export function ImportSetup({ fileName, kind: initialKind, kindFixed, busy, onStart, onCancel }: ImportSetupProps) {
  const brands = useBrands((s) => s.brands).filter((b) => !b.archived);
  const pilots = usePilots((s) => s.pilots).filter((p) => !p.archived);
  const selected = useSelectedPilot();
  const [kind, setKind] = useState<ImportKind>(initialKind);
  const [brandId, setBrandId] = useState(String(selected?.brandId ?? brands[0]?.id ?? ''));
  const [pilotId, setPilotId] = useState(String(selected?.id ?? pilots[0]?.id ?? ''));
  const [newBrand, setNewBrand] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (kind !== 'orders') {
      if (pilotId === '') return setError(`Pick the pilot ${PILOT_QUESTION[kind]}.`);
      return onStart({ kind, pilotId: Number(pilotId) });
    }
    if (brands.length > 0) return onStart({ kind, brandId: Number(brandId) });
    // No brand yet: the shop's name makes one, so a first import needs no detour.
    setSaving(true);
    try {
      const brand = await request('brands.create', { name: newBrand });
      await useBrands.getState().refresh();
      onStart({ kind, brandId: brand.id });
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <p>
        <span className="muted">File:</span> <strong>{fileName}</strong>
      </p>
      <FormAlert message={error} />
      {kindFixed ? null : (
        <SelectField<ImportKind>
          id="import-kind"
          label="What the file holds"
          value={kind}
          options={options(IMPORT_KIND_LABELS)}
          onChange={setKind}
        />
      )}
      {kind === 'orders' && brands.length > 0 ? (
        <SelectField
          id="import-brand"
          label="Brand (the shop these orders come from)"
          value={brandId}
          options={brands.map((b) => ({ value: String(b.id), label: b.name }))}
          onChange={setBrandId}
        />
      ) : null}
      {kind === 'orders' && brands.length === 0 ? (
        <TextField
          id="import-new-brand"
          label="Brand (the shop these orders come from)"
          value={newBrand}
          onChange={setNewBrand}
          hint="No brands yet: this name adds one."
          required
        />
      ) : null}
      {kind !== 'orders' ? (
        pilots.length > 0 ? (
          <SelectField
            id="import-pilot"
            label={`Pilot (${PILOT_QUESTION[kind]})`}
            value={pilotId}
            options={pilots.map((p) => ({ value: String(p.id), label: p.name }))}
            onChange={setPilotId}
          />
        ) : (
          <p className="muted">
            {kind === 'clicks'
              ? "Clicks belong to a pilot's creators."
              : kind === 'longlist'
                ? "A longlist joins a pilot's sourcing board."
                : kind === 'posts'
                  ? "Posts belong to a pilot's creators."
                  : 'A tracking sheet moves into a pilot.'}{' '}
            Create a pilot first.
          </p>
        )
      ) : null}
      {kind === 'longlist' ? (
        <p className="muted">
          One row per creator, as a discovery tool exports it or as kept by hand. Profiles with the same platform and
          handle as one already in the workspace are merged into it, not doubled; every profile joins the pilot's
          longlist. Nothing is written before you see the preview.
        </p>
      ) : null}
      {kind === 'posts' ? (
        <p className="muted">
          One row per post: the creator's handle or name, the post's link, and any of platform, format, posting time,
          caption, views, likes, comments and link clicks. A post already recorded at the same link is updated, not
          doubled. Nothing is written before you see the preview.
        </p>
      ) : null}
      {kind === 'tracking' ? (
        <p className="muted">
          One row per creator. Creators are added to the pilot or updated; the sheet's orders, revenue, AOV, conversion
          and repeat rate are checked against Pilotdesk's own and any differences listed. Nothing is written before you
          see the preview.
        </p>
      ) : null}
      <div className="modal-foot">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="submit"
          className="button primary"
          disabled={busy || saving || (kind !== 'orders' && pilots.length === 0)}
          data-autofocus
        >
          Read the file
        </button>
      </div>
    </form>
  );
}
