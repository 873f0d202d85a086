import { describeGraphStoreContract } from '../contract';
import { openNeo4jTestStore } from '../testing';

// The shared GraphStore contract on the test project's live Neo4j (wiped before every test).
describeGraphStoreContract('neo4j', async () => {
  const store = await openNeo4jTestStore();
  return { store, cleanup: () => store.close() };
});
