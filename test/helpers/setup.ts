// Every test runs with the process time zone of the manifest, like Apps Script
// runs the script in its project's zone; spreadsheets under test use others.
import manifest from '../../appsscript.json';

process.env.TZ = manifest.timeZone;
