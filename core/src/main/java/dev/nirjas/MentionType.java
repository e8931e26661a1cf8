package dev.nirjas;

/** The types of mention in the output contract. */
public enum MentionType {
  /** A cardinal number: "৪.৮৯৮ বিলিয়ন", "দুই". */
  NUMBER,
  /** A range of numbers: "১০-১২", "দশ থেকে বারো". */
  NUMBER_RANGE,
  /** An ordinal: "ষষ্ঠ", "২৫তম", "৪র্থ". */
  ORDINAL,
  /** A percentage: "৪.১ শতাংশ", "২০%". */
  PERCENT,
  /** A calendar date, month, year, decade or century. */
  DATE,
  /** A range of dates, a lifespan. */
  DATE_RANGE,
  /** A length of time: "২০ বছর". */
  DURATION,
  /** A recurring time: "প্রতিবছর". */
  SET,
  /** A time of day: "সকাল ১০টা". */
  TIME,
  /** An amount of money with its currency. */
  MONEY,
  /** A person's name. */
  PERSON,
  /** A place: country, city, region. */
  LOCATION,
  /** An organization. */
  ORGANIZATION,
  /**
   * A type that a stage outside Nirjas defines ({@link CustomMention}); the contract names it by
   * its namespaced {@link Mention#typeName()} ("phone.BD_PHONE"), never as "CUSTOM".
   */
  CUSTOM
}
