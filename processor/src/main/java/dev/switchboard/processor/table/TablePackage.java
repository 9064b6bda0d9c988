package dev.switchboard.processor.table;

import dev.switchboard.processor.diag.Message;
import dev.switchboard.processor.diag.Names;
import dev.switchboard.processor.diag.Reporter;
import dev.switchboard.processor.handlers.HandlerSite;
import java.util.Collection;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.PackageElement;
import javax.lang.model.util.Elements;

/**
 * Decides the package of the generated table: the {@code -Aswitchboard.package} option when given,
 * else the longest package that contains every handler's package, else
 * {@value Names#FALLBACK_PACKAGE}.
 */
public final class TablePackage {
  private TablePackage() {}

  /** Returns the package, or {@code null} after reporting an invalid option. */
  public static String choose(String option, Collection<HandlerSite> sites, Elements elements, Reporter reporter) {
    if (option != null) {
      String trimmed = option.trim();
      if (!SourceVersion.isName(trimmed)) {
        reporter.error(Message.BAD_OPTION, Names.PACKAGE_OPTION, "a Java package name such as com.example.handlers", option);
        return null;
      }
      return trimmed;
    }
    String common = null;
    for (HandlerSite site : sites) {
      PackageElement pkg = elements.getPackageOf(site.owner());
      String name = pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
      common = common == null ? name : commonPrefix(common, name);
    }
    return common == null || common.isEmpty() ? Names.FALLBACK_PACKAGE : common;
  }

  private static String commonPrefix(String a, String b) {
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < Math.min(left.length, right.length) && left[i].equals(right[i]); i++) {
      if (prefix.length() > 0) {
        prefix.append('.');
      }
      prefix.append(left[i]);
    }
    return prefix.toString();
  }
}
