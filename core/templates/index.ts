export { listSlots, isTemplate, sameSlotName, type SlotInfo } from './slots';
export { fillTemplate, fillTemplateWithNotes, videoDurationCapMs, exampleValues, unfilledSlots, type SlotValue, type SlotValues, type FillOptions } from './fill';
export { memegenTemplate, memegenConfigSchema, type MemegenConfig, type MemegenPicture } from './memegen';
export { timeBoxes, MEME_ENTRANCES, type BoxTiming, type MemeEntrance } from './boxTiming';
