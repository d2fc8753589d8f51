package onramp.workspace;

/** How a run ended. */
public enum RunStatus {
  /** Still streaming. */
  RUNNING,
  /** The whole answer arrived. */
  COMPLETE,
  /** The stream broke after part of the answer: the part is kept and marked. */
  PARTIAL,
  /** No answer: the vendor failed. */
  FAILED,
  /** Not sent: policy or budget said no. */
  REFUSED
}
