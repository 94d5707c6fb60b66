import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dimensionsTable, groupingsTable, projectLeaderItemsTable } from '../../src/survey/questionnaire-doc.ts';

test('docs/survey.md carries the tables rendered from the definition, unchanged', async () => {
  const doc = await readFile(new URL('../../docs/survey.md', import.meta.url), 'utf8');
  for (const [name, table] of [['groupingsTable', groupingsTable()], ['dimensionsTable', dimensionsTable()], ['projectLeaderItemsTable', projectLeaderItemsTable()]]) {
    assert.ok(doc.includes(`<!-- generated from src/survey/questionnaire-doc.ts: ${name}() -->\n${table}\n`), `${name} is out of date in docs/survey.md`);
  }
});

test('the rendered tables show codes with their labels', () => {
  assert.ok(groupingsTable().includes('| `lonely` | `often_sometimes` | 1 Ja, meget ofte; 2 Ja, ofte; 3 Ja, af og til | inferred |'));
  assert.ok(dimensionsTable().includes('| 8 | om man føler sig holdt uden for samfundet | `excluded_from_society` | 1 I høj grad; 2 I nogen grad | 8 Ved ikke | inferred |'));
  assert.equal(projectLeaderItemsTable().split('\n').length, 2 + 13);
});
