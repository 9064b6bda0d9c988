package dev.switchboard.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Lambda functions of a SAM or CloudFormation template that a Switchboard jar may serve: their
 * logical ID, Handler and its line. Read from the YAML text by indentation, as far as templates are
 * written in block style: a function counts when its Type is {@code AWS::Serverless::Function} or
 * {@code AWS::Lambda::Function} and its Runtime (its own, or {@code Globals.Function.Runtime}) is a
 * {@code provided} or {@code java} one, or not given.
 */
final class TemplateFunctions {
  private static final Pattern KEY =
      Pattern.compile("^( *)(?:- +)?(\"[^\"]*\"|'[^']*'|[^\\s#'\"][^#]*?):(?: +(.*))?$");

  /** A function of the template. */
  record Function(String logicalId, String handler, int line) {}

  private TemplateFunctions() {}

  static List<Function> read(String yaml) {
    String[] lines = yaml.split("\r?\n|\r", -1);
    List<Integer> indents = new ArrayList<>();
    List<String> path = new ArrayList<>();
    String globalRuntime = null;
    List<Candidate> candidates = new ArrayList<>();
    int blockIndent = -1;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      int indent = line.length() - line.stripLeading().length();
      if (blockIndent >= 0) {
        if (trimmed.isEmpty() || indent > blockIndent) {
          continue;
        }
        blockIndent = -1;
      }
      if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.equals("---")) {
        continue;
      }
      Matcher key = KEY.matcher(line);
      while (!indents.isEmpty() && indents.get(indents.size() - 1) >= indent) {
        indents.remove(indents.size() - 1);
        path.remove(path.size() - 1);
      }
      if (!key.matches() || trimmed.startsWith("- ")) {
        continue;
      }
      String name = unquote(key.group(2).strip());
      String value = key.group(3) == null ? "" : scalar(key.group(3));
      if (value.startsWith("|") || value.startsWith(">")) {
        blockIndent = indent;
      }
      indents.add(indent);
      path.add(name);
      if (path.size() == 3 && path.get(0).equals("Globals") && path.get(1).equals("Function")
          && name.equals("Runtime")) {
        globalRuntime = value;
      }
      if (path.size() >= 3 && path.get(0).equals("Resources")) {
        Candidate candidate = candidate(candidates, path.get(1));
        if (path.size() == 3 && name.equals("Type")) {
          candidate.type = value;
        } else if (path.size() == 4 && path.get(2).equals("Properties") && name.equals("Handler")) {
          candidate.handler = value;
          candidate.line = i + 1;
        } else if (path.size() == 4 && path.get(2).equals("Properties") && name.equals("Runtime")) {
          candidate.runtime = value;
        }
      }
    }
    List<Function> functions = new ArrayList<>();
    for (Candidate candidate : candidates) {
      String runtime = candidate.runtime != null ? candidate.runtime : globalRuntime;
      boolean function = "AWS::Serverless::Function".equals(candidate.type)
          || "AWS::Lambda::Function".equals(candidate.type);
      boolean java = runtime == null || runtime.isEmpty() || runtime.startsWith("provided") || runtime.startsWith("java");
      if (function && java && candidate.handler != null && !candidate.handler.isEmpty()
          && !candidate.handler.startsWith("!")) {
        functions.add(new Function(candidate.logicalId, candidate.handler, candidate.line));
      }
    }
    return functions;
  }

  private static Candidate candidate(List<Candidate> candidates, String logicalId) {
    for (Candidate candidate : candidates) {
      if (candidate.logicalId.equals(logicalId)) {
        return candidate;
      }
    }
    Candidate candidate = new Candidate(logicalId);
    candidates.add(candidate);
    return candidate;
  }

  /** A plain or quoted scalar without its comment. */
  private static String scalar(String text) {
    text = text.strip();
    if (text.startsWith("\"") || text.startsWith("'")) {
      char quote = text.charAt(0);
      int end = text.indexOf(quote, 1);
      return end < 0 ? text.substring(1) : text.substring(1, end);
    }
    int comment = text.indexOf(" #");
    return (comment < 0 ? text : text.substring(0, comment)).strip();
  }

  private static String unquote(String text) {
    if (text.length() >= 2 && (text.startsWith("\"") || text.startsWith("'"))) {
      return text.substring(1, text.length() - 1);
    }
    return text;
  }

  private static final class Candidate {
    final String logicalId;
    String type;
    String handler;
    String runtime;
    int line;

    Candidate(String logicalId) {
      this.logicalId = logicalId;
    }
  }
}
