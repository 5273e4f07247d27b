// German registered up front, as an app that imports `@goalkit/core/i18n/de` has it. How widgets wait for
// German they load on demand is tested in src/internal (the gate) and test/embed.node.test.ts (goalkit-de.js).
import '@goalkit/core/i18n/de';
