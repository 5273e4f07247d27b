export {
  type Connector,
  type ConnectorContext,
  ConnectorDataError,
  type ConnectorPoint,
  type SourceTransform,
} from './connector.js';
export { type DailyValue, dailyValues, dayOfPoint } from './dailyValues.js';
