import type { Workflow } from '../cases/workflow';

/*
 * A 不担当不作为 clue under 推进领导干部能上能下规定 (DOMAIN.md §7): classified under one of the fifteen situations of
 * 第五条, verified, the cadre heard, decided collectively; an adjustment (调离岗位, 改任职级, 免职, 降职) becomes a measure.
 * DOMAIN.md sets no time limits for these steps, so none run.
 */
export const ADJUSTMENT_STATES = ['CLUE', 'VERIFYING', 'HEARING', 'DECIDING', 'ADJUSTED', 'DISMISSED'] as const;
export type AdjustmentState = (typeof ADJUSTMENT_STATES)[number];

export const ADJUSTMENT_WORKFLOW: Workflow<AdjustmentState> = {
  type: 'ADJUSTMENT',
  label: '能上能下',
  prefix: '调',
  readPermission: 'adjustment.read',
  workPermission: 'adjustment.handle',
  initial: 'CLUE',
  states: {
    CLUE: { label: '线索登记' },
    VERIFYING: { label: '核实' },
    HEARING: { label: '听取本人陈述' },
    DECIDING: { label: '集体研究' },
    ADJUSTED: { label: '已调整', closed: true },
    DISMISSED: { label: '不予调整', closed: true },
  },
  transitions: [
    { action: 'verify', label: '开始核实', from: ['CLUE'], to: 'VERIFYING', permission: 'adjustment.handle' },
    {
      action: 'hear',
      label: '核实完毕，听取本人陈述',
      from: ['VERIFYING'],
      to: 'HEARING',
      permission: 'adjustment.handle',
      required: { verification: '核实情况' },
    },
    { action: 'submit', label: '提请集体研究', from: ['HEARING'], to: 'DECIDING', permission: 'adjustment.handle', required: { statement: '本人陈述意见' } },
    {
      action: 'adjust',
      label: '作出调整决定',
      from: ['DECIDING'],
      to: 'ADJUSTED',
      permission: 'adjustment.handle',
      required: { adjustment: '调整方式', meetingDate: '会议日期', decidedOn: '决定日期', documentNo: '决定文号' },
    },
    {
      action: 'dismiss',
      label: '不予调整',
      from: ['CLUE', 'VERIFYING', 'HEARING', 'DECIDING'],
      to: 'DISMISSED',
      permission: 'adjustment.handle',
      noteRequired: true,
    },
  ],
};
