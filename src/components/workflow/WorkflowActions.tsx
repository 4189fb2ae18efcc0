'use client'
import { useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import type { WorkflowAction } from '../../core/workflow.js'
import type { WorkflowTexts } from '../../plugins/disclosure/workflowTexts.js'
import { OpinionDialog } from './OpinionDialog.js'
import { useWorkflow } from './useWorkflow.js'

const ASKS_OPINION: WorkflowAction[] = ['reject', 'dispute']

/** The workflow's buttons in the edit view: only the actions the rules allow this user now (the server decides). */
export const WorkflowActions = ({ texts }: { texts: WorkflowTexts }) => {
  const { i18n } = useTranslation()
  const script = i18n.language === 'zh-TW' ? 'zh-TW' : 'zh'
  const { offer, error, busy, take, adminRoute, collectionSlug, id } = useWorkflow(texts.failed[script])
  const [asking, setAsking] = useState<WorkflowAction | null>(null)
  const reviewing = offer.actions.includes('pass')
  const compared = offer.comparedVersion
  if (offer.actions.length === 0 && !error) return null
  return (
    <div data-workflow-actions role="group" aria-label={texts.region[script]} className="gongkai-workflow-actions">
      {offer.actions.map((action) => (
        <button
          key={action}
          type="button"
          data-workflow-action={action}
          className={`btn btn--size-medium ${action === 'reject' || action === 'dispute' || action === 'unpublish' ? 'btn--style-secondary' : 'btn--style-primary'}`}
          disabled={busy}
          onClick={() => (ASKS_OPINION.includes(action) ? setAsking(action) : void take(action))}
        >
          {texts.actions[action][script]}
        </button>
      ))}
      {reviewing && compared ? (
        <a href={`${adminRoute}/collections/${collectionSlug}/${id}/versions/${compared.to}?versionFrom=${compared.from}`}>
          {(compared.passed ? texts.comparePassed : texts.compareFirst)[script]}
        </a>
      ) : null}
      <p data-workflow-error role="alert" className="gongkai-workflow-actions__error" hidden={!error}>
        {error}
      </p>
      {asking ? (
        <OpinionDialog
          title={(asking === 'reject' ? texts.opinion : texts.disputeNote)[script]}
          confirmLabel={texts.actions[asking][script]}
          cancelLabel={texts.cancel[script]}
          onClose={() => setAsking(null)}
          onConfirm={(opinion) => {
            setAsking(null)
            void take(asking, opinion)
          }}
        />
      ) : null}
    </div>
  )
}
