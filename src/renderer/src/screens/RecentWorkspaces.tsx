import type { WorkspaceInfo } from '../../../shared/entities';

interface RecentWorkspacesProps {
  info: WorkspaceInfo;
  onOpen(path: string): void;
}

const fileName = (path: string) =>
  path
    .split(/[\\/]/)
    .at(-1)
    ?.replace(/\.pilotdesk$/, '') ?? path;

/** Workspaces opened before, newest first; each opens with a click or Enter. */
export function RecentWorkspaces({ info, onOpen }: RecentWorkspacesProps) {
  const others = info.recent.filter((r) => r.path !== info.path);
  return (
    <section className="section" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent workspaces</h2>
      {others.length === 0 ? (
        <p className="muted">No other workspaces opened yet.</p>
      ) : (
        <ul className="nav-list" aria-labelledby="recent-title">
          {others.map((r) => (
            <li key={r.path}>
              <button
                type="button"
                className="nav-item"
                onClick={() => onOpen(r.path)}
                aria-label={`Open workspace ${fileName(r.path)}`}
                aria-describedby={`recent-${encodeURIComponent(r.path)}`}
              >
                <strong>{fileName(r.path)}</strong>{' '}
                <span className="muted mono" id={`recent-${encodeURIComponent(r.path)}`}>
                  {r.path}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
