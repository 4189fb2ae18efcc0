/** The platform's mark: a document under a seal-red roof, drawn inline (no request to any host). */
export const PlatformIcon = () => (
  <svg aria-hidden="true" height="25" viewBox="0 0 32 32" width="25" xmlns="http://www.w3.org/2000/svg">
    <path d="M16 2 30 10H2Z" fill="#c8161d" />
    <rect fill="#c8161d" height="3" rx="1" width="26" x="3" y="11" />
    <rect fill="none" height="14" rx="1.5" stroke="currentColor" strokeWidth="2.2" width="18" x="7" y="16" />
    <path d="M11 21h10M11 25h7" stroke="currentColor" strokeLinecap="round" strokeWidth="2" />
  </svg>
)
