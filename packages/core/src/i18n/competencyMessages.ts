/**
 * The words the three competency widgets share (`CompetencyMatrix`, `SkillRadar`, `GrowthPlan`). Types only: each
 * widget's English catalog spells them out itself, so a page with one of them carries no other's words.
 */
export interface CompetencyWords {
  /** A level on the scale: "3 (Competent)", or "3" on a scale without labels. */
  readonly level: (value: string, label: string | undefined) => string;
  /** A competency nobody has rated. */
  readonly notAssessed: string;
  /** The flag on a rating the person gave themself (no manager has rated the competency). */
  readonly selfAssessed: string;
  /** What the flag means. */
  readonly selfAssessedNote: string;
  /** The gap in words with its number: "1 level short". */
  readonly gap: (levels: number, formatted: string) => string;
  readonly met: string;
  /** The level expects nothing (no competencies to show). */
  readonly nothingExpected: string;
  /** Connected mode: the person is on no career track yet (no placement), so there is nothing to compare with. */
  readonly noPlacement: string;
}
