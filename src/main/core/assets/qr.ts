/** A member's tracked link as a QR code, PNG or SVG, for in-store pilots' printed material. */

import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import QRCode from 'qrcode';
import type { ParsedInput } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { QrExport } from '../../../shared/tracking-assets';
import { logActivity } from '../db/statements';
import { exportsFolder, safeFileName, writeNewFile } from '../export/output-file';
import { bareHandle, readiedMember } from './members';

// Medium error correction survives a smudged print; 10 px modules and a 4-module quiet zone scan from a poster.
const OPTIONS = { errorCorrectionLevel: 'M', margin: 4 } as const;

export async function exportQr(
  db: Database,
  input: ParsedInput<'assets.exportQr'>,
  workspacePath: string | null,
): Promise<QrExport> {
  const member = readiedMember(db, input.memberId);
  const url = member.landingUrl;
  if (!url) throw ApiError.field('memberId', `${member.name} has no tracked link yet; build the links first`);
  const bytes =
    input.format === 'png'
      ? await QRCode.toBuffer(url, { ...OPTIONS, type: 'png', scale: 10 })
      : Buffer.from(await QRCode.toString(url, { ...OPTIONS, type: 'svg' }), 'utf8');
  const stem = safeFileName(`${member.name} ${bareHandle(member.handle)} QR`.trim());
  const target = input.path ?? join(exportsFolder(workspacePath), `${stem}.${input.format}`);
  const path = writeNewFile(target, input.format, bytes);
  logActivity(db, 'assets.exportQr', 'pilot_creator', member.id, { format: input.format });
  return { path, url, format: input.format, bytes: bytes.length };
}
