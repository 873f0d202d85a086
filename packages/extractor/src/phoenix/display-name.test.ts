import { describe, expect, it } from 'vitest';
import { displayName, nameKey } from './display-name';

describe('display-name', () => {
  describe('#displayName', () => {
    it.each([
      ['BASHAR_AL-ASSAD_', 'Bashar al-Assad'],
      ['ABDULLAH_AL_HASSAN_', 'Abdullah al-Hassan'],
      ['MAX_VAN_DER_STOEL_', 'Max van der Stoel'],
      ['ABDULLAH_BIN_ZAYED_', 'Abdullah bin Zayed'],
      ['JOSE_MARIA_GIL-ROBLES_', 'Jose Maria Gil-Robles'],
      ['JOHN_MCDONAGH', 'John McDonagh'],
      ["SEAN_O'BRIEN_", "Sean O'Brien"],
      ['B._LYNN_PASCOE_', 'B. Lynn Pascoe'],
      ['CARLOS SANTOS_CRUZ_', 'Carlos Santos Cruz'],
      ['HUSSEIN_BIN_TALAL_II_', 'Hussein bin Talal II'],
    ])('should write the person %s as %s', (phrase, name) => {
      expect(displayName(phrase, 'person')).toBe(name);
    });

    it.each([
      ['INTERNATIONAL_ATOMIC_ENERGY_AGENCY_', 'International Atomic Energy Agency'],
      ['IAEA_', 'IAEA'],
      ['U.N._', 'U.N.'],
      ['ECONOMIC_COMMISSION_FOR_THE_PACIFIC_', 'Economic Commission for the Pacific'],
      ['ISLAMIC_ARMY_OF_ADEN_(IAA)_', 'Islamic Army of Aden'],
      ['WWF_INTERNATIONAL', 'WWF International'],
      ['HIZB-I-ISLAMI_', 'Hizb-i-Islami'],
      ['JAMIAT-UL-ANSAR_', 'Jamiat-ul-Ansar'],
    ])('should write the organisation %s as %s', (phrase, name) => {
      expect(displayName(phrase, 'organization')).toBe(name);
    });

    it.each([['EC/UNFPA_INITIATIVE_'], ['!MINIST!_OF_TRADE'], ['GROUP_7_'], ['PÃŠBLICAS_']])(
      'should find no usable name in %s',
      (phrase) => {
        expect(displayName(phrase, 'organization')).toBeUndefined();
      },
    );
  });

  describe('#nameKey', () => {
    it.each([
      ['Frank-Walter Steinmeier', 'Frank Walter Steinmeier'],
      ['Recep Tayyip Erdoğan', 'RECEP TAYYIP ERDOGAN'],
      ['the United Nations', 'United Nations'],
      ['K. P. Oli', 'KP Oli'],
    ])('should give %s and %s one key', (a, b) => {
      expect(nameKey(a)).toBe(nameKey(b));
    });
  });
});
