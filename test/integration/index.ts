// The integration suite's entry point, loaded by VS Code's extension host as
// `extensionTestsPath` (code-server: scripts/test-code-server.mjs; desktop: test/run-electron.ts).
// It runs every compiled *.test.js below its own folder (out/test/integration/) with mocha.
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ui: 'bdd', color: false, timeout: 60000});
  const files = readdirSync(__dirname, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.test.js'))
    .sort();
  for (const file of files) mocha.addFile(join(__dirname, file));
  // Deactivation disposes the extension for the rest of the session, so it comes last.
  mocha.addFile(join(__dirname, 'deactivation.last.js'));

  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passes = runner.stats?.passes ?? 0;
      // A plain summary line that CI reads; the extension host forwards console output to the launcher.
      console.log(`${passes} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
