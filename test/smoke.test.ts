import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SCHEMA, TABLE_NAMES } from '../src/contract/schema.ts';

test('every contract table name has exactly one spec', () => {
  assert.deepEqual([...SCHEMA.map((t) => t.name)].sort(), [...TABLE_NAMES].sort());
});
