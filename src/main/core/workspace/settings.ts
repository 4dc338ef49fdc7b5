/** App settings kept beside the workspaces: the recent list and the last one open. */

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecentWorkspace } from '../../../shared/entities';

const MAX_RECENT = 10;

interface SettingsFile {
  recent: RecentWorkspace[];
}

export class Settings {
  private readonly file: string;
  private data: SettingsFile;

  constructor(readonly dataDir: string) {
    this.file = join(dataDir, 'settings.json');
    this.data = this.read();
  }

  get recent(): RecentWorkspace[] {
    return this.data.recent;
  }

  /** The workspace opened last, to reopen on start. */
  get lastWorkspace(): string | undefined {
    return this.data.recent[0]?.path;
  }

  remember(path: string): void {
    const recent = this.data.recent.filter((r) => r.path !== path);
    recent.unshift({ path, openedAt: new Date().toISOString() });
    this.data = { ...this.data, recent: recent.slice(0, MAX_RECENT) };
    this.write();
  }

  forget(path: string): void {
    this.data = { ...this.data, recent: this.data.recent.filter((r) => r.path !== path) };
    this.write();
  }

  private read(): SettingsFile {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<SettingsFile>;
      const recent = Array.isArray(parsed.recent)
        ? parsed.recent.filter(
            (r): r is RecentWorkspace => typeof r?.path === 'string' && typeof r?.openedAt === 'string',
          )
        : [];
      return { recent };
    } catch {
      // Missing or damaged settings only cost the recent list; never block a start.
      return { recent: [] };
    }
  }

  /** Write-then-rename, so a crash mid-write never leaves half a file. */
  private write(): void {
    mkdirSync(this.dataDir, { recursive: true });
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.data, null, 2));
    renameSync(tmp, this.file);
  }
}
