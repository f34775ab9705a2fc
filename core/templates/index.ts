export { listSlots, isTemplate, sameSlotName, type SlotInfo } from './slots';
export { fillTemplate, exampleValues, unfilledSlots, type SlotValue, type SlotValues, type FillOptions } from './fill';
export { memegenTemplate, memegenConfigSchema, type MemegenConfig, type MemegenPicture } from './memegen';
