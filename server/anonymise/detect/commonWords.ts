/**
 * Capitalised words that are not names of people in child-protection reviews: agency, service and role terms,
 * report vocabulary, days and months, and places at local-authority level. Folded to lower case.
 */
export const commonCapitalisedWords = new Set(`
the a an and or but if when while after before during since until then this that these those there here it its they
their them he she his her we our you your i my me no not yes all any each every some one two three four five six seven
eight nine ten first second third last next other another both either neither many most much more less few on in at to
for from by with within without into onto over under about above below between among across through via per of off as
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun week weeks month months year years day days today annual quarterly spring summer autumn winter
christmas easter
police constabulary health service services social care children childrens child family families council county borough
city district authority local partnership board safeguarding practice review reviews learning team teams department unit
hospital ward clinic surgery gp nhs trust foundation integrated commissioning commissioner school schools nursery academy
college education early years help housing probation youth justice court family magistrates crown cafcass ofsted mash
multi agency agencies hub front door duty assessment referral referrals strategy discussion meeting conference plan
protection need needs section order emergency department ambulance midwifery midwife health visitor visiting visitors
paediatric paediatrician consultant nurse doctor officer worker manager managers director head teacher designated lead
independent chair reviewer reviewers panel national regional government department education home office act guidance
working together framework policy procedure procedures protocol standard standards report reports finding findings
recommendation recommendations factor factors episode episodes chronology appendix annex contents glossary summary synopsis
analysis introduction background methodology terms reference references outcome incident event events entry entries
evidence source sources interview interviews record records case cases file files note notes letter email telephone call
visit visits mother father parent parents carer carers partner sibling siblings grandmother grandfather aunt uncle cousin
stepfather stepmother baby infant toddler pupil student young person people adult adults professional professionals
practitioner practitioners agency anonymous unknown none other others systemic organisational individual contributing
contributory safety key good supported hindered likely unlikely very virtually certain about as not fact inference hearsay
supposition open closed draft final published restricted edition status adequate partially awaiting response responses
action actions taken issued due date dates number address postcode phone identifier name withheld street
england wales scotland northern ireland britain uk united kingdom london north south east west northern southern eastern western
mr mrs ms miss mx dr sir dame prof rev
`.split(/\s+/).filter(Boolean));
