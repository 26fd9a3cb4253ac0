// Every test runs with the process time zone of the manifest, like Apps Script
// runs the script in its project's zone; spreadsheets under test use others.
import manifest from '../../appsscript.json';

process.env.TZ = manifest.timeZone;

// The dialogs' build puts the catalogs into each page as __CATALOGS__; dialog modules tested in Node read them whole.
import { CATALOGS } from '../../src/kernel/i18n';

(globalThis as { __CATALOGS__?: unknown }).__CATALOGS__ = CATALOGS;
