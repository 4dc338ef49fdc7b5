/** Run by open-workspace.mjs: import the whole core, create a workspace, read it, close it. */
import '../../src/main/core/api';
import { Session } from '../../src/main/core/workspace/session';
import { Settings } from '../../src/main/core/workspace/settings';

const [dataDir, file] = process.argv.slice(2);
if (!dataDir || !file) throw new Error('usage: node open-workspace.mjs DATA_DIR FILE');
const session = new Session(new Settings(dataDir));
session.open(file, 'create');
session.info();
session.close();
