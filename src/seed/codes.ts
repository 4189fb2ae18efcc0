/** Characters of the unified social credit code (GB 32100-2015): digits and letters without I, O, S, V, Z. */
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const ORGANISATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

/** GB 11714-1997: the ninth character of an organisation code. */
const organisationCheck = (body: string): string => {
  const sum = [...body].reduce((total, char, i) => total + parseInt(char, 36) * ORGANISATION_WEIGHTS[i], 0)
  const check = 11 - (sum % 11)
  return check === 10 ? 'X' : String(check % 11)
}

/** GB 32100-2015: the eighteenth character of a unified social credit code. */
export const creditCodeCheck = (body: string): string => {
  const sum = [...body].reduce((total, char, i) => total + CREDIT_CHARS.indexOf(char) * CREDIT_WEIGHTS[i], 0)
  return CREDIT_CHARS[(31 - (sum % 31)) % 31]
}

/**
 * A fictional but well-formed credit code of a government organ: registered by the establishment
 * office (1), an organ (1), the region, and an organisation code of the `MB` series no real organ
 * carries, so it cannot collide with a real agency. Both check characters are computed.
 */
export const demoCreditCode = (regionCode: string, serial: number): string => {
  const organisation = `MB${String(serial).padStart(6, '0')}`
  const body = `11${regionCode}${organisation}${organisationCheck(organisation)}`
  return body + creditCodeCheck(body)
}
