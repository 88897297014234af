/** Strings of the lists of people (contacts, coaches): the same wherever people are listed. */
export const people = {
  email: 'E-post',
  phone: 'Telefon',
  /** Link text after the address, for screen readers that list links. */
  emailTo: 'till {name}',
  phoneTo: 'till {name}',
};
