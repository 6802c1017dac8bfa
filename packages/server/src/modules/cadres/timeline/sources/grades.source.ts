import { ANNUAL_GRADE_ENTRY_LABELS, type AnnualGradeEntry } from '@dandang/shared/cadres/annual-grade.schema';
import { and, eq } from 'drizzle-orm';
import { annualGrades } from '../../annual-grades.tables';
import { cadres } from '../../cadres.tables';
import type { TimelineSource } from '../timeline.registry';

/** 年度考核: one entry per graded year, dated the year's last day (the grade is about the whole year). */
export const gradesSource: TimelineSource = {
  source: 'grades',
  label: '年度考核',
  permission: 'grade.read',
  async entries(db, cadreId, scope) {
    const rows = await db
      .select({ year: annualGrades.year, grade: annualGrades.grade, note: annualGrades.note })
      .from(annualGrades)
      .innerJoin(cadres, eq(cadres.id, annualGrades.cadreId))
      .where(and(eq(annualGrades.cadreId, cadreId), scope));
    return rows.map((g) => ({
      date: `${g.year}-12-31`,
      kind: `grades.${g.grade}`,
      title: `${g.year} 年度考核：${ANNUAL_GRADE_ENTRY_LABELS[g.grade as AnnualGradeEntry] ?? g.grade}`,
      detail: g.note,
      source: 'grades',
    }));
  },
};
