/** Writes docs/data-contract.md from the schema: `npx tsx scripts/gen-contract-docs.ts`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderContractDoc } from '../src/contract/docs.ts';

const target = fileURLToPath(new URL('../docs/data-contract.md', import.meta.url));
writeFileSync(target, renderContractDoc());
console.log(`wrote ${target}`);
