// Placeholder stage, replaced by its owner's implementation.
import type { Stage } from '../../doc.ts';

export const peopleStage: Stage = {
  name: 'people',
  version: '0',
  run() {},
};
