package onramp.onboarding.application;

/** What the applicant will drive. */
public enum VehicleClass {
  /** Up to 15 passengers including the driver. */
  VAN,
  /** 16 or more passengers including the driver. */
  MINIBUS,
  BUS
}
