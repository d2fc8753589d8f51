package onramp.documents.synthetic;

/** How hard a simulated phone photo is on the document in it. */
public enum Severity {
  /** Flat, sharp, well lit: a scanner or a careful photo. */
  CLEAN,
  /** An ordinary handheld photo: a few degrees off, slight tilt, a little blur and noise. */
  MILD,
  /** A hurried photo: up to 15°, strong tilt, blur, glare, noise, small and compressed. */
  HARSH,
  /** Too small and blurred for any module to survive; readers must fail on it. */
  UNREADABLE
}
