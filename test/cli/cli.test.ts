import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], { cwd: root, encoding: 'utf8' });

test('--help on every command exits 0 and describes it', () => {
  for (const cmd of ['generate', 'validate', 'run', 'start']) {
    const r = cli(cmd, '--help');
    assert.equal(r.status, 0, cmd);
    assert.match(r.stdout, new RegExp(`Usage: livschancer ${cmd}`));
  }
  const top = cli('--help');
  assert.equal(top.status, 0);
  assert.match(top.stdout, /Exit codes/);
});

test('wrong usage exits 2 with a one-line reason', () => {
  for (const args of [['frobnicate'], ['generate', '--scale', 'big'], ['run', '--lang', 'fr'], ['validate'], ['generate', '--nope']]) {
    const r = cli(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /^livschancer: /);
  }
  assert.equal(cli().status, 2);
});
