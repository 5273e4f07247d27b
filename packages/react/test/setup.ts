import '@testing-library/jest-dom/vitest';
// German registered up front, as an app that imports it has it (GoalkitContext.test.tsx checks the loading).
import '@goalkit/core/i18n/de';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(cleanup);
