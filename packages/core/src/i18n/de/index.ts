/**
 * German: importing this entry registers every German catalog (`registerMessages('de', …)`), so widgets
 * whose locale is German (`de`, `de-AT` …) speak it. The React and lit widgets import it on demand the first
 * time one of them needs German (the embed bundle as its `goalkit-de.js`); import it yourself to have German
 * from the first render, for server-side rendering for instance.
 */

import { registerMessages } from '../registry.js';
import { de as approval } from './approval.js';
import { de as assist } from './assist.js';
import { de as calibration } from './calibration.js';
import { de as calibrationGrid } from './calibrationGrid.js';
import { de as checkInForm } from './checkInForm.js';
import { de as checkInInbox } from './checkInInbox.js';
import { de as common } from './common.js';
import { de as competencyMatrix } from './competencyMatrix.js';
import { de as dashboard } from './dashboard.js';
import { de as digest } from './digest.js';
import { de as editor } from './editor.js';
import { de as feedback } from './feedback.js';
import { de as growthPlan } from './growthPlan.js';
import { de as keyResult } from './keyResult.js';
import { de as objectiveCard } from './objectiveCard.js';
import { de as oneOnOne } from './oneOnOne.js';
import { de as programHealth } from './programHealth.js';
import { de as reviewForm } from './reviewForm.js';
import { de as skillRadar } from './skillRadar.js';
import { de as timeline } from './timeline.js';
import { de as tree } from './tree.js';

registerMessages('de', {
  approval,
  assist,
  calibration,
  calibrationGrid,
  checkInForm,
  checkInInbox,
  common,
  competencyMatrix,
  dashboard,
  digest,
  editor,
  feedback,
  growthPlan,
  keyResult,
  objectiveCard,
  oneOnOne,
  programHealth,
  reviewForm,
  skillRadar,
  timeline,
  tree,
});

export {
  approval,
  assist,
  calibration,
  calibrationGrid,
  checkInForm,
  checkInInbox,
  common,
  competencyMatrix,
  dashboard,
  digest,
  editor,
  feedback,
  growthPlan,
  keyResult,
  objectiveCard,
  oneOnOne,
  programHealth,
  reviewForm,
  skillRadar,
  timeline,
  tree,
};
