'use client'
import { useConfig, useDocumentInfo, useForm } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useState } from 'react'

import type { WorkflowAction } from '../../core/workflow.js'

type Offer = { actions: WorkflowAction[]; comparedVersion: { from: number | string; to: number | string; passed: boolean } | null }
type Refusal = { message: string; data?: { field?: string | null; errors?: { message: string; path: string }[] } }

/** The actions the server offers for the open record, and taking one: the form reloads after it, a refusal is shown by its field. */
export const useWorkflow = (failed: string) => {
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const { dispatchFields, getField, setSubmitted } = useForm()
  const router = useRouter()
  const [offer, setOffer] = useState<Offer>({ actions: [], comparedVersion: null })
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [taken, setTaken] = useState(0)
  const base = `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/workflow`
  const savedAt = savedDocumentData?.updatedAt

  useEffect(() => {
    if (!id || !collectionSlug) return
    let live = true
    fetch(base, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { actions: [], comparedVersion: null }))
      .then((next: Offer) => live && setOffer(next))
      .catch(() => live && setOffer({ actions: [], comparedVersion: null }))
    return () => {
      live = false
    }
  }, [base, id, collectionSlug, savedAt, taken])

  const showRefusal = useCallback(
    (refusal: Refusal | undefined) => {
      const field =
        refusal?.data?.errors?.[0] ?? (refusal?.data?.field ? { path: refusal.data.field, message: refusal.message } : undefined)
      setError(field?.message ?? refusal?.message ?? failed)
      // Shown by the field when the form has it (a rule may name a field this form does not render).
      if (field && getField(field.path)) {
        dispatchFields({ type: 'UPDATE', path: field.path, valid: false, errorMessage: field.message })
        setSubmitted(true)
      }
    },
    [dispatchFields, getField, setSubmitted, failed],
  )

  const take = useCallback(
    async (action: WorkflowAction, opinion?: string) => {
      setBusy(true)
      setError(null)
      try {
        const response = await fetch(`${base}/${action}`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(opinion ? { opinion } : {}),
        })
        if (response.ok) {
          setTaken((count) => count + 1)
          router.refresh()
        } else showRefusal(((await response.json().catch(() => ({}))) as { errors?: Refusal[] }).errors?.[0])
      } catch {
        setError(failed)
      } finally {
        setBusy(false)
      }
    },
    [base, router, showRefusal, failed],
  )

  return { offer, error, busy, take, adminRoute: config.routes.admin, collectionSlug, id }
}
