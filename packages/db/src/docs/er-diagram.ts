import { getTableName, is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../schema';

/**
 * The data model as a Mermaid erDiagram, read from the Drizzle schema itself, so the diagram in
 * docs/ARCHITECTURE.md is generated (`pnpm --filter @sixstep/db docs:er`), never drawn by hand,
 * and a test fails when the schema moves on without it.
 */
export function erDiagram(): string {
  const exported: unknown[] = Object.values(schema);
  const tables = exported
    .filter((value): value is PgTable => is(value, PgTable))
    .map((table) => getTableConfig(table))
    .sort((a, b) => a.name.localeCompare(b.name));

  const lines = ['erDiagram'];
  for (const table of tables) {
    lines.push(`  ${table.name} {`);
    const foreign = new Set(
      table.foreignKeys.flatMap((fk) => fk.reference().columns.map((c) => c.name)),
    );
    for (const column of table.columns) {
      const keys = [column.primary ? 'PK' : null, foreign.has(column.name) ? 'FK' : null]
        .filter(Boolean)
        .join(', ');
      const type = column.getSQLType().replace(/[^a-z0-9_]+/gi, '_');
      lines.push(`    ${type} ${column.name}${keys ? ` ${keys}` : ''}`);
    }
    lines.push('  }');
  }
  for (const table of tables) {
    for (const fk of table.foreignKeys) {
      const reference = fk.reference();
      const columns = reference.columns;
      const optional = columns.some((c) => !c.notNull);
      // Parent side: exactly one (or zero or one for a nullable reference); child side: many,
      // unless the reference is the child's whole primary key (one-to-one).
      const oneToOne = columns.length === 1 && columns[0]!.primary && !table.primaryKeys.length;
      const parent = optional ? '|o' : '||';
      const child = oneToOne ? 'o|' : 'o{';
      const label = columns.map((c) => c.name).join(', ');
      lines.push(
        `  ${getTableName(reference.foreignTable)} ${parent}--${child} ${table.name} : "${label}"`,
      );
    }
  }
  return lines.join('\n');
}
