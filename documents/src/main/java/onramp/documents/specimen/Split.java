package onramp.documents.specimen;

/**
 * Which corpus a specimen layout may appear in. A development corpus draws only from {@link #DEV}
 * layouts (readers may be looked at and improved against them); a held-out corpus draws from all
 * layouts, so the {@link #HELD_OUT} ones are cards no reader work has seen.
 */
public enum Split {
  DEV,
  HELD_OUT
}
