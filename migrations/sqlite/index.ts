import * as migration_20261204_030648_initial from './20261204_030648_initial'
import * as migration_20261204_184129_review_submission from './20261204_184129_review_submission'
import * as migration_20261204_194015_workbench from './20261204_194015_workbench'

export const migrations = [
  {
    up: migration_20261204_030648_initial.up,
    down: migration_20261204_030648_initial.down,
    name: '20261204_030648_initial',
  },
  {
    up: migration_20261204_184129_review_submission.up,
    down: migration_20261204_184129_review_submission.down,
    name: '20261204_184129_review_submission',
  },
  {
    up: migration_20261204_194015_workbench.up,
    down: migration_20261204_194015_workbench.down,
    name: '20261204_194015_workbench',
  },
]
