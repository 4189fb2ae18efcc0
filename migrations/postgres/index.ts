import * as migration_20261204_030652_initial from './20261204_030652_initial'
import * as migration_20261204_184135_review_submission from './20261204_184135_review_submission'
import * as migration_20261204_194026_workbench from './20261204_194026_workbench'

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
    up: migration_20261204_194026_workbench.up,
    down: migration_20261204_194026_workbench.down,
    name: '20261204_194026_workbench',
  },
]
