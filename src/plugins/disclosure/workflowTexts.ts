import { type Label, label } from '../../core/label.js'
import type { WorkflowAction } from '../../core/workflow.js'

/** What the workflow buttons say, in both scripts (handed to the client component as props). */
export type WorkflowTexts = {
  actions: Record<WorkflowAction, Label>
  region: Label
  opinion: Label
  disputeNote: Label
  confirm: Label
  cancel: Label
  comparePassed: Label
  compareFirst: Label
  failed: Label
}

export const WORKFLOW_TEXTS: WorkflowTexts = {
  actions: {
    submit: label('送交保密審查'),
    pass: label('審查通過'),
    reject: label('退回修改'),
    confirm: label('確認'),
    dispute: label('提出異議'),
    publish: label('發布'),
    unpublish: label('撤回發布'),
  },
  region: label('審查與發布'),
  opinion: label('退回意見（必填）'),
  disputeNote: label('異議說明（必填）'),
  confirm: label('確定'),
  cancel: label('取消'),
  comparePassed: label('與上次通過審查的版本比較'),
  compareFirst: label('與第一版比較'),
  failed: label('操作未完成，請稍後再試。'),
}
