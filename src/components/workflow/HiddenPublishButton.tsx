'use client'

/** In place of Payload's publish and unpublish buttons on records: the workflow's own publish action replaces them. */
export const HiddenPublishButton = () => null
