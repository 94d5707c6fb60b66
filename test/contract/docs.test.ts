import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderContractDoc } from '../../src/contract/docs.ts';
import { SCHEMA } from '../../src/contract/schema.ts';

const committed = readFileSync(new URL('../../docs/data-contract.md', import.meta.url), 'utf8');

test('docs/data-contract.md is what the schema generates (run: npx tsx scripts/gen-contract-docs.ts)', () => {
  assert.equal(committed, renderContractDoc());
});

test('the doc has a section and an export recipe for every table, with every column', () => {
  for (const t of SCHEMA) {
    const section = committed.slice(committed.indexOf(`### \`${t.name}\``));
    assert.ok(committed.includes(`### \`${t.name}\``), t.name);
    assert.ok(committed.includes(`**${t.name}** ←`), `export of ${t.name}`);
    for (const c of t.columns) assert.ok(section.includes(`| \`${c.name}\` |`), `${t.name}.${c.name}`);
  }
});
