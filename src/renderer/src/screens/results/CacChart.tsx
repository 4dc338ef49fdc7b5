import { type PilotResults, VERDICT_LABELS } from '../../../../shared/results';
import { type Bar, BarChart } from '../../components/charts/BarChart';
import { money } from '../../format';
import { VERDICT_MARKS } from './figures';

/** Each creator's CAC as a bar against the pilot's target CAC; creators without one show "—" and why. */
export function CacChart({ results }: { results: PilotResults }) {
  const { pilot, creators } = results;
  const target = pilot.targets.find((t) => t.figure === 'cacMinor')?.target ?? null;
  const format = (minor: number) => money(minor, pilot.currency);
  const bars: Bar[] = creators.map((c) => ({
    key: String(c.id),
    label: c.name,
    value: c.cacMinor,
    tone: c.verdict === 'met' ? 'good' : c.verdict === 'missed' ? 'bad' : 'neutral',
    mark: VERDICT_MARKS[c.verdict],
    title:
      c.cacMinor === null
        ? `${c.name}: no CAC (${c.reasons.cacMinor ?? 'not computable'})`
        : `${c.name}: CAC ${format(c.cacMinor)}; ${VERDICT_LABELS[c.verdict].toLowerCase()} (${c.verdictReason})`,
  }));
  const withCac = creators.filter((c) => c.cacMinor !== null).length;
  return (
    <section className="section" aria-labelledby="cac-chart-title">
      <h2 id="cac-chart-title">CAC per creator</h2>
      <p className="muted">
        {target === null ? 'The pilot has no target CAC.' : `Target CAC ${format(target)}, drawn as a line.`} ✓ (green)
        met it, ✗ (red) missed it, … (grey) has too few orders to say. {withCac} of {creators.length} creators have a
        CAC.
      </p>
      <BarChart
        label={`CAC per creator${target === null ? '' : ` against a target of ${format(target)}`}: ${bars
          .map((b) => `${b.label} ${b.value === null ? 'none' : format(b.value)}`)
          .join(', ')}`}
        bars={bars}
        target={target}
        targetLabel={target === null ? '' : `Target ${format(target)}`}
        format={format}
      />
    </section>
  );
}
