package onramp.workspace.usage;

/** What deleting an employee removed: their row and, by cascade, everything they held. */
public record DeletedEmployee(
    String username, String team, long conversations, long runs, long attachments, long tokens) {}
