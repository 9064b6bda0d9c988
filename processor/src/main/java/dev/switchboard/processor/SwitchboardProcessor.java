package dev.switchboard.processor;

import com.google.auto.service.AutoService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Finds the {@code @LambdaHandler} methods of a compilation, checks them, and writes one dispatch
 * table, its service file and the handler manifest. Phases: discovery (here), validation
 * ({@link HandlerValidator}, {@link HandlerNaming}, {@link AccessChecker}), the model
 * ({@link HandlerModel}, {@link CodecChooser}, {@link JsonTypeAnalyzer}), writing
 * ({@link DispatchTableWriter}, {@link CodecWriter}, {@link ManifestWriter}); each phase stops the run
 * when it reported an error, so a compilation with an error gets no generated code.
 */
@AutoService(Processor.class)
public final class SwitchboardProcessor extends AbstractProcessor {
  private boolean tableWritten;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Names.LAMBDA_HANDLER);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(Names.PACKAGE_OPTION, Names.JSON_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Reporter reporter = new Reporter(processingEnv.getMessager());
    try {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(Names.LAMBDA_HANDLER);
      if (annotation == null || round.processingOver()) {
        return true;
      }
      List<ExecutableElement> methods = new ArrayList<>(ElementFilter.methodsIn(round.getElementsAnnotatedWith(annotation)));
      if (methods.isEmpty()) {
        return true;
      }
      if (tableWritten) {
        for (ExecutableElement method : methods) {
          reporter.error(method, Message.LATE_HANDLER, HandlerModel.describe(method));
        }
        return true;
      }
      tableWritten = true;
      generate(methods, round.getRootElements(), reporter);
    } catch (RuntimeException | IOException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      reporter.error(Message.INTERNAL_ERROR, trace);
    }
    // @LambdaHandler is this processor's alone: claiming it keeps -Xlint:processing quiet.
    return true;
  }

  private void generate(List<ExecutableElement> methods, Set<? extends javax.lang.model.element.Element> sources,
      Reporter reporter) throws IOException {
    var elements = processingEnv.getElementUtils();
    var types = processingEnv.getTypeUtils();

    HandlerValidator validator = new HandlerValidator(types, elements, reporter);
    HandlerNaming naming = new HandlerNaming(elements, reporter);
    Map<ExecutableElement, String> names = new LinkedHashMap<>();
    for (ExecutableElement method : methods) {
      validator.validate(method);
      String name = naming.nameOf(method);
      if (naming.checkName(method, name)) {
        names.put(method, name);
      }
    }
    naming.checkUnique(names);
    if (reporter.errorCount() > 0 || hasErrorTypes(methods)) {
      return;
    }

    String packageName = TablePackage.choose(
        processingEnv.getOptions().get(Names.PACKAGE_OPTION), methods, elements, reporter);
    if (packageName == null) {
      return;
    }
    JsonOption json = JsonOption.parse(processingEnv.getOptions().get(Names.JSON_OPTION), reporter);
    if (json == null) {
      return;
    }
    AccessChecker access = new AccessChecker(elements, reporter);
    for (ExecutableElement method : methods) {
      access.check(method, packageName);
    }
    if (reporter.errorCount() > 0) {
      return;
    }

    JsonTypeAnalyzer analyzer = json == JsonOption.DATABIND ? null : new JsonTypeAnalyzer(types, elements, sources);
    CodecChooser codecs = new CodecChooser(types, analyzer);
    List<HandlerModel> handlers = new ArrayList<>();
    names.forEach((method, name) -> handlers.add(model(method, name, codecs)));
    handlers.sort(Comparator.comparing(HandlerModel::name));
    for (HandlerModel handler : handlers) {
      reportFallback(handler, "event", handler.eventType(), handler.eventCodec(), codecs, json, reporter);
      reportFallback(handler, "result", handler.returnType(), handler.resultCodec(), codecs, json, reporter);
    }
    if (reporter.errorCount() > 0) {
      return;
    }

    boolean generatedAvailable = elements.getTypeElement("javax.annotation.processing.Generated") != null;
    if (analyzer != null) {
      CodecWriter codecWriter = new CodecWriter(processingEnv.getFiler(), generatedAvailable);
      for (BeanModel bean : analyzer.beans()) {
        codecWriter.write(bean, List.of(bean.type()));
      }
      for (EnumModel model : analyzer.enums()) {
        codecWriter.write(model, List.of(model.type()));
      }
    }
    new DispatchTableWriter(processingEnv.getFiler(), generatedAvailable).write(packageName, handlers);
    new ManifestWriter(processingEnv.getFiler(), elements).write(packageName + "." + Names.TABLE_CLASS, handlers);
  }

  private static HandlerModel model(ExecutableElement method, String name, CodecChooser codecs) {
    List<? extends VariableElement> params = method.getParameters();
    TypeMirror first = params.get(0).asType();
    boolean stream = params.size() >= 2 && first.toString().equals(Names.INPUT_STREAM);
    boolean takesContext = params.size() == (stream ? 3 : 2);
    TypeMirror returnType = method.getReturnType();
    return new HandlerModel(
        name,
        method,
        (TypeElement) method.getEnclosingElement(),
        method.getModifiers().contains(Modifier.STATIC),
        stream,
        takesContext,
        stream ? null : first,
        returnType,
        stream ? null : codecs.forEvent(first),
        stream ? null : codecs.forResult(returnType));
  }

  /** The note (or, under {@code -Aswitchboard.json=generated}, the error) for a type that falls back to databind. */
  private static void reportFallback(HandlerModel handler, String role, TypeMirror type, CodecModel codec,
      CodecChooser codecs, JsonOption json, Reporter reporter) {
    if (codec == null || !codec.kind().equals(CodecModel.DATABIND)) {
      return;
    }
    Unsupported why = codecs.whyDatabind(type);
    if (why == null) {
      return;
    }
    String where = "handler '" + handler.name() + "' (" + HandlerModel.describe(handler.method()) + ")";
    if (json == JsonOption.GENERATED) {
      reporter.error(handler.method(), Message.JSON_GENERATED_REQUIRED, role, type, where, why.reason(), why.fix);
    } else {
      reporter.note(handler.method(), Message.JSON_DATABIND_FALLBACK, where, role, type, why.reason(), why.fix);
    }
  }

  /** Types javac could not resolve: it reports them itself, and nothing can be generated from them. */
  private static boolean hasErrorTypes(List<ExecutableElement> methods) {
    for (ExecutableElement method : methods) {
      if (method.getReturnType().getKind() == TypeKind.ERROR) {
        return true;
      }
      for (VariableElement param : method.getParameters()) {
        if (param.asType().getKind() == TypeKind.ERROR) {
          return true;
        }
      }
    }
    return false;
  }
}
