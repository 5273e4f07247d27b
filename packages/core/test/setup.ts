// The German catalogs, registered as an app registers them (`import '@goalkit/core/i18n/de'`).
import '../src/i18n/de/index.js';
