import { describe, expect, it } from 'vitest';
import { type PhoenixContext, convertPhoenix } from './convert-phoenix';

/** Snippets written for this test in the layout of the four Phoenix files. */
const COUNTRIES = `KOFI_DOE_
+KOFI_AMANKWA_DOE_
	[GHAGOV 970101-061231]
	[GHAGOV >090301]
	[GHAELI]
ABENA_MENSAH_
	[GHAOPP 050301-081231]
JOHN_PASTOR_
	[GHAGOV 000101-011231]
JOHN_PASTOR_
	[KENGOV 000101-011231]
VLADIMIR_PUTIN_
	[RUSGOV >000507]
ABENA_SERWAA_BOATENG_
	[GHAGOV 100101-111231]
ACCRA_KWAME_
	[GHAGOV 000101-011231]
GHANA_ARMED_FORCES_
	[GHAMIL]
GOLD_COAST_COLONY_
	[GHA <570306]
GHANA_
+GHANAIAN_REPUBLIC_
	[GHAUNR 570306-570401]
KIM_JIN_PYO_
	[KORGOV 080101-101231]
WEN_JIA_BAO_
	[CHNGOV 030316-130315]
`;
const INTERNATIONAL = `THE_UNITED_NATIONS_ [IGOUNO]
AMA_BOATENG_	[IGOUNO 020101-061231]
WEST_AFRICAN_FISHERIES_COMMISSION_ [IGOWAF]
+WAFC_
LANTERN_ [NGO]
ZORBALIX_ [NGO]
MEGACORP_INC_ [MNC]
`;
const MILNONSTATE = `COASTAL_LIBERATION_FRONT_ [GHAREB]
+CLF_
KWAME_ASANTE_ODURO_
+ASANTE_ODURO_
	[IMGMUSCLF]
`;
const AGENTS = `!PERSON! = MAN, MEN
FARMER [~AGR]
STUDENT [~EDU]
PROTESTER [~OPP]
NEWSPAPER [~MED]
POLICEMAN [~COP]
SCHOOL [~EDU]
`;

const CONTEXT: PhoenixContext = {
  countries: new Set(['GHA', 'KEN', 'RUS', 'KOR', 'CHN']),
  /** nameKey of hand-written 'Vladimir Putin', 'the United Nations', 'Abena-Serwaa Boateng'. */
  known: new Set(['vladimir putin', 'united nations', 'abena serwaa boateng']),
  places: new Set(['ghana', 'accra kwame']),
  titleWords: new Set(['president', 'minister']),
  givenNames: new Set(['Kofi', 'Abena', 'John', 'Ama']),
  orgHeads: new Set(['Commission', 'Front', 'Forces']),
  isCommonWord: (w) => ['lantern', 'the', 'of'].includes(w),
  compiled: '2014-01-30',
  knownOrgIds: new Map([['united nations', 'un']]),
  takenHeads: new Set(['protester']),
};

describe('convert-phoenix', () => {
  const result = convertPhoenix(
    {
      countries: COUNTRIES,
      international: INTERNATIONAL,
      milNonState: MILNONSTATE,
      agents: AGENTS,
    },
    CONTEXT,
  );
  const person = (id: string) => result.people.find((p) => p.id === id);

  it('should convert people with their dated roles, open roles closed at the compilation date', () => {
    expect(person('phx-kofi-doe')).toEqual({
      id: 'phx-kofi-doe',
      name: 'Kofi Doe',
      aliases: ['Kofi Amankwa Doe'],
      roles: [
        { role: 'Government official', of: 'GHA', since: '1997-01-01', until: '2006-12-31' },
        { role: 'Government official', of: 'GHA', since: '2009-03-01', until: '2014-01-30' },
      ],
      source: 'Phoenix.Countries.actors.txt:1',
    });
    expect(person('phx-abena-mensah')?.roles).toEqual([
      { role: 'Opposition leader', of: 'GHA', since: '2005-03-01', until: '2008-12-31' },
    ]);
  });

  it('should add the joined forms of Korean and Chinese names', () => {
    expect(person('phx-kim-jin-pyo')?.aliases).toEqual(['Kim Jin-pyo']);
    expect(person('phx-wen-jia-bao')?.aliases).toEqual(['Wen Jiabao']);
  });

  it('should take no state for a person', () => {
    const ids = result.people.map((p) => p.id);
    expect(ids).not.toContain('phx-gold-coast-colony');
    expect(ids).not.toContain('phx-ghanaian-republic');
  });

  it('should give a role in an international organisation its hand-written id', () => {
    expect(person('phx-ama-boateng')?.roles).toEqual([
      { role: 'Official', of: 'un', since: '2002-01-01', until: '2006-12-31' },
    ]);
  });

  it('should leave out names the hand-written files have, places, and one name for two people', () => {
    const ids = result.people.map((p) => p.id);
    expect(ids).not.toContain('phx-vladimir-putin');
    expect(ids).not.toContain('phx-abena-serwaa-boateng');
    expect(ids).not.toContain('phx-accra-kwame');
    expect(ids).not.toContain('phx-john-pastor');
    expect(result.organizations.map((o) => o.id)).not.toContain('phx-the-united-nations');
  });

  it('should convert organisations and armed groups, but not companies or listed leaders', () => {
    expect(result.organizations.map((o) => [o.id, o.name, o.type, o.kind, o.country])).toEqual([
      ['phx-coastal-liberation-front', 'Coastal Liberation Front', 'Group', 'armed-group', 'GHA'],
      [
        'phx-west-african-fisheries-commission',
        'West African Fisheries Commission',
        'Organization',
        'intergovernmental',
        null,
      ],
      ['phx-zorbalix', 'Zorbalix', 'Organization', 'ngo', null],
    ]);
  });

  it('should drop one-word common words and mark other one-word names and short acronyms ambiguous', () => {
    expect(result.ambiguous.map((a) => [a.text, a.candidates[0], a.reason])).toEqual([
      ['CLF', 'phx-coastal-liberation-front', 'short acronym'],
      ['WAFC', 'phx-west-african-fisheries-commission', 'one-word name'],
      ['Zorbalix', 'phx-zorbalix', 'one-word name'],
    ]);
  });

  it('should keep agent nouns of collective sectors the lexicons do not use yet', () => {
    expect(result.agents).toEqual([
      { head: 'farmer', name: 'farmers', sector: 'AGR' },
      { head: 'student', name: 'students', sector: 'EDU' },
    ]);
  });
});
