import type { CheckIn, GoalkitDocument, KeyResult, Objective } from '../src/model/documentSchema.js';

/**
 * A straightforward roll-up written the obvious way: recursion over plain objects, dates compared
 * as strings, fresh arrays per node. It is the baseline the benchmarks compare the engine with, and
 * an independent oracle for the property tests.
 */
export function recursiveRollup(document: GoalkitDocument, asOf: string): Map<string, number> {
  const children = new Map<string, Objective[]>();
  for (const objective of document.objectives) {
    if (objective.parent === undefined) continue;
    const list = children.get(objective.parent) ?? [];
    list.push(objective);
    children.set(objective.parent, list);
  }
  const progress = new Map<string, number>();
  const visit = (objective: Objective): number => {
    const items: { weight: number; progress: number }[] = [];
    if (objective.rollup !== 'children') {
      for (const keyResult of objective.keyResults)
        items.push({ weight: keyResult.weight ?? 1, progress: keyResultProgress(keyResult, asOf) });
    }
    for (const child of children.get(objective.id) ?? []) {
      const childProgress = visit(child);
      if (objective.rollup !== 'key-results' && objective.rollup !== undefined && child.alignment !== 'supports') {
        items.push({ weight: child.weight ?? 1, progress: childProgress });
      }
    }
    const counted = items.filter((item) => item.weight > 0);
    const total = counted.reduce((sum, item) => sum + item.weight, 0);
    const result = total > 0 ? counted.reduce((sum, item) => sum + item.weight * item.progress, 0) / total : 0;
    progress.set(objective.id, result);
    return result;
  };
  for (const objective of document.objectives) if (objective.parent === undefined) visit(objective);
  return progress;
}

function keyResultProgress(keyResult: KeyResult, asOf: string): number {
  const checkIns = (keyResult.checkIns as CheckIn[])
    .map((checkIn, index) => ({
      at: checkIn.at,
      value: 'value' in checkIn ? Number(checkIn.value) : Number.NaN,
      index,
    }))
    .filter((checkIn) => checkIn.at <= asOf)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.index - b.index));
  const latest = checkIns[checkIns.length - 1];
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  switch (keyResult.type) {
    case 'boolean':
      return keyResult.done === true || latest?.value === 1 ? 1 : 0;
    case 'milestones': {
      const total = keyResult.milestones.reduce((sum, m) => sum + (m.weight ?? 1), 0);
      const done = keyResult.milestones
        .filter(
          (m) =>
            (m.done === true || (m.done === undefined && m.doneAt !== undefined)) &&
            (m.doneAt === undefined || m.doneAt <= asOf),
        )
        .reduce((sum, m) => sum + (m.weight ?? 1), 0);
      return total > 0 ? done / total : 0;
    }
    default: {
      const value = latest ? latest.value : keyResult.current;
      if (value === undefined) return 0;
      switch (keyResult.type) {
        case 'increase':
          return clamp((value - keyResult.start) / (keyResult.target - keyResult.start));
        case 'decrease':
          return clamp((keyResult.start - value) / (keyResult.start - keyResult.target));
        default: {
          const meets = (v: number) =>
            keyResult.type === 'at-least'
              ? v >= keyResult.target
              : keyResult.type === 'at-most'
                ? v <= keyResult.target
                : keyResult.min <= v && v <= keyResult.max;
          if (keyResult.scoring === 'share-of-check-ins' && checkIns.length > 0) {
            return checkIns.filter((checkIn) => meets(checkIn.value)).length / checkIns.length;
          }
          return meets(value) ? 1 : 0;
        }
      }
    }
  }
}
