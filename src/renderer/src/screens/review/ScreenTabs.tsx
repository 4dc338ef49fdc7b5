import type { ReactNode } from 'react';

interface ScreenTabsProps<V extends string> {
  /** Prefix of the tab and panel ids, unique on the page. */
  id: string;
  label: string;
  tabs: { view: V; label: string }[];
  view: V;
  onChange(view: V): void;
  children: ReactNode;
}

/** Tabs under a screen's title, as the Orders screen has them: arrow keys move between tabs. */
export function ScreenTabs<V extends string>({ id, label, tabs, view, onChange, children }: ScreenTabsProps<V>) {
  return (
    <>
      <div className="tabs" role="tablist" aria-label={label}>
        {tabs.map((t) => (
          <button
            key={t.view}
            type="button"
            role="tab"
            id={`${id}-tab-${t.view}`}
            className="tab"
            aria-selected={view === t.view}
            aria-controls={`${id}-panel-${t.view}`}
            tabIndex={view === t.view ? 0 : -1}
            onClick={() => onChange(t.view)}
            onKeyDown={(e) => {
              const i = tabs.findIndex((x) => x.view === view);
              const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              if (step === 0) return;
              const next = tabs[(i + step + tabs.length) % tabs.length];
              if (next) {
                onChange(next.view);
                document.getElementById(`${id}-tab-${next.view}`)?.focus();
              }
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel-${view}`} aria-labelledby={`${id}-tab-${view}`} className="tab-panel">
        {children}
      </div>
    </>
  );
}
