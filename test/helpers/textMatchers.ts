import { expect } from 'vitest';
import type { Text } from '../../src/kernel/i18n';

/** An expected text by its English and Russian (its Greek is the catalog's, checked in test/kernel/catalogs.test.ts). */
export function enRu(en: string, ru: string): Text {
  return expect.objectContaining({ en, ru }) as unknown as Text;
}
