'use client'
import { PLATFORM_NAME } from '../../core/platform.js'
import { PlatformIcon } from './PlatformIcon.js'
import { useLabel } from './useLabel.js'

/** The login page's logo: the mark and the platform's name in the admin's script. */
export const PlatformLogo = () => {
  const text = useLabel()
  return (
    <span style={{ alignItems: 'center', display: 'inline-flex', fontSize: '1.6rem', fontWeight: 600, gap: '0.6rem' }}>
      <span style={{ color: 'var(--theme-elevation-800)', display: 'inline-flex', transform: 'scale(1.8)', marginRight: '0.6rem' }}>
        <PlatformIcon />
      </span>
      {text(PLATFORM_NAME)}
    </span>
  )
}
