// Placeholder stage, replaced by its owner's implementation.
import type { Stage } from '../../doc.ts';

export const placesStage: Stage = {
  name: 'places',
  version: '0',
  run() {},
};
