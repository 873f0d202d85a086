import {
  DocumentSchema,
  EvidenceRowSchema,
  GraphEdgeSchema,
  IngestDocumentSchema,
  SearchResultSchema,
  SubgraphSchema,
} from '@kg/schema';
import { z } from 'zod';

/** Response shapes the server adds around the shared schemas (documented in openapi.json). */
export const HealthSchema = z.object({
  status: z.literal('ok'),
  store: z.object({ dialect: z.string(), reachable: z.literal(true) }),
});

export const SearchResponseSchema = z.object({ results: z.array(SearchResultSchema) });

export const PathsResponseSchema = z.object({
  paths: z.array(z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) })),
  subgraph: SubgraphSchema,
});

export const EvidenceResponseSchema = z.object({
  relation: GraphEdgeSchema.optional(),
  evidence: z.array(EvidenceRowSchema),
});

export const DocumentListResponseSchema = z.object({
  total: z.number().int().nonnegative(),
  limit: z.number().int(),
  offset: z.number().int(),
  documents: z.array(DocumentSchema),
});

export const DocumentRecordSchema = DocumentSchema.extend({ text: z.string() });

export const IngestReportSchema = z.object({
  documents: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  replaced: z.number().int().nonnegative(),
  entities: z.number().int().nonnegative(),
  relations: z.number().int().nonnegative(),
  evidence: z.number().int().nonnegative(),
});

export const IngestResponseSchema = z.object({
  documents: z.array(z.string()),
  failures: z.array(z.object({ origin: z.string(), message: z.string() })),
  report: IngestReportSchema,
});

export const DeleteResponseSchema = z.object({ deleted: z.literal(true), id: z.string() });

/** Body of a text/plain upload is the document text itself. */
export const IngestTextBodySchema = IngestDocumentSchema.shape.text;
