import * as migration_20261204_030652_initial from './20261204_030652_initial'

export const migrations = [
  {
    up: migration_20261204_030652_initial.up,
    down: migration_20261204_030652_initial.down,
    name: '20261204_030652_initial',
  },
]
