import type { MemberRole } from '../../schema/contracts/enums';

/**
 * What each investigation role may do. Every investigation route names one of these permissions;
 * this table is the single place that says which roles hold it.
 */
export const grants = {
  'investigation.read': ['lead', 'investigator', 'panel', 'observer'],
  'investigation.edit': ['lead', 'investigator'],
  'investigation.delete': ['lead'],
  'members.manage': ['lead'],
  'registry.edit': ['lead', 'investigator'],
  'identities.read': ['lead', 'investigator'],
  'chronology.edit': ['lead', 'investigator'],
  'analysis.edit': ['lead', 'investigator'],
  'findings.edit': ['lead', 'investigator'],
  'recommendations.edit': ['lead', 'investigator'],
  'comments.write': ['lead', 'investigator', 'panel'],
  'comments.resolve': ['lead', 'investigator'],
  'review.decide': ['lead', 'panel'],
  'review.agreeDissent': ['lead'],
  'snapshots.create': ['lead', 'investigator'],
  'snapshots.signoff': ['lead'],
  'reports.restricted': ['lead', 'investigator'],
  'reports.published': ['lead', 'investigator', 'panel', 'observer'],
  'publication.manage': ['lead'],
  'audit.read': ['lead'],
  'archive.export': ['lead'],
} as const satisfies Record<string, readonly MemberRole[]>;

export type Permission = keyof typeof grants;

/** True when the role holds the permission. */
export function allows(role: MemberRole, permission: Permission): boolean {
  return (grants[permission] as readonly MemberRole[]).includes(role);
}

/** Only these roles ever receive real identities. */
export function canSeeIdentities(role: MemberRole): boolean {
  return allows(role, 'identities.read');
}
