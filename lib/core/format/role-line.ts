/** "Security Lead @ Docker" and "Docker" read as one line without saying Docker twice. */
export function roleLine(role?: string | null, affiliation?: string | null): string {
  if (role && affiliation && role.toLowerCase().includes(affiliation.toLowerCase())) return role;
  return [role, affiliation].filter(Boolean).join(", ");
}
