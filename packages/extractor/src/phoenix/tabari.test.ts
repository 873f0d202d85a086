import { describe, expect, it } from 'vitest';
import { parseTabari, tabariDate } from './tabari';

/** A snippet written for this test in the layout of the Phoenix files. */
const SNIPPET = `# comment line
KOFI_DOE_  # from CountryInfo.txt
+K._DOE_
	[GHAGOV 970101-061231]
	[GHAELI]
NEW_UNION_OF_STATES_ [IGOAFR] # inline code
+NUOS_+_NEW_STATES_UNION_
ABENA_MENSAH_	[GHAOPP >050301] [IGOUNO <101231]
!PERSON! = MAN, MEN
FARMER [~AGR]
`;

describe('tabari', () => {
  describe('#parseTabari', () => {
    const entries = parseTabari(SNIPPET);

    it('should read entries, synonyms and codes on their own or the same line', () => {
      expect(entries.map((e) => e.phrases)).toEqual([
        ['KOFI_DOE_', 'K._DOE_'],
        ['NEW_UNION_OF_STATES_', 'NUOS_', 'NEW_STATES_UNION_'],
        ['ABENA_MENSAH_'],
        ['FARMER'],
      ]);
      expect(entries[0]!.line).toBe(2);
    });

    it('should read date restrictions as ISO dates', () => {
      expect(entries[0]!.codes).toEqual([
        { code: 'GHAGOV', since: '1997-01-01', until: '2006-12-31' },
        { code: 'GHAELI' },
      ]);
      expect(entries[2]!.codes).toEqual([
        { code: 'GHAOPP', since: '2005-03-01' },
        { code: 'IGOUNO', until: '2010-12-31' },
      ]);
      expect(entries[3]!.codes).toEqual([{ code: '~AGR' }]);
    });

    it('should read a backwards two-digit range as starting in the 1900s', () => {
      const [e] = parseTabari('OLD_RULER_\n\t[GHAGOV 150101-070723]\n');
      expect(e!.codes[0]).toEqual({ code: 'GHAGOV', since: '1915-01-01', until: '2007-07-23' });
    });
  });

  describe('#tabariDate', () => {
    it.each([
      ['970101', '1997-01-01'],
      ['080409', '2008-04-09'],
      ['20070101', '2007-01-01'],
      ['2004017', undefined],
      ['971301', undefined],
    ])('should read %s as %s', (digits, iso) => {
      expect(tabariDate(digits)).toBe(iso);
    });
  });
});
