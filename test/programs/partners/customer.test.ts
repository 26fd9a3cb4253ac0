import { describe, expect, it } from 'vitest';
import { customerIdentity, legalNameKey, sameCustomer, taxIdKey } from '../../../src/programs/partners/rules/customer';

describe('legalNameKey', () => {
  it('makes ООО «Ромашка», "Ромашка" ООО and ромашка the same', () => {
    expect(legalNameKey('ООО «Ромашка»')).toBe('ромашка');
    expect(legalNameKey('"Ромашка" ООО')).toBe('ромашка');
    expect(legalNameKey('ромашка')).toBe('ромашка');
  });
  it('ignores the Greek legal forms too: «Μαργαρίτα» Ε.Π.Ε., Μαργαρίτα ΕΠΕ and Μαργαρίτα are one customer', () => {
    for (const name of ['«Μαργαρίτα» Ε.Π.Ε.', 'Μαργαρίτα ΕΠΕ', 'Μαργαρίτα', 'ΜΑΡΓΑΡΙΤΑ Ι.Κ.Ε.', 'Μαργαρίτα Ανώνυμη Εταιρεία', 'Α.Ε. Μαργαρίτα']) {
      expect(legalNameKey(name)).toBe('μαργαριτα');
    }
  });
  it('ignores every kind of quote', () => {
    for (const name of ['«Ромашка»', '"Ромашка"', "'Ромашка'", '“Ромашка”', '„Ромашка“', '‘Ромашка’', '`Ромашка`']) {
      expect(legalNameKey(name)).toBe('ромашка');
    }
  });
  it('ignores case, ё/е, punctuation and spacing', () => {
    expect(legalNameKey('ЁЛКА')).toBe(legalNameKey('елка'));
    expect(legalNameKey('Ёлка-Плюс')).toBe(legalNameKey('елка плюс'));
    expect(legalNameKey('  Рога   и\u00a0Копыта, ')).toBe(legalNameKey('рога и копыта'));
    expect(legalNameKey('Рога и Копыта')).toBe('рогаикопыта');
    expect(legalNameKey('Ромашка (ООО)')).toBe('ромашка');
    expect(legalNameKey('Ромашка, ООО.')).toBe('ромашка');
  });
  it('drops each legal form: ООО, АО, ПАО, ЗАО, ОАО, ИП, LLC, Ltd, Inc, GmbH', () => {
    for (const name of ['ООО Ромашка', 'АО Ромашка', 'ПАО «Ромашка»', 'ЗАО "Ромашка"', 'ОАО Ромашка', 'ИП Ромашка', 'ромашка оао']) {
      expect(legalNameKey(name)).toBe('ромашка');
    }
    for (const name of ['Acme LLC', 'Acme Ltd.', 'ACME, Inc.', 'Acme GmbH', 'acme', 'Acme L.L.C.']) {
      expect(legalNameKey(name)).toBe('acme');
    }
  });
  it('drops the spelled-out forms too', () => {
    expect(legalNameKey('Общество с ограниченной ответственностью «Ромашка»')).toBe('ромашка');
    expect(legalNameKey('Публичное акционерное общество "Ромашка"')).toBe('ромашка');
    expect(legalNameKey('Акционерное общество Ромашка')).toBe('ромашка');
    expect(legalNameKey('Acme Limited Liability Company')).toBe('acme');
  });
  it('reads letters of every script as letters', () => {
    expect(legalNameKey('Müller & Söhne GmbH')).toBe('müllersöhne');
    expect(legalNameKey('ТОВ «Їжак»')).toBe('товїжак');
    expect(legalNameKey('Δέλτα Ltd')).toBe('δελτα'); // Greek accents dropped, as capitals lose them: ΔΕΛΤΑ is the same customer
    expect(legalNameKey('𝐀𝐁𝐂 LLC')).toBe('𝐀𝐁𝐂'); // letters beyond U+FFFF (these have no lower case)
    // a combining accent stays with its letter: й written as и + ◌̆
    expect(legalNameKey('Чаи\u0306ка')).toBe('чаи\u0306ка');
  });
  it('keeps a legal form that is part of a word', () => {
    expect(legalNameKey('Аоэлита')).toBe('аоэлита');
    expect(legalNameKey('Incom LLC')).toBe('incom');
  });
  it('does not transliterate: Romashka LLC is not Ромашка', () => {
    expect(legalNameKey('Romashka LLC')).toBe('romashka');
    expect(legalNameKey('Romashka LLC')).not.toBe(legalNameKey('Ромашка'));
  });
  it('keeps a name that is only a legal form', () => {
    expect(legalNameKey('ООО')).toBe('ооо');
    expect(legalNameKey(' — ')).toBe('—');
    expect(legalNameKey('«»')).not.toBe(legalNameKey('—'));
  });
});

describe('taxIdKey', () => {
  it('keeps letters and digits only', () => {
    expect(taxIdKey('7701 234 567')).toBe('7701234567');
    expect(taxIdKey(' 7701-234-567 ')).toBe('7701234567');
    expect(taxIdKey('ИНН 7701234567')).toBe('7701234567');
    expect(taxIdKey('de123456789')).toBe('DE123456789');
    expect(taxIdKey('')).toBe('');
    expect(taxIdKey(' - ')).toBe('');
  });
});

describe('sameCustomer', () => {
  const who = (name: string, taxId = '') => customerIdentity(name, taxId);
  it('compares tax IDs where both have one, whatever the names', () => {
    expect(sameCustomer(who('Ромашка', '7701234567'), who('Лютик', '7701 234 567'))).toBe(true);
    expect(sameCustomer(who('Ромашка', '7701234567'), who('Ромашка', '7709999999'))).toBe(false);
  });
  it('compares the normalised names otherwise', () => {
    expect(sameCustomer(who('ООО «Ромашка»', '7701234567'), who('"Ромашка" ООО'))).toBe(true);
    expect(sameCustomer(who('ромашка'), who('ООО «Ромашка»', '7701234567'))).toBe(true);
    expect(sameCustomer(who('Ромашка'), who('Лютик'))).toBe(false);
    expect(sameCustomer(who('Romashka LLC'), who('Ромашка'))).toBe(false);
  });
});
