/**
 * The state the journeys share, in file-name order against one server and one database:
 * 02 invites this client and assigns the program, 03 logs as the client, 04 checks the roster.
 */
export const JOURNEY_COACH = { email: 'coach@sixstep.test', password: 'sixstep-demo' } as const;

export const JOURNEY_CLIENT = {
  name: 'Erin Journey',
  email: 'e2e.client@sixstep.test',
  password: 'e2e-client-password',
} as const;

/** The personalised daily target journey 02 sets (above the women's floor of 1,300 kcal). */
export const JOURNEY_CALORIE_TARGET = 1700;
