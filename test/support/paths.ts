/** Paths the tests share. Compiled tests live in out/test/<suite>/, three levels below the repository. */
import {existsSync} from 'node:fs';
import {resolve} from 'node:path';

export const repoRoot = resolve(__dirname, '../../..');
export const examplesDir = resolve(repoRoot, 'examples');
export const sharedDir = resolve(repoRoot, '../shared');
export const hasShared = existsSync(sharedDir);
