/**
 * KG_NEO4J_PROFILE=1, bench only: re-runs a statement the adapter sent, with the parameters it
 * last sent, as `PROFILE` in a transaction that is rolled back (writes leave nothing behind), and
 * formats the plan: operators with rows, db hits and the time Neo4j reports for each.
 */
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';

export interface PlanRequest {
  name: string;
  cypher: string;
  params: Record<string, unknown>;
}

function planLines(plan: ProfiledPlan, depth = 0): string[] {
  const time = (plan as ProfiledPlan & { time?: number }).time;
  const ms = time ? `, ${(time / 1e6).toFixed(1)} ms` : '';
  const args = plan.arguments as Record<string, unknown>;
  const detail = typeof args.Details === 'string' ? ` ${args.Details.slice(0, 90)}` : '';
  const line = `${'  '.repeat(depth)}${plan.operatorType}: rows ${plan.rows}, db hits ${plan.dbHits}${ms}${detail}`;
  return [line, ...plan.children.flatMap((c) => planLines(c, depth + 1))];
}

/** PROFILE of each request (rolled back); the plan's lines, or why it could not be taken. */
export async function profilePlans(
  connection: { uri: string; password: string },
  requests: PlanRequest[],
): Promise<string[]> {
  const driver: Driver = neo4j.driver(
    connection.uri,
    neo4j.auth.basic('neo4j', connection.password),
  );
  const out: string[] = [];
  try {
    for (const r of requests) {
      const session = driver.session();
      const tx = session.beginTransaction();
      try {
        const t = performance.now();
        const result = await tx.run(`PROFILE ${r.cypher}`, r.params);
        const ms = (performance.now() - t).toFixed(0);
        const plan = result.summary.profile;
        out.push(`PROFILE ${r.name} (${ms} ms, ${plan ? 'plan below' : 'no plan'}):`);
        if (plan)
          out.push(
            ...planLines(plan)
              .slice(0, 30)
              .map((l) => `  ${l}`),
          );
      } catch (error) {
        out.push(`PROFILE ${r.name} failed: ${(error as Error).message.split('\n')[0]}`);
      } finally {
        await tx.rollback().catch(() => undefined);
        await session.close();
      }
    }
  } finally {
    await driver.close();
  }
  return out;
}
