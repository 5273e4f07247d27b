export * from '../../../../.storybook/fixtures.js';
