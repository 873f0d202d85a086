import { describe, expect, it } from 'vitest';
import { heapFlags, isMemorySize, NEO4J_JVM_FLAGS } from './jvm-options';

describe('jvm-options', () => {
  it('should open the JDK packages Neo4j needs on Java 17', () => {
    for (const pkg of ['java.nio', 'sun.nio.ch', 'java.io'])
      expect(NEO4J_JVM_FLAGS).toContain(`--add-opens=java.base/${pkg}=ALL-UNNAMED`);
  });

  it.each([
    ['4g', ['-Xms256m', '-Xmx4g']],
    ['512m', ['-Xms256m', '-Xmx512m']],
  ])('should size the heap for %s', (size, flags) => {
    expect(heapFlags(size)).toEqual(flags);
  });

  it.each(['4', '4gb', '', '-1g', '4 g'])('should refuse the size %j', (size) => {
    expect(isMemorySize(size)).toBe(false);
    expect(() => heapFlags(size)).toThrow(/use e\.g\. 512m or 4g/);
  });
});
