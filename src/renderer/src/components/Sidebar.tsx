import { AREAS, type Area, useNavigation } from '../stores/navigation';

export function Sidebar() {
  const { area, go } = useNavigation();
  const item = (a: Area, label: string) => (
    <li key={a}>
      <button type="button" className="nav-item" aria-current={area === a ? 'page' : undefined} onClick={() => go(a)}>
        {label}
      </button>
    </li>
  );
  return (
    <nav className="shell-nav" aria-label="Areas">
      <ul className="nav-list">{AREAS.map((a) => item(a.area, a.label))}</ul>
      <div className="nav-separator" />
      <ul className="nav-list">{item('workspace', 'Workspace')}</ul>
    </nav>
  );
}
