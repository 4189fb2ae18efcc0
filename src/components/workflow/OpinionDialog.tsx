'use client'
import { useEffect, useId, useRef, useState } from 'react'

type Props = {
  title: string
  confirmLabel: string
  cancelLabel: string
  onConfirm: (opinion: string) => void
  onClose: () => void
}

/** A modal dialog asking for the opinion a rejection or a dispute needs (required, so empty cannot be sent). */
export const OpinionDialog = ({ title, confirmLabel, cancelLabel, onConfirm, onClose }: Props) => {
  const ref = useRef<HTMLDialogElement>(null)
  const [opinion, setOpinion] = useState('')
  const titleId = useId()
  useEffect(() => {
    ref.current?.showModal()
  }, [])
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose} className="gongkai-workflow-dialog">
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault()
          if (opinion.trim()) onConfirm(opinion.trim())
        }}
      >
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
          <button type="submit" className="btn btn--style-primary btn--size-small" data-workflow-confirm disabled={!opinion.trim()}>
            {confirmLabel}
          </button>
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => ref.current?.close()}>
            {cancelLabel}
          </button>
        </div>
      </form>
    </dialog>
  )
}
