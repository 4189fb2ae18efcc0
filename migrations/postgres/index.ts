import * as migration_20261204_030652_initial from './20261204_030652_initial';
import * as migration_20261204_184135_review_submission from './20261204_184135_review_submission';
import * as migration_20261204_185409_issue12_workflow from './20261204_185409_issue12_workflow';

export const migrations = [
  {
    up: migration_20261204_030652_initial.up,
    down: migration_20261204_030652_initial.down,
    name: '20261204_030652_initial',
  },
  {
    up: migration_20261204_184135_review_submission.up,
    down: migration_20261204_184135_review_submission.down,
    name: '20261204_184135_review_submission',
  },
  {
    up: migration_20261204_185409_issue12_workflow.up,
    down: migration_20261204_185409_issue12_workflow.down,
    name: '20261204_185409_issue12_workflow'
  },
];
