import { STAGES, type Stage } from '../../../../shared/entities';
import { count } from '../../format';
import { STAGE_LABELS } from '../../labels';

interface StageTabsProps {
  counts: Record<Stage, number>;
  stage: Stage | 'all';
  onChange(stage: Stage | 'all'): void;
}

/** The pipeline's stages with their counts; picking one filters the table to it. */
export function StageTabs({ counts, stage, onChange }: StageTabsProps) {
  const total = STAGES.reduce((n, s) => n + counts[s], 0);
  const chips: { value: Stage | 'all'; label: string; n: number }[] = [
    { value: 'all', label: 'All', n: total },
    ...STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s], n: counts[s] })),
  ];
  return (
    <fieldset className="stage-chips">
      <legend className="visually-hidden">Stages</legend>
      {chips.map((c) => (
        <button
          key={c.value}
          type="button"
          className="stage-chip"
          aria-pressed={stage === c.value}
          onClick={() => onChange(c.value)}
        >
          {c.label} <span className="stage-count">{count(c.n)}</span>
        </button>
      ))}
    </fieldset>
  );
}
