// The layers of SPEC §1, checked over resolved imports by `npm run lint` (dependency-cruiser).
// Paths are relative to the repository root. The pure kernel is src/kernel outside src/kernel/sheets.
const PURE_KERNEL = '^src/kernel/(?!sheets/)';
const API_FILES = '^src/(app|app/whatIf|kernel|programs/[^/]+)/api\\.ts$';
/** The language types (Lang, Catalog): the API and the dialogs may name them, as types only. */
const LANG_TYPES = '^src/kernel/i18n\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'rules-stay-pure',
      comment: "A program's rules/ import only their own rules/ and the pure kernel: no sheets, app, other programs, dev or Node.",
      severity: 'error',
      from: { path: '^src/programs/([^/]+)/rules/' },
      to: { pathNot: ['^src/programs/$1/rules/', PURE_KERNEL] },
    },
    {
      name: 'kernel-stays-pure',
      comment: 'The pure kernel imports nothing of kernel/sheets, the programs, the app, the dialogs or dev, and no Node module.',
      severity: 'error',
      from: { path: PURE_KERNEL },
      to: { pathNot: PURE_KERNEL },
    },
    {
      name: 'dialogs-import-api-types',
      comment:
        'A dialog imports the server API and the language types only (nothing of the server is bundled into it: its words come from the catalogs the build puts into the page), and else only the dialogs.',
      severity: 'error',
      from: { path: '^src/dialogs/' },
      to: { pathNot: ['^src/dialogs/', API_FILES, LANG_TYPES] },
    },
    {
      name: 'dialogs-import-api-as-types',
      comment: 'The API files and the language types are imported by a dialog with `import type` only.',
      severity: 'error',
      from: { path: '^src/dialogs/' },
      to: { path: [API_FILES, LANG_TYPES], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'api-is-types',
      comment: 'The API files the dialogs read import only each other and the language types, so a dialog never reads server code, even as types.',
      severity: 'error',
      from: { path: API_FILES },
      to: { pathNot: [API_FILES, LANG_TYPES] },
    },
    {
      name: 'api-imports-lang-as-types',
      comment: 'The API files name the language types with `import type` only.',
      severity: 'error',
      from: { path: API_FILES },
      to: { path: LANG_TYPES, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'src-not-dev',
      comment: 'Shipped code never imports the Node-only tools of dev/.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^dev/' },
    },
    {
      name: 'src-not-node',
      comment: 'Apps Script and the dialogs have no Node modules.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'resolvable',
      comment: 'Every import of src/ resolves to a file.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // type-only imports count (a rules file importing a type of kernel/sheets is a breach too), and are told apart for the dialogs.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
  },
};
