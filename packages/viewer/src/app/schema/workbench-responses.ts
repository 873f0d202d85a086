import type { Document, EvidenceSearchResponse } from '@kg/schema';
import { RELATION_TYPES } from '@kg/schema/constants';
import * as g from './guard';
import type { Guard } from './guard';
import { isoDate } from './responses';

/* The responses the data tables read (documents, evidence search), as guards: no zod. */

const optDate = g.opt(isoDate);
const optStr = g.opt(g.str());

const documentShape = {
  id: g.str(1),
  title: optStr,
  date: optDate,
  source: optStr,
  sentences: g.count,
};

export const DocumentListGuard: Guard<{ total: number; documents: Document[] }> = g.obj({
  total: g.count,
  documents: g.arr(g.obj(documentShape)),
});

export const DocumentRecordGuard: Guard<Document & { text: string }> = g.obj({
  ...documentShape,
  text: g.str(),
});

export const EvidenceSearchGuard: Guard<EvidenceSearchResponse> = g.obj({
  results: g.arr(
    g.obj({
      docId: g.str(),
      docTitle: optStr,
      docDate: optDate,
      docSource: optStr,
      sentence: g.count,
      text: g.str(),
      date: optDate,
      relations: g.arr(
        g.obj({ id: g.str(), source: g.str(), type: g.oneOf(RELATION_TYPES), target: g.str() }),
      ),
      matches: g.arr(g.obj({ start: g.count, end: g.count })),
    }),
  ),
  truncated: g.bool,
});
