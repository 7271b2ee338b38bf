import { z } from 'zod';
import {
  activityLevelSchema,
  HEIGHT_CM_MAX,
  HEIGHT_CM_MIN,
  isIsoDate,
  SEXES,
  WEIGHT_KG_MAX,
  WEIGHT_KG_MIN,
  weightInUnit,
  weightToKg,
  type ActivityLevel,
  type Sex,
  type UnitSystem,
} from '@sixstep/domain';
import { emailSchema, personNameSchema } from '@sixstep/api/schemas';
import { heightInUnit, heightToCm, heightUnitOf } from './body-units';

/**
 * The invite and profile forms hold height and weight in the coach's units, with the domain's
 * bounds converted to them; the API checks everything again in SI (and the age range).
 */
export function clientFormSchema(unit: UnitSystem) {
  const heightUnit = heightUnitOf(unit);
  const [hMin, hMax] = [heightInUnit(HEIGHT_CM_MIN, unit), heightInUnit(HEIGHT_CM_MAX, unit)];
  const [wMin, wMax] = [weightInUnit(WEIGHT_KG_MIN, unit), weightInUnit(WEIGHT_KG_MAX, unit)];
  return z.object({
    name: personNameSchema,
    email: emailSchema,
    sex: z.string().pipe(z.enum(SEXES, { error: 'Choose the sex the calorie formula uses' })),
    birthDate: z.string().refine(isIsoDate, 'Birth date must be a real date'),
    height: z
      .number({ error: `Height must be a number (${heightUnit})` })
      .min(hMin, `Height must be at least ${hMin} ${heightUnit}`)
      .max(hMax, `Height must be at most ${hMax} ${heightUnit}`),
    startWeight: z
      .number({ error: `Start weight must be a number (${unit})` })
      .min(wMin, `Start weight must be at least ${wMin} ${unit}`)
      .max(wMax, `Start weight must be at most ${wMax} ${unit}`),
    activityLevel: activityLevelSchema,
  });
}

/** What the inputs hold (sex may still be unchosen) and what a valid form gives. */
export type ClientFormInput = z.input<ReturnType<typeof clientFormSchema>>;
export type ClientFormValues = z.output<ReturnType<typeof clientFormSchema>>;

/** API field names onto the form's (the form holds body sizes in the coach's units). */
/** The API's input fields → this form's fields (heights and weights are typed in the coach's unit). */
export const CLIENT_FORM_FIELD: Readonly<Record<string, keyof ClientFormInput>> = {
  name: 'name',
  email: 'email',
  sex: 'sex',
  birthDate: 'birthDate',
  heightCm: 'height',
  startWeightKg: 'startWeight',
  activityLevel: 'activityLevel',
};

/** Form values → the API's SI profile fields. */
export function toProfileInput(values: Omit<ClientFormValues, 'email'>, unit: UnitSystem) {
  return {
    name: values.name,
    sex: values.sex,
    birthDate: values.birthDate,
    heightCm: heightToCm(values.height, unit),
    startWeightKg: Math.round(weightToKg(values.startWeight, unit) * 100) / 100,
    activityLevel: values.activityLevel,
  };
}

/** A stored profile → form values in the coach's units. */
export function fromProfile(
  name: string,
  profile: {
    sex: Sex;
    birthDate: string;
    heightCm: number;
    startWeightKg: number;
    activityLevel: ActivityLevel;
  },
  unit: UnitSystem,
): Omit<ClientFormInput, 'email'> {
  return {
    name,
    sex: profile.sex,
    birthDate: profile.birthDate,
    height: heightInUnit(profile.heightCm, unit),
    startWeight: weightInUnit(profile.startWeightKg, unit),
    activityLevel: profile.activityLevel,
  };
}
