import type { Framework, Placement, Track, TrackLevel } from './competencySchemas.js';

/** A level found on a framework's track. */
export interface LevelOnTrack {
  framework: Framework;
  track: Track;
  level: TrackLevel;
}

/** The level `levelId` of the track `trackId` among `frameworks`, or `undefined` when there is none. */
export function findTrackLevel(
  frameworks: readonly Framework[],
  trackId: string,
  levelId: string,
): LevelOnTrack | undefined {
  for (const framework of frameworks) {
    for (const track of framework.tracks) {
      if (track.id !== trackId) continue;
      const level = track.levels.find((candidate) => candidate.id === levelId);
      if (level !== undefined) return { framework, track, level };
    }
  }
  return undefined;
}

/**
 * The level a placement aims for: its `targetLevelId`, or, when it has none, its current `levelId`
 * (what the person should show now). `undefined` when the track or level is not among `frameworks`.
 */
export function placementTarget(frameworks: readonly Framework[], placement: Placement): LevelOnTrack | undefined {
  return findTrackLevel(frameworks, placement.trackId, placement.targetLevelId ?? placement.levelId);
}
