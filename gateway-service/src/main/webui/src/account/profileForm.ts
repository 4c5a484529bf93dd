import { COMPANY_SIZES, INDUSTRIES, type Me, type ProfileUpdate } from '../api/types';
import type { FieldErrors } from '../shared/fieldErrors';

export type ProfileField = 'firstName' | 'lastName' | 'companyName' | 'companySize' | 'companyIndustry';
export type ProfileValues = Record<ProfileField, string>;

/** The form's values: first and last name exactly as stored (never split again from the display name). */
export function valuesOf(me: Me): ProfileValues {
  return {
    firstName: me.firstName ?? '',
    lastName: me.lastName ?? '',
    companyName: me.company?.name ?? '',
    companySize: me.company?.size ?? '',
    companyIndustry: me.company?.industry ?? '',
  };
}

export function validateProfile(values: ProfileValues, business: boolean): FieldErrors<ProfileField> {
  const errors: FieldErrors<ProfileField> = {};
  if (!values.firstName.trim()) errors.firstName = 'Enter your first name.';
  else if (values.firstName.trim().length > 100) errors.firstName = 'At most 100 characters.';
  if (!values.lastName.trim()) errors.lastName = 'Enter your last name.';
  else if (values.lastName.trim().length > 100) errors.lastName = 'At most 100 characters.';
  if (business) {
    if (values.companyName.trim().length < 2) errors.companyName = 'Enter your company name.';
    if (!(COMPANY_SIZES as readonly string[]).includes(values.companySize)) errors.companySize = 'Choose the size of your company.';
    if (!(INDUSTRIES as readonly string[]).includes(values.companyIndustry)) errors.companyIndustry = 'Choose your industry.';
  }
  return errors;
}

/** The PUT body: names always; company fields only for a business (the server refuses them otherwise). */
export function profileUpdate(values: ProfileValues, business: boolean): ProfileUpdate {
  const update: ProfileUpdate = { firstName: values.firstName.trim(), lastName: values.lastName.trim() };
  if (business) {
    update.companyName = values.companyName.trim();
    update.companySize = values.companySize;
    update.companyIndustry = values.companyIndustry;
  }
  return update;
}
