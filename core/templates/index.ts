export { listSlots, isTemplate, sameSlotName, type SlotInfo } from './slots';
export { fillTemplate, exampleValues, unfilledSlots, type SlotValue, type SlotValues, type FillOptions } from './fill';
