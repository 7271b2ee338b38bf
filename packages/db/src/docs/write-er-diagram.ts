import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '../locate';
import { erDiagram } from './er-diagram';

/** Replaces the erDiagram block of docs/ARCHITECTURE.md with one generated from the schema. */
const file = path.join(workspaceRoot(), 'docs/ARCHITECTURE.md');
const text = readFileSync(file, 'utf8');
const block = /```mermaid\nerDiagram\n[\s\S]*?```/;
if (!block.test(text)) throw new Error(`${file} has no \`\`\`mermaid erDiagram block to replace`);
writeFileSync(file, text.replace(block, `\`\`\`mermaid\n${erDiagram()}\n\`\`\``));
console.log(`${file}: data model regenerated from packages/db/src/schema.ts`);
