import { describe, expect, it } from 'vitest';
import { checkToolchain, parseJavaMajor } from './toolchain';

describe('toolchain', () => {
  describe('#parseJavaMajor', () => {
    it.each([
      ['openjdk version "17.0.15" 2025-04-15', 17],
      ['openjdk version "21" 2023-09-19', 21],
      ['openjdk version "25.0.1" 2025-10-21 LTS', 25],
      ['java version "1.8.0_392"', 8],
      ['no version here', undefined],
    ])('should read %j as %s', (output, major) => {
      expect(parseJavaMajor(output)).toBe(major);
    });
  });

  describe('#checkToolchain', () => {
    it('should say how to get Java when there is none', () => {
      const check = checkToolchain({ PATH: '/nonexistent' });
      expect(check).toEqual({
        ok: false,
        reason: expect.stringMatching(/no Java found.*JAVA_HOME/),
      });
    });

    it('should say how to get Maven when Java is there but Maven is not', () => {
      const check = checkToolchain({ ...process.env, KG_MVN: '/nonexistent/mvn' });
      if (!checkToolchain().ok) return; // this machine has no Java at all: covered above
      expect(check).toEqual({
        ok: false,
        reason: expect.stringMatching(
          /no Maven found \(tried \/nonexistent\/mvn\).*apt-get install maven/,
        ),
      });
    });
  });
});
