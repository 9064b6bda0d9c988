package dev.switchboard.processor.handlers;

import dev.switchboard.processor.diag.Message;
import dev.switchboard.processor.diag.Names;
import dev.switchboard.processor.diag.Reporter;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Finds {@code @LambdaHandler} methods in local and anonymous classes. javac never shows such classes
 * to annotation processors ({@code getElementsAnnotatedWith} cannot see inside method bodies), so this
 * reads the source trees instead. It runs before attribution, so it recognizes the annotation by name:
 * {@code @dev.switchboard.LambdaHandler}, or {@code @LambdaHandler} in a file that imports it or
 * {@code dev.switchboard.*}.
 *
 * <p>Only javac offers source trees: under another compiler, or a build tool that wraps javac's
 * processing environment, {@link #create} returns {@code null} and the check is skipped.
 */
public final class LocalHandlerFinder {
  private static final String PACKAGE = Names.LAMBDA_HANDLER.substring(0, Names.LAMBDA_HANDLER.lastIndexOf('.'));
  private static final String SIMPLE_NAME = Names.LAMBDA_HANDLER.substring(PACKAGE.length() + 1);

  private final Trees trees;
  private final Set<CompilationUnitTree> scanned = Collections.newSetFromMap(new IdentityHashMap<>());

  private LocalHandlerFinder(Trees trees) {
    this.trees = trees;
  }

  /** A finder over javac's trees, or {@code null} when the compiler offers none. */
  public static LocalHandlerFinder create(ProcessingEnvironment env) {
    try {
      return new LocalHandlerFinder(Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError e) {
      return null;
    }
  }

  /** Reports SB005 at each handler in a local or anonymous class of the files of {@code roots}. */
  public void report(Set<? extends Element> roots, Reporter reporter) {
    for (Element root : roots) {
      if (!(root instanceof TypeElement)) {
        continue;
      }
      TreePath path = trees.getPath(root);
      if (path != null && scanned.add(path.getCompilationUnit())) {
        new Scanner(path.getCompilationUnit(), reporter).scan(path.getCompilationUnit(), null);
      }
    }
  }

  private final class Scanner extends TreePathScanner<Void, Void> {
    private final CompilationUnitTree unit;
    private final Reporter reporter;
    private final boolean simpleNameImported;

    Scanner(CompilationUnitTree unit, Reporter reporter) {
      this.unit = unit;
      this.reporter = reporter;
      this.simpleNameImported = imports(unit);
    }

    @Override
    public Void visitMethod(MethodTree method, Void unused) {
      for (AnnotationTree annotation : method.getModifiers().getAnnotations()) {
        if (isLambdaHandler(annotation)) {
          check(method, annotation);
        }
      }
      return super.visitMethod(method, unused);
    }

    private boolean isLambdaHandler(AnnotationTree annotation) {
      String name = annotation.getAnnotationType().toString();
      return name.equals(Names.LAMBDA_HANDLER) || (name.equals(SIMPLE_NAME) && simpleNameImported);
    }

    /** Reports the method when a class between it and its file is local or anonymous. */
    private void check(MethodTree method, AnnotationTree annotation) {
      TreePath hidden = null;
      for (TreePath p = getCurrentPath().getParentPath(); p.getParentPath() != null; p = p.getParentPath()) {
        Tree parent = p.getParentPath().getLeaf();
        if (p.getLeaf() instanceof ClassTree && !(parent instanceof ClassTree || parent instanceof CompilationUnitTree)) {
          hidden = p;
        }
      }
      if (hidden == null) {
        return;
      }
      ClassTree type = (ClassTree) hidden.getLeaf();
      boolean anonymous = hidden.getParentPath().getLeaf() instanceof NewClassTree;
      String where = anonymous ? method.getName().toString() : type.getSimpleName() + "." + method.getName();
      String problem = (anonymous ? "an anonymous class" : "the local class " + type.getSimpleName())
          + " in " + declaringMember(hidden);
      reporter.error(trees, new TreePath(getCurrentPath(), annotation), Message.ENCLOSING_NOT_ACCESSIBLE, where, problem);
    }

    /** The member of a visible class that declares the local or anonymous class at {@code hidden}. */
    private String declaringMember(TreePath hidden) {
      TreePath member = hidden;
      while (!(member.getParentPath().getLeaf() instanceof ClassTree)) {
        member = member.getParentPath();
      }
      Element owner = trees.getElement(member.getParentPath());
      String ownerName = owner instanceof TypeElement ? ((TypeElement) owner).getQualifiedName().toString() : "?";
      Tree leaf = member.getLeaf();
      if (leaf instanceof MethodTree) {
        return ownerName + "." + ((MethodTree) leaf).getName();
      }
      if (leaf instanceof VariableTree) {
        return ownerName + "." + ((VariableTree) leaf).getName();
      }
      return "an initializer of " + ownerName;
    }
  }

  private static boolean imports(CompilationUnitTree unit) {
    if (unit.getPackageName() != null && unit.getPackageName().toString().equals(PACKAGE)) {
      return true;
    }
    for (ImportTree anImport : unit.getImports()) {
      String name = anImport.getQualifiedIdentifier().toString();
      if (!anImport.isStatic() && (name.equals(Names.LAMBDA_HANDLER) || name.equals(PACKAGE + ".*"))) {
        return true;
      }
    }
    return false;
  }
}
