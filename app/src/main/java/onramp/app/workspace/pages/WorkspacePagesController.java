package onramp.app.workspace.pages;

import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves the workspace page: empty for a new conversation, or with a conversation's id for its
 * script to load. Whose conversation it is, and whether it exists, the API decides when the script
 * asks; the page itself holds no data.
 */
@Controller
class WorkspacePagesController {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  @GetMapping("/workspace")
  String newConversation(Model model) {
    model.addAttribute("conversationId", "");
    return "workspace";
  }

  @GetMapping("/workspace/c/{id}")
  String conversation(@PathVariable String id, Model model) {
    if (!ID.matcher(id).matches()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such conversation.");
    }
    model.addAttribute("conversationId", id);
    return "workspace";
  }
}
