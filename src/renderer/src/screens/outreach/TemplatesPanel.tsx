import { useState } from 'react';
import type { OutreachTemplate } from '../../../../shared/outreach';
import { useOutreach } from '../../stores/outreach';
import { LockedTemplate } from './LockedTemplate';
import { TemplateEditor } from './TemplateEditor';

/** The templates: a list, and the one picked, editable while a draft and read-only once approved. */
export function TemplatesPanel() {
  const templates = useOutreach((s) => s.templates);
  const [openId, setOpenId] = useState<number | 'new' | null>(templates[0]?.id ?? 'new');
  const open = openId === 'new' ? null : (templates.find((t) => t.id === openId) ?? null);

  return (
    <div className="templates-layout">
      <nav className="template-list" aria-label="Templates">
        <button type="button" className="button primary" onClick={() => setOpenId('new')}>
          New template
        </button>
        {templates.length === 0 ? <p className="muted">No templates yet.</p> : null}
        <ul>
          {templates.map((t) => (
            <li key={t.id}>
              <button
                type="button"
                className="template-item"
                aria-current={t.id === openId ? 'true' : undefined}
                onClick={() => setOpenId(t.id)}
              >
                <span>{t.name}</span>
                <span className={t.lockedAt ? 'badge live' : 'badge'}>{t.lockedAt ? 'Approved' : 'Draft'}</span>
                {t.localVersions.length > 0 ? (
                  <span className="muted">
                    {t.localVersions.length} local {t.localVersions.length === 1 ? 'version' : 'versions'}
                  </span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="template-detail">
        {open?.lockedAt ? (
          <LockedTemplate key={open.id} template={open} />
        ) : (
          <TemplateEditor key={open?.id ?? 'new'} template={open} onSaved={(t: OutreachTemplate) => setOpenId(t.id)} />
        )}
      </div>
    </div>
  );
}
