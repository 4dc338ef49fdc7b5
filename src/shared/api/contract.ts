/**
 * The one API contract: method name -> input schema -> result type. The core's
 * handler table implements exactly these methods, and every face (IPC, HTTP,
 * CLI) validates inputs against these schemas before a handler runs.
 */

import type { z } from 'zod';
import type { BackupResult, Brand, DemoSummary, Pilot, PilotCreator, WorkspaceInfo } from '../entities';
import type { ImportBatch, ImportJob } from '../imports';
import type { ClickDay, OrderDetail, OrdersPage } from '../orders';
import { assetsMethods } from './assets-contract';
import { backupMethods } from './backup-contract';
import { contentMethods } from './content-contract';
import { contractsMethods } from './contracts-contract';
import { BatchInput, ClickListInput, ClickSet, ImportStart, JobInput, OrderQuery } from './import-schemas';
import { liftMethods } from './lift-contract';
import { method } from './method';
import { outreachMethods } from './outreach-contract';
import { payoutMethods } from './payouts-contract';
import { reportMethods } from './reports-contract';
import { resultsMethods } from './results-contract';
import {
  ArchiveInput,
  BrandFields,
  BrandUpdate,
  CreatorAdd,
  CreatorListInput,
  CreatorUpdate,
  Empty,
  IdInput,
  PathInput,
  PilotFields,
  PilotListInput,
  PilotUpdate,
} from './schemas';
import { signoffsMethods } from './signoffs-contract';
import { sourcingMethods } from './sourcing-contract';

export const contract = {
  'workspace.current': method<WorkspaceInfo>()(Empty),
  'workspace.open': method<WorkspaceInfo>()(PathInput),
  'workspace.create': method<WorkspaceInfo>()(PathInput),
  'workspace.backup': method<BackupResult>()(PathInput),

  'brands.list': method<Brand[]>()(Empty),
  'brands.create': method<Brand>()(BrandFields),
  'brands.update': method<Brand>()(BrandUpdate),
  'brands.archive': method<Brand>()(ArchiveInput),

  'pilots.list': method<Pilot[]>()(PilotListInput),
  'pilots.get': method<Pilot>()(IdInput),
  'pilots.create': method<Pilot>()(PilotFields),
  'pilots.update': method<Pilot>()(PilotUpdate),
  'pilots.archive': method<Pilot>()(ArchiveInput),

  'creators.list': method<PilotCreator[]>()(CreatorListInput),
  'creators.add': method<PilotCreator>()(CreatorAdd),
  'creators.update': method<PilotCreator>()(CreatorUpdate),
  'creators.remove': method<{ id: number }>()(IdInput),

  'imports.start': method<ImportJob>()(ImportStart),
  'imports.status': method<ImportJob>()(JobInput),
  'imports.commit': method<ImportJob>()(JobInput),
  'imports.cancel': method<ImportJob>()(JobInput),
  'imports.list': method<ImportBatch[]>()(Empty),
  'imports.undo': method<ImportBatch>()(BatchInput),

  'orders.list': method<OrdersPage>()(OrderQuery),
  'orders.get': method<OrderDetail>()(IdInput),

  'clicks.list': method<ClickDay[]>()(ClickListInput),
  'clicks.set': method<ClickDay>()(ClickSet),

  'demo.load': method<DemoSummary>()(Empty),

  ...resultsMethods,
  ...payoutMethods,
  ...liftMethods,
  ...reportMethods,
  ...backupMethods,
  ...sourcingMethods,
  ...outreachMethods,
  ...contractsMethods,
  ...assetsMethods,
  ...contentMethods,
  ...signoffsMethods,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller sends (before defaults are applied). */
export type InputOf<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives (validated, defaults applied). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type ResultOf<M extends Method> = Contract[M]['result'];

export const METHODS = Object.keys(contract) as Method[];

export function isMethod(name: string): name is Method {
  return Object.hasOwn(contract, name);
}
