/** Tracking assets: codes, links, their shop files and QR codes. */

import type { Method } from '../../../shared/api/contract';
import type { HandlerTable } from '../handler-table';
import { generateCodes, setCode } from './assign-codes';
import { exportCodes } from './code-exports';
import { checkDiscounts } from './discounts-import';
import { buildLinks } from './links';
import { exportQr } from './qr';
import { setTrackingSettings, trackingSettings } from './settings';

type AssetsMethod = Extract<Method, `assets.${string}`>;

export const assetsHandlers: HandlerTable<AssetsMethod> = {
  'assets.settings': ({ pilotId }, s) => trackingSettings(s.db, pilotId),
  'assets.setSettings': (input, s) => setTrackingSettings(s.db, input),
  'assets.generateCodes': (input, s) => generateCodes(s.db, input),
  'assets.setCode': (input, s) => setCode(s.db, input),
  'assets.buildLinks': (input, s) => buildLinks(s.db, input),
  'assets.exportCodes': (input, s) => exportCodes(s.db, input, s.path),
  'assets.checkDiscounts': (input, s) => checkDiscounts(s.db, input),
  'assets.exportQr': (input, s) => exportQr(s.db, input, s.path),
};
