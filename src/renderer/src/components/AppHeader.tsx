import { useSelectedPilot } from '../stores/pilots';
import { useWorkspace } from '../stores/workspace';

/** Where you are: the open workspace and the pilot the screens work on. */
export function AppHeader() {
  const info = useWorkspace((s) => s.info);
  const pilot = useSelectedPilot();
  return (
    <header className="shell-header">
      <div className="header-item">
        <span className="header-label">Workspace</span>
        <span className="header-value">{info?.name ?? 'None open'}</span>
      </div>
      <div className="header-item">
        <span className="header-label">Selected pilot</span>
        <span className="header-value">
          {pilot ? `${pilot.name}${pilot.brandName ? ` · ${pilot.brandName}` : ''}` : 'None selected'}
        </span>
      </div>
    </header>
  );
}
