import type { UIFieldServerComponent } from 'payload'

import { ACTION_LABELS } from '../../collections/organisation/AuditLog.js'
import { label } from '../../core/label.js'
import { CONFIRMATION_STATUSES, REVIEW_STATUSES } from '../../fields/disclosure/secrecyReviewField.js'
import { loadReviewStatus } from './reviewStatus.js'
import { REVIEW_TEXT, inLanguage, optionLabel } from './texts.js'

/**
 * The review status line at the top of the 保密審查 group: state, reviewer, time and opinion, the history
 * of opinions, and one line per agency asked to confirm (Art. 11). Rendered only for users who may read
 * the group; what it reads it reads as that user.
 */
export const ReviewStatus: UIFieldServerComponent = async ({ collectionSlug, data, i18n, id, req }) => {
  const view = await loadReviewStatus(req, collectionSlug, id, data?.secrecyReview)
  const t = inLanguage(i18n.language)
  return (
    <div className="field-type gongkai-review-status" data-review-status={view.status}>
      <p>
        <strong>{t(REVIEW_TEXT.status)}</strong>
        {t(optionLabel(REVIEW_STATUSES, view.status))}
        {view.reviewer && ` · ${t(REVIEW_TEXT.reviewer)}${view.reviewer}`}
        {view.at && ` · ${t(REVIEW_TEXT.at)}${view.at}`}
      </p>
      {view.opinion && (
        <p data-review-opinion="">
          <strong>{t(REVIEW_TEXT.opinion)}</strong>
          {view.opinion}
        </p>
      )}
      <details data-review-history="">
        <summary>{t(REVIEW_TEXT.history)}</summary>
        {view.history.length === 0 ? (
          <p>{t(REVIEW_TEXT.noHistory)}</p>
        ) : (
          <ol>
            {view.history.map((line, index) => (
              <li key={index}>
                {line.at} {line.who} {t(label(ACTION_LABELS[line.action]))}
                {line.note && `：${line.note}`}
              </li>
            ))}
          </ol>
        )}
      </details>
      {view.confirmations.length > 0 && (
        <ul aria-label={t(REVIEW_TEXT.confirmations)}>
          {view.confirmations.map((row, index) => (
            <li key={index} data-agency-confirmation={row.status}>
              <strong>{row.department}</strong> {t(optionLabel(CONFIRMATION_STATUSES, row.status))}
              {row.who && ` · ${t(REVIEW_TEXT.confirmedBy)}${row.who}`}
              {row.at && ` · ${t(REVIEW_TEXT.confirmedAt)}${row.at}`}
              {row.note && ` · ${t(REVIEW_TEXT.note)}${row.note}`}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
