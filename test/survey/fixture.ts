/** Hand-built youth-survey responses shared by the survey tests. */
import { YOUTH_QUESTIONNAIRE } from '../../src/survey/questionnaire.ts';

export const ITEMS = YOUTH_QUESTIONNAIRE.items.map((i) => i.id);

/** A complete, valid response of a pupil; overrides replace or blank single cells. */
export function response(id: string, overrides: Record<string, string> = {}): Record<string, string> {
  const answers: Record<string, string> = {
    sex: '2', in_school_or_education: '1', like_school: '1', truancy_6m: '3', academic_self_assessment: '2',
    homework_help: '1;5', dream_for_future: '1', plans_next_6m: '2', career_talk_with: '1;4', good_friend: '1',
    friend_caught_by_police: '2', conflicts_peers_area: '4', lonely: '4', parents_interested: '1',
    conflicts_adults_home: '4', trusted_adult_non_parent: '1', conflicts_adults_area: '4', life_satisfaction: '1',
    proud: '1', part_of_community: '1', positive_difference: '1', volunteer_interest: '2',
    excluded_from_society: '4', organised_leisure: '1', club_member: '1', reading_books: '3', friends_at_home: '2',
    out_with_friends: '1', missed_out_lack_of_money: '3', ever_drunk_alcohol: '2', felt_alcohol_effect_6m: '2',
  };
  return { response_id: id, year: '2020', pnr: `P-${id}`, ...answers, ...overrides };
}

/** The same response with every item from `fromItem` on left empty (a break-off). */
export function brokenOff(id: string, fromItem: string): Record<string, string> {
  const blank = Object.fromEntries(ITEMS.slice(ITEMS.indexOf(fromItem)).map((i) => [i, '']));
  return response(id, blank);
}

