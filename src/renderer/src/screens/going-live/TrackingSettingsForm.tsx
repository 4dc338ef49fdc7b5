import type { FormEvent } from 'react';
import type { Pilot, PilotCreator } from '../../../../shared/entities';
import { basisPointsToPercent, minorToDecimal } from '../../../../shared/money';
import { CODE_TOKENS, type DiscountKind, type Shop, type TrackingSettings } from '../../../../shared/tracking-assets';
import { request } from '../../api/client';
import { FormAlert } from '../../components/FormAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useForm } from '../../forms/use-form';
import { useGoingLive } from '../../stores/going-live';
import { exampleCode, exampleLink } from './tracking-preview';

interface Values {
  shop: Shop;
  codePattern: string;
  codeMaxLength: string;
  discountKind: DiscountKind;
  discountValue: string;
  landingUrl: string;
  utmSource: string;
  utmMedium: string;
}

const FIELDS = new Set<string>([
  'shop',
  'codePattern',
  'codeMaxLength',
  'discountKind',
  'discountValue',
  'landingUrl',
  'utmSource',
  'utmMedium',
]);

function valuesOf(s: TrackingSettings, currency: string): Values {
  return {
    shop: s.shop,
    codePattern: s.codePattern,
    codeMaxLength: String(s.codeMaxLength),
    discountKind: s.discountKind,
    discountValue:
      s.discountKind === 'percentage'
        ? basisPointsToPercent(s.discountValue)
        : minorToDecimal(s.discountValue, currency),
    landingUrl: s.landingUrl ?? '',
    utmSource: s.utmSource ?? '',
    utmMedium: s.utmMedium,
  };
}

/** The pilot's code pattern, discount and link conventions, with the first member's code and link as they would come out. */
export function TrackingSettingsForm({
  pilot,
  settings,
  first,
}: {
  pilot: Pilot;
  settings: TrackingSettings;
  first: PilotCreator | undefined;
}) {
  const setSettings = useGoingLive((s) => s.setSettings);
  const form = useForm<Values>(() => valuesOf(settings, pilot.currency));
  const { values, errors, set } = form;
  const saved = JSON.stringify(values) === JSON.stringify(valuesOf(settings, pilot.currency));

  async function submit(event: FormEvent) {
    await form.submit(
      event,
      async () => {
        const next = await request('assets.setSettings', {
          pilotId: pilot.id,
          shop: values.shop,
          codePattern: values.codePattern,
          codeMaxLength: values.codeMaxLength,
          discountKind: values.discountKind,
          discountValue: values.discountValue,
          landingUrl: values.landingUrl.trim() || null,
          utmSource: values.utmSource.trim() || null,
          utmMedium: values.utmMedium,
        });
        setSettings(next);
      },
      { isField: (p) => FIELDS.has(p) },
    );
  }

  const code = first
    ? exampleCode(
        {
          pattern: values.codePattern,
          discount: values.discountValue,
          maxLength: Number(values.codeMaxLength) || 0,
          pilotName: pilot.name,
        },
        first,
      )
    : null;
  const link = first ? exampleLink({ ...values, utmCampaign: settings.utmCampaign }, first) : null;

  return (
    <form
      ref={form.formRef}
      className="section tracking-settings"
      onSubmit={submit}
      noValidate
      aria-labelledby="tracking-settings-title"
    >
      <h2 id="tracking-settings-title">Codes and links for this pilot</h2>
      <FormAlert message={form.alert} />
      <div className="form-grid">
        <SelectField
          id="tracking-shop"
          label="Shop"
          value={values.shop}
          options={[
            { value: 'shopify', label: 'Shopify' },
            { value: 'woocommerce', label: 'WooCommerce' },
          ]}
          onChange={(v) => set('shop', v)}
          error={errors.shop}
        />
        <TextField
          id="tracking-pattern"
          label="Code pattern"
          value={values.codePattern}
          onChange={(v) => set('codePattern', v)}
          error={errors.codePattern}
          hint={`Tokens: ${CODE_TOKENS.map((t) => `{${t}}`).join(' ')}; letters, digits, - and _ around them.`}
          required
        />
        <SelectField
          id="tracking-discount-kind"
          label="Discount kind"
          value={values.discountKind}
          options={[
            { value: 'percentage', label: 'Percentage off' },
            { value: 'fixed_amount', label: `Fixed amount (${pilot.currency})` },
          ]}
          onChange={(v) => set('discountKind', v)}
          error={errors.discountKind}
        />
        <TextField
          id="tracking-discount"
          label="Discount"
          value={values.discountValue}
          onChange={(v) => set('discountValue', v)}
          error={errors.discountValue}
          affix={values.discountKind === 'percentage' ? '%' : pilot.currency}
          inputMode="decimal"
          required
        />
        <TextField
          id="tracking-max-length"
          label="Longest code"
          value={values.codeMaxLength}
          onChange={(v) => set('codeMaxLength', v)}
          error={errors.codeMaxLength}
          affix="characters"
          inputMode="numeric"
        />
        <TextField
          id="tracking-landing"
          label="Landing URL"
          value={values.landingUrl}
          onChange={(v) => set('landingUrl', v)}
          error={errors.landingUrl}
          placeholder="https://shop.example.com/spring"
          inputMode="url"
          wide
        />
        <TextField
          id="tracking-utm-source"
          label="utm_source"
          value={values.utmSource}
          onChange={(v) => set('utmSource', v)}
          error={errors.utmSource}
          hint="Empty: each creator's platform (instagram, tiktok…)."
        />
        <TextField
          id="tracking-utm-medium"
          label="utm_medium"
          value={values.utmMedium}
          onChange={(v) => set('utmMedium', v)}
          error={errors.utmMedium}
          required
        />
      </div>
      <p className="muted">
        utm_campaign is the pilot’s slug, <span className="mono">{settings.utmCampaign}</span>; utm_content is each
        creator’s handle.
      </p>
      {first ? (
        <dl className="facts tracking-example" aria-label="Example for the first creator">
          <dt>Example code ({first.name})</dt>
          <dd className="mono" data-testid="example-code">
            {code || '—'}
          </dd>
          <dt>Example link</dt>
          <dd className="mono break">{link ?? 'Set a full landing URL (https://…) to see the link.'}</dd>
        </dl>
      ) : null}
      <div className="actions">
        <button type="submit" className="button primary" disabled={form.busy}>
          Save settings
        </button>
        <span className="muted" role="status">
          {saved ? 'Saved' : 'Unsaved changes'}
        </span>
      </div>
    </form>
  );
}
