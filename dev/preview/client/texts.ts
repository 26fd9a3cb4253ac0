import type { Lang } from '../types';

/** The preview page's own words (the workbook, the menu and the dialogs come from the add-on). */
export const CHROME = {
  en: {
    extensions: 'Extensions',
    reset: 'Reset',
    resetTitle: 'Start again from the five templates with their sample data',
    empty: 'New empty spreadsheet',
    emptyTitle: 'Start from an empty spreadsheet, to try each Insert template item',
    badge: 'local preview',
    unavailable: 'Not available in this build yet',
    spilled: (a1: string) => `Spilled from ${a1}`,
    failed: 'The preview server refused',
    dismiss: 'Dismiss',
    cancel: 'Cancel',
    ask: {
      language: {
        text: 'Switching the language builds the workbook again in that language. Your edits in this workbook will be lost.',
        ok: 'Discard edits and switch',
      },
      reset: {
        text: 'Reset builds the workbook again from the templates and their sample data. Your edits in this workbook will be lost.',
        ok: 'Discard edits and reset',
      },
      empty: { text: 'An empty spreadsheet replaces this workbook. Your edits in it will be lost.', ok: 'Discard edits and start empty' },
    },
  },
  ru: {
    extensions: 'Расширения',
    reset: 'Сбросить',
    resetTitle: 'Начать заново с пяти шаблонов и их примеров',
    empty: 'Новая пустая таблица',
    emptyTitle: 'Начать с пустой таблицы, чтобы попробовать каждый пункт «Вставить шаблон»',
    badge: 'локальный просмотр',
    unavailable: 'В этой сборке пока недоступно',
    spilled: (a1: string) => `Результат формулы из ${a1}`,
    failed: 'Сервер просмотра отказал',
    dismiss: 'Закрыть',
    cancel: 'Отмена',
    ask: {
      language: { text: 'При смене языка таблица строится заново на этом языке. Ваши правки в этой таблице пропадут.', ok: 'Отбросить правки и сменить язык' },
      reset: { text: 'Сброс строит таблицу заново из шаблонов и их примеров. Ваши правки в этой таблице пропадут.', ok: 'Отбросить правки и сбросить' },
      empty: { text: 'Эту таблицу заменит пустая. Ваши правки в ней пропадут.', ok: 'Отбросить правки и начать с пустой' },
    },
  },
  el: {
    extensions: 'Επεκτάσεις',
    reset: 'Επαναφορά',
    resetTitle: 'Ξεκινήστε ξανά από τα πέντε πρότυπα με τα δείγματα δεδομένων τους',
    empty: 'Νέο κενό υπολογιστικό φύλλο',
    emptyTitle: 'Ξεκινήστε από κενό υπολογιστικό φύλλο, για να δοκιμάσετε κάθε «Εισαγωγή προτύπου»',
    badge: 'τοπική προεπισκόπηση',
    unavailable: 'Δεν είναι ακόμη διαθέσιμο σε αυτή την έκδοση',
    spilled: (a1: string) => `Αποτέλεσμα του τύπου στο ${a1}`,
    failed: 'Ο διακομιστής προεπισκόπησης αρνήθηκε',
    dismiss: 'Κλείσιμο',
    cancel: 'Άκυρο',
    ask: {
      language: {
        text: 'Με την αλλαγή γλώσσας το βιβλίο εργασίας δημιουργείται ξανά σε αυτή τη γλώσσα. Οι αλλαγές σας σε αυτό θα χαθούν.',
        ok: 'Απόρριψη αλλαγών και αλλαγή γλώσσας',
      },
      reset: {
        text: 'Η επαναφορά δημιουργεί ξανά το βιβλίο εργασίας από τα πρότυπα και τα δείγματά τους. Οι αλλαγές σας σε αυτό θα χαθούν.',
        ok: 'Απόρριψη αλλαγών και επαναφορά',
      },
      empty: {
        text: 'Ένα κενό υπολογιστικό φύλλο θα αντικαταστήσει αυτό το βιβλίο εργασίας. Οι αλλαγές σας θα χαθούν.',
        ok: 'Απόρριψη αλλαγών και κενό φύλλο',
      },
    },
  },
} as const;

export type Rebuild = keyof (typeof CHROME)['en']['ask'];

export type Words = (typeof CHROME)[Lang];
