import type { Sql } from 'postgres';

/** EXPLAIN (ANALYZE, BUFFERS) of a statement with its parameters, as text. */
export async function explainAnalyze(sql: Sql, text: string, params: unknown[]): Promise<string> {
  const rows = await sql.unsafe(`explain (analyze, buffers) ${text}`, params as never[]);
  return rows.map((row) => row['QUERY PLAN'] as string).join('\n');
}
