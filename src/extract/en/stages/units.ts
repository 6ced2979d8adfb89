// Placeholder stage, replaced by its owner's implementation.
import type { Stage } from '../../doc.ts';

export const unitsStage: Stage = {
  name: 'units',
  version: '0',
  run() {},
};
