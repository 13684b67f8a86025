/** The people the scripted answers describe, as the examples must return them (tests only). */
export const jason = { name: "Jason", age: 25 };

/** Jason with the two addresses of the nested and partial-streaming examples. */
export const jasonWithAddresses = {
  ...jason,
  addresses: [
    { street: "123 Main St", city: "New York", country: "USA" },
    { street: "456 Beach Rd", city: "Miami", country: "USA" },
  ],
};
