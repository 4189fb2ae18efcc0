'use client'
import { useEffect, useId, useRef, useState } from 'react'
import { createPortal } from 'react-dom'

type Props = {
  title: string
  confirmLabel: string
  cancelLabel: string
  onConfirm: (opinion: string) => void
  onClose: () => void
}

/**
 * A modal dialog asking for the opinion a rejection or a dispute needs (required, so empty cannot be sent).
 * It is rendered into the body: inside the document view it would sit in Payload's own form, and a nested
 * form's submit never reached our handler in the built admin.
 */
export const OpinionDialog = ({ title, confirmLabel, cancelLabel, onConfirm, onClose }: Props) => {
  const ref = useRef<HTMLDialogElement>(null)
  const [opinion, setOpinion] = useState('')
  const titleId = useId()
  useEffect(() => {
    ref.current?.showModal()
  }, [])
  const confirm = () => {
    if (opinion.trim()) onConfirm(opinion.trim())
  }
  return createPortal(
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose} className="gongkai-workflow-dialog">
      <label id={titleId} htmlFor={`${titleId}-opinion`}>
        {title}
      </label>
      <textarea
        id={`${titleId}-opinion`}
        name="workflow-opinion"
        required
        rows={5}
        value={opinion}
        onChange={(event) => setOpinion(event.target.value)}
      />
      <div className="gongkai-workflow-dialog__buttons">
        <button
          type="button"
          className="btn btn--style-primary btn--size-small"
          data-workflow-confirm
          disabled={!opinion.trim()}
          onClick={confirm}
        >
          {confirmLabel}
        </button>
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => ref.current?.close()}>
          {cancelLabel}
        </button>
      </div>
    </dialog>,
    document.body,
  )
}
